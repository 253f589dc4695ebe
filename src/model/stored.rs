//! The stored-scenario format: what one saved scenario looks like in `localStorage`, and how
//! entries written by this or an older version are read back.
//!
//! Each scenario is its own storage entry (`firstmove.scenario.<id>`), so one damaged entry
//! never hides the others. The scenario itself is kept as its share-link query string: that
//! format is public and stable already, so a save opens the same way a link does.

use serde::{Deserialize, Serialize};

use super::address::{self, Notice};
use super::scenario::Scenario;
use super::text;

/// The newest schema this app writes. Readers accept every schema up to this one.
pub const SCHEMA: u32 = 1;

/// Prefix of every storage key this app owns.
pub const KEY_PREFIX: &str = "firstmove.scenario.";

/// One entry as stored (schema 1).
#[derive(Serialize, Deserialize)]
pub struct StoredEntry {
    schema: u32,
    /// Milliseconds since the Unix epoch.
    saved_at: f64,
    /// The scenario as a share-link query string (docs/link-format.md; written as `v=2`, and one
    /// without `v` was written by format 1).
    query: String,
}

impl StoredEntry {
    pub fn new(scenario: &Scenario, saved_at: f64) -> StoredEntry {
        StoredEntry {
            schema: SCHEMA,
            saved_at,
            query: address::encode(scenario),
        }
    }
}

/// A saved scenario read back from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedScenario {
    /// The storage key, which is also its identity in the list.
    pub key: String,
    pub saved_at: f64,
    pub scenario: Scenario,
    /// Parameters in the saved query that this version could not apply.
    pub notices: Vec<Notice>,
}

/// A storage entry of ours that could not be read. It stays in storage untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct DamagedEntry {
    pub key: String,
    pub reason: Damage,
}

/// Why a stored entry could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Damage {
    NotJson(String),
    Newer(u32),
    UnknownFormat(u32),
    NoVersion,
    Incomplete(String),
    BadTime,
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Damage::NotJson(e) => write!(f, "it is not a saved scenario ({e})"),
            Damage::Newer(v) => write!(
                f,
                "it was saved by a newer version of FirstMove (format {v}); this page reads up to format {SCHEMA}"
            ),
            Damage::UnknownFormat(v) => write!(f, "its format {v} is unknown"),
            Damage::NoVersion => f.write_str("it has no format version"),
            Damage::Incomplete(e) => write!(f, "it is incomplete ({e})"),
            Damage::BadTime => f.write_str("its save time is not a date"),
        }
    }
}

/// What the app's storage holds, newest save first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub saved: Vec<SavedScenario>,
    pub damaged: Vec<DamagedEntry>,
}

/// Serialises a scenario for storage.
pub fn encode_entry(scenario: &Scenario, saved_at: f64) -> String {
    serde_json::to_string(&StoredEntry::new(scenario, saved_at))
        .expect("a struct of a number and strings always serialises")
}

/// Reads one stored entry; the error says what is wrong with it.
pub fn decode_entry(key: &str, raw: &str) -> Result<SavedScenario, DamagedEntry> {
    let damaged = |reason: Damage| DamagedEntry {
        key: key.to_string(),
        reason,
    };
    #[derive(Deserialize)]
    struct Header {
        schema: Option<u32>,
    }
    let header: Header = serde_json::from_str(raw)
        .map_err(|e| damaged(Damage::NotJson(text::shorten(&e.to_string(), 120))))?;
    match header.schema {
        Some(SCHEMA) => {}
        Some(newer) if newer > SCHEMA => return Err(damaged(Damage::Newer(newer))),
        Some(other) => return Err(damaged(Damage::UnknownFormat(other))),
        None => return Err(damaged(Damage::NoVersion)),
    }
    let stored: StoredEntry = serde_json::from_str(raw)
        .map_err(|e| damaged(Damage::Incomplete(text::shorten(&e.to_string(), 120))))?;
    if !stored.saved_at.is_finite() {
        return Err(damaged(Damage::BadTime));
    }
    let parsed = address::parse_stored(&stored.query);
    Ok(SavedScenario {
        key: key.to_string(),
        saved_at: stored.saved_at,
        scenario: parsed.scenario,
        notices: parsed.notices,
    })
}

/// Reads every entry of ours from `(key, value)` pairs of the whole storage; keys of other
/// apps are ignored.
pub fn read_library<I, K, V>(entries: I) -> Library
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut library = Library::default();
    for (key, raw) in entries {
        let key = key.as_ref();
        if !key.starts_with(KEY_PREFIX) {
            continue;
        }
        match decode_entry(key, raw.as_ref()) {
            Ok(saved) => library.saved.push(saved),
            Err(damaged) => library.damaged.push(damaged),
        }
    }
    library
        .saved
        .sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at).then(a.key.cmp(&b.key)));
    library.damaged.sort_by(|a, b| a.key.cmp(&b.key));
    library
}

/// A fresh storage key from the save time and a random number the caller draws, so two tabs
/// saving in the same millisecond do not collide.
pub fn new_key(saved_at: f64, random: f64) -> String {
    let stamp = saved_at.max(0.0) as u64;
    let salt = (random.clamp(0.0, 1.0) * 1e9) as u64;
    format!("{KEY_PREFIX}{stamp:x}-{salt:x}")
}

/// A name for a copy: "Plan A" becomes "Plan A (copy)", kept within the name limit.
pub fn copy_name(name: &str) -> String {
    const SUFFIX: &str = " (copy)";
    let room = super::scenario::NAME_MAX_CHARS - SUFFIX.chars().count();
    let base: String = name.chars().take(room).collect();
    format!("{base}{SUFFIX}")
}
