//! What Best plan says of every plan's best week (docs/model.md#best-plan-and-channel-mix): which plan books the most and which
//! costs least per meeting (ties named as ties, at the figures shown), the best mix against the
//! calculator's week, what limits the rep's plan now (only limits whose one more unit adds a
//! meeting), and what an hour more or the next plan up would add, its price and the rep's time
//! apart.

use super::{list, Num, Sentence, HOUR, MEETING, NEW_PROSPECT, OPEN_PROFILE_MESSAGE};
use crate::model::mix::{next_plan_up, BestWeeks, Binding, PlanWeek};
use crate::model::plans::PlanId;
use crate::model::rounding::{self, Shown};
use crate::model::scenario::Scenario;
use crate::model::units::{hours, labour, WEEKS_PER_MONTH};
use crate::model::week::{shortfalls, up_to_tenth, Shortfall};

/// Meetings a month as shown.
fn shown_month(w: &PlanWeek) -> Shown {
    rounding::average(w.meetings_month())
}

fn name(plan: PlanId) -> String {
    plan.plan().name.to_string()
}

/// The answer: the plan that books the most (and any tied with it as shown), and the one that
/// costs least per meeting.
pub fn answer(p: &BestWeeks, s: &Scenario) -> Sentence {
    let Some(most) = p.most_meetings.map(|plan| p.week(plan)) else {
        return Sentence::words(
            "No plan books a meeting with these rates: raise the reply, acceptance or meeting rate.",
        );
    };
    let tied: Vec<&PlanWeek> = p
        .weeks
        .iter()
        .filter(|w| shown_month(w) == shown_month(most))
        .collect();
    let mut out = if tied.len() > 1 {
        let names = list(&tied.iter().map(|w| name(w.plan)).collect::<Vec<_>>());
        let mut out = Sentence::new()
            .text(format!("{names} book the most with their best mix: "))
            .counted(Num::Average(most.meetings_month()), MEETING)
            .text(" a month each");
        let cheapest = tied.iter().filter(|w| w.priced).min_by(|a, b| {
            a.monthly_cost(s.hourly)
                .total_cmp(&b.monthly_cost(s.hourly))
        });
        if let Some(cheap) = cheapest {
            out.push_text(format!(", {} for the least a month", name(cheap.plan)));
        }
        out
    } else {
        Sentence::new()
            .text(format!("{} books the most: ", name(most.plan)))
            .counted(Num::Average(most.meetings_month()), MEETING)
            .text(" a month with its best mix")
    };
    let Some(cheap) = p.lowest_cost.map(|plan| p.week(plan)) else {
        return out
            .text("; no plan books a meeting at a known price, so none has a cost per meeting.");
    };
    let cost = cheap.cost_per_meeting.unwrap_or(0.0);
    let shown_cost = |w: &PlanWeek| w.cost_per_meeting.map(|c| rounding::money(c, s.currency));
    let tied_cost: Vec<String> = p
        .weeks
        .iter()
        .filter(|w| shown_cost(w) == shown_cost(cheap))
        .map(|w| name(w.plan))
        .collect();
    // One plan that is both is named once: "…, and it costs least per meeting".
    let (lead, who, verb) = if tied_cost.len() > 1 {
        ("; ", list(&tied_cost), "cost")
    } else if cheap.plan == most.plan && tied.len() == 1 {
        (", and ", "it".to_string(), "costs")
    } else {
        ("; ", name(cheap.plan), "costs")
    };
    if cost <= 0.0 {
        out.push_text(format!(
            "{lead}{who} {verb} least per meeting: nothing but {}.",
            if s.hourly > 0.0 {
                "your time, which takes 0 minutes a message"
            } else {
                "your time, which is not counted (set a labor cost to compare)"
            }
        ));
        return out;
    }
    out = out
        .text(format!("{lead}{who} {verb} least per meeting ("))
        .num(Num::Money(cost));
    out.push_text(if tied_cost.len() > 1 { " each)." } else { ")." });
    out
}

/// Why the rep's own limits keep the best mix below the calculator's week.
fn shortfall(gap: Shortfall) -> Sentence {
    match gap {
        Shortfall::Hours { given, needed } => Sentence::new()
            .text("it has ")
            .counted(Num::Average(given), HOUR)
            .text(" a week instead of the ")
            .num(Num::Average(up_to_tenth(needed)))
            .text(" your calculator week takes"),
        Shortfall::List { given, needed } => Sentence::new()
            .text("it has ")
            .counted(Num::Whole(given), NEW_PROSPECT)
            .text(" a week instead of the ")
            // Whole, as the list's own default counts the people the week reaches.
            .num(Num::Whole((needed - 1e-9).ceil()))
            .text(" your calculator week reaches"),
        Shortfall::OpenProfile { given, needed } => Sentence::new()
            .text("only ")
            .num(Num::Average(given))
            .text(" of your prospects have an Open Profile, against the ")
            .counted(Num::Average(needed), OPEN_PROFILE_MESSAGE)
            .text(" of your calculator week"),
    }
}

/// The best mix against the calculator's week, and why they differ.
pub fn against_calculator(p: &BestWeeks, s: &Scenario) -> Sentence {
    let calculator = p.calculator.meetings_month();
    let best = p.week(s.plan).meetings_month();
    let head = Sentence::new()
        .text("Your calculator week books ")
        .counted(Num::Average(calculator), MEETING)
        .text(format!(" a month; the best mix on {} books ", name(s.plan)))
        .num(Num::Average(best));
    if rounding::average(best) == rounding::average(calculator) {
        return head.text(": your calculator week is already the best split.");
    }
    if best > calculator {
        return head.text(", by moving first moves to the channels that book more per minute.");
    }
    let gaps = shortfalls(s);
    if gaps.is_empty() {
        return head.text(".");
    }
    head.text(", because ")
        .then(Sentence::joined(gaps.into_iter().map(shortfall), ", and "))
        .text(".")
}

/// What limits the rep's plan now: the limits whose one more unit adds a meeting, and those
/// reached beside them that add nothing alone.
pub fn limits(p: &BestWeeks, s: &Scenario) -> Sentence {
    let w = p.week(s.plan);
    let plan = name(s.plan);
    if w.binding.is_empty() {
        return Sentence::words(format!(
            "Nothing limits {plan}: no channel books a meeting."
        ));
    }
    let limiting = p.limiting();
    let words =
        |ls: &[Binding]| list(&ls.iter().map(|l| l.words().to_string()).collect::<Vec<_>>());
    let idle: Vec<Binding> = w
        .binding
        .iter()
        .copied()
        .filter(|l| !limiting.contains(l))
        .collect();
    if limiting.is_empty() {
        return Sentence::words(if w.binding.len() > 1 {
            format!(
                "{plan} reaches {} at once: more of any one of them alone would add no meeting.",
                words(&w.binding)
            )
        } else {
            format!(
                "{plan} reaches {}, but one more would add no meeting.",
                words(&w.binding)
            )
        });
    }
    let mut out = format!("{plan}'s best week is held back by {}", words(&limiting));
    if !idle.is_empty() {
        out.push_str(&format!(
            " ({} reached too, but more of {} alone adds nothing)",
            words(&idle),
            if idle.len() > 1 { "them" } else { "it" }
        ));
    }
    out.push('.');
    Sentence::words(out)
}

/// What one more hour a week and the next plan up would add, each said with its cost.
pub fn gains(p: &BestWeeks, s: &Scenario) -> Sentence {
    let hour = p.one_more_hour * WEEKS_PER_MONTH;
    let mut out = if rounding::average(hour).is_zero() {
        let time_reached = p.week(s.plan).binding.contains(&Binding::Time);
        Sentence::words(if time_reached {
            "One more hour a week would add nothing: your hours are reached together with another limit"
        } else {
            "One more hour a week would add nothing: your hours are not what limits this week"
        })
    } else {
        Sentence::new()
            .text("One more hour a week would add ")
            .counted(Num::Average(hour), MEETING)
            .text(" a month")
    };
    match p.next_plan {
        Some((next, more)) => {
            let month = more * WEEKS_PER_MONTH;
            out.push_text(format!("; the next plan up, {}, would ", name(next)));
            out = match rounding::average(month) {
                shown if shown.is_zero() => out.text("book as many"),
                _ if month > 0.0 => out
                    .text("add ")
                    .counted(Num::Average(month), MEETING)
                    .text(" a month"),
                _ => out
                    .text("book ")
                    .counted(Num::Average(-month), MEETING)
                    .text(" fewer a month"),
            };
            out.then(next_plan_cost(p, s, next)).text(".")
        }
        None if s.plan == PlanId::RecruiterLite => out.text(
            "; Recruiter Lite is a recruiting seat, so no seller's plan is above it to compare.",
        ),
        None => out.text(format!(
            "; {} is the top plan for sellers.",
            name(top_selling_plan())
        )),
    }
}

/// The sellers' plan with nothing above it.
fn top_selling_plan() -> PlanId {
    let mut plan = PlanId::Free;
    while let Some(next) = next_plan_up(plan) {
        plan = next;
    }
    plan
}

/// What the next plan up costs more (or less) a month: its price and the rep's time, apart.
fn next_plan_cost(p: &BestWeeks, s: &Scenario, next: PlanId) -> Sentence {
    let (now, then) = (p.week(s.plan), p.week(next));
    if !then.priced {
        return Sentence::words(format!(
            " (type its price in {} to compare its cost)",
            s.currency
        ));
    }
    let price = then.price - now.price;
    let minutes = (then.minutes_week - now.minutes_week) * WEEKS_PER_MONTH;
    let time = labour(s.hourly, minutes);
    let money = |v: f64| rounding::money(v, s.currency);
    let mut out = match price {
        v if money(v).is_zero() => Sentence::words(" at the same plan price"),
        v if v > 0.0 => Sentence::new()
            .text(" for ")
            .num(Num::Money(v))
            .text(" more in plan price"),
        v => Sentence::new()
            .text(" and save ")
            .num(Num::Money(-v))
            .text(" in plan price"),
    };
    let hours = Num::Average(hours(minutes.abs()));
    if !money(time).is_zero() {
        out = if time > 0.0 {
            out.text(", plus ")
                .num(Num::Money(time))
                .text(" more of your time (")
                .counted(hours, HOUR)
                .text(" more a month)")
        } else {
            out.text(", and ")
                .num(Num::Money(-time))
                .text(" less of your time (")
                .counted(hours, HOUR)
                .text(" fewer a month)")
        };
    }
    out
}

/// A plan's cost per meeting in the table, with the rep's time or without it: an amount, or
/// why there is none.
pub fn row_cost(w: &PlanWeek, s: &Scenario, with_time: bool) -> Sentence {
    let cost = if with_time {
        w.cost_per_meeting
    } else {
        w.cost_per_meeting_no_labour
    };
    match cost {
        Some(v) if v > 0.0 => Sentence::new().num(Num::Money(v)),
        Some(_) if !with_time => Sentence::words("free: no plan price"),
        Some(_) if s.hourly > 0.0 => Sentence::words("free: no plan price, 0 minutes a message"),
        Some(_) => Sentence::words("only your time (not counted)"),
        None if !w.priced => Sentence::words("its price in your currency is not known"),
        None => Sentence::words("no meetings"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::currency::Currency;
    use crate::model::mix::best_weeks;

    #[test]
    fn the_top_of_the_ladder_is_sales_navigator() {
        assert_eq!(top_selling_plan(), PlanId::SalesNavCore);
    }

    #[test]
    fn the_next_plan_up_says_its_price_and_the_time_apart() {
        let s = Scenario::for_plan(PlanId::Free);
        let p = best_weeks(&s);
        let text = gains(&p, &s).plain(Currency::USD);
        assert!(text.contains("$29.99 more in plan price"), "{text}");
    }
}
