//! The credit bank of SPEC §3 against its check figures, and conservation of credits over any
//! plan, sending rate, reply rate and delay.

use firstmove::model::bank::{simulate, sustained, BankInput, MONTHS};
use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;
use proptest::prelude::*;

fn sales_nav(inmails: f64, reply: f64) -> BankInput {
    let s = Scenario {
        reply: reply * 100.0,
        inmails: Some(inmails),
        ..Scenario::default()
    };
    BankInput::of(&s)
}

#[test]
fn sales_navigator_sending_nothing_ends_with_150_and_450_expired() {
    let bank = simulate(sales_nav(0.0, 0.2));
    assert_eq!(bank.months.len(), MONTHS);
    assert!((bank.balance() - 150.0).abs() < 1e-9);
    assert!((bank.total.expired - 450.0).abs() < 1e-9);
}

#[test]
fn sales_navigator_sending_50_with_no_replies_ends_with_nothing_lost() {
    let bank = simulate(sales_nav(50.0, 0.0));
    assert!(bank.balance().abs() < 1e-6);
    assert!(bank.total.expired.abs() < 1e-6);
    assert!(bank.total.short.abs() < 1e-6);
}

#[test]
fn the_scenario_s_plan_and_fields_drive_the_bank() {
    let s = Scenario {
        delay: 30.0,
        ..Scenario::for_plan(PlanId::PremiumBusiness)
    };
    let input = BankInput::of(&s);
    assert_eq!(input.credits, 15.0);
    assert_eq!(input.cap, 45.0);
    assert_eq!(
        input.inmails, 15.0,
        "InMails sent follow the monthly credits"
    );
    assert_eq!(input.delay, 30);
}

#[test]
fn sending_more_than_the_bank_holds_falls_short_and_loses_nothing() {
    let bank = simulate(sales_nav(200.0, 0.2));
    assert!(bank.total.short > 0.0);
    assert!(bank.lost() < 1e-6);
    let limits = sustained(sales_nav(0.0, 0.2)).unwrap();
    assert!(limits.never_short_up_to < 200.0);
}

proptest! {
    #[test]
    fn credits_are_conserved(
        plan in prop::sample::select(PlanId::ALL.to_vec()),
        inmails in 0u32..300,
        reply in 0.0..0.95f64,
        delay in 0u32..90,
    ) {
        let s = Scenario { reply: reply * 100.0, inmails: Some(f64::from(inmails)),
            delay: f64::from(delay), ..Scenario::for_plan(plan) };
        let bank = simulate(BankInput::of(&s));
        let t = bank.total;
        // granted = spent + expired + cut + balance − refunded
        let rhs = t.spent + t.expired + t.cut + t.balance - t.refunded;
        prop_assert!((t.granted - rhs).abs() < 1e-6, "{t:?}");
        prop_assert!(t.balance <= BankInput::of(&s).cap + 1e-9);
        prop_assert!(bank.months.iter().all(|m| m.balance >= -1e-9 && m.sent <= f64::from(inmails) / 30.0 * 30.0 + 1e-9));
    }
}
