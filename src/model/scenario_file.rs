//! The export file of saved scenarios: a versioned JSON document a rep can keep, move to another
//! browser and import again. Each scenario travels as its share-link query, the public format,
//! so a file written today opens in every later version. Importing validates everything and
//! reports what it skipped; it never decides on its own to overwrite a saved scenario.

use serde::{Deserialize, Serialize};

use super::address;
use super::scenario::{check_name, Scenario};
use super::stored::SavedScenario;
use super::text;

/// The newest export format this app writes; readers accept every format up to it.
pub const FORMAT: u32 = 1;
/// What the file says it is, so another app's JSON is refused by name.
pub const APP: &str = "firstmove";
/// Largest file read: far above any real library, small enough to parse at once.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most scenarios one file may hold.
pub const MAX_SCENARIOS: usize = 1000;

#[derive(Serialize, Deserialize)]
struct File {
    app: String,
    format: u32,
    /// Milliseconds since the Unix epoch.
    exported_at: f64,
    scenarios: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    /// The scenario's name, also inside the query; here so the file reads well.
    name: String,
    saved_at: f64,
    /// The share-link query string (link format 2; a query without `v` is of format 1).
    query: String,
}

/// Writes the export file for these saved scenarios.
pub fn export(saved: &[SavedScenario], exported_at: f64) -> String {
    let file = File {
        app: APP.to_string(),
        format: FORMAT,
        exported_at,
        scenarios: saved
            .iter()
            .map(|s| Entry {
                name: s.scenario.name.clone(),
                saved_at: s.saved_at,
                query: address::encode(&s.scenario),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("strings and numbers always serialise")
}

/// One scenario read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub scenario: Scenario,
    pub saved_at: f64,
    /// Parameters of its query that were refused (the rest of the scenario is kept).
    pub notices: Vec<String>,
}

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub scenarios: Vec<Incoming>,
    /// Entries that could not be read, by position (1-based) and why.
    pub skipped: Vec<(usize, String)>,
}

/// Why a file was refused as a whole.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson(String),
    NotOurs,
    Newer(u32),
    TooMany(usize),
    Empty,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge(n) => write!(
                f,
                "the file is {:.1} MB; an export of saved scenarios is far smaller (at most {} MB is read)",
                *n as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
            ImportError::NotJson(e) => write!(f, "the file is not JSON ({e})"),
            ImportError::NotOurs => {
                f.write_str("the file is not a FirstMove export (it does not say app: firstmove)")
            }
            ImportError::Newer(v) => write!(
                f,
                "the file was written by a newer FirstMove (format {v}); this page reads up to format {FORMAT}"
            ),
            ImportError::TooMany(n) => {
                write!(f, "the file holds {n} scenarios; at most {MAX_SCENARIOS} are read")
            }
            ImportError::Empty => f.write_str("the file holds no scenarios"),
        }
    }
}

/// Reads an export file. Entries that cannot be read are skipped with a reason; the file is
/// refused only when it is not an export at all.
pub fn import(text: &str) -> Result<Import, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ImportError::NotJson(text::shorten(&e.to_string(), 120)))?;
    if value.get("app").and_then(|a| a.as_str()) != Some(APP) {
        return Err(ImportError::NotOurs);
    }
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .filter(|&v| v >= 1)
        .ok_or(ImportError::NotOurs)?;
    if format > u64::from(FORMAT) {
        return Err(ImportError::Newer(format.min(u64::from(u32::MAX)) as u32));
    }
    let entries = value
        .get("scenarios")
        .and_then(|s| s.as_array())
        .ok_or(ImportError::NotOurs)?;
    if entries.len() > MAX_SCENARIOS {
        return Err(ImportError::TooMany(entries.len()));
    }
    if entries.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut out = Import {
        scenarios: Vec::new(),
        skipped: Vec::new(),
    };
    for (i, raw) in entries.iter().enumerate() {
        match serde_json::from_value::<Entry>(raw.clone()) {
            Ok(entry) if entry.saved_at.is_finite() => {
                let parsed = address::parse_stored(&entry.query);
                let mut scenario = parsed.scenario;
                let mut notices: Vec<String> =
                    parsed.notices.iter().map(ToString::to_string).collect();
                // A query without its name (a file edited by hand) keeps the entry's own name,
                // where that is a name a scenario may have; the rep is told either way.
                let listed = entry.name.trim();
                if scenario.name.trim().is_empty() && !listed.is_empty() {
                    match check_name(&entry.name) {
                        Ok(()) => {
                            scenario.name = entry.name.clone();
                            notices.push(format!(
                                "its link held no name: “{}”, the name the file lists, was kept",
                                text::shorten(&entry.name, 80)
                            ));
                        }
                        Err(e) => {
                            notices.push(format!("the name the file lists {e}, so it was left out"))
                        }
                    }
                }
                out.scenarios.push(Incoming {
                    scenario,
                    saved_at: entry.saved_at,
                    notices,
                });
            }
            Ok(_) => out
                .skipped
                .push((i + 1, "its save time is not a date".to_string())),
            Err(e) => out
                .skipped
                .push((i + 1, text::shorten(&e.to_string(), 120))),
        }
    }
    Ok(out)
}

/// Names already in the library that the file also holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Clashes {
    /// The names, each once, sorted.
    pub names: Vec<String>,
    /// How many of the file's scenarios carry one of them.
    pub scenarios: usize,
}

/// The imported scenarios whose names are already in the library (empty names never clash).
pub fn clashes(incoming: &[Incoming], library: &[SavedScenario]) -> Clashes {
    let taken: Vec<&String> = incoming
        .iter()
        .map(|i| &i.scenario.name)
        .filter(|n| !n.trim().is_empty())
        .filter(|n| library.iter().any(|s| &&s.scenario.name == n))
        .collect();
    let mut names: Vec<String> = taken.iter().map(|n| n.to_string()).collect();
    names.sort();
    names.dedup();
    Clashes {
        names,
        scenarios: taken.len(),
    }
}

/// What to do with an imported scenario whose name is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnClash {
    /// Add it beside the saved one, its name marked "(imported)".
    KeepBoth,
    /// Replace the saved one of that name.
    Replace,
    /// Leave the saved one and drop the imported one.
    Skip,
}

/// A name for an imported copy beside a saved scenario of the same name, within the limit.
pub fn imported_name(name: &str) -> String {
    const SUFFIX: &str = " (imported)";
    let room = super::scenario::NAME_MAX_CHARS - SUFFIX.chars().count();
    let base: String = name.chars().take(room).collect();
    format!("{base}{SUFFIX}")
}

/// One write an import makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// A new entry.
    New(Scenario, f64),
    /// Replaces the saved entry under this key.
    Over(String, Scenario, f64),
}

/// The writes that import `incoming` into `library`: a scenario whose name is not saved is
/// added; one whose name is taken follows `on_clash`. Replace overwrites the newest entry of
/// that name once; a second scenario of the same name in the file is added beside it, so no
/// imported scenario is written over another.
pub fn plan_import(
    incoming: &[Incoming],
    library: &[SavedScenario],
    on_clash: OnClash,
) -> Vec<Write> {
    let mut replaced: Vec<&str> = Vec::new();
    incoming
        .iter()
        .filter_map(|i| {
            let name = &i.scenario.name;
            // The library is newest first, so the first of a name is the newest.
            let taken = (!name.trim().is_empty())
                .then(|| library.iter().find(|s| &s.scenario.name == name))
                .flatten();
            match (taken, on_clash) {
                (None, _) => Some(Write::New(i.scenario.clone(), i.saved_at)),
                (Some(_), OnClash::Skip) => None,
                (Some(old), OnClash::Replace) if !replaced.contains(&old.key.as_str()) => {
                    replaced.push(&old.key);
                    Some(Write::Over(old.key.clone(), i.scenario.clone(), i.saved_at))
                }
                (Some(_), OnClash::KeepBoth | OnClash::Replace) => {
                    let mut renamed = i.scenario.clone();
                    renamed.name = imported_name(name);
                    Some(Write::New(renamed, i.saved_at))
                }
            }
        })
        .collect()
}
