//! How sure the figures are: seeded draws that always give the same band, a band that
//! surrounds the point figure, sensitivities that move the way the cost model says, and the
//! rep's own counts narrowing each rate's band as a Beta posterior.

use firstmove::model::cost::{break_even_reply, compute, request_meeting_cost};
use firstmove::model::fields::Field;
use firstmove::model::metrics::Counts;
use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;
use firstmove::model::uncertainty::{
    own_counts, relative_half_width, reply_curve, spread, spread_inputs, time_left_out, tornado,
    varied, Cost, CostBand, OwnCounts, Varied, DRAWS, NOTHING, REPLY_BAND,
};
use proptest::prelude::*;

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
    // The guide's ≈ 11.5 % at 28 % acceptance; the month's 5 noted requests lift it to 28.06 %.
    let r = break_even_reply(&s).unwrap() * 100.0;
    assert!((r - 11.56).abs() < 0.01, "{r}");
    let at = Scenario { reply: r, ..s };
    let c = compute(&at);
    let inmail = c.inmail.cost_per_meeting.value().unwrap();
    // The per-channel table's two costs meet there.
    let request = c.connection.cost_per_meeting.value().unwrap();
    assert_eq!(Some(request), request_meeting_cost(&at).value());
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

/// The band of one rate of a scenario.
fn band_of(s: &Scenario, field: Field) -> Varied {
    *varied(s).iter().find(|v| v.field == field).unwrap()
}

/// A scenario whose InMail reply rate is `reply` percent, with `replies` of `inmails` counted.
fn with_inmail_counts(reply: f64, replies: f64, inmails: f64) -> Scenario {
    Scenario {
        counts: Counts {
            inmails_sent: Some(inmails),
            inmail_replies: Some(replies),
            ..Counts::default()
        },
        ..at_reply(reply)
    }
}

#[test]
fn each_rate_takes_the_counts_the_metrics_view_pairs_with_it() {
    let c = Counts {
        invites_sent: Some(200.0),
        accepted: Some(50.0),
        inmails_sent: Some(100.0),
        inmail_replies: Some(25.0),
        other_replies: Some(10.0),
        meetings: Some(7.0),
        spend: Some(900.0),
    };
    let pair = |field| own_counts(&c, field).map(|o| (o.successes, o.trials));
    assert_eq!(pair(Field::Reply), Some((25.0, 100.0)));
    assert_eq!(pair(Field::Accept), Some((50.0, 200.0)));
    assert_eq!(pair(Field::ConnectionReply), Some((10.0, 50.0)));
    // Meetings of every reply, InMail and connection: 7 of 35.
    assert_eq!(pair(Field::Meet), Some((7.0, 35.0)));
    // The Metrics view counts no Open Profile messages.
    assert_eq!(pair(Field::OpenReply), None);
    assert_eq!(own_counts(&Counts::default(), Field::Reply), None);
    // Replies not given beside InMails sent are no count, not 0 of them (docs/model.md#cost-model: absent is
    // not zero); a 0 the rep typed is.
    let none_given = Counts {
        inmails_sent: Some(140.0),
        ..Counts::default()
    };
    assert_eq!(own_counts(&none_given, Field::Reply), None);
    let none_back = Counts {
        inmail_replies: Some(0.0),
        ..none_given
    };
    let zero = own_counts(&none_back, Field::Reply).unwrap();
    assert!(zero.usable());
    assert_eq!(zero.rate(), Some(0.0));
    // 400 invitations sent and no count of those accepted: acceptance is not "0 of 400".
    let sent_only = Counts {
        invites_sent: Some(400.0),
        ..Counts::default()
    };
    assert_eq!(own_counts(&sent_only, Field::Accept), None);
    assert_eq!(own_counts(&sent_only, Field::ConnectionReply), None);
}

#[test]
fn counts_move_the_draws_to_the_posterior_mean_and_narrow_them() {
    // The prior by hand: 20 % ± 20 × 3.5 / 21.5 points is its 10th–90th percentile, so its
    // standard deviation is that half-width over 1.2816, and a Beta's variance
    // m (1 − m) / (α + β + 1) gives its size α + β.
    let half = 20.0 * 3.5 / 21.5 / 100.0;
    let variance = (half / 1.281_551_565_5_f64).powi(2);
    let size = 0.2 * 0.8 / variance - 1.0;
    let (alpha, beta) = (0.2 * size, 0.8 * size);
    assert!((alpha - 49.38).abs() < 0.01 && (beta - 197.52).abs() < 0.01);

    let without = band_of(&at_reply(20.0), Field::Reply);
    let s = with_inmail_counts(20.0, 300.0, 1000.0);
    let with = band_of(&s, Field::Reply);
    assert!((with.prior.alpha - alpha).abs() < 1e-9, "{:?}", with.prior);
    assert!((with.prior.beta - beta).abs() < 1e-9, "{:?}", with.prior);
    assert_eq!(with.prior, without.prior);
    assert!(with.narrowed() && !without.narrowed());
    assert_eq!(with.unnarrowed, (without.low, without.high));
    // Beta(α + 300, β + 700): mean 349.38 / 1,246.90 = 28.02 %.
    let mean = (alpha + 300.0) / (alpha + beta + 1000.0);
    assert!((mean - 0.2802).abs() < 1e-4, "{mean}");
    assert!((with.drawn.alpha - (alpha + 300.0)).abs() < 1e-9);
    assert!((with.drawn.beta - (beta + 700.0)).abs() < 1e-9);
    assert!((with.centre() - mean * 100.0).abs() < 1e-9);
    // Its standard deviation √(m (1 − m) / 1,247.9) = 1.27 points: a band of ±1.63 points,
    // half the 6.5 points of the prior.
    let sd = (mean * (1.0 - mean) / (alpha + beta + 1001.0)).sqrt() * 100.0;
    assert!((sd - 1.271).abs() < 0.001, "{sd}");
    assert!((with.half_width() - 1.281_551_565_5 * sd).abs() < 1e-9);

    let draws = spread(&s).rate(Field::Reply).unwrap();
    assert!((draws.p50 - mean * 100.0).abs() < 0.1, "{draws:?}");
    let plain = spread(&at_reply(20.0)).rate(Field::Reply).unwrap();
    assert!(
        draws.p90 - draws.p10 < 0.55 * (plain.p90 - plain.p10),
        "{draws:?} vs {plain:?}"
    );
    assert!(
        ((draws.p90 - draws.p10) / 2.0 - with.half_width()).abs() < 0.05 * with.half_width(),
        "{draws:?} vs {with:?}"
    );
}

#[test]
fn with_huge_counts_the_median_is_the_counted_rate() {
    let s = with_inmail_counts(20.0, 3_000_000.0, 10_000_000.0);
    let draws = spread(&s).rate(Field::Reply).unwrap();
    assert!((draws.p50 - 30.0).abs() < 0.01, "{draws:?}");
    assert!(draws.p90 - draws.p10 < 0.05, "{draws:?}");
    // None of them at all: the rate sinks towards 0 % and stays finite and above it.
    let s = with_inmail_counts(20.0, 0.0, 10_000_000.0);
    let draws = spread(&s).rate(Field::Reply).unwrap();
    assert!(draws.p10 > 0.0 && draws.p50 < 0.001, "{draws:?}");
    let band = spread(&s);
    assert!(band.meetings.p10.is_finite() && band.meetings.p90.is_finite());
}

#[test]
fn counts_of_no_trials_change_nothing() {
    let s = at_reply(20.0);
    let empty = Scenario {
        counts: Counts {
            spend: Some(5_000.0),
            ..Counts::default()
        },
        ..s.clone()
    };
    assert_eq!(spread(&empty), spread(&s));
    assert_eq!(varied(&empty), varied(&s));
    assert!(varied(&empty).iter().all(|v| v.counts.is_none()));
    // The spend is not read by the draws: editing it does not redraw.
    assert!(spread_inputs(&empty) == spread_inputs(&s));
    // Counts are: editing one redraws.
    assert!(spread_inputs(&with_inmail_counts(20.0, 1.0, 10.0)) != spread_inputs(&s));
}

#[test]
fn counts_that_cannot_all_be_true_are_left_out() {
    let s = Scenario {
        open: 200.0,
        ..at_reply(20.0)
    };
    // Every pair has more successes than trials: accepted, InMail replies, replies from
    // connections, meetings (120 of 110 replies).
    let impossible = Scenario {
        counts: Counts {
            invites_sent: Some(50.0),
            accepted: Some(60.0),
            inmails_sent: Some(30.0),
            inmail_replies: Some(40.0),
            other_replies: Some(70.0),
            meetings: Some(120.0),
            spend: Some(0.0),
        },
        ..s.clone()
    };
    assert_eq!(spread(&impossible), spread(&s));
    let (bands, plain) = (varied(&impossible), varied(&s));
    assert_eq!(bands.len(), plain.len());
    for (v, p) in bands.iter().zip(&plain) {
        assert!(!v.narrowed(), "{v:?}");
        assert_eq!((v.low, v.high, v.drawn), (p.low, p.high, p.drawn));
        if v.field != Field::OpenReply {
            let c = v.counts.unwrap();
            assert!(!c.usable() && c.rate().is_none(), "{v:?}");
        }
    }
    // Replies with no InMails counted: more replies than InMails.
    let no_trials = OwnCounts {
        successes: 5.0,
        trials: 0.0,
    };
    assert!(!no_trials.usable());
    // Negative or not-a-number counts are no counts, never a NaN band.
    for bad in [f64::NAN, f64::INFINITY, -3.0] {
        let odd = with_inmail_counts(20.0, bad, 100.0);
        assert!(band_of(&odd, Field::Reply).counts.is_none(), "{bad}");
        let band = spread(&odd);
        assert!(band.meetings.p50.is_finite(), "{bad}");
    }
}

#[test]
fn with_counts_the_tornado_the_note_and_the_draws_still_share_one_band() {
    let s = Scenario {
        reply: 12.0,
        hourly: 50.0,
        counts: Counts {
            invites_sent: Some(150.0),
            accepted: Some(40.0),
            inmails_sent: Some(150.0),
            inmail_replies: Some(18.0),
            other_replies: Some(12.0),
            meetings: Some(7.0),
            spend: Some(0.0),
        },
        ..Scenario::default()
    };
    assert_eq!(spread(&s), spread(&s));
    let bands = varied(&s);
    assert!(bands.iter().all(Varied::narrowed), "{bands:?}");
    let swings = tornado(&s);
    let band = spread(&s);
    for v in &bands {
        let w = swings.iter().find(|w| w.field == v.field).unwrap();
        assert_eq!((w.low_rate, w.high_rate), (v.low, v.high), "{v:?}");
        assert!(
            v.half_width() < (v.unnarrowed.1 - v.unnarrowed.0) / 2.0,
            "{v:?}"
        );
        let p = band.rate(v.field).unwrap();
        let tolerance = 0.05 * v.half_width();
        assert!(
            (p.p10 - v.low).abs() < tolerance && (p.p90 - v.high).abs() < tolerance,
            "{v:?} vs {p:?}"
        );
    }
}

/// Sets `field` to `k / n` and gives it `k` of `n` counted.
fn counted_at_the_figure(field: Field, k: f64, n: f64) -> Scenario {
    let mut s = at_reply(20.0);
    let figure = k / n * 100.0;
    let c = &mut s.counts;
    let (k, n) = (Some(k), Some(n));
    match field {
        Field::Reply => (s.reply, c.inmail_replies, c.inmails_sent) = (figure, k, n),
        Field::Accept => (s.accept, c.accepted, c.invites_sent) = (figure, k, n),
        Field::ConnectionReply => (s.conv, c.other_replies, c.accepted) = (figure, k, n),
        _ => {
            (s.meet, c.meetings, c.other_replies) = (figure, k, n);
            // Both reply counts given: no InMail replies, all from connections.
            c.inmail_replies = Some(0.0);
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Counts that agree with the user's figure only add certainty: the band keeps its centre
    /// and is never wider than the benchmark's alone.
    #[test]
    fn counts_at_the_figure_never_widen_the_band(
        field in prop::sample::select(vec![Field::Reply, Field::Accept, Field::ConnectionReply, Field::Meet]),
        (n, k) in (2u32..10_000_000).prop_flat_map(|n| (Just(n), 1..n)),
    ) {
        let s = counted_at_the_figure(field, f64::from(k), f64::from(n));
        let with = band_of(&s, field);
        let without = band_of(&Scenario { counts: Counts::default(), ..s.clone() }, field);
        prop_assert!(with.narrowed());
        prop_assert!(with.high - with.low <= without.high - without.low + 1e-12,
            "{with:?} vs {without:?}");
        prop_assert!((with.centre() - with.figure).abs() < 1e-9 * with.figure.max(1.0),
            "{with:?}");
        prop_assert!(with.low.is_finite() && with.high.is_finite() && with.low >= 0.0);
    }
}
