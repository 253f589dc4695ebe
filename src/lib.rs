//! FirstMove: what each first move on LinkedIn costs per reply and per meeting.
//!
//! `model` is the plain-Rust domain (tested natively); `app` and `components` are the Leptos
//! page that binds inputs to it; `browser` holds the few calls into browser APIs.

pub mod model;
