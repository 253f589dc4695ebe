//! Saved scenarios in `localStorage` through gloo-storage. Storage may be missing (privacy
//! modes, blocked cookies) or full: every call returns a [`StoreError`] the page can show,
//! and the calculator works without it.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::window;

use crate::browser;
use crate::model::scenario::Scenario;
use crate::model::stored::{new_key, read_library, Library, StoredEntry};

/// Why storage could not do what was asked.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    Unavailable,
    Full,
    Failed(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable => f.write_str(
                "This browser does not let the page store anything (private mode or blocked site data), so scenarios cannot be saved here. The calculator and share links still work.",
            ),
            StoreError::Full => f.write_str(
                "The browser's storage for this site is full, so nothing was saved. Delete saved scenarios you no longer need, or share a link instead.",
            ),
            StoreError::Failed(why) => write!(f, "Saving failed: {why}."),
        }
    }
}

/// The storage, if the browser gives one. gloo-storage assumes it exists, so every call
/// checks here first.
fn local() -> Result<web_sys::Storage, StoreError> {
    match window().local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StoreError::Unavailable),
    }
}

/// Every saved scenario, newest first, and every entry of ours that could not be read.
pub fn load() -> Result<Library, StoreError> {
    if !browser::IN_BROWSER {
        return Ok(Library::default());
    }
    let storage = local()?;
    let len = storage.length().map_err(|_| StoreError::Unavailable)?;
    let entries = (0..len).filter_map(|i| {
        let key = storage.key(i).ok().flatten()?;
        let raw = storage.get_item(&key).ok().flatten()?;
        Some((key, raw))
    });
    Ok(read_library(entries.collect::<Vec<_>>()))
}

/// Saves a scenario as a new entry and returns its key.
pub fn save_new(scenario: &Scenario) -> Result<String, StoreError> {
    save_new_at(scenario, browser::now())
}

/// Saves a scenario as a new entry with the time it was first saved (an imported one keeps
/// its own), and returns its key.
pub fn save_new_at(scenario: &Scenario, saved_at: f64) -> Result<String, StoreError> {
    let key = new_key(saved_at, browser::random());
    write(&key, scenario, saved_at)?;
    Ok(key)
}

/// Writes a scenario under a key, replacing what was there.
pub fn write(key: &str, scenario: &Scenario, saved_at: f64) -> Result<(), StoreError> {
    local()?;
    LocalStorage::set(key, StoredEntry::new(scenario, saved_at)).map_err(classify)
}

/// The stored text of an entry, kept so a delete can be undone exactly.
pub fn read_raw(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

/// Puts back an entry exactly as it was read (the text is already JSON, so it bypasses
/// gloo's serialisation).
pub fn write_raw(key: &str, raw: &str) -> Result<(), StoreError> {
    local()?.set_item(key, raw).map_err(|e| {
        let get = |field: &str| {
            js_sys::Reflect::get(&e, &field.into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        classify_js(&get("name"), &get("message"))
    })
}

pub fn remove(key: &str) -> Result<(), StoreError> {
    local()?;
    LocalStorage::delete(key);
    Ok(())
}

fn classify(error: StorageError) -> StoreError {
    match error {
        StorageError::JsError(e) => classify_js(&e.name, &e.message),
        other => StoreError::Failed(other.to_string()),
    }
}

fn classify_js(name: &str, message: &str) -> StoreError {
    match name {
        "QuotaExceededError" => StoreError::Full,
        "SecurityError" => StoreError::Unavailable,
        _ => StoreError::Failed(format!("{name}: {message}")),
    }
}
