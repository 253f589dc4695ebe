//! List mode: CSV in, a move per row, totals against caps, broken rows reported by line and
//! column while the good rows go through.

use firstmove::model::address::parse;
use firstmove::model::currency::Currency;
use firstmove::model::prospect::Flag;
use firstmove::model::prospect_list::{moves_csv, overflow, run, template, Column};
use firstmove::model::recommend::Move;
use firstmove::model::scenario::Scenario;

#[test]
fn the_template_runs_clean() {
    let r = run(&Scenario::default(), &template());
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let moves: Vec<_> = r.moves.iter().map(|m| (m.name.as_str(), m.first)).collect();
    assert_eq!(
        moves,
        [
            ("Ada Lovelace", Move::Inmail),
            ("Grace Hopper", Move::ConnectWithNote),
            ("Turing, Alan", Move::OpenProfile),
        ]
    );
}

#[test]
fn a_broken_row_is_reported_and_the_others_processed() {
    let csv = "name,rel,senior\nA,cold,0\nB,warm,1\nC,cold,maybe\n\nD,connected,0\n";
    let r = run(&Scenario::default(), csv);
    let errors: Vec<_> = r.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        errors,
        [
            "Line 3, column rel: “warm” is not cold, engaged or connected",
            "Line 4, column senior: “maybe” must be 1 or 0 (yes or no)",
        ]
    );
    let lines: Vec<_> = r.moves.iter().map(|m| m.line).collect();
    assert_eq!(lines, [2, 6]);
}

#[test]
fn quoted_cells_kept_columns_and_extra_cells() {
    let csv = "name,colour,p_open\r\n\"Smith, \"\"Jo\"\"\",blue,1\r\nX,red,0,extra\r\n";
    let r = run(&Scenario::default(), csv);
    assert_eq!(r.moves.len(), 1);
    assert_eq!(r.moves[0].name, "Smith, \"Jo\"");
    // A column the decision does not read is kept and written back, not an error.
    assert_eq!(r.kept_headers, ["colour"]);
    assert_eq!(r.moves[0].kept, ["blue"]);
    assert_eq!(r.errors.len(), 1);
    assert_eq!((r.errors[0].line, r.errors[0].column.as_str()), (3, "#4"));
}

/// Rows share the week in list order: once the cap is spent the rest get an InMail while the
/// week's credits last, then wait.
#[test]
fn rows_share_the_week_in_list_order() {
    let mut csv = String::from("name,p_senior\n");
    for i in 0..120 {
        csv.push_str(&format!("p{i},0\n"));
    }
    csv.push_str("boss,1\n");
    let r = run(&Scenario::default(), &csv);
    let total = |m: Move| r.totals.iter().find(|(x, _)| *x == m).unwrap().1;
    assert_eq!(total(Move::ConnectWithNote), 100);
    // 50 credits a month sustain 14 InMails a week at a 20 % reply rate.
    assert_eq!(total(Move::Inmail), 14);
    assert_eq!(total(Move::Wait), 7);
    assert_eq!(r.moves[100].first, Move::Inmail);
    assert!(r.caps.iter().all(|c| c.fits()), "{:?}", r.caps);
}

/// Ten personalized cold prospects on a free account: five notes, then blank requests.
#[test]
fn a_free_account_runs_out_of_notes_within_the_list() {
    let mut csv = String::from("name\n");
    for i in 0..10 {
        csv.push_str(&format!("p{i}\n"));
    }
    let r = run(&parse("plan=free").scenario, &csv);
    let moves: Vec<Move> = r.moves.iter().map(|m| m.first).collect();
    assert_eq!(moves[..5], [Move::ConnectWithNote; 5]);
    assert_eq!(moves[5..], [Move::Connect; 5]);
    // Three invitations left this week: three requests, then the rest wait.
    let r = run(&parse("plan=free&p_invites_left=3").scenario, &csv);
    let requests = r.moves.iter().filter(|m| m.first.is_request()).count();
    assert_eq!(requests, 3);
    assert!(r.moves[3..].iter().all(|m| m.first == Move::Wait));
}

#[test]
fn a_semicolon_list_is_read_like_a_comma_list() {
    let r = run(
        &Scenario::default(),
        "name;rel;senior\nAda;cold;1\nGrace;engaged;0\n",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let moves: Vec<_> = r.moves.iter().map(|m| (m.name.as_str(), m.first)).collect();
    assert_eq!(
        moves,
        [("Ada", Move::Inmail), ("Grace", Move::ConnectWithNote)]
    );
    let tabs = run(
        &Scenario::default(),
        "name\trel\nAda\tengaged\nBo\tconnected\n",
    );
    let moves: Vec<_> = tabs.moves.iter().map(|m| m.first).collect();
    assert_eq!(moves, [Move::ConnectWithNote, Move::DirectMessage]);
}

/// An engaged row gets the one-prospect move: never a direct message, since a like or a
/// comment opens no channel; a request whose note names it, a free Open Profile message on
/// premium, and InMail or waiting where no request can go.
#[test]
fn an_engaged_row_gets_the_same_move_as_one_prospect() {
    use firstmove::model::prospect::Flag;
    use firstmove::model::recommend::{recommend, Rule};
    let r = run(
        &parse("plan=free").scenario,
        "name,rel,closed,open\nA,engaged,1,0\nB,engaged,0,1\nC,engaged,0,0\n",
    );
    let moves: Vec<_> = r.moves.iter().map(|m| (m.first, m.rule)).collect();
    assert_eq!(
        moves,
        [
            (Move::Wait, Rule::ClosedNetwork),
            (Move::ConnectWithNote, Rule::Engaged),
            (Move::ConnectWithNote, Rule::Engaged),
        ]
    );
    let premium = run(&Scenario::default(), "name,rel,open\nB,engaged,1\n");
    assert_eq!(premium.moves[0].first, Move::OpenProfile);
    assert!(moves_csv(&premium).contains("open_profile,Engaged but not connected"));
    // Every combination of answers in a one-row list agrees with the questionnaire.
    let header = Flag::ALL.map(|f| f.key()).join(",");
    for plan in ["free", "premium_career", "sales_nav_core"] {
        let s = parse(&format!("plan={plan}")).scenario;
        for bits in 0u32..(1 << Flag::ALL.len()) {
            let on = |i: usize| bits >> i & 1 == 1;
            let cells: Vec<&str> = (0..Flag::ALL.len())
                .map(|i| if on(i) { "1" } else { "0" })
                .collect();
            let csv = format!("name,p_rel,{header}\nX,engaged,{}\n", cells.join(","));
            let row = &run(&s, &csv).moves[0];
            let mut one = s.clone();
            one.prospect.relationship = firstmove::model::prospect::Relationship::Engaged;
            for (i, flag) in Flag::ALL.into_iter().enumerate() {
                one.prospect.set_flag(flag, on(i));
            }
            let single = recommend(&one);
            assert_ne!(row.first, Move::DirectMessage, "{csv}");
            assert_eq!(
                (row.first, row.rule),
                (single.first, single.rule),
                "{plan}: {csv}"
            );
        }
    }
}

/// An engaged row spends what it uses: on a free account the notes run out for it too.
#[test]
fn an_engaged_row_shares_the_week_in_list_order() {
    let r = run(
        &parse("plan=free").scenario,
        "name,rel\np0,cold\np1,cold\np2,cold\np3,cold\np4,cold\nwarm,engaged\n",
    );
    let moves: Vec<Move> = r.moves.iter().map(|m| m.first).collect();
    assert_eq!(moves[..5], [Move::ConnectWithNote; 5]);
    assert_eq!(moves[5], Move::Connect);
    assert!(r.caps.iter().all(|c| c.fits()), "{:?}", r.caps);
}

#[test]
fn a_list_without_known_columns_is_refused_whole() {
    let r = run(&Scenario::default(), "colour|size\nblue|3\n");
    assert!(r.refused.is_some());
    assert!(r.moves.is_empty());
    let text = r.refused.unwrap().to_string();
    assert!(
        text.contains("colour|size") && text.contains("name, p_rel"),
        "{text}"
    );
}

#[test]
fn a_row_that_could_not_be_read_is_never_a_prospect() {
    let r = run(&Scenario::default(), "name,colour\n,blue\nAda,red\n");
    assert_eq!(r.moves.len(), 1);
    assert_eq!(r.moves[0].name, "Ada");
    let errors: Vec<_> = r.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        errors[0],
        "Line 2: no value in any known column; the row was skipped"
    );
}

#[test]
fn an_empty_list_is_not_an_error() {
    let r = run(&Scenario::default(), "  \n");
    assert!(r.moves.is_empty() && r.errors.is_empty());
}

#[test]
fn the_download_quotes_names_that_need_it() {
    let r = run(&Scenario::default(), "name\n\"a,b\"\n");
    assert_eq!(
        moves_csv(&r),
        "line,name,link,first_move,rule\n2,\"a,b\",,connect_with_note,Cold prospect: connect first\n"
    );
}

/// The time budget lives in scripts/bench.sh; this checks a list that size goes through whole.
#[test]
fn five_thousand_rows_all_get_a_move() {
    let mut csv = template();
    let rows: Vec<_> = csv.lines().skip(1).map(String::from).collect();
    for i in 0..5000 {
        csv.push_str(&rows[i % rows.len()]);
        csv.push('\n');
    }
    let r = run(&Scenario::default(), &csv);
    // A week's list is at most 5,000: the template's 3 and 5,000 more make 5,003 rows, of
    // which the first 5,000 are decided and the rest named.
    assert_eq!(r.rows_in_file, 5003);
    assert_eq!(r.moves.len(), 5000);
    assert!(r.errors.is_empty());
    let said = overflow(&r).unwrap().plain(Currency::USD);
    assert_eq!(said, "This file has 5,003 rows; a week's list is at most 5,000: the first 5,000 that read were decided, the rest left for another week.");
}

#[test]
fn line_numbers_survive_line_breaks_inside_quotes() {
    let csv = "name,p_senior\n\"Two\nlines\",0\nNext,maybe\n  \"Spaced\" ,1\n\"unterminated,1";
    let r = run(&Scenario::default(), csv);
    assert_eq!(r.moves[0].name, "Two\nlines");
    assert_eq!(r.moves[0].line, 2);
    assert_eq!(
        (r.errors[0].line, r.errors[0].column.as_str()),
        (4, "p_senior")
    );
    assert_eq!((r.moves[1].line, r.moves[1].name.as_str()), (5, "Spaced"));
    // A quote never closed is refused at its line; the rows before it stand.
    assert_eq!(r.moves.len(), 2);
    let last = r.errors.last().unwrap();
    assert_eq!(last.line, 6);
    assert!(
        last.to_string()
            .contains("opens a quote (\") that is never closed"),
        "{last}"
    );
}

#[test]
fn the_questionnaire_s_answers_do_not_leak_into_the_list() {
    use firstmove::model::prospect::Flag;
    let mut s = Scenario::default();
    s.prospect.set_flag(Flag::Senior, true);
    s.prospect.set_flag(Flag::Closed, true);
    let r = run(&s, "name\nPlain\n");
    assert_eq!(r.moves[0].first, Move::ConnectWithNote);
}

fn prospect_lists() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec((0u8..3, prop::collection::vec(any::<bool>(), 9)), 0..300).prop_map(
        |rows| {
            let mut csv = String::from(
                "name,rel,senior,open,closed,urgent,pending,mutual,active,personal,followups\n",
            );
            for (i, (rel, flags)) in rows.into_iter().enumerate() {
                let rel = ["cold", "engaged", "connected"][rel as usize];
                let bits: Vec<&str> = flags.iter().map(|&b| if b { "1" } else { "0" }).collect();
                csv.push_str(&format!("p{i},{rel},{}\n", bits.join(",")));
            }
            csv
        },
    )
}

proptest::proptest! {
    /// Whatever the list, the week never plans more requests, notes, credits or Open Profile
    /// messages than it allows.
    #[test]
    fn a_list_never_plans_more_than_the_week_allows(
        csv in prospect_lists(),
        plan in proptest::sample::select(firstmove::model::plans::PlanId::ALL.to_vec()),
        cap in 1u32..200,
        left in proptest::option::of(0u32..50),
    ) {
        let mut s = Scenario::for_plan(plan);
        s.cap = f64::from(cap);
        if let Some(n) = left {
            s.prospect.set_left(firstmove::model::prospect::Left::Notes, Some(f64::from(n))).unwrap();
            s.prospect.set_left(firstmove::model::prospect::Left::Credits, Some(f64::from(n))).unwrap();
        }
        let r = run(&s, &csv);
        proptest::prop_assert!(r.errors.is_empty());
        for c in &r.caps {
            proptest::prop_assert!(c.fits(), "{:?}", c);
        }
        let requests = r.moves.iter().filter(|m| m.first.is_request()).count() as f64;
        proptest::prop_assert!(requests <= s.cap);
    }
}

#[test]
fn a_huge_broken_file_keeps_the_first_problems_and_counts_the_rest() {
    let mut csv = String::from("name,senior\n");
    for i in 0..5000 {
        csv.push_str(&format!("p{i},maybe\n"));
    }
    let r = run(&Scenario::default(), &csv);
    assert_eq!(r.error_count, 5000);
    assert_eq!(r.errors.len(), firstmove::model::prospect_list::ERRORS_KEPT);
    assert!(r.moves.is_empty());
}

/// A CRM export: first and last name, company, title, a profile link and the degree; the
/// columns the decision does not read are kept and written back with the results.
#[test]
fn a_crm_export_maps_and_decides() {
    let csv = "First Name,Last Name,Company,Title,LinkedIn URL,Email,Connection Degree\n\
               Ada,Lovelace,Analytical,CTO,https://www.linkedin.com/in/ada,ada@example.com,1st\n\
               Bo,Berg,Acme,VP Sales,https://www.linkedin.com/in/bo,,2nd\n";
    let r = run(&Scenario::default(), csv);
    assert_eq!(r.refused, None);
    let read: Vec<(&str, Column)> = r.mapping.iter().map(|(h, c)| (h.as_str(), *c)).collect();
    assert_eq!(
        read,
        [
            ("First Name", Column::FirstName),
            ("Last Name", Column::LastName),
            ("Company", Column::Kept),
            ("Title", Column::Title),
            ("LinkedIn URL", Column::Link),
            ("Email", Column::Kept),
            ("Connection Degree", Column::Degree),
        ]
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let moves: Vec<(&str, &str)> = r
        .moves
        .iter()
        .map(|m| (m.name.as_str(), m.first.key()))
        .collect();
    assert_eq!(
        moves,
        [
            ("Ada Lovelace", "direct_message"),
            ("Bo Berg", "connect_with_note")
        ]
    );
    let out = moves_csv(&r);
    assert!(
        out.starts_with("line,name,link,first_move,rule,c_suite_from_title,Company,Title,Email\n"),
        "{out}"
    );
    assert!(
        out.contains("2,Ada Lovelace,https://www.linkedin.com/in/ada,direct_message,"),
        "{out}"
    );
    // Her title makes her C-suite, said in its own column; the title is written back as it was.
    assert!(
        out.contains(",yes,Analytical,CTO,ada@example.com\n"),
        "{out}"
    );
    assert!(out.contains(",,Acme,VP Sales,\n"), "{out}");
}

/// A prospecting tool's export: a full name, a Sales Navigator link and an Open Profile flag,
/// headers in any case and spacing.
#[test]
fn a_prospecting_tool_export_maps_and_decides() {
    let csv = "full_name;Sales Navigator URL;IS OPEN PROFILE;position\n\
               Cy Chen;https://www.linkedin.com/sales/lead/1;yes;CEO\n\
               Di Diaz;https://www.linkedin.com/sales/lead/2;no;COO\n";
    let r = run(&Scenario::default(), csv);
    let read: Vec<Column> = r.mapping.iter().map(|(_, c)| *c).collect();
    assert_eq!(
        read,
        [
            Column::Name,
            Column::Link,
            Column::Flag(Flag::OpenProfile),
            Column::Title
        ]
    );
    // A COO is C-suite: an InMail on Sales Navigator. An Open Profile is free whoever it is.
    let moves: Vec<&str> = r.moves.iter().map(|m| m.first.key()).collect();
    assert_eq!(moves, ["open_profile", "inmail"]);
    assert_eq!(r.moves[0].link, "https://www.linkedin.com/sales/lead/1");
}

#[test]
fn a_file_with_no_usable_column_is_refused_with_one_message() {
    let r = run(&Scenario::default(), "Company,Title\nAcme,CEO\n");
    let message = r.refused.expect("refused").to_string();
    assert!(message.contains("“Company, Title”"), "{message}");
    assert!(r.moves.is_empty() && r.errors.is_empty());
    let bad = run(&Scenario::default(), "name,degree\nAda,4th\n");
    assert_eq!(
        bad.errors[0].to_string(),
        "Line 2, column degree: “4th” is not a connection degree (1st, 2nd or 3rd)"
    );
}

#[test]
fn what_a_file_does_not_say_takes_the_list_wide_defaults() {
    use firstmove::model::prospect::{Prospect, Relationship};
    use firstmove::model::prospect_list::run_with;
    // A CRM export: names, links and a degree, nothing about Open Profiles or seniority.
    let csv = "First Name,Last Name,LinkedIn URL,Connection Degree\nAda,L,https://www.linkedin.com/in/ada,2nd\nBo,B,https://www.linkedin.com/in/bo,1st\n";
    let plain = run(&Scenario::default(), csv);
    let mut defaults = Prospect::default();
    defaults.set_flag(Flag::OpenProfile, true);
    defaults.relationship = Relationship::Connected;
    let with = run_with(&Scenario::default(), csv, &defaults);
    let moves = |r: &firstmove::model::prospect_list::ListReport| {
        r.moves.iter().map(|m| m.first).collect::<Vec<_>>()
    };
    assert_eq!(moves(&plain), [Move::ConnectWithNote, Move::DirectMessage]);
    // Every row has an Open Profile now; a 2nd degree is not connected whatever the default.
    assert_eq!(moves(&with), [Move::OpenProfile, Move::DirectMessage]);
    // A cell the row does give wins over the default.
    let csv = "name,p_open\nCy,0\n";
    assert_eq!(
        moves(&run_with(&Scenario::default(), csv, &defaults)),
        [Move::DirectMessage]
    );
}

/// A list is read as it streams: pieces of any size read as the whole text does.
#[test]
fn a_list_read_in_pieces_reads_as_the_whole() {
    use firstmove::model::prospect::Prospect;
    use firstmove::model::prospect_list::{decide, Knowledge, ListReader};
    let csv = "\u{feff}name;p_rel;Title\n\"Turing; Alan\";cold;\"Chief\nScientist\"\nGrace;engaged;VP\n\nAda;warm;x\n";
    let s = Scenario::default();
    let whole = run(&s, csv);
    for size in [1, 2, 3, 5, 7, 64, 1024, 65_536] {
        let mut reader = ListReader::new(None);
        for piece in csv.as_bytes().chunks(size) {
            reader.push(piece);
        }
        assert_eq!(
            decide(
                &s,
                &reader.finish(),
                &Prospect::default(),
                Knowledge::default()
            ),
            whole,
            "{size}"
        );
    }
    assert_eq!(whole.moves.len(), 2);
    assert_eq!(whole.errors[0].line, 6);
}

/// A quote opened on row 3 of a million-row file is refused by its line within a megabyte:
/// the reader never holds the file, and stops asking for more.
#[test]
fn an_unclosed_quote_in_a_huge_list_stops_at_its_line() {
    use firstmove::model::prospect_list::ListReader;
    let mut reader = ListReader::new(None);
    reader.push(b"name,p_senior\nAda,1\n\"Bo,0\n");
    let row = "Row,0\n".repeat(10_000);
    let mut pushed = 0;
    while !reader.stopped() && pushed < 1_000_000 {
        reader.push(row.as_bytes());
        pushed += 10_000;
    }
    assert!(pushed < 300_000, "stopped after {pushed} rows");
    let list = reader.finish();
    assert_eq!(list.rows.len(), 1);
    assert_eq!(list.errors.last().unwrap().line, 3);
}

/// 973,000 rows: every one counted, a week's 5,000 decided.
#[test]
fn a_list_longer_than_a_week_is_counted_and_a_week_decided() {
    use firstmove::model::prospect::Prospect;
    use firstmove::model::prospect_list::{decide, Knowledge, ListReader};
    let mut reader = ListReader::new(None);
    reader.push(b"name\n");
    let rows = "Ada\n".repeat(1000);
    for _ in 0..973 {
        reader.push(rows.as_bytes());
    }
    let list = reader.finish();
    assert_eq!(list.rows_in_file, 973_000);
    assert_eq!(list.rows.len(), 5000);
    let report = decide(
        &Scenario::default(),
        &list,
        &Prospect::default(),
        Knowledge::default(),
    );
    let said = overflow(&report).unwrap().plain(Currency::USD);
    assert!(
        said.starts_with("This file has 973,000 rows; a week's list is at most 5,000"),
        "{said}"
    );
}

/// A file past 20 MB is refused by its size before a byte is read, or as it passes the bound;
/// an empty one is told so; a header of 10,000 columns lists 50 and counts the rest.
#[test]
fn bounds_a_rep_understands() {
    use firstmove::model::prospect_list::{read_text, ListReader, Refusal, COLUMNS_LISTED};
    let big = ListReader::new(Some(60 * 1024 * 1024)).finish();
    let why = big.refused.unwrap().to_string();
    assert!(why.contains("60 MB") && why.contains("20 MB"), "{why}");
    let mut growing = ListReader::new(None);
    let chunk = "name\n".repeat(200_000);
    for _ in 0..30 {
        growing.push(chunk.as_bytes());
    }
    assert!(matches!(
        growing.finish().refused,
        Some(Refusal::TooLarge(None))
    ));
    assert_eq!(read_text("").refused, Some(Refusal::Empty));
    assert_eq!(read_text("\n \n").refused, Some(Refusal::Empty));
    let wide: Vec<String> = (0..10_000).map(|i| format!("c{i}")).collect();
    let list = read_text(&format!("name,{}\nAda\n", wide.join(",")));
    assert_eq!(list.mapping.len(), COLUMNS_LISTED);
    assert_eq!(list.columns_unlisted, 10_001 - COLUMNS_LISTED);
}
