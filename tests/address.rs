//! The share-link contract (docs/link-format.md): defaults, notices, round trips, and properties over
//! arbitrary input.

use firstmove::model::address::{encode, encode_link, parse, Format};
use firstmove::model::currency::Currency;
use firstmove::model::fields::Field;
use firstmove::model::plans::PlanId;
use firstmove::model::prospect::{Flag, Left, Relationship};
use firstmove::model::scenario::Scenario;
use firstmove::model::view::View;
use proptest::prelude::*;

fn params(notices: &[firstmove::model::address::Notice]) -> Vec<&str> {
    notices.iter().map(|n| n.param.as_str()).collect()
}

#[test]
fn an_empty_address_is_the_default_scenario() {
    for q in ["", "?", "?v=2"] {
        let p = parse(q);
        assert_eq!(p.scenario, Scenario::default(), "{q:?}");
        assert!(p.notices.is_empty());
    }
    assert_eq!(encode(&Scenario::default()), "");
}

#[test]
fn reads_every_documented_parameter() {
    let p = parse(
        "?v=2&name=Q3+push&plan=premium_business&price=64.99&credits=20&reply=22.5&open=300\
         &open_reply=12&invites=120&cap=200&days=6&accept=31&conv=25&meet=30&inmails=25\
         &hourly=45&minutes=4&uplift=25&delay=10&hours=8&list=250&open_share=15&min_invite=2\
         &min_inmail=9&min_open=3",
    );
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    let s = p.scenario;
    assert_eq!(s.name, "Q3 push");
    assert_eq!(s.plan, PlanId::PremiumBusiness);
    let expected = [
        (Field::Price, 64.99),
        (Field::Credits, 20.0),
        (Field::Reply, 22.5),
        (Field::Open, 300.0),
        (Field::OpenReply, 12.0),
        (Field::Invites, 120.0),
        (Field::WeeklyCap, 200.0),
        (Field::Days, 6.0),
        (Field::Accept, 31.0),
        (Field::ConnectionReply, 25.0),
        (Field::Meet, 30.0),
        (Field::Inmails, 25.0),
        (Field::Hourly, 45.0),
        (Field::Minutes, 4.0),
        (Field::Uplift, 25.0),
        (Field::Delay, 10.0),
        (Field::Hours, 8.0),
        (Field::List, 250.0),
        (Field::OpenShare, 15.0),
        (Field::MinInvite, 2.0),
        (Field::MinInmail, 9.0),
        (Field::MinOpen, 3.0),
    ];
    for (field, value) in expected {
        assert_eq!(s.get(field), value, "{field:?}");
    }
}

#[test]
fn defaults_are_the_plan_s_own_figures() {
    let s = parse("plan=recruiter_lite").scenario;
    assert_eq!((s.price, s.credits), (170.0, 30.0));
    // A following field follows: open_reply is the InMail reply rate, inmails what the
    // credits sustain, C / (1 − r).
    let s = parse("v=2&plan=premium_career&reply=31").scenario;
    assert_eq!(s.get(Field::OpenReply), 31.0);
    assert_eq!(s.get(Field::Inmails), 5.0 / 0.69);
    assert_eq!(encode(&s), "v=2&plan=premium_career&reply=31");
}

#[test]
fn minutes_per_channel_follow_the_minutes_per_touch_until_set() {
    let s = parse("?v=2&minutes=7&min_inmail=12").scenario;
    assert_eq!(s.get(Field::MinInvite), 7.0);
    assert_eq!(s.get(Field::MinInmail), 12.0);
    assert!(s.is_default(Field::MinOpen) && !s.is_default(Field::MinInmail));
    assert_eq!(encode(&s), "v=2&minutes=7&min_inmail=12");
    for bad in [
        "?delay=90",
        "?hours=81",
        "?list=2.5",
        "?open_share=101",
        "?min_open=-1",
    ] {
        assert_eq!(parse(bad).notices.len(), 1, "{bad}");
    }
}

#[test]
fn malformed_values_keep_the_default_and_name_the_parameter() {
    let p = parse("?v=2&reply=abc&open=900&credits=2.5&cap=0&days=8&price=-1&accept=NaN&plan=gold");
    assert_eq!(p.scenario, Scenario::default());
    assert_eq!(
        params(&p.notices),
        ["plan", "price", "credits", "reply", "open", "cap", "days", "accept"]
    );
    let reply = &p.notices[3];
    assert!(
        reply.reason.to_string().contains("“abc” is not a number"),
        "{reply}"
    );
    assert!(p.notices[0].reason.to_string().contains("sales_nav_core"));
    assert!(p.notices[4].reason.to_string().contains("at most 800"));
}

#[test]
fn the_reply_rate_must_stay_below_100() {
    let p = parse("reply=100");
    assert_eq!(params(&p.notices), ["reply"]);
    assert_eq!(p.scenario.reply, 20.0);
    assert!(parse("reply=99.9").notices.is_empty());
}

#[test]
fn a_free_account_cannot_carry_credits_or_open_profile_messages() {
    let p = parse("plan=free&open=100&credits=10&invites=50");
    assert_eq!(params(&p.notices), ["credits", "open"]);
    assert_eq!((p.scenario.open, p.scenario.credits), (0.0, 0.0));
    assert_eq!(p.scenario.invites, 50.0);
}

#[test]
fn names_are_limited_but_html_is_kept_as_text() {
    let html = "<img src=x onerror=alert(1)>";
    let p = parse(&encode(&Scenario {
        name: html.into(),
        ..Scenario::default()
    }));
    assert_eq!(p.scenario.name, html);

    let long = "x".repeat(81);
    let p = parse(&format!("name={long}"));
    assert_eq!(params(&p.notices), ["name"]);
    assert!(p.notices[0].reason.to_string().contains("81 characters"));
    assert_eq!(p.scenario.name, "");
    assert!(parse(&format!("name={}", "é".repeat(80)))
        .notices
        .is_empty());
    assert_eq!(params(&parse("name=a%0Ab").notices), ["name"]);
}

#[test]
fn unknown_parameters_are_ignored_and_repeats_are_reported() {
    let p = parse("utm_source=mail&p_rel=engaged&reply=30&reply=40");
    assert_eq!(p.scenario.reply, 30.0);
    assert_eq!(params(&p.notices), ["reply"]);
    assert!(p.notices[0].reason.to_string().contains("more than once"));
}

#[test]
fn an_unknown_link_version_is_reported_and_read() {
    let p = parse("v=9&reply=30");
    assert_eq!(params(&p.notices), ["v"]);
    assert_eq!(p.scenario.reply, 30.0);
}

#[test]
fn the_currency_travels_and_sets_the_price_s_range() {
    let p = parse("v=2&cur=eur&price=79");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.scenario.currency.code(), "EUR");
    assert_eq!(encode(&p.scenario), "v=2&cur=EUR&price=79");
    // A price of 20,000 is a slip in euros, a plan in rupees.
    let p = parse("v=2&cur=EUR&price=20000");
    assert_eq!(params(&p.notices), ["price"]);
    assert!(
        p.notices[0].to_string().contains("10000"),
        "{}",
        p.notices[0]
    );
    assert_eq!(parse("v=2&cur=INR&price=20000").scenario.price, 20000.0);
    let p = parse("v=2&cur=euro");
    assert_eq!(params(&p.notices), ["cur"]);
    assert!(p.scenario.currency.is_usd());
}

#[test]
fn encoding_writes_only_what_differs() {
    let s = Scenario {
        reply: 22.5,
        name: "A & B = 100%".into(),
        ..Scenario::default()
    };
    let q = encode(&s);
    assert_eq!(q, "v=2&name=A+%26+B+%3D+100%25&reply=22.5");
    assert_eq!(parse(&q).scenario, s);
}

#[test]
fn where_the_page_opens_is_not_a_scenario() {
    // `view` and `inputs` alone are the front door: today's defaults, format 2.
    for q in ["inputs=all", "view=bank&inputs=all", "inputs=first"] {
        let p = parse(q);
        assert_eq!(p.format, Format::Two, "{q}");
        assert_eq!(p.scenario, Scenario::default(), "{q}");
        assert!(p.notices.is_empty(), "{q}: {:?}", p.notices);
    }
    assert!(parse("inputs=all").all_inputs);
    assert!(!parse("inputs=first").all_inputs);
    assert!(!parse("").all_inputs);
}

#[test]
fn every_input_shown_travels_in_the_link() {
    let s = Scenario {
        reply: 30.0,
        ..Scenario::default()
    };
    let default = Scenario::default();
    for (scenario, view, all_inputs, link) in [
        (&s, View::Calculator, false, "v=2&reply=30"),
        (&s, View::Calculator, true, "v=2&reply=30&inputs=all"),
        (&default, View::Calculator, true, "v=2&inputs=all"),
        (&default, View::Bank, true, "v=2&view=bank&inputs=all"),
        (&default, View::Bank, false, "v=2&view=bank"),
        (&default, View::Calculator, false, ""),
    ] {
        assert_eq!(encode_link(scenario, view, all_inputs), link, "{link}");
    }
    let p = parse(&encode_link(&s, View::Bank, true));
    assert_eq!((p.scenario, p.view, p.all_inputs), (s, View::Bank, true));
}

#[test]
fn an_unknown_way_to_show_the_inputs_is_named() {
    let p = parse("v=2&reply=30&inputs=some");
    assert_eq!(params(&p.notices), ["inputs"]);
    assert!(!p.all_inputs);
    assert_eq!(p.scenario.reply, 30.0);
    assert!(
        p.notices[0].to_string().ends_with(
            "expected all or first. On a narrow screen the first three show and the rest wait \
             behind More inputs"
        ),
        "{}",
        p.notices[0]
    );
}

/// Scenarios the page can produce: every field inside its range, whole where it must be.
fn any_scenario() -> impl Strategy<Value = Scenario> {
    let plans = prop::sample::select(PlanId::ALL.to_vec());
    let values = prop::collection::vec(0.0f64..1.0, Field::ALL.len());
    let follows = (any::<bool>(), any::<bool>());
    let prospect = (
        prop::sample::select(Relationship::ALL.to_vec()),
        prop::collection::vec(any::<bool>(), Flag::ALL.len()),
        prop::collection::vec(prop::option::of(0u32..=100), Left::ALL.len()),
    );
    let currencies = prop::sample::select(vec!["USD", "EUR", "GBP", "INR", "JPY"]);
    (plans, values, follows, "\\PC{0,80}", prospect, currencies).prop_map(
        |(plan, unit, (or, im), name, (rel, flags, left), cur)| {
            let mut s = Scenario::for_plan(plan);
            s.name = name;
            s.currency = Currency::parse(cur).unwrap();
            for (field, u) in Field::ALL.into_iter().zip(unit) {
                let spec = field.spec();
                let max = match field {
                    Field::Price => s.currency.price_max(),
                    Field::Hourly => s.currency.hourly_max(),
                    // A fixed bank cap takes in no more credits than it holds.
                    Field::Credits => plan.plan().credits_max().unwrap_or(spec.rule.max),
                    _ => spec.rule.max,
                };
                let mut v = spec.rule.min + u * (max - spec.rule.min);
                if spec.rule.whole {
                    v = v.floor();
                }
                if spec.rule.max_exclusive && v >= spec.rule.max {
                    v = spec.rule.min;
                }
                if !plan.plan().is_premium() && matches!(field, Field::Credits | Field::Open) {
                    v = 0.0;
                }
                s.set(field, v).expect("generated inside the range");
            }
            if or {
                s.open_reply = None;
            }
            if im {
                s.inmails = None;
            }
            s.prospect.relationship = rel;
            for (flag, on) in Flag::ALL.into_iter().zip(flags) {
                s.prospect.set_flag(flag, on);
            }
            for (l, n) in Left::ALL.into_iter().zip(left) {
                s.prospect.set_left(l, n.map(f64::from)).expect("in range");
            }
            s
        },
    )
}

proptest! {
    #[test]
    fn any_address_parses_into_a_valid_scenario(query in ".{0,300}") {
        let p = parse(&query);
        prop_assert!(p.scenario.problems().is_empty(), "{:?}", p.scenario.problems());
    }

    #[test]
    fn any_parameter_soup_parses_into_a_valid_scenario(
        pairs in prop::collection::vec(
            (prop::sample::select(vec!["v", "name", "plan", "price", "credits", "reply", "open",
                "open_reply", "invites", "cap", "days", "accept", "conv", "meet", "inmails",
                "hourly", "minutes", "uplift", "x", "p_rel", "p_senior", "p_personal",
                "p_invites_left", "p_notes_left"]),
             prop_oneof!["-?[0-9]{0,5}(\\.[0-9]{0,3})?(e[0-9]{1,3})?", "\\PC{0,12}",
                prop::sample::select(vec!["free", "sales_nav_core", "NaN", "inf", "1e400", "0",
                    "1", "engaged", "connected"])
                    .prop_map(String::from)]),
            0..12)
    ) {
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
            .collect();
        let p = parse(&query.join("&"));
        prop_assert!(p.scenario.problems().is_empty(), "{:?}", p.scenario.problems());
    }

    #[test]
    fn encode_then_parse_round_trips(s in any_scenario()) {
        let q = encode(&s);
        let p = parse(&q);
        prop_assert!(p.notices.is_empty(), "{q}: {:?}", p.notices);
        prop_assert_eq!(p.scenario, s);
    }
}
