//! Save as a document's Save: which saved entry the scenario on screen is, whether it has
//! unsaved changes, and what pressing Save (or Save as new) writes — or what it must ask first.
//!
//! The rules, in the order [`decide`] applies them:
//! - A saved scenario has a name: an empty or blank one is refused, as Rename refuses it.
//! - **Save** with an entry open, under that entry's own name, updates the entry in place (same
//!   storage key). If another tab changed the entry since this tab opened or saved it, Save
//!   asks before writing over that change (replace it, or keep both).
//! - **Save** under a name the open entry does not have, **Save as new**, or Save with nothing
//!   open makes a new entry, and the open entry (if any) stays exactly as it was saved: typing a
//!   new name never overwrites the scenario that had the old one. If another entry already has
//!   the name, Save asks, as import does: replace that entry, or keep both with a free name
//!   such as "Name (2)". Save as new of the open entry under its own name is a copy beside it
//!   and takes the free name at once. No save ever adds a second entry of the same name.
//!
//! Scenarios are compared through their share-link query ([`address::encode`]): two scenarios
//! that write the same link are the same scenario, which is also how they are stored.

use serde::{Deserialize, Serialize};

use super::address;
use super::scenario::{check_name, NameError, Scenario, NAME_MAX_CHARS};
use super::stored::SavedScenario;

/// The saved entry the scenario on screen belongs to, as this tab last read or wrote it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenEntry {
    /// Its storage key.
    pub key: String,
    /// Its scenario's query when this tab opened or saved it: if the stored entry no longer
    /// reads as this, another tab has changed it since.
    pub base: String,
}

impl OpenEntry {
    /// The entry as it is stored now.
    pub fn of(saved: &SavedScenario) -> OpenEntry {
        OpenEntry::written(&saved.key, &saved.scenario)
    }

    /// The entry just written under `key` with `scenario`.
    pub fn written(key: &str, scenario: &Scenario) -> OpenEntry {
        OpenEntry {
            key: key.to_string(),
            base: address::encode(scenario),
        }
    }

    /// The text kept in the tab's history entry, so a reload knows which entry is open.
    pub fn to_history(&self) -> String {
        serde_json::to_string(self).expect("two strings always serialise")
    }

    /// Reads [`OpenEntry::to_history`]'s text back; anything else is no open entry.
    pub fn from_history(text: &str) -> Option<OpenEntry> {
        serde_json::from_str(text).ok()
    }
}

/// Two names are the same name when they differ only in spaces around them (which no list or
/// heading shows).
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}

/// The open entry as the library holds it now, if it is still there (another tab may have
/// deleted it).
pub fn find<'a>(
    open: Option<&OpenEntry>,
    library: &'a [SavedScenario],
) -> Option<&'a SavedScenario> {
    let key = &open?.key;
    library.iter().find(|s| &s.key == key)
}

/// Whether the scenario on screen differs from its saved entry; with no entry open there is
/// nothing to differ from.
pub fn is_unsaved(scenario: &Scenario, entry: Option<&SavedScenario>) -> bool {
    entry.is_some_and(|e| address::encode(&e.scenario) != address::encode(scenario))
}

/// The entry a page opened at `scenario`'s address shows, when the tab's history does not
/// say: the one saved entry whose scenario is exactly this (a bookmark of a saved scenario, a
/// tab restored without its history). Unnamed scenarios match nothing: the bare page is not
/// a saved one.
pub fn match_entry<'a>(
    scenario: &Scenario,
    library: &'a [SavedScenario],
) -> Option<&'a SavedScenario> {
    if scenario.name.trim().is_empty() {
        return None;
    }
    let query = address::encode(scenario);
    let mut same = library
        .iter()
        .filter(|s| address::encode(&s.scenario) == query);
    match (same.next(), same.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Why a name cannot be a saved scenario's name.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveNameError {
    Empty,
    Name(NameError),
}

impl std::fmt::Display for SaveNameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveNameError::Empty => {
                f.write_str("the name is empty; a saved scenario needs a name to be found by")
            }
            SaveNameError::Name(e) => write!(f, "the name {e}"),
        }
    }
}

impl SaveNameError {
    /// The reason as a sentence of its own (a rename shows it under the field).
    pub fn sentence(&self) -> String {
        let clause = self.to_string();
        let mut chars = clause.chars();
        let first = chars.next().map(|c| c.to_uppercase().to_string());
        format!("{}{}.", first.unwrap_or_default(), chars.as_str())
    }
}

/// Checks a name for a saved scenario (on Save and on Rename): the scenario rules, and not
/// empty or blank.
pub fn check_saved_name(name: &str) -> Result<(), SaveNameError> {
    check_name(name).map_err(SaveNameError::Name)?;
    if name.trim().is_empty() {
        return Err(SaveNameError::Empty);
    }
    Ok(())
}

/// The entry other than `except` that already has `name` (the newest, as the library lists
/// newest first), if any.
pub fn name_holder<'a>(
    name: &str,
    library: &'a [SavedScenario],
    except: Option<&str>,
) -> Option<&'a SavedScenario> {
    library
        .iter()
        .filter(|s| Some(s.key.as_str()) != except)
        .find(|s| same_name(&s.scenario.name, name))
}

/// A name no saved entry has: `name` itself if free, else "Name (2)", "Name (3)", … (a name
/// that already ends in " (n)" counts on from it), cut to fit the name limit.
pub fn unique_name(name: &str, library: &[SavedScenario]) -> String {
    let name = name.trim();
    let free = |n: &str| name_holder(n, library, None).is_none();
    if free(name) {
        return name.to_string();
    }
    let base = strip_counter(name);
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = NAME_MAX_CHARS - suffix.chars().count();
            let cut: String = base.chars().take(room).collect();
            format!("{}{suffix}", cut.trim_end())
        })
        .find(|candidate| free(candidate))
        .expect("a library has fewer entries than there are counters")
}

/// "Name (3)" → "Name"; any other name is its own base.
fn strip_counter(name: &str) -> &str {
    let Some(inner) = name.strip_suffix(')') else {
        return name;
    };
    let Some(at) = inner.rfind(" (") else {
        return name;
    };
    let digits = &inner[at + 2..];
    if at > 0 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        &name[..at]
    } else {
        name
    }
}

/// Which button was pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Save: the open entry in place under its own name, else a new entry.
    Save,
    /// Save as new: always another entry.
    SaveAsNew,
}

/// Where a save writes.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// Over the entry under this key (it keeps its key).
    Entry(String),
    /// A new entry.
    New,
}

/// One write a save makes. The scenario may carry another name than the one on screen (keep
/// both gives it a free one); the page then takes that name too.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub target: Target,
    pub scenario: Scenario,
}

/// What Save must ask before it writes.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// Another saved entry has this name.
    NameTaken {
        name: String,
        /// The name "keep both" saves under.
        keep_both: String,
    },
    /// The open entry was changed (saved, renamed, replaced by an import) elsewhere since this
    /// tab opened or saved it.
    ChangedElsewhere {
        name: String,
        /// The name "keep both" saves this scenario under, as a new entry.
        keep_both: String,
    },
}

/// The two answers a question takes (cancelling is not answering: nothing is written).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Write over the other entry (the one of that name, or the one changed elsewhere).
    Replace,
    /// Leave it as it is and save this as a new entry under a free name.
    KeepBoth,
}

/// The answers given so far to one press of Save; [`decide`] runs again with each answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answered {
    pub name_taken: Option<Answer>,
    pub changed_elsewhere: Option<Answer>,
}

impl Answered {
    /// These answers and `answer` to `question`.
    pub fn with(self, question: &Question, answer: Answer) -> Answered {
        match question {
            Question::NameTaken { .. } => Answered {
                name_taken: Some(answer),
                ..self
            },
            Question::ChangedElsewhere { .. } => Answered {
                changed_elsewhere: Some(answer),
                ..self
            },
        }
    }
}

/// What a press of Save comes to.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    Write(Box<Write>),
    Ask(Question),
}

/// Decides what a press of `command` does with `scenario`, given the open entry, the saved
/// library (newest first) and the answers given so far. See the module's rules.
pub fn decide(
    command: Command,
    scenario: &Scenario,
    open: Option<&OpenEntry>,
    library: &[SavedScenario],
    answered: Answered,
) -> Result<Decision, SaveNameError> {
    check_saved_name(&scenario.name)?;
    let renamed = |name: String| Scenario {
        name,
        ..scenario.clone()
    };
    let entry = find(open, library)
        .filter(|e| command == Command::Save && same_name(&e.scenario.name, &scenario.name));
    if let (Some(entry), Some(open)) = (entry, open) {
        let changed = address::encode(&entry.scenario) != open.base;
        return Ok(match (changed, answered.changed_elsewhere) {
            (true, None) => Decision::Ask(Question::ChangedElsewhere {
                name: entry.scenario.display_name().to_string(),
                keep_both: unique_name(&scenario.name, library),
            }),
            (true, Some(Answer::KeepBoth)) => Decision::Write(Box::new(Write {
                target: Target::New,
                scenario: renamed(unique_name(&scenario.name, library)),
            })),
            (false, _) | (true, Some(Answer::Replace)) => Decision::Write(Box::new(Write {
                target: Target::Entry(entry.key.clone()),
                scenario: scenario.clone(),
            })),
        });
    }
    // A new entry. Save as new of the open entry, name unchanged, can only mean a copy beside
    // it: the copy takes a free name without a question. Any other taken name is asked about.
    let copy_of_open = command == Command::SaveAsNew
        && find(open, library).is_some_and(|e| same_name(&e.scenario.name, &scenario.name));
    let keep_both = || {
        Decision::Write(Box::new(Write {
            target: Target::New,
            scenario: renamed(unique_name(&scenario.name, library)),
        }))
    };
    Ok(
        match (
            name_holder(&scenario.name, library, None),
            answered.name_taken,
        ) {
            (None, _) => Decision::Write(Box::new(Write {
                target: Target::New,
                scenario: scenario.clone(),
            })),
            (Some(_), _) if copy_of_open => keep_both(),
            (Some(holder), None) => Decision::Ask(Question::NameTaken {
                name: holder.scenario.display_name().to_string(),
                keep_both: unique_name(&scenario.name, library),
            }),
            (Some(holder), Some(Answer::Replace)) => Decision::Write(Box::new(Write {
                target: Target::Entry(holder.key.clone()),
                scenario: scenario.clone(),
            })),
            (Some(_), Some(Answer::KeepBoth)) => keep_both(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_stripped_only_when_they_are_counters() {
        assert_eq!(strip_counter("Plan (3)"), "Plan");
        assert_eq!(strip_counter("Plan (copy)"), "Plan (copy)");
        assert_eq!(strip_counter("(3)"), "(3)");
        assert_eq!(strip_counter("Plan ()"), "Plan ()");
        assert_eq!(strip_counter("Plan"), "Plan");
    }
}
