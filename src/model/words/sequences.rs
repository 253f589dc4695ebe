//! What Sequences says (docs/model.md#sequences): the calculator's week as the guide's sequences, how its
//! meetings compare with the calculator's, and the allowance a week's load breaks first.

use super::{Num, Sentence, MEETING, NEW_PROSPECT};
use crate::model::allowance::Weekly;
use crate::model::cost::compute;
use crate::model::rounding;
use crate::model::scenario::Scenario;
use crate::model::sequences::{Group, Load, SequenceId, WeekPlan};
use crate::model::units::WEEKS_PER_MONTH;

/// The calculator's week on the sequences, in a sentence, and how its meetings compare.
pub fn calculator_week(plan: &WeekPlan, s: &Scenario) -> Sentence {
    if plan.groups.is_empty() {
        return Sentence::words(
            "Your calculator week contacts no one: set connection requests, InMail credits or Open Profile messages in the calculator, or pick one of the Outbound System guide's sequences to size a week.",
        );
    }
    let mut out =
        Sentence::words("Your calculator week as the Outbound System guide's sequences: ")
            .then(Sentence::joined(plan.groups.iter().map(group), "; "))
            .text(". ");
    let calculator = compute(s).total.meetings / WEEKS_PER_MONTH;
    let sequences = plan.load.meetings;
    out = out
        .text("They book ")
        .counted(Num::Average(sequences), MEETING)
        .text(" a week");
    if rounding::average(sequences) == rounding::average(calculator) {
        out.text(", as your calculator does.")
    } else if sequences > calculator {
        out.text(", more than your calculator's ")
            .num(Num::Average(calculator))
            .text(
                ": the calculator counts only the first move, the sequences also their follow-ups.",
            )
    } else {
        out.text(", fewer than your calculator's ")
            .num(Num::Average(calculator))
            .text(".")
    }
}

/// One group of the calculator's week: who starts which sequence, and for the InMail
/// breakthrough, whether its follow-up request fits the invitations left.
fn group(g: &Group) -> Sentence {
    let out = Sentence::new()
        .counted(Num::Average(g.prospects), NEW_PROSPECT)
        .text(format!(" a week start {}", g.id.sequence().name));
    if g.id != SequenceId::InmailBreakthrough {
        return out;
    }
    let out = out.text(if g.open_share > 0.0 {
        " (an InMail, or a free Open Profile message where they have one"
    } else {
        " (an InMail"
    });
    if rounding::average(g.invites_left).is_zero() {
        out.text("; its follow-up request waits, since your requests use the whole weekly cap)")
    } else {
        out.text("; its follow-up request to ")
            .num(Num::Average(g.load.invites))
            .text(" of them, within the ")
            .num(Num::Average(g.invites_left))
            .text(" invitations the week has left)")
    }
}

/// The allowance a week's load breaks first, with what it needs and what is allowed.
pub fn breaks(load: &Load, week: &Weekly) -> Option<Sentence> {
    let limit = load.breaks?;
    let allowed = week.available(limit).unwrap_or_default();
    Some(
        Sentence::new()
            .text(format!("At this volume {} breaks first: ", limit.label()))
            .num(Num::Average(load.usage().of(limit)))
            .text(" needed a week, ")
            .num(Num::Average(allowed))
            .text(" allowed."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::currency::Currency;
    use crate::model::sequences::calculator_week as plan_of;

    #[test]
    fn the_default_week_fits_and_says_how_it_is_split() {
        let s = Scenario::default();
        let plan = plan_of(&s);
        assert_eq!(plan.load.breaks, None);
        assert!((plan.load.invites - 100.0).abs() < 1e-9);
        let text = calculator_week(&plan, &s).plain(Currency::USD);
        assert!(
            text.contains("100 new prospects a week start Connection-first"),
            "{text}"
        );
        assert!(
            text.contains("14.4 new prospects a week start InMail breakthrough"),
            "{text}"
        );
        assert!(text.contains("its follow-up request waits"), "{text}");
    }

    #[test]
    fn no_requests_in_the_calculator_means_none_in_the_sequences() {
        let s = Scenario {
            invites: 0.0,
            ..Scenario::default()
        };
        let plan = plan_of(&s);
        assert_eq!(plan.groups.len(), 1);
        // Only the InMail breakthrough's follow-ups ask for invitations.
        assert!(plan.load.invites < 14.5, "{}", plan.load.invites);
    }
}
