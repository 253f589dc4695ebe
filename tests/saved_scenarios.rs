//! The stored-scenario format: today's saves, older saves, damaged and newer entries, the
//! side-by-side comparison, and what Save writes or asks (Save as a document's Save).

use firstmove::model::compare::compare;
use firstmove::model::save::{
    check_saved_name, decide, find, is_unsaved, match_entry, unique_name, Answer, Answered,
    Command, Decision, OpenEntry, Question, SaveNameError, Target, Write,
};
use firstmove::model::scenario::Scenario;
use firstmove::model::stored::{
    copy_name, decode_entry, encode_entry, new_key, read_library, SavedScenario,
};

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

// Save as a document's Save (model::save): what Save writes, what it asks, and when the
// scenario on screen has unsaved changes.

fn named(name: &str) -> Scenario {
    Scenario {
        name: name.into(),
        ..Scenario::default()
    }
}

/// An entry as storage gives it back: written, then read (so through the stored format).
fn entry(key: &str, scenario: &Scenario, saved_at: f64) -> SavedScenario {
    decode_entry(key, &encode_entry(scenario, saved_at)).expect("readable")
}

fn write_of(decision: Result<Decision, SaveNameError>) -> Write {
    match decision {
        Ok(Decision::Write(w)) => *w,
        other => panic!("expected a write, got {other:?}"),
    }
}

fn question_of(decision: Result<Decision, SaveNameError>) -> Question {
    match decision {
        Ok(Decision::Ask(q)) => q,
        other => panic!("expected a question, got {other:?}"),
    }
}

const NONE: Answered = Answered {
    name_taken: None,
    changed_elsewhere: None,
};

#[test]
fn save_updates_the_open_entry_in_place() {
    let baseline = entry("firstmove.scenario.k1", &named("SN baseline"), 1.0);
    let library = vec![baseline.clone()];
    let open = OpenEntry::of(&baseline);
    let edited = Scenario {
        reply: 30.0,
        ..named("SN baseline")
    };
    let w = write_of(decide(Command::Save, &edited, Some(&open), &library, NONE));
    assert_eq!(w.target, Target::Entry("firstmove.scenario.k1".into()));
    assert_eq!(w.scenario, edited);
    // Spaces around the name are not a new name.
    let spaced = Scenario {
        name: " SN baseline ".into(),
        ..edited.clone()
    };
    let w = write_of(decide(Command::Save, &spaced, Some(&open), &library, NONE));
    assert_eq!(w.target, Target::Entry("firstmove.scenario.k1".into()));
}

#[test]
fn save_as_new_makes_another_entry_under_a_free_name() {
    let baseline = entry("firstmove.scenario.k1", &named("SN baseline"), 1.0);
    let library = vec![
        baseline.clone(),
        entry("firstmove.scenario.k2", &named("Other"), 2.0),
    ];
    let open = OpenEntry::of(&baseline);
    let edited = Scenario {
        reply: 30.0,
        ..named("SN baseline")
    };
    // A copy of the open entry: no question, the free name at once.
    let w = write_of(decide(
        Command::SaveAsNew,
        &edited,
        Some(&open),
        &library,
        NONE,
    ));
    assert_eq!(w.target, Target::New);
    assert_eq!(w.scenario.name, "SN baseline (2)");
    assert_eq!(w.scenario.reply, 30.0);
    // Under a name no entry has, it just adds it.
    let fresh = named("SN optimistic");
    let w = write_of(decide(
        Command::SaveAsNew,
        &fresh,
        Some(&open),
        &library,
        NONE,
    ));
    assert_eq!((w.target, w.scenario), (Target::New, fresh));
    // Under another entry's name, it asks; Replace means that entry.
    let q = question_of(decide(
        Command::SaveAsNew,
        &named("Other"),
        Some(&open),
        &library,
        NONE,
    ));
    let w = write_of(decide(
        Command::SaveAsNew,
        &named("Other"),
        Some(&open),
        &library,
        NONE.with(&q, Answer::Replace),
    ));
    assert_eq!(w.target, Target::Entry("firstmove.scenario.k2".into()));
}

#[test]
fn a_new_name_makes_a_new_entry_and_keeps_the_open_one() {
    let baseline = entry("firstmove.scenario.k1", &named("SN baseline"), 1.0);
    let library = vec![baseline.clone()];
    let open = OpenEntry::of(&baseline);
    let w = write_of(decide(
        Command::Save,
        &named("SN optimistic"),
        Some(&open),
        &library,
        NONE,
    ));
    assert_eq!(w.target, Target::New);
}

#[test]
fn saving_under_another_entrys_name_asks_and_each_answer_works() {
    let library = vec![
        entry("firstmove.scenario.b", &named("Beta"), 2.0),
        entry("firstmove.scenario.a", &named("Alpha"), 1.0),
    ];
    let alpha = Scenario {
        invites: 80.0,
        ..named("  Alpha ")
    };
    // Nothing open (a fresh page), and a name already saved.
    let q = question_of(decide(Command::Save, &alpha, None, &library, NONE));
    assert_eq!(
        q,
        Question::NameTaken {
            name: "Alpha".into(),
            keep_both: "Alpha (2)".into()
        }
    );
    let w = write_of(decide(
        Command::Save,
        &alpha,
        None,
        &library,
        NONE.with(&q, Answer::Replace),
    ));
    assert_eq!(w.target, Target::Entry("firstmove.scenario.a".into()));
    let w = write_of(decide(
        Command::Save,
        &alpha,
        None,
        &library,
        NONE.with(&q, Answer::KeepBoth),
    ));
    assert_eq!(
        (w.target, w.scenario.name.as_str()),
        (Target::New, "Alpha (2)")
    );
    // From another open entry, typing its name asks too.
    let open = OpenEntry::of(&library[0]);
    let beta_as_alpha = named("Alpha");
    assert!(matches!(
        question_of(decide(
            Command::Save,
            &beta_as_alpha,
            Some(&open),
            &library,
            NONE
        )),
        Question::NameTaken { .. }
    ));
}

#[test]
fn an_entry_that_already_shared_its_name_still_saves_in_place() {
    // Two "Plan" entries left by an older version: saving one of them adds no duplicate.
    let library = vec![
        entry("firstmove.scenario.new", &named("Plan"), 2.0),
        entry("firstmove.scenario.old", &named("Plan"), 1.0),
    ];
    let open = OpenEntry::of(&library[1]);
    let edited = Scenario {
        reply: 25.0,
        ..named("Plan")
    };
    let w = write_of(decide(Command::Save, &edited, Some(&open), &library, NONE));
    assert_eq!(w.target, Target::Entry("firstmove.scenario.old".into()));
}

#[test]
fn a_change_made_in_another_tab_is_asked_about_before_it_is_overwritten() {
    let mine = entry("firstmove.scenario.k", &named("Shared"), 1.0);
    let open = OpenEntry::of(&mine);
    // The other tab saved reply 40 into the same entry.
    let theirs = entry(
        "firstmove.scenario.k",
        &Scenario {
            reply: 40.0,
            ..named("Shared")
        },
        2.0,
    );
    let library = vec![theirs];
    let edited = Scenario {
        reply: 30.0,
        ..named("Shared")
    };
    let q = question_of(decide(Command::Save, &edited, Some(&open), &library, NONE));
    assert_eq!(
        q,
        Question::ChangedElsewhere {
            name: "Shared".into(),
            keep_both: "Shared (2)".into()
        }
    );
    let w = write_of(decide(
        Command::Save,
        &edited,
        Some(&open),
        &library,
        NONE.with(&q, Answer::Replace),
    ));
    assert_eq!(w.target, Target::Entry("firstmove.scenario.k".into()));
    let w = write_of(decide(
        Command::Save,
        &edited,
        Some(&open),
        &library,
        NONE.with(&q, Answer::KeepBoth),
    ));
    assert_eq!(
        (w.target, w.scenario.name.as_str()),
        (Target::New, "Shared (2)")
    );
}

#[test]
fn an_open_entry_deleted_elsewhere_is_saved_again_as_new() {
    let gone = entry("firstmove.scenario.gone", &named("Gone"), 1.0);
    let open = OpenEntry::of(&gone);
    let library = vec![entry("firstmove.scenario.x", &named("Other"), 1.0)];
    assert!(find(Some(&open), &library).is_none());
    assert!(!is_unsaved(&named("Changed"), find(Some(&open), &library)));
    let w = write_of(decide(
        Command::Save,
        &named("Gone"),
        Some(&open),
        &library,
        NONE,
    ));
    assert_eq!(w.target, Target::New);
}

#[test]
fn unsaved_means_different_from_the_open_entry() {
    let saved = Scenario {
        reply: 31.5,
        open_reply: Some(12.0),
        ..named("SN baseline")
    };
    let stored = entry("firstmove.scenario.k", &saved, 1.0);
    // What is on screen after Save or Open is what storage reads back: not unsaved.
    assert!(!is_unsaved(&saved, Some(&stored)));
    assert!(!is_unsaved(&stored.scenario, Some(&stored)));
    let edited = Scenario {
        reply: 30.0,
        ..saved.clone()
    };
    assert!(is_unsaved(&edited, Some(&stored)));
    assert!(
        is_unsaved(&named("SN v2"), Some(&stored)),
        "a new name is a change"
    );
    // Edited back to the saved figures: nothing unsaved.
    assert!(!is_unsaved(
        &Scenario {
            reply: 31.5,
            ..edited
        },
        Some(&stored)
    ));
    // Nothing open: nothing to differ from.
    assert!(!is_unsaved(&named("Anything"), None));
}

#[test]
fn blank_names_are_refused_with_the_reason() {
    for blank in ["", "   ", "\u{a0}"] {
        assert_eq!(
            check_saved_name(blank),
            Err(SaveNameError::Empty),
            "{blank:?}"
        );
        assert_eq!(
            decide(Command::Save, &named(blank), None, &[], NONE),
            Err(SaveNameError::Empty)
        );
    }
    assert_eq!(
        SaveNameError::Empty.sentence(),
        "The name is empty; a saved scenario needs a name to be found by."
    );
    assert!(matches!(
        check_saved_name(&"n".repeat(81)),
        Err(SaveNameError::Name(_))
    ));
    assert_eq!(check_saved_name(" Q3 "), Ok(()));
}

#[test]
fn free_names_count_on_and_stay_within_the_limit() {
    let lib = |names: &[&str]| -> Vec<SavedScenario> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| entry(&format!("firstmove.scenario.{i}"), &named(n), 1.0))
            .collect()
    };
    assert_eq!(unique_name("Plan", &lib(&[])), "Plan");
    assert_eq!(unique_name("Plan", &lib(&["Plan"])), "Plan (2)");
    assert_eq!(unique_name("Plan", &lib(&["Plan", "Plan (2)"])), "Plan (3)");
    assert_eq!(
        unique_name("Plan (2)", &lib(&["Plan", "Plan (2)"])),
        "Plan (3)"
    );
    assert_eq!(
        unique_name("Plan (copy)", &lib(&["Plan (copy)"])),
        "Plan (copy) (2)"
    );
    let long = "x".repeat(80);
    let free = unique_name(&long, &lib(&[long.as_str()]));
    assert_eq!(free.chars().count(), 80);
    assert!(free.ends_with("x (2)"));
}

#[test]
fn the_open_entry_survives_in_the_tab_history_and_is_found_by_content() {
    let saved = entry("firstmove.scenario.k", &named("Kept"), 1.0);
    let open = OpenEntry::of(&saved);
    assert_eq!(OpenEntry::from_history(&open.to_history()), Some(open));
    assert_eq!(OpenEntry::from_history("not ours"), None);
    assert_eq!(OpenEntry::from_history(r#"{"key":1}"#), None);
    // Without history: the one entry whose scenario is exactly the address's.
    let library = vec![
        saved.clone(),
        entry("firstmove.scenario.x", &named("Twin"), 2.0),
        entry("firstmove.scenario.y", &named("Twin"), 3.0),
        entry("firstmove.scenario.z", &Scenario::default(), 4.0),
    ];
    assert_eq!(
        match_entry(&named("Kept"), &library).map(|s| s.key.as_str()),
        Some("firstmove.scenario.k")
    );
    assert!(
        match_entry(&named("Twin"), &library).is_none(),
        "two match: neither is it"
    );
    assert!(
        match_entry(&Scenario::default(), &library).is_none(),
        "the bare page is no saved scenario"
    );
    let edited = Scenario {
        reply: 22.0,
        ..named("Kept")
    };
    assert!(match_entry(&edited, &library).is_none());
}
