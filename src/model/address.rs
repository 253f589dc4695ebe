//! The share-link codec of CONTRACT.md: a scenario as the page's query string and back.
//!
//! Parsing never fails: a parameter that is malformed or out of range is not applied, the
//! default stands, and a [`Notice`] says which parameter and why. Encoding writes only what
//! differs from the defaults, so links stay short, and `parse(encode(s)) == s`.

use super::fields::Field;
use super::plans::PlanId;
use super::scenario::{check_name, Scenario};

/// The link format this app writes and reads.
pub const LINK_VERSION: &str = "1";

/// A parameter of the address that was not applied, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub param: String,
    pub reason: String,
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "“{}”: {}", self.param, self.reason)
    }
}

/// A scenario read from an address, with a notice for each parameter left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub scenario: Scenario,
    pub notices: Vec<Notice>,
}

/// Reads a query string, with or without its leading `?`.
pub fn parse(query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if seen.iter().any(|k| *k == key) {
            notices.push(notice(&key, "appears more than once; the first is used"));
            continue;
        }
        seen.push(key.to_string());
        pairs.push((key.into_owned(), value.into_owned()));
    }
    let value_of = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };

    if let Some(v) = value_of("v") {
        if v != LINK_VERSION {
            notices.push(notice(
                "v",
                &format!("link format “{v}” is not one this app knows; read as format 1"),
            ));
        }
    }

    // The plan comes first: the other defaults are the plan's own figures.
    let mut scenario = Scenario::default();
    if let Some(v) = value_of("plan") {
        match PlanId::from_key(v) {
            Some(plan) => scenario = Scenario::for_plan(plan),
            None => notices.push(notice(
                "plan",
                &format!("“{v}” is not a plan; expected one of {}", plan_keys()),
            )),
        }
    }

    if let Some(v) = value_of("name") {
        match check_name(v) {
            Ok(()) => scenario.name = v.to_string(),
            Err(e) => notices.push(notice("name", &format!("the name {e}"))),
        }
    }

    for field in Field::ALL {
        let key = field.spec().key;
        let Some(text) = value_of(key) else { continue };
        let applied = field.parse(text).and_then(|v| scenario.set(field, v));
        if let Err(e) = applied {
            notices.push(notice(key, &e.to_string()));
        }
    }

    for (key, value) in pairs.iter().filter(|(k, _)| k.starts_with("p_")) {
        if let Some(Err(refused)) = scenario.prospect.apply_param(key, value) {
            notices.push(refused);
        }
    }

    Parsed { scenario, notices }
}

/// Writes the query string (without `?`) for a scenario: only what differs from the defaults,
/// after `v=1`; an all-default scenario is the empty string.
pub fn encode(s: &Scenario) -> String {
    let defaults = Scenario::for_plan(s.plan);
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", LINK_VERSION);
    let mut written = false;
    if !s.name.is_empty() {
        out.append_pair("name", &s.name);
        written = true;
    }
    if s.plan != PlanId::default() {
        out.append_pair("plan", s.plan.key());
        written = true;
    }
    for field in Field::ALL {
        let explicit = match field {
            Field::OpenReply => s.open_reply,
            Field::Inmails => s.inmails,
            _ => Some(s.get(field)).filter(|v| *v != defaults.get(field)),
        };
        if let Some(value) = explicit {
            // `{}` on f64 writes the shortest text that reads back to the same number.
            out.append_pair(field.spec().key, &value.to_string());
            written = true;
        }
    }
    for (key, value) in s.prospect.params() {
        out.append_pair(key, &value);
        written = true;
    }
    if written {
        out.finish()
    } else {
        String::new()
    }
}

fn notice(param: &str, reason: &str) -> Notice {
    Notice {
        param: param.to_string(),
        reason: reason.to_string(),
    }
}

fn plan_keys() -> String {
    PlanId::ALL.map(PlanId::key).join(", ")
}
