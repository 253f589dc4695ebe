//! FirstMove: what each first move on LinkedIn costs per reply and per meeting.
//!
//! `model` is the plain-Rust domain, tested natively, and `locale` writes its numbers as the
//! reader reads them: both are all the page's model module needs (`src/bin/first_figures.rs`,
//! built without the `page` feature). `app`, `views` (one folder per view) and `components`
//! (what several views share) are the Leptos page that binds inputs to the model; `browser`,
//! `linkedin_files`, `format` and `storage` are its only calls into browser APIs.

// The prerender (`ssr`, whose view types are not erased as the wasm build's are) nests deeper
// than the default limit.
#![recursion_limit = "512"]

pub mod locale;
pub mod model;

#[cfg(feature = "page")]
pub mod app;
#[cfg(feature = "page")]
pub mod browser;
#[cfg(feature = "page")]
pub mod components;
#[cfg(feature = "page")]
pub mod format;
#[cfg(feature = "page")]
pub mod hooks;
#[cfg(feature = "page")]
pub mod linkedin_files;
#[cfg(feature = "page")]
pub mod storage;
#[cfg(feature = "page")]
pub mod views;

#[cfg(feature = "page")]
pub use app::App;
