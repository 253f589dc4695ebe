//! Every change a person makes to the scenario, as one enum applied by one function. The
//! function validates on a copy, so a refused edit leaves the scenario untouched and the page
//! keeps showing the last valid figures; components only dispatch.

use super::currency::Currency;
use super::fields::Field;
use super::given;
use super::number::Notation;
use super::plans::{Billing, PlanId};
use super::prospect::{Flag, Left, Relationship};
use super::scenario::{check_name, Invalid, Scenario};

/// One change to the scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A numeric input.
    Set(Field, f64),
    /// Put a field back to its default (a following field follows again).
    Follow(Field),
    /// Switch plan: its price and credits replace the old ones.
    Plan(PlanId),
    /// Put back the plan's own price and credits.
    ResetToPlan,
    /// Write money in another currency (nothing is converted).
    Currency(Currency),
    Name(String),
    Relationship(Relationship),
    Flag(Flag, bool),
    /// A count the rep has left; `None` follows the plan.
    Left(Left, Option<f64>),
    /// A figure the rep gives or leaves empty (`None`), by its link key ([`given::by_key`]).
    Given(&'static str, Option<f64>),
    /// Pay for the plan monthly or yearly.
    Billing(Billing),
    /// Open another scenario whole (a saved one).
    Replace(Box<Scenario>),
}

impl Edit {
    /// What typing `text` into `field`'s box asks for, or why the text is refused.
    pub fn typed(field: Field, text: &str, n: &Notation) -> Result<Edit, Invalid> {
        field
            .read(text, n)
            .map(|v| Edit::Set(field, v))
            .map_err(|e| Invalid::Field(field, e))
    }
}

/// Why an edit was refused: the same problems a scenario read from untrusted data can have.
pub type EditError = Invalid;

/// The scenario after `edit`, `Ok(None)` when it changes nothing, or why it was refused.
pub fn apply(s: &Scenario, edit: Edit) -> Result<Option<Scenario>, EditError> {
    let mut next = s.clone();
    match edit {
        Edit::Set(field, v) => next.set(field, v).map_err(|e| Invalid::Field(field, e))?,
        Edit::Follow(field) => next.unset(field),
        Edit::Plan(plan) => next = next.with_plan(plan),
        Edit::ResetToPlan => next.reset_to_plan(),
        Edit::Currency(c) => {
            if next.price > c.price_max() {
                let e = super::number::ValueError::AboveMax(c.price_max());
                return Err(Invalid::Field(Field::Price, e));
            }
            if next.hourly > c.hourly_max() {
                let e = super::number::ValueError::AboveMax(c.hourly_max());
                return Err(Invalid::Field(Field::Hourly, e));
            }
            next.currency = c;
        }
        Edit::Name(name) => {
            check_name(&name).map_err(Invalid::Name)?;
            next.name = name;
        }
        Edit::Relationship(r) => next.prospect.relationship = r,
        Edit::Flag(flag, on) => next.prospect.set_flag(flag, on),
        Edit::Left(left, v) => next
            .prospect
            .set_left(left, v)
            .map_err(|e| Invalid::Count(left, e))?,
        Edit::Given(key, v) => {
            if let Some(field) = given::by_key(key) {
                if let Some(v) = v {
                    field
                        .rule
                        .check(v)
                        .map_err(|e| Invalid::Given(field.key, e))?;
                }
                (field.set)(&mut next, v);
            }
        }
        Edit::Billing(billing) => next.set_billing(billing)?,
        Edit::Replace(scenario) => next = *scenario,
    }
    Ok((next != *s).then_some(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_edit_changes_nothing_and_says_why() {
        let s = Scenario::default();
        let err = apply(&s, Edit::Set(Field::Reply, 100.0)).unwrap_err();
        assert_eq!(err.to_string(), "InMail reply rate: must be below 100");
        let long = "x".repeat(81);
        assert_eq!(
            apply(&s, Edit::Name(long)).unwrap_err().to_string(),
            "The name is 81 characters long; the limit is 80"
        );
        let err = apply(&s, Edit::Left(Left::Notes, Some(2.5))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Personalized notes left this month: must be a whole number"
        );
    }

    #[test]
    fn a_no_op_is_reported_as_no_change() {
        let s = Scenario::default();
        assert_eq!(apply(&s, Edit::Set(Field::Reply, 20.0)), Ok(None));
        let next = apply(&s, Edit::Plan(PlanId::PremiumCareer))
            .unwrap()
            .unwrap();
        assert_eq!((next.price, next.credits), (29.99, 5.0));
        assert_eq!(next.reply, s.reply, "the user's rates stay");
    }
}
