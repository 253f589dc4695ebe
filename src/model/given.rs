//! Figures the rep gives or leaves empty: the counts of Metrics and the deal value and win rate
//! of what the meetings return. Each is absent until given, never 0 (docs/model.md#cost-model),
//! and is named here once for the page, the link and the checks.

use super::metrics::COUNT_FIELDS;
use super::number::Rule;
use super::returns::DEAL_FIELDS;
use super::scenario::Scenario;

/// One figure the rep may give, as the page and the share link name it.
pub struct GivenField {
    /// The share-link parameter (docs/link-format.md).
    pub key: &'static str,
    /// The input's element id.
    pub id: &'static str,
    pub label: &'static str,
    pub rule: Rule,
    pub get: fn(&Scenario) -> Option<f64>,
    pub set: fn(&mut Scenario, Option<f64>),
}

/// Every given figure, in the order the link writes them.
pub fn all() -> impl Iterator<Item = &'static GivenField> {
    COUNT_FIELDS.iter().chain(DEAL_FIELDS.iter())
}

/// The given figure a link parameter names.
pub fn by_key(key: &str) -> Option<&'static GivenField> {
    all().find(|f| f.key == key)
}
