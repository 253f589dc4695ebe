//! What the meetings return (docs/model.md#what-the-meetings-return): pipeline, won revenue
//! overall and per channel, the return on the month's spend, and the meetings a month at which
//! the plan pays for itself, from the rep's average deal value and win rate. Empty until both
//! are given: nothing is invented. A forecast from the rep's own figures; a sales cycle is not
//! modelled.

use super::cost::{ChannelId, Costs};
use super::given::GivenField;
use super::mix::BestWeeks;
use super::number::Rule;
use super::plans::PlanId;
use super::uncertainty::Percentiles;

/// What a deal value accepts: up to a hundred million in the scenario's currency.
pub const DEAL_VALUE: Rule = Rule::money(100_000_000.0);

/// The rep's deal figures, each absent until given.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Deal {
    /// Average value of a won deal, in the scenario's currency.
    pub value: Option<f64>,
    /// Share of meetings that become won deals, in percent.
    pub win: Option<f64>,
}

impl Deal {
    /// Won revenue a meeting brings on average, `w · V`; `None` until both are given.
    pub fn per_meeting(&self) -> Option<f64> {
        Some(self.value? * self.win? / 100.0)
    }
}

/// The deal value and win rate as the page and the link name them.
pub const DEAL_FIELDS: [GivenField; 2] = [
    GivenField {
        key: "deal",
        id: "deal-value",
        label: "Average deal value",
        rule: DEAL_VALUE,
        get: |s| s.deal.value,
        set: |s, v| s.deal.value = v,
    },
    GivenField {
        key: "win",
        id: "win-rate",
        label: "Meetings that become won deals",
        rule: Rule::PERCENT,
        get: |s| s.deal.win,
        set: |s, v| s.deal.win = v,
    },
];

/// What one month's meetings return.
#[derive(Clone, Debug, PartialEq)]
pub struct Returns {
    /// Won revenue a meeting brings, `w · V`.
    pub per_meeting: f64,
    /// Deals the month's meetings open, at their value: meetings · `V`.
    pub pipeline: f64,
    /// meetings · `w` · `V`.
    pub won: f64,
    /// Each channel's meetings at `w · V`, in [`ChannelId::ALL`]'s order.
    pub by_channel: [(ChannelId, f64); 3],
    /// The plan price.
    pub subscription: f64,
    /// The plan price and the rep's time.
    pub spend: f64,
    /// (won − spend) ÷ spend; `None` when the month costs nothing.
    pub return_on_spend: Option<f64>,
    /// Meetings a month at which won revenue covers the subscription, `P ÷ (w · V)`;
    /// `None` when a meeting wins nothing.
    pub pays_for_plan: Option<f64>,
    /// The same with the rep's time, `(P + labour) ÷ (w · V)`.
    pub pays_with_time: Option<f64>,
}

/// The month's return, or `None` until both a deal value and a win rate are given.
pub fn of(deal: &Deal, c: &Costs) -> Option<Returns> {
    let per_meeting = deal.per_meeting()?;
    let value = deal.value?;
    let subscription = c.total.spend;
    let spend = c.total.cost;
    let meetings_to_cover = |cost: f64| (per_meeting > 0.0).then(|| cost / per_meeting);
    Some(Returns {
        per_meeting,
        pipeline: c.total.meetings * value,
        won: c.total.meetings * per_meeting,
        by_channel: ChannelId::ALL.map(|id| (id, c.channel(id).meetings * per_meeting)),
        subscription,
        spend,
        return_on_spend: (spend > 0.0).then(|| (c.total.meetings * per_meeting - spend) / spend),
        pays_for_plan: meetings_to_cover(subscription),
        pays_with_time: meetings_to_cover(spend),
    })
}

/// Won revenue's 10th, 50th and 90th percentile over How sure's draws: the deal value and win
/// rate are the rep's own and do not vary, so each is the meetings' percentile at `w · V`.
pub fn won_percentiles(deal: &Deal, meetings: Percentiles) -> Option<Percentiles> {
    let per_meeting = deal.per_meeting()?;
    Some(Percentiles {
        p10: meetings.p10 * per_meeting,
        p50: meetings.p50 * per_meeting,
        p90: meetings.p90 * per_meeting,
    })
}

/// One plan's best month (Best plan) at the rep's deal value and win rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanReturn {
    pub plan: PlanId,
    /// The plan's best month's meetings at `w · V`.
    pub won: f64,
    /// The plan and the rep's time that month.
    pub spend: f64,
}

impl PlanReturn {
    /// Won revenue less the month's spend.
    pub fn net(&self) -> f64 {
        self.won - self.spend
    }
}

/// Each plan whose price is known in the scenario's currency, its best month's won revenue and
/// spend, in [`PlanId::ALL`]'s order; `None` until a deal value and a win rate are given.
pub fn by_plan(deal: &Deal, best: &BestWeeks, hourly: f64) -> Option<Vec<PlanReturn>> {
    let per_meeting = deal.per_meeting()?;
    Some(
        best.weeks
            .iter()
            .filter(|w| w.priced)
            .map(|w| PlanReturn {
                plan: w.plan,
                won: w.meetings_month() * per_meeting,
                spend: w.monthly_cost(hourly),
            })
            .collect(),
    )
}

/// The plan whose best month leaves the most won revenue after its spend (ties: the cheaper
/// month); `None` where no plan is priced or nothing is given. Ranked by money left, not by the
/// ratio, which a plan of no price would win with any meeting at all.
pub fn highest_return(plans: &[PlanReturn]) -> Option<PlanReturn> {
    plans.iter().copied().reduce(|best, p| {
        let better = p.net() > best.net() || (p.net() == best.net() && p.spend < best.spend);
        if better {
            p
        } else {
            best
        }
    })
}
