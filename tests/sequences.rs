//! The guide's three sequences, what they consume against the weekly allowances, and the
//! sequence fitted to one prospect.

use firstmove::model::address::parse;
use firstmove::model::allowance::{Limit, Weekly};
use firstmove::model::recommend::recommend;
use firstmove::model::scenario::Scenario;
use firstmove::model::sequences::{load, SequenceId, Touch};

fn steps(id: SequenceId) -> Vec<firstmove::model::sequences::Step> {
    id.sequence().steps.to_vec()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_three_sequences_follow_the_guide_day_by_day() {
    let days = |id: SequenceId| steps(id).iter().map(|s| s.day).collect::<Vec<_>>();
    assert_eq!(days(SequenceId::ConnectionFirst), [1, 4, 8, 15]);
    assert_eq!(days(SequenceId::InmailBreakthrough), [1, 3, 10]);
    assert_eq!(days(SequenceId::MultiChannel), [1, 3, 7, 10, 14, 21]);
    assert_eq!(steps(SequenceId::MultiChannel)[2].touch, Touch::Email);
}

#[test]
fn connection_first_uses_one_invite_per_prospect() {
    let s = Scenario::default();
    let l = load(&s, &steps(SequenceId::ConnectionFirst), 50.0, 0.0);
    assert_eq!(l.invites, 50.0);
    assert_eq!(l.inmails, 0.0);
    let replies = 50.0 * 0.28 * 0.29;
    assert!(close(l.replies, replies));
    assert!(close(l.meetings, replies * 0.25));
    assert_eq!(l.breaks, None);
}

/// The check figure: 25 prospects at 28 % acceptance and 20 % reply use 18 credits gross and
/// 14.4 net, because the InMail goes only to those who have not accepted.
#[test]
fn multi_channel_sends_its_inmail_only_to_those_who_did_not_accept() {
    let s = Scenario::default();
    let l = load(&s, &steps(SequenceId::MultiChannel), 25.0, 0.0);
    assert!(close(l.invites, 25.0));
    assert!(close(l.inmails, 18.0), "{}", l.inmails);
    assert!(close(l.credits_net, 14.4), "{}", l.credits_net);
    // InMail replies 18 × 20 % = 3.6; connection replies 7 × 29 % = 2.03: never the same person.
    assert!(close(l.replies, 3.6 + 7.0 * 0.29), "{}", l.replies);
    // Day 7 reaches the 21.4 still silent; day 14 the 19.37 left after the connection replies.
    assert!(close(l.emails, 21.4 + (25.0 - 3.6 - 2.03)), "{}", l.emails);
    // 14.4 net credits break the 11.5 a week that 50 a month allows.
    assert_eq!(l.breaks, Some(Limit::Credits));
}

#[test]
fn open_profile_prospects_go_free_and_reply_at_their_own_rate() {
    let s = parse("open_reply=40").scenario;
    let l = load(&s, &steps(SequenceId::InmailBreakthrough), 10.0, 0.5);
    assert!(close(l.open_profile, 5.0));
    assert!(close(l.inmails, 5.0));
    assert!(close(l.credits_net, 4.0));
    // 5 × 40 % + 5 × 20 % replied; the other 7 get a request.
    assert!(close(l.invites, 7.0), "{}", l.invites);
}

#[test]
fn open_profile_use_is_checked_against_the_allowance_not_the_plan() {
    // `open` is 0 by default: 20 free messages a week must still fit 800 a month.
    let s = Scenario::default();
    let l = load(&s, &steps(SequenceId::InmailBreakthrough), 20.0, 1.0);
    assert!(close(l.open_profile, 20.0));
    assert_eq!(l.breaks, None);
    let week = Weekly::of(&s);
    assert!(close(week.open_profile, 800.0 * 12.0 / 52.0));
    // A free account has none.
    let free = parse("plan=free").scenario;
    let l = load(&free, &steps(SequenceId::InmailBreakthrough), 20.0, 1.0);
    assert_eq!(l.breaks, Some(Limit::OpenProfile));
}

#[test]
fn the_first_allowance_to_break_is_named() {
    let s = Scenario::default();
    let l = load(&s, &steps(SequenceId::ConnectionFirst), 120.0, 0.0);
    assert_eq!(l.breaks, Some(Limit::Invitations));
    let l = load(&s, &steps(SequenceId::InmailBreakthrough), 30.0, 0.0);
    assert_eq!(l.breaks, Some(Limit::Credits));
}

fn touches(query: &str) -> Vec<(u8, Touch)> {
    let p = parse(query);
    assert!(p.notices.is_empty(), "{query}: {:?}", p.notices);
    recommend(&p.scenario)
        .sequence
        .map(|plan| plan.steps.iter().map(|s| (s.day, s.touch)).collect())
        .unwrap_or_default()
}

#[test]
fn a_closed_network_is_never_sent_a_request() {
    // InMail breakthrough without its day-3 request or the follow-up that needs it.
    assert_eq!(touches("p_closed=1"), [(1, Touch::Inmail)]);
    assert_eq!(touches("p_closed=1&p_followups=1")[0], (1, Touch::Inmail));
    assert!(touches("p_closed=1&p_followups=1")
        .iter()
        .all(|(_, t)| !matches!(t, Touch::Invite | Touch::Message)));
}

#[test]
fn a_pending_request_gets_no_second_request() {
    assert!(touches("p_pending=1")
        .iter()
        .all(|(_, t)| *t != Touch::Invite));
}

#[test]
fn an_inmail_first_prospect_who_needs_follow_ups_starts_with_the_inmail() {
    let t = touches("p_senior=1&p_followups=1");
    assert_eq!(t[0], (1, Touch::Inmail));
    assert_eq!(t[1], (3, Touch::Invite));
    let plan = recommend(&parse("p_senior=1&p_followups=1").scenario)
        .sequence
        .unwrap();
    assert_eq!(plan.id, SequenceId::MultiChannel);
}

#[test]
fn connections_and_waits_have_no_sequence() {
    assert!(touches("p_rel=connected").is_empty());
    assert!(touches("p_closed=1&p_personal=0").is_empty());
}

#[test]
fn no_inmail_step_without_credits() {
    // Connection-first has none; the Multi-channel blitz drops it when no credit is left.
    let t = touches("p_senior=1&p_followups=1&p_credits_left=0");
    assert_eq!(t[0], (1, Touch::Invite));
    assert!(t.iter().all(|(_, t)| *t != Touch::Inmail));
    let free = touches("plan=free&p_senior=1&p_followups=1");
    assert!(free.iter().all(|(_, t)| *t != Touch::Inmail));
}
