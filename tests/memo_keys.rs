//! The page recomputes a view's figures only when the key of what they read changes
//! (`derive_on`, `use_quiet_frame`): each computation has a hand-written key. These properties
//! hold each key to its computation: from any scenario, any one edit that leaves the key as it
//! was leaves the figures as they were. A computation that starts reading an input its key
//! lacks fails here, before a view shows stale figures.

use firstmove::model::cost::{compute, Output};
use firstmove::model::currency::Currency;
use firstmove::model::edit::{apply, Edit};
use firstmove::model::fields::Field;
use firstmove::model::given;
use firstmove::model::mix::{best_weeks, plan_inputs};
use firstmove::model::plans::{Billing, PlanId};
use firstmove::model::prospect::{Flag, Left, Prospect, Relationship};
use firstmove::model::prospect_list::{list_inputs, run_with};
use firstmove::model::recommend::{advice_inputs, recommend};
use firstmove::model::safety::{assess, safety_inputs};
use firstmove::model::scenario::Scenario;
use firstmove::model::uncertainty::{reply_curve, spread, spread_inputs, tornado, varied};
use proptest::prelude::*;
use proptest::sample::select;

/// A list with every kind of row, for the list's key.
const LIST: &str = "name,p_rel,p_senior,p_open,p_email\nAna,cold,1,0,0\nBo,engaged,0,1,1\nCy,connected,0,0,0\nDee,cold,0,1,0\n";

/// Any edit the page can make, with values inside each field's rule.
fn edits() -> impl Strategy<Value = Edit> {
    let field = select(Field::ALL.to_vec());
    prop_oneof![
        6 => (field.clone(), 0.0..1.0f64).prop_map(|(f, u)| {
            let rule = f.spec().rule;
            let v = rule.min + u * (rule.max.min(10_000.0) - rule.min);
            Edit::Set(f, if rule.whole { v.floor() } else { v })
        }),
        1 => field.prop_map(Edit::Follow),
        1 => select(PlanId::ALL.to_vec()).prop_map(Edit::Plan),
        1 => Just(Edit::ResetToPlan),
        1 => (select(Flag::ALL.to_vec()), any::<bool>()).prop_map(|(f, on)| Edit::Flag(f, on)),
        1 => select(Relationship::ALL.to_vec()).prop_map(Edit::Relationship),
        1 => (select(Left::ALL.to_vec()), prop::option::of(0u32..200))
            .prop_map(|(l, v)| Edit::Left(l, v.map(f64::from))),
        1 => (select(given::all().map(|g| g.key).collect::<Vec<_>>()), prop::option::of(0u32..500))
            .prop_map(|(key, v)| Edit::Given(key, v.map(f64::from))),
        1 => select(Billing::ALL.to_vec()).prop_map(Edit::Billing),
        1 => "[A-Za-z ]{0,12}".prop_map(Edit::Name),
        1 => select(vec!["USD", "EUR", "GBP", "JPY"])
            .prop_map(|c| Edit::Currency(Currency::parse(c).unwrap())),
    ]
}

/// A scenario some edits from a plan's defaults, and one more edit of it.
fn scenario_and_edit() -> impl Strategy<Value = (Scenario, Scenario)> {
    (
        select(PlanId::ALL.to_vec()),
        prop::collection::vec(edits(), 0..10),
        edits(),
    )
        .prop_map(|(plan, steps, last)| {
            let mut s = Scenario::for_plan(plan);
            for e in steps {
                if let Ok(Some(next)) = apply(&s, e) {
                    s = next;
                }
            }
            let t = match apply(&s, last) {
                Ok(Some(t)) => t,
                _ => s.clone(),
            };
            (s, t)
        })
}

/// Where `key` is the same for `s` and `t`, so is `compute`.
fn key_covers<K: PartialEq, T: PartialEq + std::fmt::Debug>(
    s: &Scenario,
    t: &Scenario,
    key: impl Fn(&Scenario) -> K,
    compute: impl Fn(&Scenario) -> T,
) -> Result<(), TestCaseError> {
    if key(s) == key(t) {
        prop_assert_eq!(
            compute(s),
            compute(t),
            "same key, other figures:\n{:?}\n{:?}",
            s,
            t
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_first_moves_key_covers_what_it_reads((s, t) in scenario_and_edit()) {
        key_covers(&s, &t, advice_inputs, recommend)?;
    }

    #[test]
    fn safetys_key_covers_what_it_reads((s, t) in scenario_and_edit()) {
        key_covers(&s, &t, safety_inputs, assess)?;
    }

    #[test]
    fn the_lists_key_covers_what_it_reads((s, t) in scenario_and_edit()) {
        key_covers(&s, &t, list_inputs, |s| run_with(s, LIST, &Prospect::default()))?;
    }

    #[test]
    fn the_best_plans_key_covers_what_it_reads((s, t) in scenario_and_edit()) {
        key_covers(&s, &t, plan_inputs, best_weeks)?;
    }
}

proptest! {
    // Each case runs the 10,000 draws twice.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn how_sures_key_covers_what_it_reads((s, t) in scenario_and_edit()) {
        key_covers(&s, &t, spread_inputs, spread)?;
        key_covers(&s, &t, spread_inputs, tornado)?;
        key_covers(&s, &t, spread_inputs, reply_curve)?;
        key_covers(&s, &t, spread_inputs, varied)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// "How is this computed?" lists the inputs each figure reads: an edit to any other input
    /// (on the same plan) leaves the figure as it was.
    #[test]
    fn each_figure_reads_only_the_inputs_it_lists((s, t) in scenario_and_edit()) {
        for output in Output::ALL {
            key_covers(
                &s,
                &t,
                |s| (s.plan, output.inputs().iter().map(|&f| s.get(f)).collect::<Vec<_>>()),
                |s| output.of(&compute(s)),
            )?;
        }
    }
}
