//! The stored-scenario format: today's saves, older saves, damaged and newer entries, and the
//! side-by-side comparison.

use firstmove::model::compare::compare;
use firstmove::model::saved::{copy_name, decode_entry, encode_entry, new_key, read_library};
use firstmove::model::scenario::Scenario;

#[test]
fn a_save_reads_back_as_the_same_scenario() {
    let s = Scenario {
        name: "Team <b>plan</b>".into(),
        reply: 31.5,
        ..Scenario::default()
    };
    let raw = encode_entry(&s, 1_700_000_000_000.0);
    let back = decode_entry("firstmove.scenario.a", &raw).expect("readable");
    assert_eq!(back.scenario, s);
    assert_eq!(back.saved_at, 1_700_000_000_000.0);
    assert!(back.notices.is_empty());
}

/// A schema-1 entry exactly as version 0.1 wrote it: later versions must keep reading it.
const SCHEMA_1_FIXTURE: &str = r#"{"schema":1,"saved_at":1763812800000,"query":"v=1&name=Enterprise+Q1&plan=recruiter_lite&reply=24&open=200"}"#;

#[test]
fn schema_1_saves_keep_opening() {
    let back = decode_entry("firstmove.scenario.old", SCHEMA_1_FIXTURE).expect("readable");
    assert_eq!(back.scenario.name, "Enterprise Q1");
    assert_eq!(back.scenario.price, 170.0);
    assert_eq!(back.scenario.reply, 24.0);
    assert_eq!(back.scenario.open, 200.0);
}

#[test]
fn damaged_and_newer_entries_are_reported_with_a_reason() {
    let cases = [
        ("{not json", "not a saved scenario"),
        ("42", "not a saved scenario"),
        (r#"{"saved_at":1,"query":""}"#, "no format version"),
        (
            r#"{"schema":9,"whatever":true}"#,
            "newer version of FirstMove (format 9)",
        ),
        (
            r#"{"schema":0,"saved_at":1,"query":""}"#,
            "format 0 is unknown",
        ),
        (r#"{"schema":1,"query":"v=1"}"#, "incomplete"),
    ];
    for (raw, reason) in cases {
        let err = decode_entry("firstmove.scenario.x", raw).expect_err(raw);
        assert!(
            err.reason.to_string().contains(reason),
            "{raw}: {}",
            err.reason
        );
        assert_eq!(err.key, "firstmove.scenario.x");
    }
}

#[test]
fn a_save_with_a_bad_value_opens_with_a_notice() {
    let raw = r#"{"schema":1,"saved_at":5,"query":"reply=150&invites=90"}"#;
    let back = decode_entry("firstmove.scenario.y", raw).expect("readable");
    assert_eq!(back.scenario.invites, 90.0);
    assert_eq!(back.scenario.reply, 20.0);
    assert_eq!(back.notices.len(), 1);
}

#[test]
fn the_library_lists_newest_first_keeps_damaged_and_ignores_other_apps() {
    let a = encode_entry(&Scenario::default(), 10.0);
    let b = encode_entry(&Scenario::default(), 20.0);
    let lib = read_library([
        ("firstmove.scenario.a", a.as_str()),
        ("other-app", "{broken"),
        ("firstmove.scenario.b", b.as_str()),
        ("firstmove.scenario.c", "{broken"),
    ]);
    let keys: Vec<_> = lib.saved.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["firstmove.scenario.b", "firstmove.scenario.a"]);
    assert_eq!(lib.damaged.len(), 1);
    assert_eq!(lib.damaged[0].key, "firstmove.scenario.c");
}

#[test]
fn keys_are_distinct_and_copies_stay_within_the_name_limit() {
    assert_ne!(new_key(1.0, 0.1), new_key(1.0, 0.2));
    assert!(new_key(1.0, 0.1).starts_with("firstmove.scenario."));
    assert_eq!(copy_name("Plan A"), "Plan A (copy)");
    assert_eq!(copy_name(&"x".repeat(80)).chars().count(), 80);
}

#[test]
fn comparison_marks_only_the_rows_that_differ() {
    let a = Scenario::default();
    let b = Scenario {
        reply: 30.0,
        ..Scenario::default()
    };
    let rows = compare(&[&a, &b]);
    let differing: Vec<_> = rows.iter().filter(|r| r.differs).map(|r| r.label).collect();
    assert!(differing.contains(&"InMail reply rate"));
    assert!(differing.contains(&"Cost per meeting"));
    assert!(!differing.contains(&"Plan"));
    assert!(!differing.contains(&"Connection requests a month"));
    assert!(rows.iter().all(|r| r.cells.len() == 2));
    assert!(compare(&[&a, &a.clone()]).iter().all(|r| !r.differs));
}
