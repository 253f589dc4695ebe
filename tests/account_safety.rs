//! docs/model.md#account-safety: the risk level below, at and above the cap, the pace and acceptance signals, and
//! the pacing plan.

use firstmove::model::address::parse;
use firstmove::model::safety::{assess, pacing, Risk};

fn level(query: &str) -> Risk {
    let p = parse(query);
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assess(&p.scenario).level
}

#[test]
fn below_at_and_above_the_cap() {
    assert_eq!(level("invites=90&cap=100"), Risk::Safe);
    assert_eq!(level("invites=100&cap=100"), Risk::Safe);
    assert_eq!(level("invites=101&cap=100&days=7"), Risk::Danger);
    assert_eq!(level("invites=150&cap=200&days=7"), Risk::Safe);
}

#[test]
fn the_daily_pace() {
    // 125 over 5 days is 25 a day: at the ceiling is still safe.
    assert_eq!(level("invites=125&cap=200"), Risk::Safe);
    assert_eq!(level("invites=130&cap=200"), Risk::Watch);
    assert_eq!(level("invites=200&cap=1000&days=1"), Risk::Danger);
    assert_eq!(level("invites=199&cap=1000&days=1"), Risk::Watch);
}

#[test]
fn low_acceptance_is_danger_only_when_invitations_are_sent() {
    assert_eq!(level("accept=19.9"), Risk::Danger);
    assert_eq!(level("accept=20"), Risk::Safe);
    assert_eq!(level("accept=15&invites=0"), Risk::Safe);
}

#[test]
fn the_worst_cause_sets_the_level_and_every_cause_has_a_source_and_fix() {
    let s = parse("invites=300&cap=100&days=5&accept=15").scenario;
    let a = assess(&s);
    assert_eq!(a.level, Risk::Danger);
    let levels: Vec<_> = a.causes.iter().map(|c| c.level).collect();
    assert_eq!(levels, [Risk::Danger, Risk::Danger, Risk::Watch]);
    assert!(a.causes[0].fix.contains("move the other 200"));
    assert!(a
        .causes
        .iter()
        .all(|c| !c.source.is_empty() && !c.fix.is_empty()));
    // 300 a week cannot stay under 25 a day in any week: the fix says how much to cut.
    assert_eq!(a.days_needed, None);
    assert!(a.causes[2].fix.contains("cut 125"), "{}", a.causes[2].fix);
    assert!(!a.causes[2].fix.contains("12 sending days"));
}

#[test]
fn the_pacing_plan_never_needs_more_than_seven_days() {
    let a = assess(&parse("invites=300&days=3&accept=15&cap=1000").scenario);
    let watch = a.causes.iter().find(|c| c.level == Risk::Watch).unwrap();
    assert!(watch.fix.contains("even over 7 days"), "{}", watch.fix);
    let a = assess(&parse("invites=150&days=5&cap=200").scenario);
    assert_eq!(a.days_needed, Some(6));
    let a = assess(&parse("invites=175&days=5&cap=200").scenario);
    assert_eq!(a.days_needed, Some(7));
}

#[test]
fn pacing_spreads_the_week_evenly_in_whole_invitations() {
    assert_eq!(pacing(100.0, 5.0), [20, 20, 20, 20, 20]);
    assert_eq!(pacing(103.0, 5.0), [21, 21, 21, 20, 20]);
    assert_eq!(pacing(0.0, 3.0), [0, 0, 0]);
    assert_eq!(pacing(6.0, 7.0).iter().sum::<u32>(), 6);
}

#[test]
fn free_note_quota_and_identical_text_are_warnings_not_levels() {
    let a = assess(&parse("plan=free&invites=50").scenario);
    assert_eq!(a.level, Risk::Safe);
    assert!(
        a.warnings.iter().any(|w| w.contains("only 5 more notes")),
        "{:?}",
        a.warnings
    );
    assert!(assess(&parse("p_personal=0").scenario)
        .warnings
        .iter()
        .any(|w| w.contains("100 people")));
}

#[test]
fn warnings_fire_only_on_what_is_sent() {
    // A personalized message is not one text to 100 people.
    assert!(assess(&parse("").scenario).warnings.is_empty());
    // Blank requests use no notes, so the note quota does not apply.
    assert!(assess(&parse("plan=free&invites=50&p_personal=0").scenario)
        .warnings
        .is_empty());
    // Nothing sent, nothing to warn about.
    assert!(assess(&parse("plan=free&invites=0").scenario)
        .warnings
        .is_empty());
    // A generic text to fewer than 100 people a week is no pattern.
    assert!(assess(&parse("p_personal=0&invites=99").scenario)
        .warnings
        .is_empty());
}

#[test]
fn an_automation_pace_says_how_much_to_cut_too() {
    let a = assess(&parse("invites=1000&cap=1000&days=5").scenario);
    let automation = a
        .causes
        .iter()
        .find(|c| c.text.contains("automation"))
        .unwrap();
    assert!(automation.fix.contains("cut 825"), "{}", automation.fix);
}
