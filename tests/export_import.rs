//! Export and import of saved scenarios: a round trip keeps every scenario, a file of today's
//! format opens unchanged in this and later versions, and every kind of bad file is refused
//! with a reason, never a panic.

use firstmove::model::fields::Field;
use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;
use firstmove::model::scenario_file::{
    clashes, export, import, imported_name, plan_import, ImportError, OnClash, Write, MAX_BYTES,
};
use firstmove::model::stored::SavedScenario;
use proptest::prelude::*;

fn saved(name: &str, reply: f64) -> SavedScenario {
    SavedScenario {
        key: format!("firstmove.scenario.{name}"),
        saved_at: 1_795_305_600_000.0,
        scenario: Scenario {
            name: name.to_string(),
            reply,
            hours: Some(12.0),
            ..Scenario::for_plan(PlanId::RecruiterLite)
        },
        notices: Vec::new(),
    }
}

#[test]
fn an_export_imports_back_to_the_same_scenarios() {
    let library = vec![saved("Plan A", 22.5), saved("Plan B", 31.0)];
    let file = export(&library, 1_795_392_000_000.0);
    let back = import(&file).unwrap();
    assert!(back.skipped.is_empty());
    let scenarios: Vec<&Scenario> = back.scenarios.iter().map(|i| &i.scenario).collect();
    assert_eq!(
        scenarios,
        library.iter().map(|s| &s.scenario).collect::<Vec<_>>()
    );
    assert_eq!(back.scenarios[0].saved_at, library[0].saved_at);
}

#[test]
fn a_file_of_format_1_opens_unchanged() {
    let file = include_str!("fixtures/export-format-1.json");
    let got = import(file).unwrap();
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let q3 = &got.scenarios[0].scenario;
    assert_eq!(q3.name, "Q3 enterprise push");
    assert_eq!((q3.reply, q3.hourly, q3.hours), (25.0, 50.0, Some(8.0)));
    let career = &got.scenarios[1].scenario;
    assert_eq!(career.name, "Career plan <b>test</b>");
    assert_eq!(career.plan, PlanId::PremiumCareer);
    assert_eq!(career.get(Field::OpenShare), 25.0);
    assert_eq!(career.get(Field::List), 60.0);
    assert!(got.scenarios.iter().all(|s| s.notices.is_empty()));
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    type Expect = fn(&ImportError) -> bool;
    let cases: [(&str, Expect); 6] = [
        ("not json", |e| matches!(e, ImportError::NotJson(_))),
        (r#"{"app":"other","format":1,"scenarios":[]}"#, |e| {
            *e == ImportError::NotOurs
        }),
        (r#"{"app":"firstmove","format":2,"scenarios":[]}"#, |e| {
            *e == ImportError::Newer(2)
        }),
        (r#"{"app":"firstmove","format":0,"scenarios":[]}"#, |e| {
            *e == ImportError::NotOurs
        }),
        (r#"{"app":"firstmove","format":1,"scenarios":[]}"#, |e| {
            *e == ImportError::Empty
        }),
        (r#"[1,2,3]"#, |e| *e == ImportError::NotOurs),
    ];
    for (text, expected) in cases {
        let err = import(text).unwrap_err();
        assert!(expected(&err), "{text}: {err:?}");
        assert!(!err.to_string().is_empty());
    }
    let huge = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(import(&huge), Err(ImportError::TooLarge(_))));
}

#[test]
fn a_damaged_entry_is_skipped_and_the_rest_kept() {
    let text = r#"{"app":"firstmove","format":1,"exported_at":0,"scenarios":[
        {"name":"ok","saved_at":1,"query":"v=1&name=ok&reply=30"},
        {"name":"no query","saved_at":1},
        {"name":"bad values","saved_at":2,"query":"v=1&name=bad+values&reply=abc&hours=99"}
    ]}"#;
    let got = import(text).unwrap();
    assert_eq!(got.scenarios.len(), 2);
    assert_eq!(got.skipped.len(), 1);
    assert_eq!(got.skipped[0].0, 2);
    assert_eq!(
        got.scenarios[1].notices.len(),
        2,
        "{:?}",
        got.scenarios[1].notices
    );
    assert!(got.scenarios[1].scenario.problems().is_empty());
}

/// The scenarios as an import of their export reads them.
/// A query edited by hand to lose its `name=` keeps the name the file lists beside it, and
/// the rep is told; a listed name a scenario may not have is left out, and said so.
#[test]
fn a_query_without_its_name_keeps_the_files_name() {
    let file = r#"{"app":"firstmove","format":1,"exported_at":0,"scenarios":[
        {"name":"Q3 push","saved_at":1,"query":"v=2&reply=30"},
        {"name":"x\u0007y","saved_at":2,"query":"v=2&reply=31"}]}"#;
    let read = import(file).unwrap();
    assert_eq!(read.scenarios[0].scenario.name, "Q3 push");
    assert!(
        read.scenarios[0].notices[0].contains("held no name"),
        "{:?}",
        read.scenarios[0].notices
    );
    assert_eq!(read.scenarios[1].scenario.name, "");
    assert!(
        read.scenarios[1].notices[0].contains("left out"),
        "{:?}",
        read.scenarios[1].notices
    );
}

fn through_a_file(saved: &[SavedScenario]) -> Vec<firstmove::model::scenario_file::Incoming> {
    import(&export(saved, 0.0)).unwrap().scenarios
}

#[test]
fn names_that_clash_are_found_and_a_copy_is_marked() {
    let library = vec![saved("Plan A", 20.0)];
    let incoming = through_a_file(&[saved("Plan A", 25.0), saved("Plan C", 25.0)]);
    let c = clashes(&incoming, &library);
    assert_eq!((c.names, c.scenarios), (vec!["Plan A".to_string()], 1));
    assert_eq!(imported_name("Plan A"), "Plan A (imported)");
    assert_eq!(imported_name(&"x".repeat(80)).chars().count(), 80);
}

#[test]
fn nothing_saved_is_overwritten_unless_the_user_says_so() {
    let library = vec![saved("Plan A", 20.0)];
    let incoming = through_a_file(&[saved("Plan A", 25.0), saved("Plan C", 25.0)]);
    let keep = plan_import(&incoming, &library, OnClash::KeepBoth);
    assert!(keep.iter().all(|w| matches!(w, Write::New(..))));
    let names: Vec<&str> = keep
        .iter()
        .map(|w| match w {
            Write::New(s, _) | Write::Over(_, s, _) => s.name.as_str(),
        })
        .collect();
    assert_eq!(names, ["Plan A (imported)", "Plan C"]);
    let skip = plan_import(&incoming, &library, OnClash::Skip);
    assert_eq!(skip.len(), 1);
    let replace = plan_import(&incoming, &library, OnClash::Replace);
    assert!(
        matches!(&replace[0], Write::Over(key, s, _) if key == &library[0].key && s.reply == 25.0)
    );
    // Two of the same name in the file: the first replaces, the second is added beside it.
    let twice = import(&export(
        &[saved("Plan A", 25.0), saved("Plan A", 30.0)],
        0.0,
    ))
    .unwrap()
    .scenarios;
    assert_eq!(clashes(&twice, &library).scenarios, 2);
    let writes = plan_import(&twice, &library, OnClash::Replace);
    assert!(matches!(&writes[0], Write::Over(..)));
    assert!(matches!(&writes[1], Write::New(s, _) if s.name == "Plan A (imported)"));
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_a_panic(text in ".{0,400}") {
        let _ = import(&text);
    }

    #[test]
    fn any_entry_shape_is_read_or_skipped(name in ".{0,100}", query in ".{0,200}", t in any::<f64>()) {
        let text = serde_json::json!({"app":"firstmove","format":1,"exported_at":0,
            "scenarios":[{"name":name,"saved_at":t,"query":query}]}).to_string();
        if let Ok(got) = import(&text) {
            for s in got.scenarios {
                prop_assert!(s.scenario.problems().is_empty());
            }
        }
    }
}
