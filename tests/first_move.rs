//! SPEC §4 rule by rule, their order, and the `p_*` share-link parameters.

use firstmove::model::address::{encode, parse};
use firstmove::model::allowance::Budget;
use firstmove::model::plans::PlanId;
use firstmove::model::prospect::{Flag, Left, Relationship};
use firstmove::model::recommend::{first_move_within, is_possible, recommend, Move, Rule};
use firstmove::model::scenario::Scenario;
use firstmove::model::sequences::{SequenceId, Touch};

/// A scenario from a share-link query, which must read cleanly.
fn link(query: &str) -> Scenario {
    let p = parse(query);
    assert!(p.notices.is_empty(), "{query}: {:?}", p.notices);
    p.scenario
}

fn first(query: &str) -> (Move, u8) {
    let r = recommend(&link(query));
    (r.first, r.rule as u8)
}

#[test]
fn rule_1_existing_connection_or_engaged_gets_a_direct_message() {
    assert_eq!(first("p_rel=connected"), (Move::DirectMessage, 1));
    assert_eq!(first("p_rel=engaged"), (Move::DirectMessage, 1));
    // Before everything else: even a closed, senior, Open Profile prospect.
    assert_eq!(
        first("p_rel=connected&p_open=1&p_closed=1&p_senior=1"),
        (Move::DirectMessage, 1)
    );
    let engaged = recommend(&link("p_rel=engaged"));
    assert_eq!(engaged.fallback, Some(Move::ConnectWithNote));
    assert_eq!(engaged.sequence, None);
    assert_eq!(recommend(&link("p_rel=connected")).fallback, None);
}

#[test]
fn rule_2_open_profile_is_free_on_premium_only() {
    assert_eq!(first("p_open=1"), (Move::OpenProfile, 2));
    assert_eq!(first("p_open=1&p_closed=1"), (Move::OpenProfile, 2));
    // A free account cannot use it: the next rules decide, and the reason says why.
    let free = recommend(&link("plan=free&p_open=1"));
    assert_eq!((free.first, free.rule), (Move::ConnectWithNote, Rule::Cold));
    assert!(free
        .reasons
        .iter()
        .any(|r| r.rule == Some(Rule::OpenProfile) && r.text.contains("premium")));
    // Its fallback is what the later rules would say.
    assert_eq!(
        recommend(&link("p_open=1")).fallback,
        Some(Move::ConnectWithNote)
    );
}

#[test]
fn rule_3_closed_network_needs_credits_and_a_personal_message() {
    assert_eq!(first("p_closed=1"), (Move::Inmail, 3));
    assert_eq!(first("p_closed=1&p_personal=0"), (Move::Wait, 3));
    assert_eq!(first("p_closed=1&p_credits_left=0"), (Move::Wait, 3));
    assert_eq!(first("plan=free&p_closed=1"), (Move::Wait, 3));
}

#[test]
fn rule_4_no_invites_left_this_week() {
    assert_eq!(first("p_invites_left=0"), (Move::Inmail, 4));
    assert_eq!(first("p_invites_left=0&p_personal=0"), (Move::Wait, 4));
    assert_eq!(first("plan=free&p_invites_left=0"), (Move::Wait, 4));
    // The default of invites left is the cap.
    assert_eq!(first("cap=1"), (Move::ConnectWithNote, 8));
}

#[test]
fn rule_5_request_pending_two_weeks() {
    assert_eq!(first("p_pending=1"), (Move::Inmail, 5));
    // Credits alone decide: the InMail references the request.
    assert_eq!(first("p_pending=1&p_personal=0"), (Move::Inmail, 5));
    assert_eq!(first("p_pending=1&p_credits_left=0"), (Move::Wait, 5));
}

#[test]
fn rule_6_c_suite_or_time_sensitive_with_credits_and_personal() {
    assert_eq!(first("p_senior=1"), (Move::Inmail, 6));
    assert_eq!(first("p_urgent=1"), (Move::Inmail, 6));
    assert_eq!(
        first("p_senior=1&p_credits_left=0"),
        (Move::ConnectWithNote, 8)
    );
    assert_eq!(first("p_urgent=1&plan=free"), (Move::ConnectWithNote, 8));
    // Senior but generic: rule 7 wins over 6.
    assert_eq!(first("p_senior=1&p_personal=0"), (Move::Connect, 7));
}

#[test]
fn rule_7_generic_message_sends_a_blank_request() {
    assert_eq!(first("p_personal=0"), (Move::Connect, 7));
}

#[test]
fn rule_8_note_when_allowed_else_blank() {
    assert_eq!(first(""), (Move::ConnectWithNote, 8));
    assert_eq!(first("plan=free"), (Move::ConnectWithNote, 8));
    assert_eq!(first("plan=free&p_notes_left=0"), (Move::Connect, 8));
    // Premium notes are unlimited: the count is ignored.
    assert_eq!(first("p_notes_left=0"), (Move::ConnectWithNote, 8));
    let r = recommend(&link(""));
    assert_eq!(r.fallback, Some(Move::Connect));
    assert_eq!(r.sequence.map(|p| p.id), Some(SequenceId::ConnectionFirst));
    assert!(r.reasons.iter().any(|x| x.text.contains("24–48 h")));
}

#[test]
fn rules_apply_in_order() {
    // Each pair: a prospect that matches two rules; the earlier one wins.
    assert_eq!(first("p_open=1&p_invites_left=0"), (Move::OpenProfile, 2));
    assert_eq!(first("p_closed=1&p_invites_left=0"), (Move::Inmail, 3));
    assert_eq!(
        first("p_invites_left=0&p_pending=1&p_personal=0"),
        (Move::Wait, 4)
    );
    assert_eq!(first("p_pending=1&p_senior=1"), (Move::Inmail, 5));
}

#[test]
fn context_changes_reasons_not_the_move() {
    let plain = recommend(&link(""));
    let rich = recommend(&link("p_mutual=1&p_followups=1&p_active=0"));
    assert_eq!(plain.first, rich.first);
    let texts: Vec<_> = rich.reasons.iter().map(|r| r.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("mutual")));
    assert!(texts.iter().any(|t| t.contains("Not active")));
    assert!(texts.iter().any(|t| t.contains("one shot")));
    assert!(rich.reasons.iter().all(|r| !r.source.is_empty()));
}

#[test]
fn a_free_note_lifts_the_expected_acceptance() {
    let free = recommend(&link("plan=free"));
    assert!((free.acceptance - 0.28 * 1.2).abs() < 1e-12);
    assert!((recommend(&link("")).acceptance - 0.28).abs() < 1e-12);
}

#[test]
fn prospect_answers_round_trip_through_the_link() {
    let mut s = Scenario::for_plan(PlanId::PremiumCareer);
    s.prospect.relationship = Relationship::Engaged;
    s.prospect.set_flag(Flag::Senior, true);
    s.prospect.set_flag(Flag::Active, false);
    s.prospect.set_left(Left::Credits, Some(3.0)).unwrap();
    let q = encode(&s);
    assert_eq!(
        q,
        "v=1&plan=premium_career&p_rel=engaged&p_senior=1&p_active=0&p_credits_left=3"
    );
    assert_eq!(parse(&q).scenario, s);
}

#[test]
fn bad_prospect_parameters_are_named() {
    let p = parse("p_rel=warm&p_senior=yes&p_invites_left=-1&p_credits_left=2.5&p_unknown=1");
    let params: Vec<_> = p.notices.iter().map(|n| n.param.as_str()).collect();
    assert_eq!(
        params,
        ["p_rel", "p_senior", "p_invites_left", "p_credits_left"]
    );
    assert_eq!(p.scenario, Scenario::default());
}

#[test]
fn the_list_mode_shortcut_agrees_with_the_full_recommendation_everywhere() {
    for plan in [PlanId::Free, PlanId::SalesNavCore] {
        for rel in Relationship::ALL {
            for bits in 0u32..(1 << Flag::ALL.len()) {
                for left in 0u32..8 {
                    let mut s = Scenario::for_plan(plan);
                    s.prospect.relationship = rel;
                    for (i, flag) in Flag::ALL.into_iter().enumerate() {
                        s.prospect.set_flag(flag, bits >> i & 1 == 1);
                    }
                    for (i, l) in Left::ALL.into_iter().enumerate() {
                        let v = if left >> i & 1 == 1 { 0.0 } else { 3.0 };
                        s.prospect.set_left(l, Some(v)).unwrap();
                    }
                    let full = recommend(&s);
                    let budget = Budget::for_prospect(&s);
                    assert_eq!(
                        first_move_within(&s, &budget),
                        (full.rule, full.first),
                        "{s:?}"
                    );
                    holds_to_the_answers(&s);
                }
            }
        }
    }
}

/// What every recommendation must respect, whatever the answers: the fallback and every step
/// of the sequence are possible, the sequence opens with the first move, and context reasons
/// fit the move.
fn holds_to_the_answers(s: &Scenario) {
    let r = recommend(s);
    let p = &s.prospect;
    if let Some(fallback) = r.fallback {
        assert_ne!(fallback, r.first, "{s:?}");
        assert!(
            is_possible(s, fallback),
            "{fallback:?} is impossible: {s:?}"
        );
    }
    let request_possible = is_possible(s, Move::Connect);
    let premium_message_possible =
        is_possible(s, Move::Inmail) || is_possible(s, Move::OpenProfile);
    if let Some(plan) = &r.sequence {
        for step in &plan.steps {
            match step.touch {
                Touch::Invite | Touch::Message => assert!(request_possible, "{step:?}: {s:?}"),
                Touch::Inmail => assert!(premium_message_possible, "{step:?}: {s:?}"),
                Touch::Email => {}
            }
        }
        let opening = plan.steps[0].touch;
        let expected = if r.first.is_premium_message() {
            Touch::Inmail
        } else {
            Touch::Invite
        };
        assert_eq!((plan.steps[0].day, opening), (1, expected), "{s:?}");
    } else {
        assert!(matches!(r.first, Move::DirectMessage | Move::Wait), "{s:?}");
    }
    if !r.first.is_request() {
        assert!(
            r.reasons
                .iter()
                .all(|x| !x.text.contains("Active on LinkedIn") && !x.text.contains("mutual")),
            "{:?}: {s:?}",
            r.first
        );
    }
    if p.flag(Flag::Closed) || p.flag(Flag::Pending) {
        assert!(!r.fallback.is_some_and(Move::is_request), "{s:?}");
    }
}

#[test]
fn a_closed_network_falls_back_to_no_request() {
    // Engaged but closed: the direct message falls back to an InMail, not a request.
    let r = recommend(&link("p_rel=engaged&p_closed=1"));
    assert_eq!(r.first, Move::DirectMessage);
    assert_eq!(r.fallback, Some(Move::Inmail));
    let r = recommend(&link("p_closed=1"));
    assert_eq!((r.first, r.fallback), (Move::Inmail, Some(Move::Wait)));
    // No invitations left: an InMail falls back to waiting for the reset, not to a request.
    let r = recommend(&link("p_invites_left=0"));
    assert_eq!((r.first, r.fallback), (Move::Inmail, Some(Move::Wait)));
}

#[test]
fn activity_is_a_reason_only_for_a_request() {
    for query in ["p_rel=connected", "p_open=1", "p_closed=1&p_personal=0"] {
        let r = recommend(&link(query));
        assert!(
            r.reasons
                .iter()
                .all(|x| !x.text.contains("Active on LinkedIn")),
            "{query}: {:?}",
            r.reasons
        );
    }
    let r = recommend(&link(""));
    assert!(r
        .reasons
        .iter()
        .any(|x| x.text.contains("Active on LinkedIn")));
}

#[test]
fn an_existing_connection_has_no_sequence_and_rules_read_as_words() {
    let r = recommend(&link("p_rel=connected"));
    assert_eq!(r.sequence, None);
    for rule in [Rule::Relationship, Rule::Cold, Rule::Generic] {
        let t = rule.title();
        assert!(!t.contains("Rule") && !t.chars().next().unwrap().is_ascii_digit());
    }
}
