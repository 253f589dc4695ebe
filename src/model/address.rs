//! The share-link codec of docs/link-format.md: a scenario as the page's query string and back.
//!
//! Parsing never fails: a parameter that is malformed or out of range is not applied, the
//! default stands, and a [`Notice`] says which parameter and why. Encoding writes only what
//! differs from the defaults, so links stay short, and `parse(encode(s)) == s`.

use std::fmt;

use super::currency::Currency;
use super::fields::Field;
use super::given;
use super::measured::{BadMeasured, Measured};
use super::number::ValueError;
use super::plans::{Billing, PlanId};
use super::prospect::{Flag, Left, Prospect, Relationship};
use super::scenario::{check_name, Invalid, NameError, Scenario};
use super::text;
use super::view::View;

/// The link format this app writes.
pub const LINK_VERSION: &str = "2";

/// A link format this app reads (docs/link-format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The first format: no labour cost, the bank sending the plan's credits, a best plan of 5
    /// hours, 100 prospects and 10 % on Open Profile.
    One,
    /// The one-week format: labour counted, and every view on the calculator's week.
    Two,
}

impl Format {
    /// Puts back format 1's defaults where format 2 changed them, before the link's own
    /// values apply, so a format-1 link opens on exactly the inputs it always opened on.
    fn defaults_before(self, s: &mut Scenario) {
        if self == Format::One {
            s.hourly = 0.0;
            s.hours = Some(5.0);
            s.list = Some(100.0);
            s.open_share = Some(10.0);
        }
    }

    /// Format 1's bank sent the scenario's monthly credits unless told otherwise.
    fn defaults_after(self, s: &mut Scenario) {
        if self == Format::One && s.inmails.is_none() {
            s.inmails = Some(s.credits);
        }
    }
}

/// A parameter of the address that was not applied, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub param: String,
    pub reason: Refusal,
}

/// Why a parameter was not applied.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    Repeated,
    UnknownVersion(String),
    Measured(BadMeasured),
    UnknownCurrency(String),
    UnknownPlan(String),
    Name(NameError),
    Value(ValueError),
    NotRelationship(String),
    NotZeroOrOne(String),
    UnknownView(String),
    UnknownInputs(String),
    UnknownBilling(String),
    /// `billing=yearly` on a plan the catalogue prices only monthly.
    MonthlyOnly(PlanId),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Repeated => f.write_str("appears more than once; the first is used"),
            Refusal::UnknownVersion(v) => write!(
                f,
                "link format “{v}” is not one this app knows; read as format {LINK_VERSION}"
            ),
            Refusal::UnknownPlan(v) => {
                write!(f, "“{v}” is not a plan; expected one of ")?;
                f.write_str(&PlanId::ALL.map(PlanId::key).join(", "))
            }
            Refusal::Name(e) => write!(f, "the name {e}"),
            Refusal::Measured(e) => e.fmt(f),
            Refusal::UnknownCurrency(v) => write!(
                f,
                "“{v}” is not a currency code; expected three letters such as USD, EUR or GBP"
            ),
            Refusal::Value(e) => e.fmt(f),
            Refusal::NotRelationship(v) => write!(
                f,
                "“{v}” is not a relationship; expected cold, engaged or connected"
            ),
            Refusal::NotZeroOrOne(v) => write!(f, "“{v}” must be 0 or 1"),
            Refusal::UnknownBilling(v) => {
                write!(f, "“{v}” is not a billing; expected monthly or yearly")
            }
            Refusal::MonthlyOnly(plan) => {
                write!(f, "{}; read as monthly", Invalid::Billing(*plan))
            }
            Refusal::UnknownView(v) => {
                write!(f, "“{v}” is not a view; expected one of ")?;
                f.write_str(&View::ALL.map(View::key).join(", "))?;
                f.write_str("; showing the calculator")
            }
            Refusal::UnknownInputs(v) => write!(
                f,
                "“{v}” is not a way to show the inputs; expected all or first. On a narrow \
                 screen the first three show and the rest wait behind More inputs"
            ),
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}”: {}", self.param, self.reason)
    }
}

/// A scenario read from an address, the view it names, and a notice for each parameter left
/// out.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub scenario: Scenario,
    pub view: View,
    /// Whether a phone shows every input of the calculator (`inputs=all`), not only the first.
    pub all_inputs: bool,
    /// The link format it was read as.
    pub format: Format,
    pub notices: Vec<Notice>,
}

/// Reads the page's address, with or without its leading `?`. A link without `v` is of format
/// 1, unless it carries no scenario at all (the bare page, or only where it opens: `view`,
/// `inputs`): that is the front door and opens on today's defaults.
pub fn parse(query: &str) -> Parsed {
    parse_with(query, None)
}

/// Reads a query kept by this app (a saved scenario, an export file): one without `v` was
/// written by format 1, even an empty one.
pub fn parse_stored(query: &str) -> Parsed {
    parse_with(query, Some(Format::One))
}

fn parse_with(query: &str, absent: Option<Format>) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut notices = Vec::new();
    // Only the parameters this app reads are kept, each once: a hostile link of a million
    // distinct or repeated keys costs one pass, and each repeated parameter one notice.
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut repeated: Vec<String> = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if !is_known(&key) {
            continue;
        }
        if pairs.iter().any(|(k, _)| *k == key) {
            if !repeated.iter().any(|k| *k == key) {
                notices.push(notice(&key, Refusal::Repeated));
                repeated.push(key.into_owned());
            }
            continue;
        }
        pairs.push((key.into_owned(), value.into_owned()));
    }
    let value_of = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };

    let format = match value_of("v") {
        Some("1") => Format::One,
        Some("2") => Format::Two,
        Some(v) => {
            notices.push(notice("v", Refusal::UnknownVersion(text::shorten(v, 40))));
            Format::Two
        }
        None => absent.unwrap_or(if pairs.iter().any(|(k, _)| !is_placement(k)) {
            Format::One
        } else {
            Format::Two
        }),
    };

    // The plan comes first: the other defaults are the plan's own figures.
    let mut scenario = Scenario::default();
    if let Some(v) = value_of("plan") {
        match PlanId::from_key(v) {
            Some(plan) => scenario = Scenario::for_plan(plan),
            None => notices.push(notice("plan", Refusal::UnknownPlan(text::shorten(v, 40)))),
        }
    }

    // Before the fields: the price's range depends on the currency.
    if let Some(v) = value_of("cur") {
        match Currency::parse(v) {
            Some(c) => scenario.currency = c,
            None => notices.push(notice(
                "cur",
                Refusal::UnknownCurrency(text::shorten(v, 40)),
            )),
        }
    }

    if let Some(v) = value_of("name") {
        match check_name(v) {
            Ok(()) => scenario.name = v.to_string(),
            Err(e) => notices.push(notice("name", Refusal::Name(e))),
        }
    }

    // Before the fields: the billing sets the default price.
    if let Some(v) = value_of("billing") {
        match Billing::from_key(v) {
            Some(b) => {
                if scenario.set_billing(b).is_err() {
                    notices.push(notice("billing", Refusal::MonthlyOnly(scenario.plan)));
                }
            }
            None => notices.push(notice(
                "billing",
                Refusal::UnknownBilling(text::shorten(v, 40)),
            )),
        }
    }

    format.defaults_before(&mut scenario);
    for field in Field::ALL {
        let key = field.spec().key;
        let Some(text) = value_of(key) else { continue };
        let applied = field.parse(text).and_then(|v| scenario.set(field, v));
        if let Err(e) = applied {
            notices.push(notice(key, Refusal::Value(e)));
        }
    }

    format.defaults_after(&mut scenario);

    for given in given::all() {
        let Some(text) = value_of(given.key) else {
            continue;
        };
        match given.rule.parse(text) {
            Ok(v) => (given.set)(&mut scenario, Some(v)),
            Err(e) => notices.push(notice(given.key, Refusal::Value(e))),
        }
    }

    for (key, value) in pairs.iter().filter(|(k, _)| k.starts_with("p_")) {
        if let Some(Err(refused)) = apply_prospect_param(&mut scenario.prospect, key, value) {
            notices.push(notice(key, refused));
        }
    }

    // After the fields: setting a field drops it from the measured ones.
    if let Some(v) = value_of("own") {
        match Measured::parse(v) {
            Ok(mut m) => {
                // A figure whose own parameter was refused is the default, not the export's.
                m.fields
                    .retain(|f| !notices.iter().any(|n: &Notice| n.param == f.spec().key));
                scenario.measured = (!m.fields.is_empty()).then_some(m);
            }
            Err(e) => notices.push(notice("own", Refusal::Measured(e))),
        }
    }

    let mut view = View::default();
    if let Some(v) = value_of("view") {
        match View::from_key(v) {
            Some(known) => view = known,
            None => notices.push(notice("view", Refusal::UnknownView(text::shorten(v, 40)))),
        }
    }

    let all_inputs = match value_of("inputs") {
        None | Some("first") => false,
        Some("all") => true,
        Some(v) => {
            notices.push(notice(
                "inputs",
                Refusal::UnknownInputs(text::shorten(v, 40)),
            ));
            false
        }
    };

    Parsed {
        scenario,
        view,
        all_inputs,
        format,
        notices,
    }
}

/// The share link of a scenario shown in a view: [`encode`], then `view=` unless it is the
/// calculator (the default) and `inputs=all` when a phone shows every input.
pub fn encode_link(s: &Scenario, view: View, all_inputs: bool) -> String {
    let mut query = encode(s);
    let mut place = |param: &str| {
        if query.is_empty() {
            query = format!("v={LINK_VERSION}");
        }
        query.push('&');
        query.push_str(param);
    };
    if view != View::Calculator {
        place(&format!("view={}", view.key()));
    }
    if all_inputs {
        place("inputs=all");
    }
    query
}

/// Whether a parameter says where the page opens rather than what the scenario is.
fn is_placement(key: &str) -> bool {
    matches!(key, "view" | "inputs")
}

/// Writes the query string (without `?`) for a scenario: only what differs from the defaults,
/// after `v=2`; an all-default scenario is the empty string (the bare page opens on today's
/// defaults).
pub fn encode(s: &Scenario) -> String {
    let defaults = s.defaults();
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
    if s.billing != Billing::Monthly {
        out.append_pair("billing", s.billing.key());
        written = true;
    }
    if !s.currency.is_usd() {
        out.append_pair("cur", s.currency.code());
        written = true;
    }
    for field in Field::ALL {
        let explicit = match s.own(field) {
            Some(own) => own,
            None => Some(s.get(field)).filter(|v| *v != defaults.get(field)),
        };
        if let Some(value) = explicit {
            // `{}` on f64 writes the shortest text that reads back to the same number.
            out.append_pair(field.spec().key, &value.to_string());
            written = true;
        }
    }
    for given in given::all() {
        // A figure the rep gave is written, 0 included; one never given is absent.
        if let Some(value) = (given.get)(s) {
            out.append_pair(given.key, &value.to_string());
            written = true;
        }
    }
    for (key, value) in prospect_params(&s.prospect) {
        out.append_pair(key, &value);
        written = true;
    }
    if let Some(m) = &s.measured {
        out.append_pair("own", &m.key());
        written = true;
    }
    if written {
        out.finish()
    } else {
        String::new()
    }
}

/// Applies one `p_*` parameter to the prospect; `None` when the key is not a prospect one.
fn apply_prospect_param(p: &mut Prospect, key: &str, value: &str) -> Option<Result<(), Refusal>> {
    if key == "p_rel" {
        return Some(match Relationship::from_key(value) {
            Some(r) => {
                p.relationship = r;
                Ok(())
            }
            None => Err(Refusal::NotRelationship(text::shorten(value, 40))),
        });
    }
    if let Some(flag) = Flag::ALL.into_iter().find(|f| f.key() == key) {
        return Some(match value {
            "0" | "1" => {
                p.set_flag(flag, value == "1");
                Ok(())
            }
            _ => Err(Refusal::NotZeroOrOne(text::shorten(value, 40))),
        });
    }
    let left = Left::ALL.into_iter().find(|l| l.key() == key)?;
    Some(
        left.rule()
            .parse(value)
            .and_then(|v| p.set_left(left, Some(v)))
            .map_err(Refusal::Value),
    )
}

/// The `p_*` parameters that differ from the defaults, in a fixed order.
fn prospect_params(p: &Prospect) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if p.relationship != Relationship::Cold {
        out.push(("p_rel", p.relationship.key().to_string()));
    }
    for flag in Flag::ALL {
        if p.flag(flag) != flag.default_value() {
            let on = if p.flag(flag) { "1" } else { "0" };
            out.push((flag.key(), on.to_string()));
        }
    }
    for left in Left::ALL {
        if let Some(v) = p.left_given(left) {
            out.push((left.key(), v.to_string()));
        }
    }
    out
}

/// Whether the app reads this parameter (docs/link-format.md); every other one is ignored.
pub fn is_known(key: &str) -> bool {
    matches!(
        key,
        "v" | "name" | "plan" | "billing" | "cur" | "p_rel" | "own"
    ) || is_placement(key)
        || Field::from_key(key).is_some()
        || given::by_key(key).is_some()
        || Flag::ALL.iter().any(|f| f.key() == key)
        || Left::ALL.iter().any(|l| l.key() == key)
}

fn notice(param: &str, reason: Refusal) -> Notice {
    Notice {
        param: text::shorten(param, 40),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_keys_costs_one_pass_and_few_notices() {
        let distinct: String = (0..200_000).map(|i| format!("a{i}=1&")).collect();
        assert!(
            parse(&distinct).notices.is_empty(),
            "unknown keys are ignored"
        );
        let repeated = "reply=30&".repeat(100_000);
        let p = parse(&repeated);
        assert_eq!(p.notices.len(), 1, "a repeated parameter is reported once");
        assert_eq!(p.scenario.reply, 30.0);
    }
}
