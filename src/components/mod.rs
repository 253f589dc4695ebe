//! What the user sees, one component per file, named for what it shows.

pub mod account_safety;
pub mod best_plan;
pub mod breakdown;
pub mod chart;
pub mod comparison;
pub mod credit_bank;
pub mod first_move;
pub mod inputs_panel;
pub mod message_writer;
pub mod metrics_check;
pub mod number_input;
pub mod page_header;
pub mod plan_picker;
pub mod prospect_list;
pub mod reply_curve_chart;
pub mod results;
pub mod save_bar;
pub mod saved_list;
pub mod sequence_plan;
pub mod share_bar;
pub mod sources;
pub mod stat;
pub mod transfer;
pub mod uncertainty_view;
pub mod view_tabs;
pub mod wide_table;
