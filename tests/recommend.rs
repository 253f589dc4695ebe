//! docs/model.md#first-move rule by rule, their order, and the `p_*` share-link parameters.

use firstmove::model::address::{encode, parse, LINK_VERSION};
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

fn first(query: &str) -> (Move, Rule) {
    let r = recommend(&link(query));
    (r.first, r.rule)
}

#[test]
fn rule_1_an_existing_connection_gets_a_direct_message() {
    assert_eq!(
        first("p_rel=connected"),
        (Move::DirectMessage, Rule::Connected)
    );
    // Before everything else: even a closed, senior, Open Profile prospect.
    assert_eq!(
        first("p_rel=connected&p_open=1&p_closed=1&p_senior=1"),
        (Move::DirectMessage, Rule::Connected)
    );
    let connected = recommend(&link("p_rel=connected"));
    assert_eq!(connected.fallback, None);
    assert_eq!(connected.sequence, None);
}

#[test]
fn rule_2_open_profile_is_free_on_premium_only() {
    assert_eq!(first("p_open=1"), (Move::OpenProfile, Rule::OpenProfile));
    assert_eq!(
        first("p_open=1&p_closed=1"),
        (Move::OpenProfile, Rule::OpenProfile)
    );
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
    assert_eq!(first("p_closed=1"), (Move::Inmail, Rule::ClosedNetwork));
    assert_eq!(
        first("p_closed=1&p_personal=0"),
        (Move::Wait, Rule::ClosedNetwork)
    );
    assert_eq!(
        first("p_closed=1&p_credits_left=0"),
        (Move::Wait, Rule::ClosedNetwork)
    );
    assert_eq!(
        first("plan=free&p_closed=1"),
        (Move::Wait, Rule::ClosedNetwork)
    );
}

#[test]
fn rule_4_no_invites_left_this_week() {
    assert_eq!(
        first("p_invites_left=0"),
        (Move::Inmail, Rule::NoInvitations)
    );
    assert_eq!(
        first("p_invites_left=0&p_personal=0"),
        (Move::Wait, Rule::NoInvitations)
    );
    assert_eq!(
        first("plan=free&p_invites_left=0"),
        (Move::Wait, Rule::NoInvitations)
    );
    // The default of invites left is the cap.
    assert_eq!(first("cap=1"), (Move::ConnectWithNote, Rule::Cold));
}

#[test]
fn rule_5_request_pending_two_weeks() {
    assert_eq!(first("p_pending=1"), (Move::Inmail, Rule::Pending));
    // Credits alone decide: the InMail references the request.
    assert_eq!(
        first("p_pending=1&p_personal=0"),
        (Move::Inmail, Rule::Pending)
    );
    assert_eq!(
        first("p_pending=1&p_credits_left=0"),
        (Move::Wait, Rule::Pending)
    );
}

#[test]
fn rule_6_c_suite_or_time_sensitive_with_credits_and_personal() {
    assert_eq!(first("p_senior=1"), (Move::Inmail, Rule::SeniorOrUrgent));
    assert_eq!(first("p_urgent=1"), (Move::Inmail, Rule::SeniorOrUrgent));
    assert_eq!(
        first("p_senior=1&p_credits_left=0"),
        (Move::ConnectWithNote, Rule::Cold)
    );
    assert_eq!(
        first("p_urgent=1&plan=free"),
        (Move::ConnectWithNote, Rule::Cold)
    );
    // Senior but generic: rule 7 wins over 6.
    assert_eq!(
        first("p_senior=1&p_personal=0"),
        (Move::Connect, Rule::Generic)
    );
}

#[test]
fn rule_7_generic_message_sends_a_blank_request() {
    assert_eq!(first("p_personal=0"), (Move::Connect, Rule::Generic));
}

#[test]
fn rule_8_note_when_allowed_else_blank() {
    assert_eq!(first(""), (Move::ConnectWithNote, Rule::Cold));
    assert_eq!(first("plan=free"), (Move::ConnectWithNote, Rule::Cold));
    assert_eq!(
        first("plan=free&p_notes_left=0"),
        (Move::Connect, Rule::Cold)
    );
    // Premium notes are unlimited: the count is ignored.
    assert_eq!(first("p_notes_left=0"), (Move::ConnectWithNote, Rule::Cold));
    // A second request cannot go while the first is pending: an InMail that references it.
    let r = recommend(&link(""));
    assert_eq!(r.fallback, Some(Move::Inmail));
    assert_eq!(
        recommend(&link("plan=free")).fallback,
        Some(Move::Wait),
        "no credits: wait"
    );
    assert_eq!(r.sequence.map(|p| p.id), Some(SequenceId::ConnectionFirst));
    assert!(r.reasons.iter().any(|x| x.text.contains("24–48 h")));
}

#[test]
fn rules_apply_in_order() {
    // Each pair: a prospect that matches two rules; the earlier one wins.
    assert_eq!(
        first("p_open=1&p_invites_left=0"),
        (Move::OpenProfile, Rule::OpenProfile)
    );
    assert_eq!(
        first("p_closed=1&p_invites_left=0"),
        (Move::Inmail, Rule::ClosedNetwork)
    );
    assert_eq!(
        first("p_invites_left=0&p_pending=1&p_personal=0"),
        (Move::Wait, Rule::NoInvitations)
    );
    assert_eq!(
        first("p_pending=1&p_senior=1"),
        (Move::Inmail, Rule::Pending)
    );
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
        format!("v={LINK_VERSION}&plan=premium_career&p_rel=engaged&p_senior=1&p_active=0&p_credits_left=3")
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
    // Nothing bad is applied: the scenario is that of the same link (format 1, no `v`) without them.
    assert_eq!(p.scenario, parse("v=1").scenario);
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
        // A request left unanswered is pending: a second one cannot follow it.
        assert!(
            !(r.first.is_request() && fallback.is_request()),
            "{:?} then {fallback:?}: {s:?}",
            r.first
        );
        // The timeline below the fallback has a step for it.
        let touch = match fallback {
            Move::Connect | Move::ConnectWithNote => Some(Touch::Invite),
            Move::Inmail | Move::OpenProfile => Some(Touch::Inmail),
            Move::DirectMessage | Move::Wait => None,
        };
        if let (Some(touch), Some(plan)) = (touch, &r.sequence) {
            assert!(
                plan.steps.iter().any(|st| st.touch == touch),
                "no step for the fallback {fallback:?}: {:?}, {s:?}",
                plan.steps
            );
        }
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
    // Engaged but closed: no request and no direct message; an InMail, then waiting.
    let r = recommend(&link("p_rel=engaged&p_closed=1"));
    assert_eq!((r.first, r.fallback), (Move::Inmail, Some(Move::Wait)));
    let r = recommend(&link("p_closed=1"));
    assert_eq!((r.first, r.fallback), (Move::Inmail, Some(Move::Wait)));
    // No invitations left: an InMail falls back to waiting for the reset, not to a request.
    let r = recommend(&link("p_invites_left=0"));
    assert_eq!((r.first, r.fallback), (Move::Inmail, Some(Move::Wait)));
}

#[test]
fn rule_1b_engaged_but_not_connected_gets_no_direct_message() {
    // The reported link: a free account, a closed network. No request, no InMail: wait.
    let r = recommend(&link("p_rel=engaged&plan=free&p_closed=1"));
    assert_eq!((r.first, r.rule), (Move::Wait, Rule::ClosedNetwork));
    assert_eq!((r.fallback, r.sequence), (None, None));
    // Premium with an Open Profile: the free message, even into a closed network.
    assert_eq!(
        first("p_rel=engaged&p_open=1"),
        (Move::OpenProfile, Rule::Engaged)
    );
    assert_eq!(
        first("p_rel=engaged&p_open=1&p_closed=1"),
        (Move::OpenProfile, Rule::Engaged)
    );
    // Otherwise a request whose note names their comment or like; blank without notes.
    assert_eq!(
        first("p_rel=engaged"),
        (Move::ConnectWithNote, Rule::Engaged)
    );
    assert_eq!(
        first("p_rel=engaged&plan=free"),
        (Move::ConnectWithNote, Rule::Engaged)
    );
    assert_eq!(
        first("p_rel=engaged&plan=free&p_notes_left=0"),
        (Move::Connect, Rule::Engaged)
    );
    // Warm: a generic message, seniority or urgency do not turn the request into anything else.
    assert_eq!(
        first("p_rel=engaged&p_senior=1&p_urgent=1&p_personal=0"),
        (Move::ConnectWithNote, Rule::Engaged)
    );
    // No request possible: the rules for a closed network, no invitations and pending decide.
    assert_eq!(
        first("p_rel=engaged&p_closed=1"),
        (Move::Inmail, Rule::ClosedNetwork)
    );
    assert_eq!(
        first("p_rel=engaged&p_invites_left=0&p_personal=0"),
        (Move::Wait, Rule::NoInvitations)
    );
    assert_eq!(
        first("p_rel=engaged&p_pending=1&p_personal=0"),
        (Move::Inmail, Rule::Pending)
    );
    assert_eq!(
        first("p_rel=engaged&p_pending=1&p_credits_left=0"),
        (Move::Wait, Rule::Pending)
    );

    let r = recommend(&link("p_rel=engaged"));
    assert_eq!(r.fallback, Some(Move::Inmail));
    let plan = r.sequence.expect("a request has a sequence");
    assert_eq!(plan.id, SequenceId::ConnectionFirst);
    assert!(plan.steps[0].action.contains("comment or like"), "{plan:?}");
    // The page says why not a direct message, in words, with its source.
    let why = &r.reasons[0];
    assert_eq!(why.rule, Some(Rule::Engaged));
    for part in [
        "does not open a channel",
        "1st-degree connections",
        "direct message",
    ] {
        assert!(why.text.contains(part), "{}", why.text);
    }
    assert!(!why.source.is_empty());
    // A free account with an Open Profile is told why that is not the move.
    let free = recommend(&link("p_rel=engaged&plan=free&p_open=1"));
    assert_eq!(free.first, Move::ConnectWithNote);
    assert!(free
        .reasons
        .iter()
        .any(|x| x.rule == Some(Rule::OpenProfile) && x.text.contains("premium")));
}

/// The answers the rule for engaged prospects reads, and what the rule text says they give.
#[derive(Debug)]
struct Engaged {
    premium: bool,
    open: bool,
    closed: bool,
    invites: bool,
    pending: bool,
    credits: bool,
    personal: bool,
    notes: bool,
}

impl Engaged {
    fn request(&self) -> bool {
        !self.closed && self.invites && !self.pending
    }

    /// docs/model.md#first-move, the rule for engaged prospects, read straight from its text (and the closed-network, no-invitations and pending rules where no request can go).
    fn expected(&self) -> (Move, Rule) {
        let inmail_ok = self.credits && self.personal;
        if self.open && self.premium {
            (Move::OpenProfile, Rule::Engaged)
        } else if self.request() {
            let m = if self.premium || self.notes {
                Move::ConnectWithNote
            } else {
                Move::Connect
            };
            (m, Rule::Engaged)
        } else if self.closed {
            let m = if inmail_ok { Move::Inmail } else { Move::Wait };
            (m, Rule::ClosedNetwork)
        } else if !self.invites {
            let m = if inmail_ok { Move::Inmail } else { Move::Wait };
            (m, Rule::NoInvitations)
        } else {
            let m = if self.credits {
                Move::Inmail
            } else {
                Move::Wait
            };
            (m, Rule::Pending)
        }
    }

    /// Whether the answers allow a move at all (docs/model.md#first-move's last paragraph), from the answers.
    fn allows(&self, m: Move) -> bool {
        match m {
            Move::DirectMessage => false,
            Move::OpenProfile => self.open && self.premium,
            Move::Inmail => self.credits,
            Move::ConnectWithNote => self.request() && (self.premium || self.notes),
            Move::Connect => self.request(),
            Move::Wait => true,
        }
    }
}

#[test]
fn rule_1b_holds_over_every_combination_of_the_answers() {
    let mut seen = std::collections::HashSet::new();
    for plan in [PlanId::Free, PlanId::PremiumCareer, PlanId::SalesNavCore] {
        // Open Profile, closed, pending, personal, C-suite, urgent, follow-ups, mutual, active.
        for bits in 0u32..(1 << 9) {
            // Invites, credits and notes left: none or some.
            for left in 0u32..8 {
                let on = |i: u32| bits >> i & 1 == 1;
                let some = |i: u32| left >> i & 1 == 1;
                let mut s = Scenario::for_plan(plan);
                s.prospect.relationship = Relationship::Engaged;
                for (i, flag) in [
                    Flag::OpenProfile,
                    Flag::Closed,
                    Flag::Pending,
                    Flag::Personal,
                    Flag::Senior,
                    Flag::Urgent,
                    Flag::Followups,
                    Flag::Mutual,
                    Flag::Active,
                ]
                .into_iter()
                .enumerate()
                {
                    s.prospect.set_flag(flag, on(i as u32));
                }
                for (i, l) in [Left::Invites, Left::Credits, Left::Notes]
                    .into_iter()
                    .enumerate()
                {
                    let v = if some(i as u32) { 3.0 } else { 0.0 };
                    s.prospect.set_left(l, Some(v)).unwrap();
                }
                let premium = plan != PlanId::Free;
                let a = Engaged {
                    premium,
                    open: on(0),
                    closed: on(1),
                    invites: some(0),
                    pending: on(2),
                    credits: premium && some(1),
                    personal: on(3),
                    notes: some(2),
                };
                let r = recommend(&s);
                assert_ne!(r.first, Move::DirectMessage, "{a:?}");
                assert_eq!((r.first, r.rule), a.expected(), "{a:?}");
                seen.insert((r.first.key(), r.rule.title()));
                // List mode decides the same.
                assert_eq!(
                    first_move_within(&s, &Budget::for_prospect(&s)),
                    (r.rule, r.first),
                    "{a:?}"
                );
                // The page says why not a direct message, with its source; no internal names.
                let why = &r.reasons[0];
                assert_eq!(why.rule, Some(Rule::Engaged), "{a:?}");
                assert!(why.text.contains("1st-degree connections"), "{a:?}");
                assert!(r.reasons.iter().all(|x| !x.source.is_empty()), "{a:?}");
                let rule_reason = |rule| r.reasons.iter().any(|x| x.rule == Some(rule));
                assert!(rule_reason(r.rule), "{a:?}: {:?}", r.reasons);
                if r.rule == Rule::Engaged && r.first.is_request() {
                    assert!(
                        r.reasons.iter().any(|x| x.text.contains("comment or like")),
                        "{a:?}"
                    );
                }
                for x in &r.reasons {
                    shows_no_internal_name(&x.text);
                }
                // The fallback and the sequence stay possible for this prospect.
                if let Some(fallback) = r.fallback {
                    assert!(a.allows(fallback), "fallback {fallback:?}: {a:?}");
                    assert_ne!(fallback, r.first, "{a:?}");
                }
                assert!(a.allows(r.first), "{a:?}");
                match &r.sequence {
                    Some(plan) => {
                        assert_eq!(plan.steps[0].day, 1, "{a:?}");
                        let opening = if r.first.is_premium_message() {
                            Touch::Inmail
                        } else {
                            Touch::Invite
                        };
                        assert_eq!(plan.steps[0].touch, opening, "{a:?}");
                        for st in &plan.steps {
                            let ok = match st.touch {
                                Touch::Invite | Touch::Message => a.request(),
                                Touch::Inmail => {
                                    a.allows(Move::Inmail) || a.allows(Move::OpenProfile)
                                }
                                Touch::Email => true,
                            };
                            assert!(ok, "{st:?}: {a:?}");
                        }
                    }
                    None => assert_eq!(r.first, Move::Wait, "{a:?}"),
                }
                holds_to_the_answers(&s);
            }
        }
    }
    // Every branch of the rule was reached.
    assert_eq!(seen.len(), 9, "{seen:?}");
}

fn shows_no_internal_name(text: &str) {
    for code in ["1b", "§", "Guide 000", "000", "004", "SPEC", "Rule "] {
        assert!(!text.contains(code), "{text} shows {code}");
    }
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
    for rule in Rule::ALL {
        let t = rule.title();
        assert!(!t.contains("Rule") && !t.chars().next().unwrap().is_ascii_digit());
        shows_no_internal_name(t);
    }
}
