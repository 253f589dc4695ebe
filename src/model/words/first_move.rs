//! What the first-move view says of a request's acceptance: the figure used, and what the
//! prospect's answers would change that the guides put no figure on, so the sentence never
//! claims a raise the figure beside it does not show.

use super::{Num, Sentence};
use crate::model::prospect::Flag;
use crate::model::recommend::Recommendation;
use crate::model::scenario::Scenario;

/// "Expected acceptance: 28% (your rate; …)", for a request; `None` for any other move.
pub fn acceptance(s: &Scenario, r: &Recommendation) -> Option<Sentence> {
    if !r.first.is_request() {
        return None;
    }
    let uplifted = r.acceptance * 100.0 > s.accept + 1e-9;
    let out = Sentence::words("Expected acceptance: ")
        .num(Num::Percent(r.acceptance * 100.0))
        .text(if uplifted {
            " (your rate with a personalized note's uplift"
        } else {
            " (your rate"
        });
    let p = &s.prospect;
    let raises: Vec<String> = [
        (Flag::Mutual, "5+ mutual connections"),
        (Flag::Active, "their activity on LinkedIn"),
    ]
    .into_iter()
    .filter(|(flag, _)| p.flag(*flag))
    .map(|(_, words)| words.to_string())
    .collect();
    Some(match raises.len() {
        // Not active (activity would be listed otherwise), with no mutual connections.
        0 => out.text(
            "; a prospect who is not active may leave the request unseen, by how much the guides do not say, so the figure does not count it).",
        ),
        n => out.text(format!(
            "; {} {} it, by how much the guides do not say, so the figure does not count {}).",
            super::list(&raises),
            if n == 1 { "raises" } else { "raise" },
            if n == 1 { "it" } else { "them" },
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::recommend::recommend;

    fn said(query_flags: &[(Flag, bool)]) -> Option<String> {
        let mut s = Scenario::default();
        for &(flag, on) in query_flags {
            s.prospect.set_flag(flag, on);
        }
        acceptance(&s, &recommend(&s)).map(|t| t.plain(s.currency))
    }

    #[test]
    fn says_only_what_the_answers_change() {
        let active = said(&[(Flag::Active, true)]).unwrap();
        assert!(
            active.starts_with(
                "Expected acceptance: 28% (your rate; their activity on LinkedIn raises it"
            ),
            "{active}"
        );
        let both = said(&[(Flag::Active, true), (Flag::Mutual, true)]).unwrap();
        assert!(
            both.contains("5+ mutual connections and their activity on LinkedIn raise it"),
            "{both}"
        );
        assert!(
            both.ends_with("so the figure does not count them)."),
            "{both}"
        );
        let idle = said(&[(Flag::Active, false)]).unwrap();
        assert!(
            idle.contains("not active may leave the request unseen"),
            "{idle}"
        );
        assert!(!idle.contains("raise"), "{idle}");
    }

    #[test]
    fn a_free_note_says_its_uplift_and_a_message_says_nothing() {
        let mut s = Scenario::for_plan(crate::model::plans::PlanId::Free);
        s.prospect.set_flag(Flag::Active, true);
        let r = recommend(&s);
        let text = acceptance(&s, &r).unwrap().plain(s.currency);
        assert!(
            text.starts_with(
                "Expected acceptance: 33.6% (your rate with a personalized note's uplift"
            ),
            "{text}"
        );
        s.prospect.relationship = crate::model::prospect::Relationship::Connected;
        assert_eq!(acceptance(&s, &recommend(&s)), None);
    }
}
