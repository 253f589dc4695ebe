//! How sure the figures are: seeded draws that always give the same band, a band that
//! surrounds the point figure, and sensitivities that move the way the cost model says.

use firstmove::model::cost::{break_even_reply, compute};
use firstmove::model::fields::Field;
use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;
use firstmove::model::uncertainty::{
    relative_half_width, reply_curve, spread, time_left_out, tornado, varied, Cost, CostBand,
    DRAWS, NOTHING, REPLY_BAND,
};

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
    // 25 % is the middle of the 20–30 % band: its band around the figure is the guides' own.
    assert!((meet.low_rate - 20.0).abs() < 1e-9, "{meet:?}");
    assert!((meet.high_rate - 30.0).abs() < 1e-9, "{meet:?}");
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

/// A scenario whose InMail reply rate is `reply` percent, time priced.
fn at_reply(reply: f64) -> Scenario {
    Scenario {
        reply,
        hourly: 50.0,
        ..Scenario::default()
    }
}

#[test]
fn a_low_reply_rate_varies_by_tenths_of_a_point_and_stays_above_zero() {
    let draws = spread(&at_reply(2.0)).rate(Field::Reply).unwrap();
    assert!(draws.p10 > 0.0, "{draws:?}");
    assert!(
        draws.p90 - draws.p10 < 1.0,
        "tenths of a point, not the band's 7 points: {draws:?}"
    );
    assert!((draws.p10 - 2.0 * (1.0 - 0.163)).abs() < 0.05, "{draws:?}");
    assert!((draws.p90 - 2.0 * (1.0 + 0.163)).abs() < 0.05, "{draws:?}");
    // The median draw stays at the user's figure.
    assert!((draws.p50 - 2.0).abs() < 0.02, "{draws:?}");
}

#[test]
fn at_the_default_the_spread_is_about_sixteen_percent_of_the_figure() {
    let s = at_reply(20.0);
    // 18–25 % is ±3.5 points around 21.5 %: ±16.3 %.
    let relative = relative_half_width(REPLY_BAND);
    assert!((relative - 3.5 / 21.5).abs() < 1e-12);
    let draws = spread(&s).rate(Field::Reply).unwrap();
    let half = (draws.p90 - draws.p10) / 2.0 / 20.0;
    assert!((half - relative).abs() < 0.01, "{half} vs {relative}");
    assert!((draws.p50 - 20.0).abs() < 0.1, "{draws:?}");
    // Acceptance (28 %) and the meeting rate (25 %) vary by 20 % of themselves, like 20–30 %.
    let band = spread(&s);
    for (field, figure) in [(Field::Accept, 28.0), (Field::Meet, 25.0)] {
        let p = band.rate(field).unwrap();
        let half = (p.p90 - p.p10) / 2.0 / figure;
        assert!((half - 0.2).abs() < 0.012, "{field:?}: {p:?}");
        assert!((p.p50 - figure).abs() < 0.15, "{field:?}: {p:?}");
    }
}

#[test]
fn a_rate_near_100_percent_varies_only_within_what_is_possible() {
    let s = Scenario {
        accept: 99.0,
        hourly: 50.0,
        ..Scenario::default()
    };
    let band = varied(&s);
    let accept = band.iter().find(|v| v.field == Field::Accept).unwrap();
    assert!(accept.low > 98.0 && accept.high < 100.0, "{accept:?}");
    let draws = spread(&s).rate(Field::Accept).unwrap();
    assert!(draws.p10 > 98.0 && draws.p90 < 100.0, "{draws:?}");
    assert!((draws.p50 - 99.0).abs() < 0.05, "{draws:?}");
    // A rate at 0 % has no room to vary, and is not drawn.
    let none = Scenario {
        open: 100.0,
        open_reply: Some(0.0),
        ..s
    };
    assert!(varied(&none).iter().all(|v| v.field != Field::OpenReply));
}

#[test]
fn the_tornado_sweeps_the_same_band_the_draws_and_the_note_use() {
    let s = Scenario {
        open: 200.0,
        reply: 12.0,
        hourly: 50.0,
        ..Scenario::default()
    };
    let bands = varied(&s);
    let swings = tornado(&s);
    assert_eq!(bands.len(), swings.len());
    let band = spread(&s);
    for v in &bands {
        let w = swings.iter().find(|w| w.field == v.field).unwrap();
        assert_eq!((w.low_rate, w.high_rate), (v.low, v.high), "{v:?}");
        assert!(v.low < v.figure && v.figure < v.high);
        // The band is the middle 8 in 10 of the rate's draws.
        let p = band.rate(v.field).unwrap();
        let tolerance = 0.05 * v.half_width();
        assert!(
            (p.p10 - v.low).abs() < tolerance && (p.p90 - v.high).abs() < tolerance,
            "{v:?} vs {p:?}"
        );
    }
}

#[test]
fn a_free_plan_without_time_costs_nothing_in_words_never_zero() {
    let s = Scenario {
        hourly: 0.0,
        ..Scenario::for_plan(PlanId::Free)
    };
    assert!(time_left_out(&s));
    let band = spread(&s);
    assert_eq!(band.cost_band(), CostBand::Nothing);
    let swings = tornado(&s);
    assert!(!swings.is_empty());
    for w in &swings {
        assert_eq!(w.low_cost(), Cost::Nothing, "{w:?}");
        assert_eq!(w.high_cost(), Cost::Nothing, "{w:?}");
    }
    let words = Cost::Nothing.words().unwrap();
    assert_eq!(words, NOTHING);
    assert!(words.contains("your time") && !words.contains('$'));
    let brief = Cost::Nothing.brief().unwrap();
    assert!(brief.contains("your time") && !brief.contains('$'));
    let request = reply_curve(&s).1.value();
    assert_eq!(Cost::of(request), Cost::Nothing);

    // Once the rep's time is priced, the same free plan has a cost, as an amount.
    let priced = Scenario { hourly: 50.0, ..s };
    assert!(!time_left_out(&priced));
    match spread(&priced).cost_band() {
        CostBand::Range(c) => assert!(c.p10 > 0.0 && c.p10 <= c.p90, "{c:?}"),
        other => panic!("{other:?}"),
    }
    assert!(tornado(&priced)
        .iter()
        .all(|w| w.low_cost().amount().is_some() && w.high_cost().amount().is_some()));
}

#[test]
fn a_premium_plan_without_time_has_amounts_and_says_time_is_left_out() {
    for plan in PlanId::ALL.into_iter().filter(|p| p.plan().is_premium()) {
        let s = Scenario {
            hourly: 0.0,
            ..Scenario::for_plan(plan)
        };
        assert!(time_left_out(&s), "{plan:?}");
        match spread(&s).cost_band() {
            CostBand::Range(c) => assert!(c.p10 > 0.0, "{plan:?}: {c:?}"),
            other => panic!("{plan:?}: {other:?}"),
        }
        assert!(tornado(&s)
            .iter()
            .all(|w| matches!(w.low_cost(), Cost::Amount(v) if v > 0.0)));
    }
    assert_eq!(Cost::of(None), Cost::NoMeetings);
    assert_eq!(Cost::of(Some(0.0)), Cost::Nothing);
    assert_eq!(Cost::of(Some(1.5)), Cost::Amount(1.5));
    assert_eq!(Cost::Amount(1.5).words(), None);
}
