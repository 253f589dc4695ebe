//! The cost model checked against the guides' own figures, the per-channel rule and the edge
//! cases a user can reach, with properties over every valid scenario.

mod common;

use firstmove::model::cost::{
    above_band, break_even_reply, compute, request_meeting_cost, ChannelId, Charge, Figure, Output,
};
use firstmove::model::fields::Field;
use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;
use firstmove::model::units::WEEKS_PER_MONTH;
use proptest::prelude::*;

fn close(actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} is not within {tolerance} of {expected}"
    );
}

fn value(f: Figure) -> f64 {
    f.value()
        .unwrap_or_else(|| panic!("expected a number, got {f:?}"))
}

fn sales_nav(reply: f64, open: f64) -> Scenario {
    Scenario {
        reply,
        open,
        ..Scenario::default()
    }
}

#[test]
fn sales_navigator_credit_costs_1_98() {
    let c = compute(&Scenario::default());
    close(value(c.cost_per_credit), 1.98, 1e-12);
}

#[test]
fn refunds_at_20_percent_bring_an_inmail_to_1_584() {
    let c = compute(&sales_nav(20.0, 0.0));
    close(value(c.effective_cost_per_inmail), 1.584, 1e-12);
    close(value(c.inmails_per_month), 62.5, 1e-12);
    // P / S equals P (1 − r) / C.
    close(99.0 / value(c.inmails_per_month), 1.584, 1e-12);
}

#[test]
fn open_profile_brings_a_premium_message_to_0_1165() {
    let c = compute(&sales_nav(0.0, 800.0));
    close(value(c.cost_per_message), 99.0 / 850.0, 1e-12);
    close(value(c.cost_per_message), 0.1165, 5e-5);
}

#[test]
fn hundred_a_week_is_433_invitations_a_month() {
    let c = compute(&Scenario::default());
    close(c.invites_per_month, 433.333, 1e-3);
    close(WEEKS_PER_MONTH * 12.0, 52.0, 1e-12);
}

#[test]
fn default_month_replies_meetings_and_cost_per_meeting() {
    let c = compute(&Scenario::default());
    let inmail_replies = 62.5 * 0.2;
    // 433.3 requests at 28 %, the first 5 of the month with a note accepted 20 % better: a
    // premium plan sends the notes a free account may (docs/model.md#cost-model).
    let connection_replies = (100.0 * 52.0 / 12.0 * 0.28 + 5.0 * 0.28 * 0.2) * 0.29;
    close(c.inmail.replies, inmail_replies, 1e-9);
    close(c.connection.replies, connection_replies, 1e-9);
    close(c.total.replies, inmail_replies + connection_replies, 1e-9);
    close(
        c.total.meetings,
        0.25 * (inmail_replies + connection_replies),
        1e-9,
    );
    // The rep's time counts by default: $50 an hour, 5 minutes for each of the month's
    // 62.5 InMails and 433.3 requests.
    let month = 99.0 + 50.0 * 5.0 / 60.0 * (62.5 + 100.0 * 52.0 / 12.0);
    close(
        value(c.total.cost_per_meeting),
        month / c.total.meetings,
        1e-9,
    );
    close(value(c.total.cost_per_reply), month / c.total.replies, 1e-9);
    assert!(c.labour_counted);
}

#[test]
fn labour_counts_every_touch() {
    let mut s = sales_nav(20.0, 100.0);
    s.hourly = 60.0;
    s.minutes = 3.0;
    let c = compute(&s);
    let touches = 62.5 + 100.0 + 100.0 * 52.0 / 12.0;
    close(c.labour, 3.0 * touches, 1e-9);
    close(c.total.cost, 99.0 + 3.0 * touches, 1e-9);
    close(
        value(c.total.cost_per_meeting),
        (99.0 + 3.0 * touches) / c.total.meetings,
        1e-9,
    );
}

#[test]
fn channel_costs_add_up_to_the_month() {
    let mut s = sales_nav(22.0, 300.0);
    s.hourly = 40.0;
    let c = compute(&s);
    close(
        c.inmail.cost + c.open_profile.cost + c.connection.cost,
        c.total.cost,
        1e-9,
    );
    close(
        c.inmail.meetings + c.open_profile.meetings + c.connection.meetings,
        c.total.meetings,
        1e-9,
    );
}

#[test]
fn a_plan_without_credits_has_no_inmail_figures() {
    let c = compute(&Scenario::for_plan(PlanId::Free));
    for output in [
        Output::CostPerCredit,
        Output::EffectiveCostPerInmail,
        Output::InmailsPerMonth,
        Output::CostPerMessage,
    ] {
        assert_eq!(output.of(&c), Figure::NotOnPlan, "{output:?}");
    }
    assert_eq!(c.inmail.replies, 0.0);
    // Connections still work and cost only the rep's time.
    assert!(c.total.meetings > 0.0);
    assert_eq!(
        c.total.cost_per_meeting,
        Figure::Value(c.total.labour / c.total.meetings)
    );
}

#[test]
fn no_meetings_is_a_value_not_infinity() {
    let mut s = Scenario {
        meet: 0.0,
        ..Scenario::default()
    };
    let c = compute(&s);
    assert_eq!(c.total.cost_per_meeting, Figure::NoMeetings);
    assert_eq!(c.inmail.cost_per_meeting, Figure::NoMeetings);
    assert!(c.total.cost_per_reply.value().is_some());

    s.meet = 25.0;
    s.reply = 0.0;
    s.invites = 0.0;
    let c = compute(&s);
    assert_eq!(c.total.cost_per_reply, Figure::NoReplies);
    assert_eq!(c.total.cost_per_meeting, Figure::NoMeetings);
    assert_eq!(c.connection.cost_per_reply, Figure::NoReplies);
}

#[test]
fn a_reply_rate_near_100_percent_stays_finite() {
    let c = compute(&sales_nav(99.999, 0.0));
    let sent = value(c.inmails_per_month);
    // `C / (1 − r)` would be 5,000,000 a month; refunds a week late let the bank climb to
    // far less by its second year (docs/model.md#credit-bank), and that is the calculator's figure.
    assert!(sent.is_finite() && sent > 50.0 && sent < 5e6, "{sent}");
    assert!(value(c.effective_cost_per_inmail) > 0.0);
    assert!(value(c.total.cost_per_meeting).is_finite());
}

#[test]
fn free_notes_lift_acceptance_of_five_invitations() {
    let mut s = Scenario::for_plan(PlanId::Free);
    s.invites = 10.0;
    let c = compute(&s);
    let invites = 10.0 * 52.0 / 12.0;
    let expected = (5.0 * 0.28 * 1.2 + (invites - 5.0) * 0.28) / invites;
    close(c.blended_acceptance, expected, 1e-12);

    // Fewer invitations than notes: every one is personalized.
    s.invites = 1.0;
    close(compute(&s).blended_acceptance, 0.28 * 1.2, 1e-12);

    // Premium sends those 5 notes too, and its others are in the rep's own rate: it never
    // accepts less than Free with the same week (docs/model.md#cost-model).
    let premium = compute(&Scenario::default());
    let invites = 100.0 * 52.0 / 12.0;
    let expected = (5.0 * 0.28 * 1.2 + (invites - 5.0) * 0.28) / invites;
    close(premium.blended_acceptance, expected, 1e-12);
}

#[test]
fn every_output_is_finite_across_every_plan() {
    for plan in PlanId::ALL {
        let c = compute(&Scenario::for_plan(plan));
        for output in Output::ALL {
            if let Some(v) = output.of(&c).value() {
                assert!(v.is_finite() && v >= 0.0, "{plan:?} {output:?} = {v}");
            }
        }
    }
}

/// InMail carries the subscription; Open Profile and connection requests carry only labour.
#[test]
fn inmail_carries_the_subscription_and_the_rest_only_labour() {
    let mut s = sales_nav(20.0, 200.0);
    s.hourly = 60.0;
    let c = compute(&s);
    close(c.inmail.spend, 99.0, 1e-12);
    assert_eq!(c.inmail.charge, Charge::Subscription);
    assert_eq!((c.open_profile.spend, c.connection.spend), (0.0, 0.0));
    assert_eq!(c.open_profile.charge, Charge::IncludedInPlan);
    assert_eq!(c.connection.charge, Charge::FreeOnEveryPlan);
    close(
        c.connection.labour,
        60.0 * 5.0 / 60.0 * 100.0 * 52.0 / 12.0,
        1e-9,
    );
    assert!(c.labour_counted);
    // With no hourly cost the labour-only channels cost nothing, and the month says so.
    let c = compute(&Scenario {
        hourly: 0.0,
        ..sales_nav(20.0, 200.0)
    });
    assert!(!c.labour_counted);
    assert!(c.connection.spend == 0.0 && c.connection.cost == 0.0);
}

/// Premium Career: the blended figure reads $3.28 a meeting while its InMails cost $95.97 a
/// meeting. Per channel shows the InMail figure; the blend no longer hides it.
#[test]
fn a_free_channel_does_not_dilute_the_inmail_figure() {
    let c = compute(&Scenario {
        hourly: 0.0,
        ..Scenario::for_plan(PlanId::PremiumCareer)
    });
    close(value(c.inmail.cost_per_meeting), 95.968, 1e-3);
    close(value(c.total.cost_per_meeting), 3.285, 5e-3);
    let ranked = c.by_cost_per_meeting();
    assert_eq!(ranked[0].0, ChannelId::Connection);
    assert_eq!(ranked.last().unwrap().0, ChannelId::Inmail);
}

/// With its credits set to 0 the plan's price stays on InMail: requests and Open Profile never
/// carry it (docs/model.md#cost-model), and the totals carry all of it. Requests then cost $205.25 a meeting,
/// their time alone (`credits=0` once gave $216.51, the plan's price spread onto them).
#[test]
fn without_credits_requests_and_open_profile_carry_no_plan_price() {
    let mut s = sales_nav(20.0, 300.0);
    s.credits = 0.0;
    let c = compute(&s);
    assert_eq!((c.open_profile.spend, c.connection.spend), (0.0, 0.0));
    close(c.inmail.spend, 99.0, 1e-12);
    close(c.total.spend, 99.0, 1e-12);
    s.open = 0.0;
    let c = compute(&s);
    assert_eq!(c.connection.spend, 0.0);
    assert_eq!(c.connection.charge, Charge::FreeOnEveryPlan);
    // 5 minutes at $50 per request, over 0.28 × 0.29 × 0.25 meetings a request (the notes'
    // uplift on 5 a month included).
    let invites = 100.0 * 52.0 / 12.0;
    let meetings = (invites * 0.28 + 5.0 * 0.28 * 0.2) * 0.29 * 0.25;
    close(
        value(c.connection.cost_per_meeting),
        50.0 * 5.0 / 60.0 * invites / meetings,
        1e-9,
    );
    close(value(c.connection.cost_per_meeting), 205.25, 0.5);
}

#[test]
fn rates_above_their_band_are_flagged() {
    let s = sales_nav(99.99, 0.0);
    let flags = above_band(&s);
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].0, Field::Reply);
    // The figure itself is still computed, and finite.
    assert!(value(compute(&s).inmails_per_month).is_finite());
    assert!(above_band(&Scenario::default()).is_empty());
    // The note uplift counts on every plan now, so it is flagged on every plan.
    let premium = Scenario {
        uplift: 60.0,
        ..Scenario::default()
    };
    assert_eq!(above_band(&premium)[0].0, Field::Uplift);
}

fn scenarios() -> impl Strategy<Value = Scenario> {
    (
        prop::sample::select(PlanId::ALL.to_vec()),
        0.0..10_000.0f64,
        0u32..1000,
        0.0..99.99f64,
        0u32..800,
        0u32..1000,
        (0.0..100.0f64, 0.0..100.0f64, 0.0..100.0f64),
        (0.0..1000.0f64, 0.0..600.0f64, 0.0..100.0f64),
    )
        .prop_map(
            |(
                plan,
                price,
                credits,
                reply,
                open,
                invites,
                (accept, conv, meet),
                (hourly, minutes, uplift),
            )| {
                let mut s =
                    common::inmails_on(plan, price, f64::from(credits), reply, f64::from(open));
                s.invites = f64::from(invites);
                (s.accept, s.conv, s.meet) = (accept, conv, meet);
                (s.hourly, s.minutes, s.uplift) = (hourly, minutes, uplift);
                s
            },
        )
}

proptest! {
    #[test]
    fn no_figure_is_nan_or_infinite(s in scenarios()) {
        prop_assert!(s.problems().is_empty(), "{:?}", s.problems());
        let c = compute(&s);
        for output in Output::ALL {
            if let Some(v) = output.of(&c).value() {
                prop_assert!(v.is_finite() && v >= 0.0, "{output:?} = {v}");
            }
        }
        for ch in [&c.inmail, &c.open_profile, &c.connection, &c.total] {
            for f in [ch.cost_per_reply, ch.cost_per_meeting] {
                if let Some(v) = f.value() {
                    prop_assert!(v.is_finite() && v >= 0.0);
                }
            }
        }
    }

    #[test]
    fn per_channel_spend_adds_up_to_the_total(s in scenarios()) {
        let c = compute(&s);
        let parts = c.inmail.cost + c.open_profile.cost + c.connection.cost;
        prop_assert!((parts - c.total.cost).abs() <= 1e-9 * c.total.cost.max(1.0));
        let spend = c.inmail.spend + c.open_profile.spend + c.connection.spend;
        prop_assert!((spend - s.price).abs() <= 1e-9 * s.price.max(1.0));
        let meetings = c.inmail.meetings + c.open_profile.meetings + c.connection.meetings;
        prop_assert!((meetings - c.total.meetings).abs() <= 1e-9 * c.total.meetings.max(1.0));
    }
}

#[test]
fn the_month_s_answer_names_the_cheapest_channels_in_use() {
    // Time not counted: connection requests cost nothing; Open Profile is not in use (0 sent).
    let unpriced = Scenario {
        hourly: 0.0,
        ..Scenario::default()
    };
    let c = compute(&unpriced);
    assert_eq!(c.cheapest(), Some((vec![ChannelId::Connection], 0.0)));
    // With Open Profile messages planned, both free channels tie.
    let c = compute(&Scenario {
        open: 300.0,
        ..unpriced.clone()
    });
    assert_eq!(
        c.cheapest().map(|(ids, _)| ids),
        Some(vec![ChannelId::OpenProfile, ChannelId::Connection])
    );
    // No meetings at all: no answer.
    let c = compute(&Scenario {
        meet: 0.0,
        ..Scenario::default()
    });
    assert_eq!(c.cheapest(), None);
}

/// With the rep's time counted (the default), the month's answer follows the reply rate and
/// the plan: InMail wins above the break-even, connection requests below it.
#[test]
fn the_month_s_answer_changes_with_the_reply_rate_and_the_plan() {
    let at = |reply: f64, plan: PlanId| {
        let s = Scenario {
            reply,
            ..Scenario::for_plan(plan)
        };
        compute(&s).cheapest().map(|(ids, _)| ids)
    };
    assert_eq!(
        at(20.0, PlanId::SalesNavCore),
        Some(vec![ChannelId::Inmail])
    );
    assert_eq!(
        at(5.0, PlanId::SalesNavCore),
        Some(vec![ChannelId::Connection])
    );
    assert_eq!(at(20.0, PlanId::Free), Some(vec![ChannelId::Connection]));
}

/// docs/model.md#best-plan-and-channel-mix's check figure: Sales Navigator Core, $50 an hour, 5 minutes a touch, 28 % × 29 %:
/// InMail and connection requests cost the same per meeting at a reply rate of about 11.5 %.
#[test]
fn the_break_even_reply_rate_is_about_11_5_percent() {
    let s = Scenario {
        hourly: 50.0,
        ..Scenario::default()
    };
    let r = break_even_reply(&s).unwrap();
    close(r, 0.1153, 5e-4);
    // At that rate the table's InMail and request meetings cost the same (meeting rate cancels
    // out).
    let at = Scenario {
        reply: r * 100.0,
        ..s.clone()
    };
    let c = compute(&at);
    close(
        value(c.inmail.cost_per_meeting),
        value(c.connection.cost_per_meeting),
        1e-9,
    );
    assert_eq!(c.connection.cost_per_meeting, request_meeting_cost(&at));
    // No labour counted, or no credits: no break-even.
    let unpriced = Scenario {
        hourly: 0.0,
        ..Scenario::default()
    };
    assert_eq!(break_even_reply(&unpriced), None);
    assert_eq!(break_even_reply(&Scenario::for_plan(PlanId::Free)), None);
}
