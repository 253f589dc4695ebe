//! Hostile input: every reader of untrusted text (the address, a stored entry, a pasted CSV,
//! an imported file, a LinkedIn export) given huge and arbitrary input returns a value or a readable refusal,
//! never a panic, with bounded output. The property tests run 256 cases each in the test
//! command; a longer run: `PROPTEST_CASES=100000 cargo test --release --test hostile_input`.

use firstmove::model::address::parse;
use firstmove::model::linkedin_export::ExportReader;
use firstmove::model::prospect_list::{run, ERRORS_KEPT};
use firstmove::model::scenario::Scenario;
use firstmove::model::scenario_file::{import, ImportError};
use firstmove::model::stored::decode_entry;
use proptest::prelude::*;

const TEN_MB: usize = 10 * 1024 * 1024;

/// Every message shown for untrusted input stays short enough to read.
fn readable(text: &str) {
    assert!(
        !text.is_empty() && text.chars().count() <= 400,
        "{} chars: {}",
        text.len(),
        &text[..text.len().min(200)]
    );
}

#[test]
fn a_100_000_character_parameter_is_refused_briefly() {
    let long = "9".repeat(100_000);
    let junk = "x".repeat(100_000);
    for key in [
        "name", "reply", "credits", "plan", "view", "p_rel", "p_open", "hours", "v",
    ] {
        for value in [&long, &junk] {
            let p = parse(&format!("{key}={value}"));
            assert!(p.scenario.problems().is_empty(), "{key}");
            assert!(p.notices.len() <= 1, "{key}");
            for n in &p.notices {
                readable(&n.to_string());
            }
        }
    }
}

#[test]
fn a_10_mb_address_is_read_in_one_pass_with_few_notices() {
    let query = "reply=abc&zzz=1&".repeat(TEN_MB / 16);
    let p = parse(&query);
    assert!(p.scenario.problems().is_empty());
    assert!(p.notices.len() <= 10, "{} notices", p.notices.len());
}

#[test]
fn a_10_mb_stored_entry_is_read_or_reported_briefly() {
    let raw = format!(
        r#"{{"schema":1,"saved_at":1,"query":"name={}"}}"#,
        "x".repeat(TEN_MB)
    );
    let saved = decode_entry("firstmove.scenario.big", &raw).unwrap();
    assert!(
        saved.scenario.name.is_empty(),
        "an over-long name is refused"
    );
    let broken = "{".repeat(TEN_MB);
    let damaged = decode_entry("firstmove.scenario.big", &broken).unwrap_err();
    readable(&damaged.reason.to_string());
}

#[test]
fn a_10_mb_paste_keeps_a_bounded_list_of_errors() {
    let mut csv = String::from("name,p_rel,p_senior\n");
    while csv.len() < TEN_MB {
        csv.push_str("Ada,sideways,2\n");
    }
    let report = run(&Scenario::default(), &csv);
    assert!(report.errors.len() <= ERRORS_KEPT);
    assert!(report.error_count > ERRORS_KEPT);
    let pasted_junk = "\u{0}\"\"\"\n,,;;\t".repeat(TEN_MB / 10);
    let _ = run(&Scenario::default(), &pasted_junk);
}

#[test]
fn a_10_mb_file_is_refused_before_it_is_parsed() {
    let text = format!(
        r#"{{"app":"firstmove","format":1,"scenarios":[{}]}}"#,
        "1,".repeat(TEN_MB / 2)
    );
    let err = import(&text).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge(_)));
    readable(&err.to_string());
}

/// Arbitrary bytes, read as the browser would hand them over (lossy UTF-8).
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..2000)
        .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Text shaped like the input it attacks: many separators, quotes, keys and numbers.
fn shaped(alphabet: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(alphabet.chars().collect::<Vec<_>>()),
        0..600,
    )
    .prop_map(|c| c.into_iter().collect())
}

proptest! {
    #[test]
    fn the_address_reader_never_panics(text in any_text(), shaped in shaped("=&?%+reply1.0e9-plannamep_relview")) {
        for q in [&text, &shaped] {
            let p = parse(q);
            prop_assert!(p.scenario.problems().is_empty());
            for n in &p.notices {
                prop_assert!(n.to_string().chars().count() <= 400);
            }
        }
    }

    #[test]
    fn the_stored_entry_reader_never_panics(text in any_text(), shaped in shaped("{}[]\":,schema1query2saved_at.e")) {
        for raw in [&text, &shaped] {
            if let Err(d) = decode_entry("firstmove.scenario.x", raw) {
                prop_assert!(d.reason.to_string().chars().count() <= 400);
            }
        }
    }

    #[test]
    fn the_csv_reader_never_panics(text in any_text(), shaped in shaped("\"\n\r,;\tname,p_rel,p_open,cold1 0")) {
        for csv in [&text, &shaped] {
            let report = run(&Scenario::default(), csv);
            prop_assert!(report.errors.len() <= ERRORS_KEPT);
        }
    }

    #[test]
    fn the_importer_never_panics(text in any_text(), shaped in shaped("{}[]\":,appfirstmoveformat1scenariosquery")) {
        for file in [&text, &shaped] {
            if let Err(e) = import(file) {
                prop_assert!(e.to_string().chars().count() <= 400);
            }
        }
    }

    #[test]
    fn the_export_reader_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        shaped in shaped("\"\n,CONVERSATION ID,FROM,DATE,Connected On,Direction,Sent At,OUTGOING,2026-03-01 01 Mar 2026 1/29/26\u{feff}é"),
        cut in 1usize..64,
    ) {
        for name in ["messages.csv", "Connections.csv", "Invitations.csv", "Profile.csv"] {
            for data in [&bytes[..], shaped.as_bytes()] {
                let mut reader = ExportReader::default();
                reader.begin(name, Some(data.len() as u64)).unwrap();
                let whole = data.chunks(cut).all(|c| reader.push(c).is_ok());
                if whole {
                    reader.end();
                }
                let r = reader.reading(12);
                prop_assert_eq!(r.files.len(), 1);
                if let Some(why) = &r.files[0].skipped {
                    prop_assert!(why.chars().count() <= 400);
                }
            }
        }
    }
}
