//! The saved scenarios as the page shares them: the library read from storage, the outcome of
//! the last action, the entry a delete can put back, the picks for comparison, and which entry
//! the scenario on screen is (so Save updates it, and the header says when it has unsaved
//! changes). One instance lives in context, so the header's Save and the library view agree,
//! and another tab's changes arrive through the `storage` event.
//!
//! Which entry is open is kept in the tab's history entry (`history.state`), beside the address
//! that holds the scenario itself: a reload or a restored tab reopens the same entry with the
//! edits the address holds, while a link pasted into the tab is a new history entry and opens
//! as what it is. A page opened without that state takes the one saved entry whose scenario is
//! exactly the address's, if there is one.

use leptos::prelude::*;

use crate::browser;
use crate::hooks::dispatch;
use crate::model::address;
use crate::model::edit::Edit;
use crate::model::save::{
    decide, find, is_unsaved, match_entry, same_name, Answer, Answered, Command, Decision,
    OpenEntry, Question, Target, Write,
};
use crate::model::scenario::Scenario;
use crate::model::stored::{Library, SavedScenario, KEY_PREFIX};
use crate::model::text;
use crate::storage::{self, StoreError};

/// A deleted entry kept in memory for the page's life, so it can be put back exactly, also
/// after a later delete or a failed attempt to put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub key: String,
    pub raw: String,
    pub name: String,
}

/// A press of Save waiting for the rep's answer to a question.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingSave {
    pub command: Command,
    pub answered: Answered,
    pub question: Question,
}

/// The shared state of the saved scenarios, and what can be done with them.
#[derive(Clone, Copy)]
pub struct SavedLibrary {
    pub library: RwSignal<Result<Library, StoreError>>,
    /// The outcome of the last save: Ok(confirmation) or Err(problem).
    pub save_status: RwSignal<Option<Result<String, String>>>,
    /// The outcome of the last action on the list (open, rename, duplicate, delete).
    pub status: RwSignal<Option<Result<String, String>>>,
    /// Every entry deleted on this page, the last one first to be put back.
    pub deleted: RwSignal<Vec<Deleted>>,
    /// Keys picked for comparison, in the order picked.
    pub selected: RwSignal<Vec<String>>,
    /// The entry the scenario on screen was opened from or saved as: Save updates it, and
    /// renaming it renames the scenario (and its link) too.
    pub open: RwSignal<Option<OpenEntry>>,
    /// The open entry as stored now; `None` when none is open or it has been deleted.
    pub entry: Memo<Option<SavedScenario>>,
    /// Whether the scenario on screen differs from its saved entry.
    pub unsaved: Memo<bool>,
    /// A save asking about a name or another tab's change before it writes.
    pub pending: RwSignal<Option<PendingSave>>,
    /// The entry, by key and new name, whose row takes focus when it is drawn again after a
    /// rename (the old row, with the old name, must not take it).
    pub focus_key: RwSignal<Option<(String, String)>>,
    scenario: RwSignal<Scenario>,
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

    /// The saved scenarios, newest first (none when storage is unavailable).
    pub fn saved_untracked(self) -> Vec<SavedScenario> {
        self.library
            .with_untracked(|l| l.as_ref().map(|l| l.saved.clone()).unwrap_or_default())
    }

    /// Save or Save as new: writes, or asks first (see `model::save`).
    pub fn save(self, command: Command) {
        self.pending.set(None);
        self.run(command, Answered::default());
    }

    /// Answers the pending question; `None` cancels the save.
    pub fn answer(self, answer: Option<Answer>) {
        let Some(pending) = self.pending.get_untracked() else {
            return;
        };
        self.pending.set(None);
        match answer {
            Some(a) => self.run(pending.command, pending.answered.with(&pending.question, a)),
            None => self
                .save_status
                .set(Some(Ok("Not saved: nothing was changed.".to_string()))),
        }
    }

    fn run(self, command: Command, answered: Answered) {
        let saved = self.saved_untracked();
        let open = self.open.get_untracked();
        let decision = self
            .scenario
            .with_untracked(|s| decide(command, s, open.as_ref(), &saved, answered));
        match decision {
            Err(e) => self.save_status.set(Some(Err(format!(
                "Not saved: {}",
                text::ended(&e.to_string())
            )))),
            Ok(Decision::Ask(question)) => {
                self.save_status.set(None);
                self.pending.set(Some(PendingSave {
                    command,
                    answered,
                    question,
                }));
            }
            Ok(Decision::Write(write)) => self.write(*write),
        }
    }

    fn write(self, write: Write) {
        let Write { target, scenario } = write;
        let result = match &target {
            Target::Entry(key) => {
                storage::write(key, &scenario, browser::now()).map(|()| key.clone())
            }
            Target::New => storage::save_new(&scenario),
        };
        let before = self.entry.get_untracked();
        let typed = self
            .scenario
            .with_untracked(|s| s.display_name().to_string());
        let status = result.map(|key| {
            self.open.set(Some(OpenEntry::written(&key, &scenario)));
            let shown = scenario.display_name();
            let in_place = before.as_ref().is_some_and(|b| b.key == key);
            let tail = if shown != typed {
                // Keep both: the page takes the free name the entry was saved under, and the
                // other entry, named as it is stored, is kept.
                let _ = dispatch(self.scenario, Edit::Name(scenario.name.clone()));
                let other = self
                    .saved_untracked()
                    .into_iter()
                    .find(|e| e.key != key && same_name(&e.scenario.name, &typed))
                    .map_or(typed.clone(), |e| e.scenario.display_name().to_string());
                format!(" The other “{other}” is kept as it was.")
            } else {
                match (&target, before.filter(|_| !in_place)) {
                    (Target::Entry(_), _) if in_place => String::new(),
                    (Target::Entry(_), _) => {
                        " It replaces the scenario saved before under that name.".to_string()
                    }
                    (Target::New, Some(kept)) => format!(
                        " “{}” is kept as it was saved.",
                        kept.scenario.display_name()
                    ),
                    (Target::New, None) => String::new(),
                }
            };
            format!("Saved “{shown}”.{tail}")
        });
        self.save_status
            .set(Some(status.map_err(|e| e.to_string())));
        self.reload();
    }

    /// Marks `saved` as the entry on screen (opened from the list).
    pub fn mark_open(self, saved: &SavedScenario) {
        self.open.set(Some(OpenEntry::of(saved)));
    }

    /// The open entry was renamed here from `before` to `after`: unless another tab had
    /// changed it first, this tab's view of it is the renamed one.
    pub fn follow_rename(self, before: &Scenario, after: &Scenario) {
        self.open.update(|open| {
            if let Some(open) = open.as_mut().filter(|o| o.base == address::encode(before)) {
                open.base = address::encode(after);
            }
        });
    }

    /// Whether `key` is the open entry.
    pub fn is_open(self, key: &str) -> bool {
        self.open
            .with_untracked(|o| o.as_ref().is_some_and(|o| o.key == key))
    }
}

/// Creates the library, finds the entry the page shows, listens for other tabs, and provides
/// it to the page.
pub fn provide_saved_library(scenario: RwSignal<Scenario>) -> SavedLibrary {
    let library = RwSignal::new(storage::load());
    let opened = library.with_untracked(|l| {
        let saved = l.as_ref().map(|l| l.saved.as_slice()).unwrap_or_default();
        browser::history_state()
            .and_then(|text| OpenEntry::from_history(&text))
            .filter(|o| find(Some(o), saved).is_some())
            .or_else(|| scenario.with_untracked(|s| match_entry(s, saved).map(OpenEntry::of)))
    });
    let open = RwSignal::new(opened);
    let entry = Memo::new(move |_| {
        open.with(|o| {
            library.with(|l| {
                let saved = l.as_ref().map(|l| l.saved.as_slice()).unwrap_or_default();
                find(o.as_ref(), saved).cloned()
            })
        })
    });
    let unsaved = Memo::new(move |_| entry.with(|e| scenario.with(|s| is_unsaved(s, e.as_ref()))));
    let lib = SavedLibrary {
        library,
        save_status: RwSignal::new(None),
        status: RwSignal::new(None),
        deleted: RwSignal::new(Vec::new()),
        selected: RwSignal::new(Vec::new()),
        open,
        entry,
        unsaved,
        pending: RwSignal::new(None),
        focus_key: RwSignal::new(None),
        scenario,
    };
    let remember = move || {
        open.with_untracked(|o| {
            browser::set_history_state(o.as_ref().map(OpenEntry::to_history).as_deref())
        })
    };
    Effect::new(move |_| {
        open.track();
        remember();
    });
    browser::listen(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| k.starts_with(KEY_PREFIX)) {
            lib.reload();
        }
    });
    // Back and Forward land on entries written earlier: they take the entry open now, as they
    // take the scenario on screen now.
    browser::listen(leptos::ev::popstate, move |_| remember());
    provide_context(lib);
    lib
}

/// The page's saved library.
pub fn use_saved_library() -> SavedLibrary {
    expect_context::<SavedLibrary>()
}
