//! How this view states a cost per meeting: an amount above zero, or words, never a bare
//! zero; and whether its costs leave out the rep's time.

use super::Percentiles;
use crate::model::scenario::Scenario;

/// A cost per meeting as this view shows it: an amount above zero, or words. A meeting with
/// no money cost (no plan price, and the rep's time not counted) is never a bare "$0.00".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cost {
    Amount(f64),
    /// No money cost: only the rep's time, which is not counted.
    Nothing,
    /// No meeting is booked.
    NoMeetings,
}

impl Cost {
    /// A cost per meeting (`None`: no meetings).
    pub fn of(value: Option<f64>) -> Cost {
        match value {
            Some(v) if v > 0.0 => Cost::Amount(v),
            Some(_) => Cost::Nothing,
            None => Cost::NoMeetings,
        }
    }

    pub fn amount(self) -> Option<f64> {
        match self {
            Cost::Amount(v) => Some(v),
            _ => None,
        }
    }

    /// The words that stand in for an amount; `None` for an amount.
    pub fn words(self) -> Option<&'static str> {
        match self {
            Cost::Amount(_) => None,
            Cost::Nothing => Some(NOTHING),
            Cost::NoMeetings => Some("no meetings"),
        }
    }

    /// The same words, short enough for a table cell.
    pub fn brief(self) -> Option<&'static str> {
        match self {
            Cost::Nothing => Some("only your time, not counted"),
            other => other.words(),
        }
    }
}

/// What a meeting with no money cost costs.
pub const NOTHING: &str = "nothing but your time, which is not counted";

/// The cost per meeting over the draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CostBand {
    /// From the 10th to the 90th percentile, every one above zero.
    Range(Percentiles),
    /// No draw has a money cost: no plan price, and the rep's time not counted.
    Nothing,
    /// More than 1 draw in 10 books no meeting, so the band has no upper end.
    Unbounded,
}

/// Whether this view's costs leave out the rep's time (no labour cost is set). The guides'
/// $50–150 a meeting includes it, so the view says so.
pub fn time_left_out(s: &Scenario) -> bool {
    s.hourly <= 0.0
}
