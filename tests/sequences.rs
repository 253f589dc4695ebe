//! SPEC §6: the guide's three sequences and what they consume against the caps.

use firstmove::model::recommend::SequenceId;
use firstmove::model::scenario::Scenario;
use firstmove::model::sequences::{load, Channel};

#[test]
fn the_three_sequences_follow_the_guide_day_by_day() {
    let days = |id: SequenceId| {
        id.sequence()
            .steps
            .iter()
            .map(|s| s.day)
            .collect::<Vec<_>>()
    };
    assert_eq!(days(SequenceId::ConnectionFirst), [1, 4, 8, 15]);
    assert_eq!(days(SequenceId::InmailBreakthrough), [1, 3, 10]);
    assert_eq!(days(SequenceId::MultiChannel), [1, 3, 7, 10, 14, 21]);
    assert_eq!(
        SequenceId::MultiChannel.sequence().steps[2].channel,
        Channel::Email
    );
}

#[test]
fn connection_first_uses_one_invite_per_prospect() {
    let s = Scenario::default();
    let l = load(&s, SequenceId::ConnectionFirst, 50.0, 0.0);
    assert_eq!(l.invites, 50.0);
    assert_eq!(l.credits, 0.0);
    let replies = 50.0 * 0.28 * 0.29;
    assert!((l.replies - replies).abs() < 1e-9);
    assert!((l.meetings - replies * 0.25).abs() < 1e-9);
    assert_eq!(l.breaks, None);
}

#[test]
fn inmail_breakthrough_invites_only_the_silent_and_open_profiles_are_free() {
    let s = Scenario::default();
    let l = load(&s, SequenceId::InmailBreakthrough, 10.0, 0.5);
    assert!((l.open_profile - 5.0).abs() < 1e-9);
    // 5 paid InMails, 20 % refunded.
    assert!((l.credits - 4.0).abs() < 1e-9);
    // 20 % replied to the InMail; the other 8 get a request.
    assert!((l.invites - 8.0).abs() < 1e-9);
}

#[test]
fn the_first_cap_to_break_is_named() {
    let s = Scenario::default();
    let l = load(&s, SequenceId::ConnectionFirst, 120.0, 0.0);
    assert!(l
        .breaks
        .as_deref()
        .unwrap()
        .starts_with("the weekly invitation cap"));
    // 50 credits a month is about 11.5 a week: 30 InMails a week break it.
    let l = load(&s, SequenceId::InmailBreakthrough, 30.0, 0.0);
    assert!(
        l.breaks.as_deref().unwrap().starts_with("InMail credits"),
        "{:?}",
        l.breaks
    );
}
