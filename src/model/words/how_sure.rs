//! What How sure says (docs/model.md#cost-model): the band of meetings and cost over 10,000 simulated months,
//! the calculator's own figure beside it and why the two differ, each rate's band and what the
//! rep's own counts did to it, and the break-even reply rate or why there is none.

use super::{capitalized, Num, Sentence, INMAIL, INVITATION, MEETING, PERSON_WHO_ACCEPTED, REPLY};
use crate::model::cost::{break_even, compute};
use crate::model::fields::Field;
use crate::model::rounding;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::{Cost, CostBand, OwnCounts, Spread, Swing, Varied, DRAWS, NOTHING};

/// A rate's name inside a sentence.
pub fn rate_name(field: Field) -> &'static str {
    match field {
        Field::Reply => "InMail reply",
        Field::OpenReply => "Open Profile reply",
        Field::Accept => "acceptance",
        Field::ConnectionReply => "reply of accepted connections",
        Field::Meet => "meetings of replies",
        other => other.spec().label,
    }
}

/// A rate's band: "16.7%–23.3%".
fn band(low: f64, high: f64) -> Sentence {
    Sentence::new()
        .num(Num::Percent(low))
        .text("–")
        .num(Num::Percent(high))
}

/// A cost per meeting in words: an amount, or what stands in for one.
pub fn cost(c: Cost) -> Sentence {
    match c {
        Cost::Amount(v) => Sentence::new().num(Num::Money(v)),
        other => Sentence::words(other.words().unwrap_or_default()),
    }
}

/// The answer: the band of meetings and of cost per meeting.
pub fn answer(b: &Spread, bands: &[Varied]) -> Sentence {
    let narrowed = if bands.iter().any(Varied::narrowed) {
        " and narrowed by your own counts where you gave them"
    } else {
        ""
    };
    let m = b.meetings;
    let out = Sentence::new()
        .text("Over ")
        .counted(Num::Whole(DRAWS as f64), super::SIMULATED_MONTH)
        .text(format!(
            ", the rates centered on your own figures, each spread as widely as its benchmark band{narrowed}, a month books "
        ))
        .num(Num::Average(m.p10))
        .text(" to ")
        .counted(Num::Average(m.p90), MEETING)
        .text(" (8 months in 10 fall in between), ")
        .num(Num::Average(m.p50))
        .text(" in the middle.");
    match b.cost_band() {
        CostBand::Range(c) => out
            .text(" Each meeting costs ")
            .num(Num::Money(c.p10))
            .text(" to ")
            .num(Num::Money(c.p90))
            .text(", ")
            .num(Num::Money(c.p50))
            .text(" in the middle."),
        CostBand::Nothing => out.text(format!(
            " Each meeting costs {NOTHING}: this plan has no price, so no simulated month has a money cost."
        )),
        CostBand::Unbounded => out.text(
            " In more than 1 simulated month in 10 no meeting is booked at all, so the cost per meeting has no upper end.",
        ),
    }
}

/// The rates whose own counts put them away from the rep's figure, as shown: each with the
/// rate the counts measure and the figure the calculator uses, in percent.
pub fn diverging(bands: &[Varied]) -> Vec<(Field, f64, f64)> {
    bands
        .iter()
        .filter(|v| v.narrowed())
        .filter_map(|v| {
            let measured = v.counts?.rate()?;
            (rounding::percent(measured) != rounding::percent(v.figure))
                .then_some((v.field, measured, v.figure))
        })
        .collect()
}

/// The measured rates the calculator can take, each to a tenth as the page shows it: a rate
/// the field would refuse (100 % InMail reply, from 10 replies of 10) is offered to no one.
pub fn usable_measured(bands: &[Varied], s: &Scenario) -> Vec<(Field, f64)> {
    diverging(bands)
        .into_iter()
        .map(|(field, measured, _)| (field, rounding::tenth(measured)))
        .filter(|(field, rate)| s.clone().set(*field, *rate).is_ok())
        .collect()
}

/// "your counts say 28.0%, the calculator uses 20.0%".
fn counts_against_figure(measured: f64, figure: f64, opens: bool) -> Sentence {
    Sentence::new()
        .text(if opens {
            "Your counts say "
        } else {
            "your counts say "
        })
        .num(Num::Percent(measured))
        .text(", the calculator uses ")
        .num(Num::Percent(figure))
}

/// The calculator's figure beside the band, and why the middle month differs from it.
pub fn against_calculator(b: &Spread, bands: &[Varied], s: &Scenario) -> Sentence {
    let month = compute(s);
    let mut out = Sentence::new()
        .text("Your calculator's figure is ")
        .counted(Num::Average(b.calculator), MEETING)
        .text(" a month");
    if let Some(v) = month.total.cost_per_meeting.value().filter(|v| *v > 0.0) {
        out = out.text(" at ").num(Num::Money(v)).text(" a meeting");
    }
    out = out
        .text(": ")
        .num(Num::Percent(b.calculator_rank * 100.0))
        .text(" of the simulated months book fewer.");
    let apart = diverging(bands);
    if !apart.is_empty() {
        out.push_text(
            " The simulated months lean on your own counts, the calculator on your figures: ",
        );
        let each = apart.into_iter().map(|(field, measured, figure)| {
            Sentence::words(format!("{} ", rate_name(field)))
                .then(counts_against_figure(measured, figure, false))
        });
        return out.then(Sentence::joined(each, "; ")).text(
            if usable_measured(bands, s).is_empty() {
                "."
            } else {
                ". Use the measured rate to bring them together."
            },
        );
    }
    if rounding::average(b.meetings.p50) != rounding::average(b.calculator) {
        out = out
            .text(" The middle month books ")
            .num(Num::Average(b.meetings.p50))
            .text(" instead: a month multiplies its rates, so the month in the middle is not the month at your figures.");
    }
    out
}

/// How the months are drawn, with each rate's band: the same band the tornado sweeps.
pub fn bands_note(bands: &[Varied]) -> Sentence {
    let head = Sentence::new()
        .counted(Num::Whole(DRAWS as f64), super::SIMULATED_MONTH)
        .text(", the same every time for the same figures. Each rate is centered on your own figure, with a spread as wide, for its size, as its benchmark band");
    if bands.is_empty() {
        return head.text("; here no rate has room to vary.");
    }
    head.text(". 8 months in 10 fall within: ")
        .then(Sentence::joined(bands.iter().map(varied), "; "))
        .text(".")
}

/// One rate's band in the draws: "reply rate 15%–25% (your 20% ± 25% of it, as wide as …)".
fn varied(v: &Varied) -> Sentence {
    let out = Sentence::words(format!("{} ", rate_name(v.field)))
        .then(band(v.low, v.high))
        .text(" (your ")
        .num(Num::Percent(v.figure));
    if v.narrowed() {
        return out.text(" narrowed by your own counts)");
    }
    let out = out
        .text(" ± ")
        .num(Num::Percent(v.relative * 100.0))
        .text(" of it, as wide as ");
    let out = match v.borrowed_from {
        None => out.text("the guides' "),
        Some(f) => out.text(format!("the {} band, ", rate_name(f))),
    };
    out.then(band(v.benchmark.0, v.benchmark.1)).text(")")
}

/// A rate's counts as the rep gave them: "31 replies from 140 InMails".
fn counts(field: Field, c: OwnCounts) -> Sentence {
    let (k, n) = (Num::Whole(c.successes), Num::Whole(c.trials));
    match field {
        Field::Reply => Sentence::new()
            .counted(k, REPLY)
            .text(" from ")
            .counted(n, INMAIL),
        Field::Accept => Sentence::new()
            .num(k)
            .text(" of ")
            .counted(n, INVITATION)
            .text(" accepted"),
        Field::ConnectionReply => Sentence::new()
            .counted(k, REPLY)
            .text(" from ")
            .counted(n, PERSON_WHO_ACCEPTED),
        Field::Meet => Sentence::new()
            .counted(k, MEETING)
            .text(" from ")
            .counted(n, REPLY),
        _ => Sentence::new().num(k).text(" of ").num(n),
    }
}

/// What the rep's own counts did to each rate's band: narrowed it, or were left out because
/// they cannot all be true. Empty where no rate has counts the rep gave.
pub fn counts_note(bands: &[Varied]) -> Sentence {
    let mut out = Sentence::new();
    for v in bands {
        let Some(c) = v.counts else {
            continue;
        };
        if !out.is_empty() {
            out.push_text(" ");
        }
        let title = capitalized(rate_name(v.field));
        let Some(rate) = c.rate() else {
            out = out
                .text(format!("{title}: your own counts are left out, since "))
                .then(counts(v.field, c))
                .text(" cannot be; check them in Metrics.");
            continue;
        };
        out = out
            .text(format!("{title}: narrowed by your own counts, "))
            .then(counts(v.field, c))
            .text(". 8 simulated months in 10 now fall within ")
            .then(band(v.low, v.high))
            .text(" instead of ")
            .then(band(v.unnarrowed.0, v.unnarrowed.1))
            .text(", centered on ")
            .num(Num::Percent(v.centre()))
            .text(": your ")
            .num(Num::Percent(v.figure))
            .text(" weighed with the ")
            .num(Num::Percent(rate))
            .text(" you counted.");
        if rounding::percent(rate) != rounding::percent(v.figure) {
            out = out
                .text(" ")
                .then(counts_against_figure(rate, v.figure, true))
                .text(".");
        }
    }
    out
}

/// The break-even reply rate as the stat shows it, or why there is none.
pub fn break_even_text(s: &Scenario) -> Sentence {
    match break_even(s) {
        Ok(r) => Sentence::new().num(Num::Percent(r * 100.0)),
        Err(why) => Sentence::words(format!("none: {}", why.words())),
    }
}

/// Under the break-even, where the month sends no requests: what it compares with.
pub fn break_even_note(s: &Scenario) -> Option<Sentence> {
    (break_even(s).is_ok() && s.invites <= 0.0).then(|| {
        Sentence::words(
            "You send no connection requests now: the break-even compares an InMail meeting with what a request meeting would cost if you sent them.",
        )
    })
}

/// The chance an InMail meeting costs less, or why there is nothing to compare.
pub fn wins_text(b: &Spread, s: &Scenario) -> Sentence {
    match b.inmail_wins {
        Some(p) => Sentence::new().num(Num::Percent(p * 100.0)),
        None if s.credits <= 0.0 => Sentence::words("no InMail to compare"),
        None => Sentence::words("no connection requests to compare"),
    }
}

/// The tornado in a sentence: which rate moves the cost per meeting most.
pub fn tornado(swings: &[Swing], base: Cost, priced: bool) -> Sentence {
    if !priced && base == Cost::NoMeetings {
        return Sentence::words("No rate books a meeting with these figures.");
    }
    if !priced {
        return Sentence::words(format!(
            "Cost per meeting stays at {NOTHING}, whichever rate moves: set a labor cost to see what moves it."
        ));
    }
    match swings.first() {
        Some(w) => Sentence::new()
            .text(format!(
                "Cost per meeting moves most with the {}: ",
                w.field.spec().label.to_lowercase()
            ))
            .then(cost(w.low_cost()))
            .text(" at ")
            .num(Num::Percent(w.low_rate))
            .text(" and ")
            .then(cost(w.high_cost()))
            .text(" at ")
            .num(Num::Percent(w.high_rate))
            .text("."),
        None => Sentence::words("No rate varies."),
    }
}

/// The note shown while the rep's time is not counted.
pub fn time_note() -> Sentence {
    Sentence::new()
        .text("These costs leave out your time: no labor cost is set. The guides' ")
        .then(super::calculator::benchmark())
        .text(" a meeting includes the rep's time, so set a labor cost to compare.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::currency::Currency;
    use crate::model::metrics::Counts;
    use crate::model::uncertainty::{spread, varied};

    #[test]
    fn an_absent_count_narrows_nothing_and_is_never_read_as_zero() {
        let s = Scenario {
            counts: Counts {
                invites_sent: Some(400.0),
                ..Counts::default()
            },
            ..Scenario::default()
        };
        let bands = varied(&s);
        assert!(bands.iter().all(|v| !v.narrowed()));
        assert!(counts_note(&bands).is_empty());
    }

    #[test]
    fn the_calculators_figure_is_beside_the_band() {
        let s = Scenario::default();
        let b = spread(&s);
        let text = against_calculator(&b, &varied(&s), &s).plain(Currency::USD);
        assert!(
            text.starts_with("Your calculator's figure is 11.9 meetings"),
            "{text}"
        );
    }
}
