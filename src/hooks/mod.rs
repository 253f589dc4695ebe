//! Reactive helpers, one concept per file, named as hooks the way `leptos-use` names them:
//! they hold no markup, only how signals are derived and written.

pub mod derive_on;
pub mod dispatch;

pub use derive_on::derive_on;
pub use dispatch::dispatch;
