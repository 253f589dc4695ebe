//! The tornado: the cost per meeting as each varied rate sweeps its band alone, the same band
//! the draws use ([`super::varied`]), the widest swing first.

use super::{rates_apart, varied, Cost};
use crate::model::cost::compute;
use crate::model::fields::Field;
use crate::model::scenario::Scenario;

/// One bar of the tornado: cost per meeting with one rate at each end of its band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    pub field: Field,
    /// The rate at the band's low and high end, in percent: the band of [`varied`].
    pub low_rate: f64,
    pub high_rate: f64,
    /// Cost per meeting at those ends (`None`: no meetings).
    pub at_low: Option<f64>,
    pub at_high: Option<f64>,
}

impl Swing {
    /// How far the cost per meeting moves across the band.
    pub fn size(&self) -> f64 {
        match (self.at_low, self.at_high) {
            (Some(a), Some(b)) => (a - b).abs(),
            _ => f64::INFINITY,
        }
    }

    /// The cost per meeting at the band's low end, as the page may show it.
    pub fn low_cost(&self) -> Cost {
        Cost::of(self.at_low)
    }

    /// The cost per meeting at the band's high end, as the page may show it.
    pub fn high_cost(&self) -> Cost {
        Cost::of(self.at_high)
    }
}

/// Cost per meeting as each rate sweeps its band (the same band as the draws') alone, the
/// widest swing first (an end with no meetings counts as the widest).
pub fn tornado(s: &Scenario) -> Vec<Swing> {
    let mut swings: Vec<Swing> = varied(s)
        .into_iter()
        .map(|v| {
            let at = |rate: f64| {
                let mut t = rates_apart(s);
                let _ = t.set(v.field, rate);
                compute(&t).total.cost_per_meeting.value()
            };
            Swing {
                field: v.field,
                low_rate: v.low,
                high_rate: v.high,
                at_low: at(v.low),
                at_high: at(v.high),
            }
        })
        .collect();
    swings.sort_by(|a, b| b.size().total_cmp(&a.size()));
    swings
}
