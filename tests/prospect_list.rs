//! List mode: CSV in, a move per row, totals against caps, broken rows reported by line and
//! column while the good rows go through.

use firstmove::model::prospect_list::{moves_csv, run, template};
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
            ("Grace Hopper", Move::DirectMessage),
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
            "Line 3, column p_rel: “warm” is not cold, engaged or connected",
            "Line 4, column p_senior: “maybe” must be 1 or 0 (yes or no)",
        ]
    );
    let lines: Vec<_> = r.moves.iter().map(|m| m.line).collect();
    assert_eq!(lines, [2, 6]);
}

#[test]
fn quoted_cells_unknown_columns_and_extra_cells() {
    let csv = "name,colour,p_open\r\n\"Smith, \"\"Jo\"\"\",blue,1\r\nX,red,0,extra\r\n";
    let r = run(&Scenario::default(), csv);
    assert_eq!(r.moves.len(), 1);
    assert_eq!(r.moves[0].name, "Smith, \"Jo\"");
    assert_eq!(r.errors.len(), 2);
    assert_eq!(r.errors[0].column, "colour");
    assert_eq!((r.errors[1].line, r.errors[1].column.as_str()), (3, "#4"));
}

#[test]
fn totals_check_the_caps() {
    let mut csv = String::from("name,p_senior\n");
    for i in 0..120 {
        csv.push_str(&format!("p{i},0\n"));
    }
    csv.push_str("boss,1\n");
    let r = run(&Scenario::default(), &csv);
    let total = |m: Move| r.totals.iter().find(|(x, _)| *x == m).unwrap().1;
    assert_eq!(total(Move::ConnectWithNote), 120);
    assert_eq!(total(Move::Inmail), 1);
    assert!(!r.caps[0].fits(), "120 invitations break a cap of 100");
    assert!(r.caps[1].fits(), "premium notes are unlimited");
    assert!(r.caps[2].fits());
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
        "line,name,first_move,rule\n2,\"a,b\",connect_with_note,8\n"
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
    assert_eq!(r.moves.len(), 5003);
    assert!(r.errors.is_empty());
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
    // An unterminated quote takes the rest of the text as one cell.
    assert_eq!(
        (r.moves[2].line, r.moves[2].name.as_str()),
        (6, "unterminated,1")
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
