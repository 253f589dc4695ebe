//! How sure the figures are: seeded draws that always give the same band, a band that
//! surrounds the point figure, and sensitivities that move the way the cost model says.

use firstmove::model::cost::{break_even_reply, compute};
use firstmove::model::fields::Field;
use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;
use firstmove::model::uncertainty::{reply_curve, spread, tornado, DRAWS};

#[test]
fn the_same_scenario_always_shows_the_same_band() {
    let s = Scenario::default();
    assert_eq!(spread(&s), spread(&s));
}

#[test]
fn the_band_surrounds_the_point_figure() {
    for plan in PlanId::ALL {
        let s = Scenario {
            open: if plan.plan().is_premium() { 200.0 } else { 0.0 },
            hourly: 50.0,
            ..Scenario::for_plan(plan)
        };
        let point = compute(&s).total.meetings;
        let band = spread(&s);
        let m = band.meetings;
        assert!(m.p10 < point && point < m.p90, "{plan:?}: {m:?} vs {point}");
        assert!(m.p10 <= m.p50 && m.p50 <= m.p90);
        let cost = band.cost_per_meeting.unwrap();
        assert!(cost.p10 <= cost.p50 && cost.p50 <= cost.p90);
        assert_eq!(band.histogram.counts.iter().sum::<u32>() as usize, DRAWS);
    }
}

#[test]
fn inmail_wins_more_often_as_time_gets_dearer() {
    let at = |hourly: f64| {
        let s = Scenario {
            hourly,
            ..Scenario::default()
        };
        spread(&s).inmail_wins.unwrap()
    };
    // With no time priced a connection request costs nothing: InMail never wins.
    assert_eq!(at(0.0), 0.0);
    assert!(at(50.0) < at(150.0), "{} {}", at(50.0), at(150.0));
    assert!(at(1000.0) > 0.5);
    // A free account sends no InMail: there is no chance to show.
    assert_eq!(spread(&Scenario::for_plan(PlanId::Free)).inmail_wins, None);
}

#[test]
fn the_break_even_is_where_both_channels_cost_the_same() {
    let s = Scenario {
        hourly: 50.0,
        ..Scenario::default()
    };
    let r = break_even_reply(&s).unwrap() * 100.0;
    assert!((r - 11.5).abs() < 0.05, "{r}");
    let at = Scenario { reply: r, ..s };
    let c = compute(&at);
    let inmail = c.inmail.cost_per_meeting.value().unwrap();
    let request = c.connection.cost_per_meeting.value().unwrap();
    assert!(
        (inmail - request).abs() < 1e-6 * request,
        "{inmail} vs {request}"
    );
}

#[test]
fn the_tornado_puts_the_widest_swing_first_and_moves_the_right_way() {
    let s = Scenario {
        hourly: 50.0,
        ..Scenario::default()
    };
    let bars = tornado(&s);
    assert!(bars.windows(2).all(|w| w[0].size() >= w[1].size()));
    let meet = bars.iter().find(|b| b.field == Field::Meet).unwrap();
    assert!(
        meet.at_low.unwrap() > meet.at_high.unwrap(),
        "more meetings, cheaper meetings"
    );
    assert_eq!(meet.low_rate, 20.0);
    assert_eq!(meet.high_rate, 30.0);
}

#[test]
fn the_reply_curve_falls_and_crosses_the_request_cost_at_the_break_even() {
    let s = Scenario {
        hourly: 50.0,
        ..Scenario::default()
    };
    let (points, request) = reply_curve(&s);
    let request = request.value().unwrap();
    let costs: Vec<f64> = points.iter().map(|p| p.inmail.unwrap()).collect();
    assert!(costs.windows(2).all(|w| w[0] > w[1]));
    let crossing = points
        .windows(2)
        .find(|w| w[0].inmail.unwrap() > request && w[1].inmail.unwrap() <= request)
        .unwrap();
    let r = break_even_reply(&s).unwrap() * 100.0;
    assert!(crossing[0].reply < r && r <= crossing[1].reply);
    assert!(reply_curve(&Scenario::for_plan(PlanId::Free)).0.is_empty());
}

#[test]
fn a_cost_band_is_finite_or_absent_never_infinite() {
    for meet in [0.1, 0.3, 1.0, 5.0] {
        let s = Scenario {
            meet,
            hourly: 50.0,
            ..Scenario::default()
        };
        let band = spread(&s);
        if let Some(c) = band.cost_per_meeting {
            assert!(
                c.p10.is_finite() && c.p50.is_finite() && c.p90.is_finite(),
                "{meet}: {c:?}"
            );
        }
        assert!(band.meetings.p90.is_finite());
    }
}
