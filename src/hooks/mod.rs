//! Reactive helpers, one concept per file, named as hooks the way `leptos-use` names them:
//! they hold no markup, only how signals are derived, written and kept in sync.

pub mod address_sync;
pub mod derive_on;
pub mod dispatch;
pub mod quiet_frame;
pub mod saved_library;
pub mod scroll_cue;
pub mod tab_network;
pub mod typed_number;
pub mod view_scenario;

pub use address_sync::{use_address_sync, use_page_link, AllInputs};
pub use derive_on::derive_on;
pub use dispatch::dispatch;
pub use quiet_frame::use_quiet_frame;
pub use scroll_cue::use_scroll_cue;
pub use tab_network::{provide_tab_network, use_tab_network};
pub use typed_number::{use_typed_number, TypedNumber};
pub use view_scenario::{use_scenario_writer, use_view_scenario};
