//! What the meetings return, in words beside the figures (docs/model.md#what-the-meetings-return):
//! won revenue and its year, when the plan pays for itself, the return on the month's spend.
//! Meetings are rounded as the calculator's card rounds them.

use super::{Num, Sentence, MEETING};
use crate::model::cost::Costs;
use crate::model::plans::{Billing, Plan};
use crate::model::returns::{PlanReturn, Returns};
use crate::model::units::MONTHS_PER_YEAR;

/// `v` as money, or `none` in words where it is nothing (a float's dust either side of 0
/// included): never a bare "$0.00".
fn money(s: Sentence, v: f64, none: &'static str) -> Sentence {
    if v.abs() < 1e-9 {
        s.text(none)
    } else {
        s.num(Num::Money(v))
    }
}

/// A money figure of the return on its own (a stat's text), or "none".
pub fn amount(v: f64) -> Sentence {
    money(Sentence::new(), v, "none")
}

/// The meetings a month that pay for the plan, as the stat beside the sentence shows them:
/// "never" where a meeting wins nothing, "costs nothing" where the plan is free.
pub fn pays_figure(r: &Returns) -> Sentence {
    match r.pays_for_plan {
        None => Sentence::words("never"),
        Some(_) if r.subscription <= 0.0 => Sentence::words("costs nothing"),
        Some(v) => Sentence::new().num(Num::Average(v)),
    }
}

/// Before both figures are given: what to give, and that nothing is assumed.
pub fn not_given() -> Sentence {
    Sentence::words(
        "Give your average deal value and the share of meetings that become won deals to see what the meetings return. Nothing is assumed until you do.",
    )
}

/// Won revenue a month and a year, from the month's meetings.
pub fn won(r: &Returns, meetings: f64) -> Sentence {
    let s = Sentence::new()
        .counted(Num::Average(meetings), MEETING)
        .text(" a month, each worth ");
    let s = money(s, r.per_meeting, "nothing").text(" of won revenue on average, bring ");
    money(s, r.won, "no won revenue")
        .text(" a month. A forecast from your own figures: a sales cycle is not modelled.")
}

/// When the plan pays for itself: the subscription alone, then with the rep's time.
pub fn pays_for_itself(r: &Returns, plan: &Plan, labour_counted: bool) -> Sentence {
    let (Some(plan_only), Some(with_time)) = (r.pays_for_plan, r.pays_with_time) else {
        return Sentence::words(
            "A meeting wins nothing at a deal value or win rate of 0, so nothing pays for itself.",
        );
    };
    let first = if r.subscription > 0.0 {
        Sentence::new()
            .text(format!("{} pays for itself from ", plan.name))
            .counted(Num::Average(plan_only), MEETING)
            .text(" a month")
    } else {
        Sentence::words(format!("{} costs nothing", plan.name))
    };
    if !labour_counted {
        return first.text(" (your time is not counted).");
    }
    first
        .text("; with your time, from ")
        .counted(Num::Average(with_time), MEETING)
        .text(".")
}

/// The return on the month's spend, or why there is none.
pub fn return_on_spend(r: &Returns) -> Sentence {
    match r.return_on_spend {
        Some(roi) => Sentence::new()
            .text("Return on the month's spend: ")
            .num(Num::Percent(roi * 100.0))
            .text(" (won revenue less the plan and your time, over the plan and your time)."),
        None => Sentence::words("The month costs nothing, so there is no return to divide."),
    }
}

/// The year's totals: what the month's figures come to over twelve months.
pub fn year(c: &Costs, r: Option<&Returns>, billing: Billing) -> Sentence {
    let mut s = money(
        Sentence::words("A year: "),
        c.total.cost * MONTHS_PER_YEAR,
        "nothing",
    )
    .text(" spent");
    if billing == Billing::Yearly {
        s = s.text(" (the plan billed yearly, paid at once)");
    }
    s = s
        .text(", ")
        .counted(Num::Average(c.total.meetings * MONTHS_PER_YEAR), MEETING);
    if let Some(r) = r {
        s = money(s.text(", "), r.won * MONTHS_PER_YEAR, "nothing").text(" won");
    }
    s.text(".")
}

/// Each channel's won revenue a month, as the list under the figures reads.
pub fn by_channel(r: &Returns) -> Vec<Sentence> {
    r.by_channel
        .iter()
        .map(|(id, won)| {
            money(
                Sentence::words(format!("{}: ", id.label())),
                *won,
                "nothing won",
            )
            .text(" a month")
        })
        .collect()
}

/// The plan whose best month leaves the most after its spend, in Best plan.
pub fn highest_return(p: Option<&PlanReturn>) -> Sentence {
    let Some(p) = p else {
        return not_given();
    };
    let s = Sentence::words(format!(
        "At your deal value and win rate, {}'s best month returns the most: ",
        p.plan.plan().name
    ));
    let s = money(s, p.won, "nothing").text(" won for ");
    let s = money(s, p.spend, "no spend").text(" of plan and time, ");
    if p.net() < 0.0 {
        return s
            .num(Num::Money(-p.net()))
            .text(" short of its spend a month.");
    }
    money(s, p.net(), "nothing").text(" left a month.")
}
