//! FirstMove: what each first move on LinkedIn costs per reply and per meeting.
//!
//! `model` is the plain-Rust domain, tested natively; `app`, `views` (one folder per view)
//! and `components` (what several views share) are the Leptos page that binds inputs to it;
//! `browser`, `linkedin_files`, `format` and `storage` are its only calls into browser APIs.

pub mod app;
pub mod browser;
pub mod components;
pub mod format;
pub mod hooks;
pub mod linkedin_files;
pub mod model;
pub mod storage;
pub mod views;

pub use app::App;
