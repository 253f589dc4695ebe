//! The team's month in words (docs/model.md#a-team): how many reps, whose won revenue it adds,
//! and each level of account safety.

use super::{Num, Sentence, MEETING};
use crate::model::safety::Risk;
use crate::model::team::Team;

/// Under the team's figures: what they add up and which reps need a look at their pace.
pub fn summary(t: &Team) -> Sentence {
    let mut s = Sentence::new()
        .text(format!("{} reps book ", t.reps))
        .counted(Num::Average(t.meetings), MEETING)
        .text(" a month together.");
    if !t.one_currency {
        s = s.text(" Their money is in several currencies, so spend and revenue are not added: nothing is converted.");
    }
    match t.won {
        Some((_, n)) if n < t.reps => {
            s = s.text(format!(
                " Won revenue adds the {n} of {} who gave a deal value and a win rate.",
                t.reps
            ));
        }
        _ => {}
    }
    let count = |r: Risk| t.safety.iter().filter(|l| **l == r).count();
    let (watch, danger) = (count(Risk::Watch), count(Risk::Danger));
    s.text(format!(
        " Account safety: {} safe, {watch} to watch, {danger} in danger.",
        count(Risk::Safe)
    ))
}
