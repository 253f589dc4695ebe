//! A figure being typed. While the text is refused, the scenario holds the figure the field had
//! when this edit began, never the last prefix that happened to read ("1" of "1,000"), and the
//! refusal says which figure is in force.

use super::edit::{apply, Edit};
use super::fields::Field;
use super::given;
use super::number::Notation;
use super::prospect::Left;
use super::scenario::{Invalid, Scenario};

/// A field's figure when the rep began typing in it: the edit that puts it back, and the figure
/// as the field showed it (`None`: empty, following the plan).
#[derive(Clone, Debug, PartialEq)]
pub struct BeforeEdit {
    restore: Edit,
    figure: Option<f64>,
}

/// What one keystroke does to the scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Keystroke {
    /// The scenario to write; `None` when it does not change.
    pub next: Option<Scenario>,
    /// Why the text was refused and which figure stands, for beside the field.
    pub refused: Option<String>,
}

impl BeforeEdit {
    /// A numeric input of the scenario; a following field is put back to following.
    pub fn field(s: &Scenario, field: Field) -> BeforeEdit {
        let restore = match s.own(field) {
            Some(None) => Edit::Follow(field),
            _ => Edit::Set(field, s.get(field)),
        };
        BeforeEdit {
            restore,
            figure: Some(s.get(field)),
        }
    }

    /// A count the rep has left (first move); empty follows the plan.
    pub fn left(s: &Scenario, left: Left) -> BeforeEdit {
        let given = s.prospect.left_given(left);
        BeforeEdit {
            restore: Edit::Left(left, given),
            figure: given,
        }
    }

    /// A figure the rep gives or leaves empty, by its link key ([`given::by_key`]).
    pub fn given(s: &Scenario, key: &'static str) -> BeforeEdit {
        let value = given::by_key(key).and_then(|g| (g.get)(s));
        BeforeEdit {
            restore: Edit::Given(key, value),
            figure: value,
        }
    }

    /// The figure in force while a draft is refused.
    pub fn figure(&self) -> Option<f64> {
        self.figure
    }

    /// The scenario after a keystroke whose whole text reads as `typed`: that edit when the
    /// text and the edit are accepted, otherwise the figure from before this edit began.
    pub fn keystroke(
        &self,
        s: &Scenario,
        typed: Result<Edit, Invalid>,
        notation: &Notation,
    ) -> Keystroke {
        match typed.and_then(|edit| apply(s, edit)) {
            Ok(next) => Keystroke {
                next,
                refused: None,
            },
            Err(problem) => Keystroke {
                next: apply(s, self.restore.clone()).ok().flatten(),
                refused: Some(format!("{problem}. {}", self.still_using(notation))),
            },
        }
    }

    /// "Still using 100, the figure before your edit."
    fn still_using(&self, notation: &Notation) -> String {
        match self.figure {
            Some(v) => format!(
                "Still using {}, the figure before your edit.",
                notation.write(v)
            ),
            None => "Still using the plan's figure, as before your edit.".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plans::PlanId;

    const EN_US: Notation = Notation::typed('.', Some(','), (3, 3));
    const DE_DE: Notation = Notation::typed(',', Some('.'), (3, 3));

    /// Types `text` into `field` one character at a time, as the page does: the edit begins
    /// at the first keystroke. Returns the figure and the refusal after each keystroke.
    fn type_in(
        s: &mut Scenario,
        field: Field,
        text: &str,
        n: &Notation,
    ) -> Vec<(f64, Option<String>)> {
        let before = BeforeEdit::field(s, field);
        let mut draft = String::new();
        let mut seen = Vec::new();
        for c in text.chars() {
            draft.push(c);
            let typed = Edit::typed(field, &draft, n);
            let step = before.keystroke(s, typed, n);
            if let Some(next) = step.next {
                *s = next;
            }
            seen.push((s.get(field), step.refused));
        }
        seen
    }

    fn last(mut seen: Vec<(f64, Option<String>)>) -> (f64, Option<String>) {
        seen.pop().expect("typed something")
    }

    #[test]
    fn a_thousand_typed_with_its_separator_ends_at_a_thousand() {
        let mut s = Scenario::default();
        let seen = type_in(&mut s, Field::Invites, "1,000", &EN_US);
        let figures: Vec<f64> = seen.iter().map(|(v, _)| *v).collect();
        // "1" reads as 1; "1,", "1,0" and "1,00" are refused and put back the 100 from before
        // the edit, not the 1 of the prefix.
        assert_eq!(figures, [1.0, 100.0, 100.0, 100.0, 1000.0]);
        assert_eq!(
            seen[1].1.as_deref(),
            Some(
                "Connection requests: “,” separates thousands here: use “.” for decimals, \
                 as in 1,234.5. Still using 100, the figure before your edit."
            )
        );
        assert_eq!(seen[4], (1000.0, None));

        let mut s = Scenario::default();
        assert_eq!(
            last(type_in(&mut s, Field::Invites, "1.000", &DE_DE)),
            (1000.0, None)
        );
        let mut s = Scenario::default();
        assert_eq!(
            last(type_in(&mut s, Field::Reply, "22,5", &DE_DE)),
            (22.5, None)
        );
    }

    #[test]
    fn a_refused_draft_keeps_the_figure_from_before_the_edit_never_a_prefix() {
        let mut s = Scenario::default();
        let seen = type_in(&mut s, Field::Price, "1e9", &EN_US);
        assert_eq!(seen[0].0, 1.0, "the prefix 1 is a price, for a moment");
        let (price, refused) = last(seen);
        assert_eq!(price, 99.0);
        assert!(refused.is_some_and(|r| r.contains("exponent")
            && r.ends_with("Still using 99, the figure before your edit.")));

        let mut s = Scenario::default();
        let (reply, refused) = last(type_in(&mut s, Field::Reply, "100", &EN_US));
        assert_eq!(reply, 20.0, "not the 10 of the prefix");
        assert_eq!(
            refused.as_deref(),
            Some("InMail reply rate: must be below 100. Still using 20, the figure before your edit.")
        );

        let mut s = Scenario::default();
        let (credits, refused) = last(type_in(&mut s, Field::Credits, "2.5", &EN_US));
        assert_eq!(credits, 50.0, "not the 2 of the prefix");
        assert!(refused.is_some_and(|r| r.contains("whole number")));

        let mut s = Scenario::default();
        let (reply, refused) = last(type_in(&mut s, Field::Reply, "22.5", &DE_DE));
        assert_eq!(reply, 20.0);
        assert!(
            refused.is_some_and(|r| r.ends_with("Still using 20, the figure before your edit."))
        );
    }

    #[test]
    fn the_figure_before_the_edit_is_written_in_the_reps_notation() {
        let mut s = Scenario::default();
        s.set(Field::Reply, 22.5).unwrap();
        let (_, refused) = last(type_in(&mut s, Field::Reply, "x", &DE_DE));
        assert!(
            refused.is_some_and(|r| r.ends_with("Still using 22,5, the figure before your edit."))
        );
    }

    #[test]
    fn a_following_field_follows_again_when_its_draft_is_refused() {
        let mut s = Scenario::default();
        let seen = type_in(&mut s, Field::OpenReply, "3x", &EN_US);
        assert_eq!(seen[0].0, 3.0);
        assert_eq!(
            s.own(Field::OpenReply),
            Some(None),
            "following, as before the edit"
        );
        assert_eq!(s.get(Field::OpenReply), s.reply);
    }

    #[test]
    fn a_refusal_of_the_scenario_puts_the_figure_back_too() {
        let mut s = Scenario::for_plan(PlanId::Free);
        let before = BeforeEdit::field(&s, Field::Credits);
        let step = before.keystroke(&s, Ok(Edit::Set(Field::Credits, 5.0)), &EN_US);
        assert_eq!(step.next, None, "nothing changes");
        assert!(step.refused.is_some_and(|r| r.contains("premium plan")));
        s.prospect.set_left(Left::Invites, Some(40.0)).unwrap();
        let before = BeforeEdit::left(&s, Left::Invites);
        let step = before.keystroke(&s, Ok(Edit::Left(Left::Invites, Some(4.5))), &EN_US);
        assert!(step.refused.is_some_and(|r| r.contains("Still using 40")));
        // A count never given has no figure to fall back on; one given has.
        assert_eq!(BeforeEdit::given(&s, "m_sent").figure(), None);
        s.counts.invites_sent = Some(0.0);
        assert_eq!(BeforeEdit::given(&s, "m_sent").figure(), Some(0.0));
    }
}
