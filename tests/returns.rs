//! What the meetings return and a year's totals (`model::returns`, docs/model.md#what-the-meetings-return
//! and #billing), against figures worked out by hand in each test, and the `deal`, `win` and
//! `billing` link parameters.

use firstmove::model::address::{encode, parse};
use firstmove::model::cost::{compute, ChannelId};
use firstmove::model::currency::Currency;
use firstmove::model::edit::{apply, Edit};
use firstmove::model::plans::{Billing, PlanId};
use firstmove::model::returns::{self, Deal};
use firstmove::model::scenario::Scenario;
use firstmove::model::words::returns as words;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

/// InMail only, so the month is short enough to work out by hand: Sales Navigator Core at $99
/// with 50 credits and a 20 % reply rate sends 50 / (1 − 0.2) = 62.5 InMails, 12.5 replies and,
/// at a 25 % meeting rate, 3.125 meetings; 62.5 InMails at 5 minutes and $50 an hour are
/// 62.5 × 5 / 60 × 50 = $260.416̅ of the rep's time.
fn inmail_only(deal: Option<f64>, win: Option<f64>) -> Scenario {
    Scenario {
        invites: 0.0,
        deal: Deal { value: deal, win },
        ..Scenario::default()
    }
}

#[test]
fn won_revenue_pipeline_return_and_payback_by_hand() {
    let s = inmail_only(Some(20_000.0), Some(20.0));
    let c = compute(&s);
    assert!(close(c.total.meetings, 3.125));
    assert!(close(c.labour, 62.5 * 5.0 / 60.0 * 50.0));
    let r = returns::of(&s.deal, &c).unwrap();
    // A meeting wins 20 % of $20,000 = $4,000.
    assert!(close(r.per_meeting, 4_000.0));
    // 3.125 meetings × $20,000 = $62,500 of pipeline; × 20 % = $12,500 won.
    assert!(close(r.pipeline, 62_500.0));
    assert!(close(r.won, 12_500.0));
    // $99 ÷ $4,000 = 0.02475 meetings a month pay for the subscription.
    assert!(close(r.pays_for_plan.unwrap(), 0.02475));
    // ($99 + $260.416̅) ÷ $4,000 = 0.0898541̅6.
    let spend = 99.0 + 62.5 * 5.0 / 60.0 * 50.0;
    assert!(close(r.pays_with_time.unwrap(), spend / 4_000.0));
    assert!(close(
        r.return_on_spend.unwrap(),
        (12_500.0 - spend) / spend
    ));
    // Only InMail books meetings here.
    assert_eq!(r.by_channel[0], (ChannelId::Inmail, 12_500.0));
    assert!(r.by_channel[1..].iter().all(|(_, v)| *v == 0.0));
}

#[test]
fn per_channel_won_revenue_adds_up_to_the_total() {
    let s = Scenario {
        open: 40.0,
        deal: Deal {
            value: Some(12_345.0),
            win: Some(17.5),
        },
        ..Scenario::default()
    };
    let c = compute(&s);
    let r = returns::of(&s.deal, &c).unwrap();
    let sum: f64 = r.by_channel.iter().map(|(_, v)| v).sum();
    assert!(close(sum, r.won));
    assert!(close(r.won, c.total.meetings * 12_345.0 * 0.175));
}

#[test]
fn nothing_is_invented_until_both_figures_are_given() {
    let c = compute(&Scenario::default());
    for deal in [
        Deal::default(),
        Deal {
            value: Some(20_000.0),
            win: None,
        },
        Deal {
            value: None,
            win: Some(20.0),
        },
    ] {
        assert_eq!(returns::of(&deal, &c), None, "{deal:?}");
    }
    // A win rate of 0 is given: nothing is won and nothing pays for itself, said so.
    let s = inmail_only(Some(20_000.0), Some(0.0));
    let r = returns::of(&s.deal, &compute(&s)).unwrap();
    assert_eq!(
        (r.won, r.pays_for_plan, r.pays_with_time),
        (0.0, None, None)
    );
    let said = words::pays_for_itself(&r, s.plan.plan(), true).plain(Currency::USD);
    assert!(said.contains("nothing pays for itself"), "{said}");
}

#[test]
fn the_sentences_state_the_figures_as_the_page_rounds_them() {
    let s = inmail_only(Some(20_000.0), Some(20.0));
    let c = compute(&s);
    let r = returns::of(&s.deal, &c).unwrap();
    assert_eq!(
        words::pays_for_itself(&r, s.plan.plan(), true).plain(Currency::USD),
        "Sales Navigator Core pays for itself from under 0.1 meetings a month; with your time, from 0.1 meetings."
    );
    assert_eq!(
        words::won(&r, c.total.meetings).plain(Currency::USD),
        "3.1 meetings a month, each worth $4,000.00 of won revenue on average, bring $12,500.00 a month. A forecast from your own figures: a sales cycle is not modelled."
    );
    // 12 × ($99 + $260.42) = $4,313.00; 12 × 3.125 = 37.5 meetings; 12 × $12,500 = $150,000.
    assert_eq!(
        words::year(&c, Some(&r), s.billing).plain(Currency::USD),
        "A year: $4,313.00 spent, 37.5 meetings, $150,000.00 won."
    );
    // Without the rep's time, only the subscription is said.
    let mut free_time = s.clone();
    free_time.hourly = 0.0;
    let c = compute(&free_time);
    let r = returns::of(&free_time.deal, &c).unwrap();
    assert_eq!(
        words::pays_for_itself(&r, free_time.plan.plan(), false).plain(Currency::USD),
        "Sales Navigator Core pays for itself from under 0.1 meetings a month (your time is not counted)."
    );
}

#[test]
fn yearly_billing_is_the_guides_89_99_and_a_year_is_twelve_of_them() {
    let s = apply(&inmail_only(None, None), Edit::Billing(Billing::Yearly))
        .unwrap()
        .unwrap();
    assert_eq!((s.billing, s.price), (Billing::Yearly, 89.99));
    assert!(s.matches_plan() && s.is_default(firstmove::model::fields::Field::Price));
    let c = compute(&s);
    // 12 × ($89.99 + $260.416̅) = $4,204.88.
    assert_eq!(
        words::year(&c, None, s.billing).plain(Currency::USD),
        "A year: $4,204.88 spent (the plan billed yearly, paid at once), 37.5 meetings."
    );
    // A price the rep typed stays when the billing changes.
    let typed = Scenario {
        price: 80.0,
        ..Scenario::default()
    };
    let typed = apply(&typed, Edit::Billing(Billing::Yearly))
        .unwrap()
        .unwrap();
    assert_eq!(typed.price, 80.0);
    // A plan priced only monthly refuses yearly billing and says why.
    let career = Scenario::for_plan(PlanId::PremiumCareer);
    let err = apply(&career, Edit::Billing(Billing::Yearly)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Premium Career is billed monthly only: the price list has no yearly price for it"
    );
    // Switching to such a plan bills it monthly.
    let moved = apply(&s, Edit::Plan(PlanId::PremiumCareer))
        .unwrap()
        .unwrap();
    assert_eq!((moved.billing, moved.price), (Billing::Monthly, 29.99));
}

#[test]
fn deal_win_and_billing_travel_in_the_link() {
    let p = parse("v=2&deal=20000&win=20&billing=yearly");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.scenario.deal.value, Some(20_000.0));
    assert_eq!(p.scenario.deal.win, Some(20.0));
    assert_eq!(
        (p.scenario.billing, p.scenario.price),
        (Billing::Yearly, 89.99)
    );
    // The yearly price is that billing's default: not written.
    assert_eq!(encode(&p.scenario), "v=2&billing=yearly&deal=20000&win=20");
    assert_eq!(parse(&encode(&p.scenario)).scenario, p.scenario);
    // A deal of 0 is given, and written; one never given is absent.
    let zero = parse("v=2&deal=0");
    assert_eq!(zero.scenario.deal.value, Some(0.0));
    assert_eq!(encode(&zero.scenario), "v=2&deal=0");
    assert_eq!(encode(&Scenario::default()), "");
}

#[test]
fn refused_deal_win_and_billing_values_are_named() {
    let said = |link: &str| {
        parse(link)
            .notices
            .iter()
            .map(|n| format!("{}: {}", n.param, n.reason))
            .collect::<Vec<_>>()
    };
    assert_eq!(said("deal=-5").len(), 1);
    assert!(said("deal=-5")[0].starts_with("deal: "));
    assert!(said("win=101")[0].starts_with("win: "));
    assert!(said("win=abc")[0].starts_with("win: "));
    assert_eq!(
        said("v=2&billing=weekly"),
        ["billing: “weekly” is not a billing; expected monthly or yearly"]
    );
    assert_eq!(
        said("v=2&plan=premium_career&billing=yearly"),
        ["billing: Premium Career is billed monthly only: the price list has no yearly price for it; read as monthly"]
    );
    let p = parse("v=2&deal=1e9&win=20");
    assert_eq!(
        (p.scenario.deal.value, p.scenario.deal.win),
        (None, Some(20.0))
    );
}
