//! How sure the month's figures are (docs/model.md#how-sure). The rates are
//! guesses with benchmark bands: each is drawn from a Beta distribution whose mean is the
//! user's own figure and whose spread is as wide, relative to that figure, as its band is
//! relative to its midpoint (18–25 % is ±16 % around 21.5 %, so 20 % varies by about ±16 % of
//! 20 %, and 2 % by tenths of a point), 10,000 times with a fixed seed, so the same scenario
//! always shows the same band. Where the rep counted a rate themselves (the Metrics view's
//! counts), that Beta is the prior and the draws come from its update by those counts, so data
//! narrow the band. This module holds the draws; beside it, each rate swept over that same
//! band alone ([`tornado`]), the InMail cost per meeting against the reply rate
//! ([`reply_curve`]), and how the view states a cost (`cost_words.rs`: no cost of this view is
//! a bare zero, [`Cost`] says in words what a meeting with no money cost costs).

use rand::SeedableRng;
use rand_distr::{Beta, Distribution};
use rand_pcg::Pcg64Mcg;

use super::bank::{self, BankInput};
use super::cost::{compute, compute_sustaining, ChannelId, Costs};
use super::fields::Field;
use super::metrics::Counts;
use super::scenario::Scenario;
use super::units::refunded_sends;

mod cost_words;
mod reply_curve;
mod tornado;

pub use cost_words::{time_left_out, Cost, CostBand, NOTHING};
pub use reply_curve::{reply_curve, CurvePoint};
pub use tornado::{tornado, Swing};

/// Draws per run: fixed, never shrunk to save time.
pub const DRAWS: usize = 10_000;
/// The seed of every run ("FirstMov" in ASCII), so a link always shows the same band.
pub const SEED: u64 = 0x4669_7273_744d_6f76;
/// The band is read as the 10th to 90th percentile: its half-width is 1.2816 standard
/// deviations.
const HALF_BAND_IN_SDS: f64 = 1.281_551_565_5;
/// Bars of the histogram of meetings.
pub const BINS: usize = 20;

/// The guides' benchmark bands, in percent (docs/model.md#facts-and-defaults).
pub const REPLY_BAND: (f64, f64) = (18.0, 25.0);
pub const ACCEPT_BAND: (f64, f64) = (20.0, 30.0);
pub const MEET_BAND: (f64, f64) = (20.0, 30.0);

/// Half a band's width over its midpoint: 18–25 % gives 3.5 / 21.5 ≈ 0.163.
pub fn relative_half_width((low, high): (f64, f64)) -> f64 {
    if low + high > 0.0 {
        (high - low) / (high + low)
    } else {
        0.0
    }
}

/// The rep's own counts behind one rate: `successes` of `trials` (31 replies of 140 InMails).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OwnCounts {
    pub successes: f64,
    pub trials: f64,
}

impl OwnCounts {
    /// Whether the counts can narrow a band: some trials, and no more successes than trials.
    pub fn usable(self) -> bool {
        self.trials > 0.0 && self.successes <= self.trials
    }

    /// The rate the counts show, in percent; `None` where they are not usable.
    pub fn rate(self) -> Option<f64> {
        self.usable().then(|| self.successes / self.trials * 100.0)
    }
}

/// The rep's counts for a rate, paired as the Metrics view pairs them:
/// - InMail reply: InMail replies of InMails sent;
/// - acceptance: accepted of invitations sent;
/// - reply of accepted connections: replies from connections of invitations accepted. The
///   Metrics view shows no such rate; its replies from connections are those after acceptance,
///   and the calculator's connection replies are invitations × acceptance × this rate;
/// - meeting rate: meetings of all replies (InMail and connections), the Metrics view's
///   "meetings ÷ replies".
///
/// A count the rep did not give is absent, not 0 (docs/model.md#cost-model): 400 invitations with no count of
/// those accepted narrow nothing. `None` where either count is absent, where the rate has no
/// counts (Open Profile reply: the Metrics view counts no Open Profile messages), or where a
/// count is negative or not a number.
pub fn own_counts(c: &Counts, field: Field) -> Option<OwnCounts> {
    let (successes, trials) = match field {
        Field::Reply => (c.inmail_replies?, c.inmails_sent?),
        Field::Accept => (c.accepted?, c.invites_sent?),
        Field::ConnectionReply => (c.other_replies?, c.accepted?),
        Field::Meet => (c.meetings?, c.replies()?),
        _ => return None,
    };
    let given = |v: f64| v.is_finite() && v >= 0.0;
    (given(successes) && given(trials) && successes + trials > 0.0)
        .then_some(OwnCounts { successes, trials })
}

/// A Beta distribution of a rate as a fraction, by its two shape parameters (α, β).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub alpha: f64,
    pub beta: f64,
}

impl Shape {
    pub fn mean(self) -> f64 {
        self.alpha / (self.alpha + self.beta)
    }

    pub fn sd(self) -> f64 {
        let m = self.mean();
        (m * (1.0 - m) / (self.alpha + self.beta + 1.0)).sqrt()
    }

    /// The posterior after `k` successes of `n` trials: Beta(α + k, β + n − k).
    pub fn updated(self, c: OwnCounts) -> Shape {
        Shape {
            alpha: self.alpha + c.successes,
            beta: self.beta + c.trials - c.successes,
        }
    }

    fn distribution(self) -> Option<Beta<f64>> {
        Beta::new(self.alpha, self.beta).ok()
    }
}

/// A rate that varies, and the one band it varies over: the draws' middle 8 in 10 and the
/// tornado's ends are both `low`–`high`, so every part of the view shows the same band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Varied {
    pub field: Field,
    /// The user's own figure, in percent: the mean of the draws before any counts.
    pub figure: f64,
    /// The benchmark band whose relative width the spread copies, in percent.
    pub benchmark: (f64, f64),
    /// The rate whose benchmark band this one borrows (reply of accepted: acceptance's; Open
    /// Profile reply: the InMail's), if not its own.
    pub borrowed_from: Option<Field>,
    /// Half the benchmark band's width over its midpoint (0.163 for 18–25 %).
    pub relative: f64,
    /// The band from the benchmark alone, in percent: `figure ∓ relative × figure`. Above 50 %
    /// the room left to 100 % takes the figure's place, so a band never reaches 0 % or 100 %.
    pub unnarrowed: (f64, f64),
    /// The distribution the benchmark alone gives: mean the figure, `unnarrowed` its 10th to
    /// 90th percentile.
    pub prior: Shape,
    /// The rep's own counts for this rate, used or not (see [`OwnCounts::usable`]).
    pub counts: Option<OwnCounts>,
    /// What the draws come from: `prior`, updated by the counts where they are usable.
    pub drawn: Shape,
    /// The band of the draws, in percent: `unnarrowed` without counts; with them, the
    /// posterior's mean ∓ 1.28 standard deviations, as the prior's band is read.
    pub low: f64,
    pub high: f64,
}

impl Varied {
    /// `None` where the rate has no room to vary (0 %, 100 %, no band).
    fn new(
        s: &Scenario,
        field: Field,
        benchmark: (f64, f64),
        borrowed_from: Option<Field>,
    ) -> Option<Self> {
        let figure = s.get(field);
        let relative = relative_half_width(benchmark);
        let half = relative * figure.min(100.0 - figure).max(0.0);
        let prior = shape(figure, half)?;
        let counts = own_counts(&s.counts, field);
        let (drawn, low, high) = match counts.filter(|c| c.usable()) {
            Some(c) => {
                let drawn = prior.updated(c);
                let (mean, half) = (drawn.mean() * 100.0, HALF_BAND_IN_SDS * drawn.sd() * 100.0);
                (drawn, (mean - half).max(0.0), (mean + half).min(100.0))
            }
            None => (prior, figure - half, figure + half),
        };
        Some(Varied {
            field,
            figure,
            benchmark,
            borrowed_from,
            relative,
            unnarrowed: (figure - half, figure + half),
            prior,
            counts,
            drawn,
            low,
            high,
        })
    }

    /// Half the band around the figure, in percentage points.
    pub fn half_width(&self) -> f64 {
        (self.high - self.low) / 2.0
    }

    /// Whether the rep's own counts narrowed this rate's band.
    pub fn narrowed(&self) -> bool {
        self.counts.is_some_and(OwnCounts::usable)
    }

    /// Where the draws centre, in percent: the user's figure, or, with counts, the figure
    /// weighed with them.
    pub fn centre(&self) -> f64 {
        if self.narrowed() {
            self.drawn.mean() * 100.0
        } else {
            self.figure
        }
    }
}

/// The rates that vary for a scenario, each with its band: InMail reply as wide as 18–25 %,
/// acceptance and meeting as 20–30 %, reply of accepted as acceptance's, Open Profile reply as
/// the InMail's, each narrowed by the rep's own counts where [`own_counts`] has some. Rates the
/// scenario does not use (no credits, no Open Profile messages, no invitations), and rates at
/// 0 % or 100 %, which have no room to vary, stay fixed.
pub fn varied(s: &Scenario) -> Vec<Varied> {
    let mut out = Vec::new();
    if s.credits > 0.0 {
        out.push(Varied::new(s, Field::Reply, REPLY_BAND, None));
    }
    if s.open > 0.0 {
        out.push(Varied::new(
            s,
            Field::OpenReply,
            REPLY_BAND,
            Some(Field::Reply),
        ));
    }
    if s.invites > 0.0 {
        out.push(Varied::new(s, Field::Accept, ACCEPT_BAND, None));
        out.push(Varied::new(
            s,
            Field::ConnectionReply,
            ACCEPT_BAND,
            Some(Field::Accept),
        ));
    }
    out.push(Varied::new(s, Field::Meet, MEET_BAND, None));
    out.into_iter().flatten().collect()
}

/// The Beta distribution of a rate in percent whose 10th–90th percentile band is
/// `mean ± half_width` points, as a fraction; `None` where the rate cannot vary (0 %, 100 %,
/// or no band).
fn shape(mean_percent: f64, half_width: f64) -> Option<Shape> {
    let mean = mean_percent / 100.0;
    if !(mean > 0.0 && mean < 1.0 && half_width > 0.0) {
        return None;
    }
    let most = mean * (1.0 - mean);
    // A Beta's variance is below mean·(1 − mean); a band wider than that is held under it.
    let variance = (half_width / 100.0 / HALF_BAND_IN_SDS)
        .powi(2)
        .min(most * 0.5);
    let size = most / variance - 1.0;
    let shape = Shape {
        alpha: mean * size,
        beta: (1.0 - mean) * size,
    };
    shape.distribution().map(|_| shape)
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
    /// Each varied rate's own draws, in percent, in the order of [`varied`].
    pub rates: Vec<(Field, Percentiles)>,
    /// The calculator's meetings a month, from the rates as the rep set them.
    pub calculator: f64,
    /// The share of simulated months, 0–1, that book fewer meetings than the calculator's.
    pub calculator_rank: f64,
}

/// What the draws read: the plan, the cost model's inputs (each channel's minutes, the weekly
/// cap and the refund delay among them) and the rep's counts (not the spend). An edit
/// elsewhere (a name, the prospect) does not redraw; `tests/memo_keys.rs` holds this to what
/// the draws read.
pub fn spread_inputs(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    const ALSO: [Field; 5] = [
        Field::WeeklyCap,
        Field::Delay,
        Field::MinInvite,
        Field::MinInmail,
        Field::MinOpen,
    ];
    let counts = Counts {
        spend: None,
        ..s.counts
    };
    (
        s.plan,
        Field::COST_INPUTS.map(|f| s.get(f)),
        ALSO.map(|f| s.get(f)),
        counts,
    )
}

impl Spread {
    /// The cost per meeting over the draws, as the page may show it: never a bare zero.
    pub fn cost_band(&self) -> CostBand {
        match self.cost_per_meeting {
            None => CostBand::Unbounded,
            // The month's cost is the plan price plus the rep's time, the same in every draw
            // but for the InMails the reply rate sustains: zero in one draw is zero in all.
            Some(c) if c.p90 <= 0.0 => CostBand::Nothing,
            Some(c) => CostBand::Range(c),
        }
    }

    /// The percentiles of one rate's draws, if it varies.
    pub fn rate(&self, field: Field) -> Option<Percentiles> {
        self.rates
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| *p)
    }

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
        .map(|v| (v.field, v.drawn.distribution()))
        .collect();
    let mut rng = Pcg64Mcg::seed_from_u64(SEED);
    // Every rate of every draw first, in one fixed order, so the same scenario always draws
    // the same months.
    let mut drawn: Vec<Vec<f64>> = vec![Vec::with_capacity(DRAWS); rates.len()];
    for _ in 0..DRAWS {
        for ((_, beta), drawn) in rates.iter().zip(&mut drawn) {
            if let Some(beta) = beta {
                // Beta draws lie in (0, 1); an InMail reply rate of 100 % is never drawn.
                drawn.push((beta.sample(&mut rng) * 100.0).min(99.999));
            }
        }
    }
    let reply_draws = rates
        .iter()
        .position(|(f, _)| *f == Field::Reply)
        .map(|i| &drawn[i][..]);
    let sustained = Sustained::over(s, reply_draws.unwrap_or(&[]));
    let mut draw = rates_apart(s);
    let mut meetings = Vec::with_capacity(DRAWS);
    let mut costs = Vec::with_capacity(DRAWS);
    let mut wins = 0usize;
    for i in 0..DRAWS {
        for ((field, _), values) in rates.iter().zip(&drawn) {
            if let Some(&value) = values.get(i) {
                let _ = draw.set(*field, value);
            }
        }
        let c = compute_sustaining(&draw, sustained.at(&draw));
        meetings.push(c.total.meetings);
        costs.push(c.total.cost_per_meeting.value().unwrap_or(f64::INFINITY));
        if inmail_wins(&c) {
            wins += 1;
        }
    }
    let calculator = compute(s).total.meetings;
    let below = meetings.iter().filter(|m| **m < calculator - 1e-9).count();
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
        rates: rates
            .iter()
            .zip(drawn)
            .filter(|(_, d)| !d.is_empty())
            .map(|((field, _), mut d)| {
                d.sort_by(f64::total_cmp);
                (*field, Percentiles::of_sorted(&d))
            })
            .collect(),
        calculator,
        calculator_rank: below as f64 / DRAWS as f64,
    }
}

/// InMails a month the plan sustains at each drawn reply rate. Where refunds come back fast
/// enough (the common case) that is `C / (1 − r)` in closed form; where they do not, the
/// bank's search runs at a grid of rates across the draws and each draw reads between them,
/// rather than searching 10,000 times.
enum Sustained {
    Closed,
    Table {
        from: f64,
        step: f64,
        values: Vec<f64>,
    },
}

/// Points of the grid, where one is needed: each is a search of the bank.
const GRID: usize = 17;

impl Sustained {
    fn over(s: &Scenario, replies: &[f64]) -> Sustained {
        let (low, high) = replies
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &r| {
                (lo.min(r), hi.max(r))
            });
        let at = |reply: f64| {
            bank::sustains_uncached(BankInput {
                reply: reply / 100.0,
                ..BankInput::plan_of(s)
            })
        };
        let closed = |reply: f64| at(reply) >= refunded_sends(s.credits, reply / 100.0) - 1e-12;
        if replies.is_empty() || s.credits <= 0.0 || closed(high) {
            return Sustained::Closed;
        }
        let step = (high - low) / (GRID - 1) as f64;
        Sustained::Table {
            from: low,
            step,
            values: (0..GRID).map(|i| at(low + step * i as f64)).collect(),
        }
    }

    fn at(&self, draw: &Scenario) -> f64 {
        if !draw.plan.plan().is_premium() || draw.credits <= 0.0 {
            return 0.0;
        }
        match self {
            // Kept up at the highest rate drawn, so at every lower one: slower refunds only
            // ever hold a bank back more.
            Sustained::Closed => refunded_sends(draw.credits, draw.reply / 100.0),
            Sustained::Table { from, step, values } => {
                let x = if *step > 0.0 {
                    (draw.reply - from) / step
                } else {
                    0.0
                };
                let i = (x.floor().max(0.0) as usize).min(values.len() - 1);
                let j = (i + 1).min(values.len() - 1);
                let t = (x - i as f64).clamp(0.0, 1.0);
                // A chord may pass above the curve: never past what the credits resend.
                (values[i] + (values[j] - values[i]) * t)
                    .min(refunded_sends(draw.credits, draw.reply / 100.0))
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_beta_keeps_the_mean_and_the_band() {
        let b = shape(20.0, 3.5).unwrap().distribution().unwrap();
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
        assert!(shape(0.0, 3.5).is_none());
        assert!(shape(100.0, 5.0).is_none());
        assert!(shape(f64::NAN, 5.0).is_none());
        assert!(
            shape(1.0, 25.0).is_some(),
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
