//! How sure the month's figures are (SPEC §2, "Uncertainty and sensitivity"). The rates are
//! guesses with benchmark bands: each is drawn from a Beta distribution whose mean is the
//! user's figure and whose spread matches its band, 10,000 times with a fixed seed, so the
//! same scenario always shows the same band. Also: each rate swept over its band alone (the
//! tornado) and the InMail cost per meeting against the reply rate.

use rand::SeedableRng;
use rand_distr::{Beta, Distribution};
use rand_pcg::Pcg64Mcg;

use super::cost::{compute, ChannelId, Costs, Figure};
use super::fields::Field;
use super::plans::PlanId;
use super::scenario::Scenario;

/// Draws per run: fixed, never shrunk to save time.
pub const DRAWS: usize = 10_000;
/// The seed of every run ("FirstMov" in ASCII), so a link always shows the same band.
pub const SEED: u64 = 0x4669_7273_744d_6f76;
/// The band is read as the 10th to 90th percentile: its width is 2 × 1.2816 standard deviations.
const BAND_IN_SDS: f64 = 2.0 * 1.281_551_565_5;
/// Bars of the histogram of meetings.
pub const BINS: usize = 20;

/// A rate that varies, with the width of its benchmark band in percentage points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Varied {
    pub field: Field,
    pub width: f64,
}

/// The rates that vary for a scenario, with their bands: InMail reply 18–25 %, acceptance
/// 20–30 %, meeting 20–30 %, reply of accepted the acceptance band's relative width (10 of
/// 25) around the user's figure, Open Profile reply the InMail band. Rates the scenario does
/// not use (no credits, no Open Profile messages, no invitations) stay fixed.
pub fn varied(s: &Scenario) -> Vec<Varied> {
    let mut out = Vec::new();
    if s.credits > 0.0 {
        out.push(Varied {
            field: Field::Reply,
            width: 7.0,
        });
    }
    if s.open > 0.0 {
        out.push(Varied {
            field: Field::OpenReply,
            width: 7.0,
        });
    }
    if s.invites > 0.0 {
        out.push(Varied {
            field: Field::Accept,
            width: 10.0,
        });
        out.push(Varied {
            field: Field::Conv,
            width: s.conv * 10.0 / 25.0,
        });
    }
    out.push(Varied {
        field: Field::Meet,
        width: 10.0,
    });
    out
}

/// The Beta distribution of a rate in percent with this band width, as a fraction; `None`
/// where the rate cannot vary (0 %, 100 %, or no band).
fn beta(mean_percent: f64, width: f64) -> Option<Beta<f64>> {
    let mean = mean_percent / 100.0;
    if mean <= 0.0 || mean >= 1.0 || width <= 0.0 {
        return None;
    }
    let most = mean * (1.0 - mean);
    // A Beta's variance is below mean·(1 − mean); a band wider than that is held just under it.
    let variance = (width / 100.0 / BAND_IN_SDS).powi(2).min(most * 0.99);
    let size = most / variance - 1.0;
    Beta::new(mean * size, (1.0 - mean) * size).ok()
}

/// The 10th, 50th and 90th percentile of a figure over the draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Percentiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

impl Percentiles {
    /// Nearest-rank percentiles of sorted values.
    fn of_sorted(sorted: &[f64]) -> Percentiles {
        let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
        Percentiles {
            p10: at(0.1),
            p50: at(0.5),
            p90: at(0.9),
        }
    }
}

/// Counts of meetings in equal bins from `low` to `high`.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    pub low: f64,
    pub high: f64,
    pub counts: Vec<u32>,
}

impl Histogram {
    /// Each bar's range of meetings, from `low` to `high`.
    pub fn bin(&self, i: usize) -> (f64, f64) {
        let w = (self.high - self.low) / BINS as f64;
        (self.low + w * i as f64, self.low + w * (i as f64 + 1.0))
    }
}

/// What 10,000 draws say about a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// Meetings a month.
    pub meetings: Percentiles,
    /// Cost per meeting; `None` when more than 1 draw in 10 books no meeting, so the band has
    /// no upper end.
    pub cost_per_meeting: Option<Percentiles>,
    /// The chance, 0–1, that an InMail meeting costs less than a connection-request meeting;
    /// `None` where the scenario sends no InMail or no invitation.
    pub inmail_wins: Option<f64>,
    pub histogram: Histogram,
}

/// What the draws read: the plan and the inputs of the cost model. An edit elsewhere (a name,
/// the prospect) does not redraw.
pub fn spread_inputs(s: &Scenario) -> (PlanId, [f64; 12]) {
    (s.plan, Field::COST_INPUTS.map(|f| s.get(f)))
}

impl Spread {
    /// Whether each bar of the histogram overlaps the 10th–90th percentile band.
    pub fn in_band(&self) -> Vec<bool> {
        (0..BINS)
            .map(|i| {
                let (lo, hi) = self.histogram.bin(i);
                hi >= self.meetings.p10 && lo <= self.meetings.p90
            })
            .collect()
    }
}

/// A copy of the scenario whose Open Profile reply rate no longer follows the InMail's, so each
/// rate can be varied on its own.
fn rates_apart(s: &Scenario) -> Scenario {
    Scenario {
        open_reply: Some(s.get(Field::OpenReply)),
        ..s.clone()
    }
}

/// Runs the draws for a valid scenario.
pub fn spread(s: &Scenario) -> Spread {
    let rates: Vec<(Field, Option<Beta<f64>>)> = varied(s)
        .into_iter()
        .map(|v| (v.field, beta(s.get(v.field), v.width)))
        .collect();
    let mut rng = Pcg64Mcg::seed_from_u64(SEED);
    let mut draw = rates_apart(s);
    let mut meetings = Vec::with_capacity(DRAWS);
    let mut costs = Vec::with_capacity(DRAWS);
    let mut wins = 0usize;
    for _ in 0..DRAWS {
        for (field, beta) in &rates {
            if let Some(beta) = beta {
                // Beta draws lie in (0, 1); an InMail reply rate of 100 % is never drawn.
                let value = (beta.sample(&mut rng) * 100.0).min(99.999);
                let _ = draw.set(*field, value);
            }
        }
        let c = compute(&draw);
        meetings.push(c.total.meetings);
        costs.push(c.total.cost_per_meeting.value().unwrap_or(f64::INFINITY));
        if inmail_wins(&c) {
            wins += 1;
        }
    }
    meetings.sort_by(f64::total_cmp);
    costs.sort_by(f64::total_cmp);
    let cost = Percentiles::of_sorted(&costs);
    let sends_both = s.credits > 0.0 && s.invites > 0.0;
    Spread {
        meetings: Percentiles::of_sorted(&meetings),
        // Every percentile has a cost only when at least 9 draws in 10 book a meeting.
        cost_per_meeting: cost.p90.is_finite().then_some(cost),
        inmail_wins: sends_both.then(|| wins as f64 / DRAWS as f64),
        histogram: histogram(&meetings),
    }
}

/// Whether an InMail meeting costs less than a connection-request meeting in this draw. A
/// channel with no meetings costs more than any that has some.
fn inmail_wins(c: &Costs) -> bool {
    let per_meeting = |id: ChannelId| c.channel(id).cost_per_meeting.value();
    match (
        per_meeting(ChannelId::Inmail),
        per_meeting(ChannelId::Connection),
    ) {
        (Some(inmail), Some(request)) => inmail < request,
        (Some(_), None) => true,
        _ => false,
    }
}

fn histogram(sorted: &[f64]) -> Histogram {
    let low = sorted.first().copied().unwrap_or(0.0);
    let high = sorted.last().copied().unwrap_or(0.0);
    let mut counts = vec![0u32; BINS];
    let width = (high - low) / BINS as f64;
    for &v in sorted {
        let bin = if width > 0.0 {
            (((v - low) / width) as usize).min(BINS - 1)
        } else {
            0
        };
        counts[bin] += 1;
    }
    Histogram { low, high, counts }
}

/// One bar of the tornado: cost per meeting with one rate at each end of its band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    pub field: Field,
    /// The rate at the band's low and high end, in percent.
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
}

/// Cost per meeting as each rate sweeps its band alone, the widest swing first (an end with no
/// meetings counts as the widest).
pub fn tornado(s: &Scenario) -> Vec<Swing> {
    let mut swings: Vec<Swing> = varied(s)
        .into_iter()
        .map(|v| {
            let rule = v.field.spec().rule;
            let top = if rule.max_exclusive {
                rule.max - 0.001
            } else {
                rule.max
            };
            let own = s.get(v.field);
            let low_rate = (own - v.width / 2.0).max(0.0);
            let high_rate = (own + v.width / 2.0).min(top);
            let at = |rate: f64| {
                let mut t = rates_apart(s);
                let _ = t.set(v.field, rate);
                compute(&t).total.cost_per_meeting.value()
            };
            Swing {
                field: v.field,
                low_rate,
                high_rate,
                at_low: at(low_rate),
                at_high: at(high_rate),
            }
        })
        .collect();
    swings.sort_by(|a, b| b.size().total_cmp(&a.size()));
    swings
}

/// One point of the InMail cost per meeting against the reply rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    /// InMail reply rate in percent.
    pub reply: f64,
    /// InMail cost per meeting (`None`: no meetings).
    pub inmail: Option<f64>,
}

/// The InMail cost per meeting at 60 reply rates up to 60 % (or the user's own if higher), with
/// a connection-request meeting's cost to compare; empty on a plan without credits.
pub fn reply_curve(s: &Scenario) -> (Vec<CurvePoint>, Figure) {
    let request = compute(s).connection.cost_per_meeting;
    if s.credits <= 0.0 {
        return (Vec::new(), request);
    }
    let top = s.reply.clamp(60.0, 99.0);
    let points = (1..=60)
        .map(|i| {
            let reply = top * f64::from(i) / 60.0;
            let mut t = s.clone();
            let _ = t.set(Field::Reply, reply);
            CurvePoint {
                reply,
                inmail: compute(&t).inmail.cost_per_meeting.value(),
            }
        })
        .collect();
    (points, request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_beta_keeps_the_mean_and_the_band() {
        let b = beta(20.0, 7.0).unwrap();
        let mut rng = Pcg64Mcg::seed_from_u64(1);
        let mut xs: Vec<f64> = (0..20_000).map(|_| b.sample(&mut rng) * 100.0).collect();
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert!((mean - 20.0).abs() < 0.1, "{mean}");
        xs.sort_by(f64::total_cmp);
        let p = Percentiles::of_sorted(&xs);
        assert!((p.p90 - p.p10 - 7.0).abs() < 0.4, "{p:?}");
    }

    #[test]
    fn rates_at_their_ends_do_not_vary() {
        assert!(beta(0.0, 7.0).is_none());
        assert!(beta(100.0, 10.0).is_none());
        assert!(
            beta(1.0, 50.0).is_some(),
            "a wide band is held under the Beta's limit"
        );
    }

    #[test]
    fn a_histogram_counts_every_draw() {
        let h = histogram(&[1.0, 2.0, 2.0, 3.0]);
        assert_eq!(h.counts.iter().sum::<u32>(), 4);
        assert_eq!(h.counts[BINS - 1], 1);
        assert_eq!(histogram(&[5.0, 5.0]).counts[0], 2);
    }
}
