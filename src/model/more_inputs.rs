//! The calculator's inputs on a phone: the plan and the three inputs a rep moves most come
//! first; the rest wait behind a "More inputs" button whose state the address keeps
//! (`inputs=all`). The button says how many of the inputs it holds are not the plan's or the
//! guides' own figures, so a teammate's link never hides one of its values unsaid.

use super::currency::Currency;
use super::fields::Field;
use super::plans::Billing;
use super::scenario::Scenario;

/// Shown first on a phone, in the panel's order: what moves the cost per meeting most. A plan
/// with InMail moves on its reply rate; a free account has none (that input is off), so its
/// connection reply rate comes first instead.
pub fn first(s: &Scenario) -> [Field; 3] {
    if s.plan.plan().is_premium() {
        [Field::Reply, Field::Invites, Field::Accept]
    } else {
        [Field::Invites, Field::Accept, Field::ConnectionReply]
    }
}

/// Whether `field` waits behind "More inputs" on a phone, on this scenario's plan.
pub fn is_more(s: &Scenario, field: Field) -> bool {
    !first(s).contains(&field)
}

/// How many inputs "More inputs" holds for this scenario, and how many of them differ from
/// their default: the fields, the billing (where the plan offers a choice) and the currency.
pub fn count(s: &Scenario) -> (usize, usize) {
    let fields = Field::COST_INPUTS.into_iter().filter(|&f| is_more(s, f));
    let mut held = 0;
    let mut changed = 0;
    for f in fields {
        held += 1;
        changed += usize::from(!s.is_default(f));
    }
    if s.plan.plan().bills_yearly() {
        held += 1;
        changed += usize::from(s.billing != Billing::Monthly);
    }
    held += 1;
    changed += usize::from(s.currency != Currency::default());
    (held, changed)
}

/// The button's words: "More inputs (10)", "More inputs (10, 2 changed)", or "Fewer inputs"
/// while they show.
pub fn button(s: &Scenario, shown: bool) -> String {
    if shown {
        return "Fewer inputs".to_string();
    }
    match count(s) {
        (held, 0) => format!("More inputs ({held})"),
        (held, changed) => format!("More inputs ({held}, {changed} changed)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plans::PlanId;

    #[test]
    fn the_default_month_hides_nothing_it_changed() {
        let s = Scenario::default();
        let (held, changed) = count(&s);
        assert_eq!(changed, 0);
        assert_eq!(
            held,
            Field::COST_INPUTS.len() - first(&s).len()
                + 1
                + usize::from(s.plan.plan().bills_yearly())
        );
        assert_eq!(button(&s, false), format!("More inputs ({held})"));
        assert_eq!(button(&s, true), "Fewer inputs");
    }

    #[test]
    fn a_links_own_values_behind_the_button_are_counted() {
        let mut s = Scenario::for_plan(PlanId::SalesNavCore);
        s.set(Field::Hourly, 80.0).unwrap();
        s.set(Field::Reply, 30.0).unwrap(); // shown first: not counted
        s.currency = Currency::parse("EUR").unwrap();
        assert_eq!(count(&s).1, 2);
        assert!(button(&s, false).ends_with(", 2 changed)"));
    }

    #[test]
    fn the_first_inputs_are_cost_inputs_and_never_one_the_plan_turns_off() {
        for plan in PlanId::ALL {
            let s = Scenario::for_plan(plan);
            for f in first(&s) {
                assert!(Field::COST_INPUTS.contains(&f), "{f:?}");
                // The InMail inputs are off without a premium plan: never one of the three.
                let off = !s.plan.plan().is_premium()
                    && matches!(
                        f,
                        Field::Credits | Field::Reply | Field::Open | Field::OpenReply
                    );
                assert!(!off, "{plan:?} shows {f:?} first, which it turns off");
            }
        }
    }

    #[test]
    fn a_free_account_counts_its_inmail_reply_rate_behind_the_button() {
        let mut s = Scenario::for_plan(PlanId::Free);
        assert!(is_more(&s, Field::Reply));
        assert!(!is_more(&s, Field::ConnectionReply));
        let before = count(&s).1;
        s.set(Field::ConnectionReply, s.get(Field::ConnectionReply) + 1.0)
            .unwrap();
        assert_eq!(count(&s).1, before, "shown first: not counted");
        // Sales Navigator Core offers yearly billing: one choice more behind the button.
        let core = Scenario::for_plan(PlanId::SalesNavCore);
        assert_eq!(count(&core).0, count(&s).0 + 1);
    }
}
