//! What several views share, or the page frame around them: one component per file, named
//! for what it shows. A component only one view uses lives in that view's folder.

pub mod chart;
pub mod given_inputs;
pub mod number_input;
pub mod page_header;
pub mod save_bar;
pub mod share_bar;
pub mod sources;
pub mod stat;
pub mod view_tabs;
pub mod wide_table;
