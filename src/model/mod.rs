//! The domain model: plain Rust with no browser in it, so every figure, rule and codec is
//! tested natively with `cargo test`. The page only binds inputs and renders what this returns.

pub mod address;
pub mod allowance;
pub mod bank;
pub mod before_edit;
pub mod compare;
pub mod cost;
pub mod csv;
pub mod currency;
pub mod date;
pub mod edit;
pub mod export;
pub mod export_figures;
pub mod fields;
pub mod linkedin_export;
pub mod measured;
pub mod messages;
pub mod metrics;
pub mod mix;
pub mod number;
pub mod plans;
pub mod prospect;
pub mod prospect_list;
pub mod recommend;
pub mod safety;
pub mod save;
pub mod saved;
pub mod scale;
pub mod scenario;
pub mod sequences;
pub mod sources;
pub mod text;
pub mod uncertainty;
pub mod view;
pub mod week;
pub mod zip;
