//! The saved scenarios as the page shares them: the library read from storage, the outcome of
//! the last action, the entry a delete can put back, the picks for comparison and which entry
//! is open. One instance lives in context, so the header's Save and the library view agree,
//! and another tab's changes arrive through the `storage` event.

use leptos::prelude::*;

use crate::model::saved::{Library, KEY_PREFIX};
use crate::model::scenario::Scenario;
use crate::storage::{self, StoreError};

/// A deleted entry kept in memory until the next delete, so it can be put back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub key: String,
    pub raw: String,
    pub name: String,
}

/// The shared state of the saved scenarios, and what can be done with them.
#[derive(Clone, Copy)]
pub struct SavedLibrary {
    pub library: RwSignal<Result<Library, StoreError>>,
    /// The outcome of the last save: Ok(confirmation) or Err(problem).
    pub save_status: RwSignal<Option<Result<String, String>>>,
    /// The outcome of the last action on the list (open, rename, duplicate, delete).
    pub status: RwSignal<Option<Result<String, String>>>,
    pub deleted: RwSignal<Option<Deleted>>,
    /// Keys picked for comparison, in the order picked.
    pub selected: RwSignal<Vec<String>>,
    /// The entry the scenario on screen was opened from or saved as, so renaming it renames
    /// the scenario (and its link) too.
    pub open_key: RwSignal<Option<String>>,
    /// The entry, by key and new name, whose row takes focus when it is drawn again after a
    /// rename (the old row, with the old name, must not take it).
    pub focus_key: RwSignal<Option<(String, String)>>,
}

impl SavedLibrary {
    /// Reads the library again after an action, and reports the action's outcome.
    pub fn report(self, result: Result<String, StoreError>) {
        self.status.set(Some(result.map_err(|e| e.to_string())));
        self.reload();
    }

    pub fn reload(self) {
        self.library.set(storage::load());
    }

    /// Saves the scenario as a new entry, which becomes the open one.
    pub fn save(self, scenario: &Scenario) {
        let result = storage::save_new(scenario);
        if let Ok(key) = &result {
            self.open_key.set(Some(key.clone()));
        }
        self.save_status.set(Some(
            result
                .map(|_| format!("Saved “{}”.", scenario.display_name()))
                .map_err(|e| e.to_string()),
        ));
        self.reload();
    }

    /// The names of the saved scenarios other than `key`, to refuse a duplicate name.
    pub fn other_names(self, key: &str) -> Vec<String> {
        self.library.with_untracked(|lib| {
            lib.as_ref()
                .map(|l| {
                    l.saved
                        .iter()
                        .filter(|s| s.key != key)
                        .map(|s| s.scenario.name.clone())
                        .collect()
                })
                .unwrap_or_default()
        })
    }
}

/// Creates the library, listens for other tabs, and provides it to the page.
pub fn provide_saved_library() -> SavedLibrary {
    let lib = SavedLibrary {
        library: RwSignal::new(storage::load()),
        save_status: RwSignal::new(None),
        status: RwSignal::new(None),
        deleted: RwSignal::new(None),
        selected: RwSignal::new(Vec::new()),
        open_key: RwSignal::new(None),
        focus_key: RwSignal::new(None),
    };
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| k.starts_with(KEY_PREFIX)) {
            lib.reload();
        }
    });
    on_cleanup(move || listener.remove());
    provide_context(lib);
    lib
}

/// The page's saved library.
pub fn use_saved_library() -> SavedLibrary {
    expect_context::<SavedLibrary>()
}
