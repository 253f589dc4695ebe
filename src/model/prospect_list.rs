//! List mode: a CSV of prospects is one week's work. Rows are decided in list order and each
//! row sees what the rows before it left (invitations, personalized notes, InMail credits, Open
//! Profile messages), so the week never plans more than it allows. A malformed cell is
//! reported by line and column and its row skipped; the good rows are still processed.

use std::fmt;

use super::allowance::{Budget, Limit, Weekly};
use super::csv;
use super::prospect::{Flag, Prospect, Relationship};
use super::recommend::{first_move_within, Move, Rule};
use super::scenario::Scenario;
use super::text::shorten;

/// Longest echo of a cell in a message.
const ECHO: usize = 60;

fn shorten_cell(text: &str) -> String {
    shorten(text, ECHO)
}

/// Problems kept for the report; the rest are only counted.
pub const ERRORS_KEPT: usize = 100;

/// A column a list may have. The header may write the flags with or without `p_`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Relationship,
    Flag(Flag),
}

impl Column {
    /// Every column, in the template's order: the name, the relationship, then the
    /// questionnaire's flags in their own order.
    pub fn all() -> impl Iterator<Item = Column> {
        [Column::Name, Column::Relationship]
            .into_iter()
            .chain(Flag::ALL.into_iter().map(Column::Flag))
    }

    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Relationship => "p_rel",
            Column::Flag(f) => f.key(),
        }
    }

    fn from_header(header: &str) -> Option<Column> {
        let h = header.trim().to_ascii_lowercase();
        let key = if h == "name" || h.starts_with("p_") {
            h
        } else {
            format!("p_{h}")
        };
        Column::all().find(|c| c.key() == key)
    }
}

fn column_list() -> String {
    Column::all()
        .map(Column::key)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A CSV to start from: the header and three example prospects.
pub fn template() -> String {
    let example = |rel: Relationship, on: &[Flag]| {
        let mut p = Prospect::default();
        p.relationship = rel;
        for flag in Flag::ALL {
            p.set_flag(flag, on.contains(&flag));
        }
        p
    };
    let rows = [
        (
            "Ada Lovelace",
            example(
                Relationship::Cold,
                &[Flag::Senior, Flag::Mutual, Flag::Active, Flag::Personal],
            ),
        ),
        (
            "Grace Hopper",
            example(Relationship::Engaged, &[Flag::Active, Flag::Personal]),
        ),
        (
            "Turing, Alan",
            example(
                Relationship::Cold,
                &[
                    Flag::OpenProfile,
                    Flag::Active,
                    Flag::Personal,
                    Flag::Followups,
                ],
            ),
        ),
    ];
    let mut out = Column::all().map(Column::key).collect::<Vec<_>>().join(",");
    for (name, p) in rows {
        out.push('\n');
        let cells: Vec<String> = Column::all()
            .map(|c| match c {
                Column::Name => csv::quote(name).into_owned(),
                Column::Relationship => p.relationship.key().to_string(),
                Column::Flag(f) => if p.flag(f) { "1" } else { "0" }.to_string(),
            })
            .collect();
        out.push_str(&cells.join(","));
    }
    out.push('\n');
    out
}

/// Why a cell, a row or the whole list could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The header names none of the known columns: the file is refused whole.
    NoKnownColumn(String),
    UnknownColumn,
    NotRelationship(String),
    NotYesNo(String),
    ExtraCells,
    /// A row with values only in unknown columns.
    NothingKnown,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoKnownColumn(header) => write!(
                f,
                "the first line must name the columns; “{header}” names none of {}. Nothing was read.",
                column_list()
            ),
            Problem::UnknownColumn => {
                write!(f, "unknown column, ignored; expected {}", column_list())
            }
            Problem::NotRelationship(v) => write!(f, "“{v}” is not cold, engaged or connected"),
            Problem::NotYesNo(v) => write!(f, "“{v}” must be 1 or 0 (yes or no)"),
            Problem::ExtraCells => f.write_str("more cells than the header has columns"),
            Problem::NothingKnown => {
                f.write_str("no value in any known column; the row was skipped")
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// 1-based line of the CSV text.
    pub line: usize,
    /// The column as the header wrote it (or `#n`); empty for a problem of the whole row.
    pub column: String,
    pub problem: Problem,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "Line {}: {}", self.line, self.problem)
        } else {
            write!(
                f,
                "Line {}, column {}: {}",
                self.line, self.column, self.problem
            )
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowMove {
    pub line: usize,
    pub name: String,
    pub first: Move,
    pub rule: Rule,
}

/// How much of a weekly allowance the list uses, in sends.
#[derive(Clone, Debug, PartialEq)]
pub struct CapUse {
    pub limit: Limit,
    pub used: f64,
    /// What the week allowed when the list started; `None` means unlimited.
    pub available: Option<f64>,
}

impl CapUse {
    pub fn fits(&self) -> bool {
        self.available.is_none_or(|a| self.used <= a)
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListReport {
    /// Set when the list could not be read at all; nothing else is then.
    pub refused: Option<Problem>,
    pub moves: Vec<RowMove>,
    /// The first [`ERRORS_KEPT`] problems, in list order.
    pub errors: Vec<RowError>,
    /// How many problems there were in all (a huge broken file keeps only the first ones).
    pub error_count: usize,
    /// Count of each move, in [`Move::ALL`] order.
    pub totals: Vec<(Move, usize)>,
    pub caps: Vec<CapUse>,
}

impl ListReport {
    /// Counts a problem, keeping the first ones.
    fn note(&mut self, error: RowError) {
        self.error_count += 1;
        if self.errors.len() < ERRORS_KEPT {
            self.errors.push(error);
        }
    }
}

/// What [`run`] reads of a scenario besides the list: the plan and the week's budget (cap,
/// credits, reply rate and the counts left), never the questionnaire's yes/no answers. The
/// page reruns a list only when this or the list changes.
pub fn list_inputs(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (s.plan, s.reply, Budget::for_week(s))
}

/// Reads a CSV of prospects and plans the week: a move per row, in list order, each row
/// spending what it uses. A column the list leaves out takes the link format's default for
/// that answer.
pub fn run(s: &Scenario, text: &str) -> ListReport {
    let start = Budget::for_week(s);
    let mut report = ListReport::default();
    let mut records = csv::records(text, csv::detect_delimiter(text))
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    if let Some((header_line, header)) = records.next() {
        let columns: Vec<Option<Column>> = header.iter().map(|h| Column::from_header(h)).collect();
        if columns.iter().all(Option::is_none) {
            let shown: Vec<&str> = header.iter().map(|h| h.trim()).collect();
            report.refused = Some(Problem::NoKnownColumn(shorten_cell(&shown.join(", "))));
        } else {
            for (i, (h, c)) in header.iter().zip(&columns).enumerate() {
                if c.is_none() {
                    report.note(RowError {
                        line: header_line,
                        column: column_name(h, i),
                        problem: Problem::UnknownColumn,
                    });
                }
            }
            let mut budget = start;
            let mut scenario = s.clone();
            for (line, cells) in records {
                match read_row(&header, &columns, line, &cells) {
                    Ok((name, prospect)) => {
                        scenario.prospect = prospect;
                        let (rule, first) = first_move_within(&scenario, &budget);
                        spend(&mut budget, first);
                        report.moves.push(RowMove {
                            line,
                            name,
                            first,
                            rule,
                        });
                    }
                    Err(errors) => errors.into_iter().for_each(|e| report.note(e)),
                }
            }
        }
    }
    report.totals = Move::ALL
        .iter()
        .map(|&m| (m, report.moves.iter().filter(|r| r.first == m).count()))
        .collect();
    report.caps = caps(s, &start, &report.moves);
    report
}

/// One row's name and answers, or every problem in it.
fn read_row(
    header: &[std::borrow::Cow<'_, str>],
    columns: &[Option<Column>],
    line: usize,
    cells: &[std::borrow::Cow<'_, str>],
) -> Result<(String, Prospect), Vec<RowError>> {
    let mut prospect = Prospect::default();
    let mut name = String::new();
    let mut errors = Vec::new();
    let mut known = false;
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.trim();
        let Some(column) = columns.get(i) else {
            if !cell.is_empty() {
                errors.push(RowError {
                    line,
                    column: format!("#{}", i + 1),
                    problem: Problem::ExtraCells,
                });
            }
            continue;
        };
        let Some(column) = column else { continue };
        if cell.is_empty() {
            continue;
        }
        known = true;
        let read = match column {
            Column::Name => {
                name = cell.to_string();
                Ok(())
            }
            Column::Relationship => Relationship::from_key(&cell.to_ascii_lowercase())
                .map(|r| prospect.relationship = r)
                .ok_or_else(|| Problem::NotRelationship(shorten_cell(cell))),
            Column::Flag(flag) => yes_no(cell).map(|on| prospect.set_flag(*flag, on)),
        };
        if let Err(problem) = read {
            errors.push(RowError {
                line,
                column: column_name(&header[i], i),
                problem,
            });
        }
    }
    if !known && errors.is_empty() {
        errors.push(RowError {
            line,
            column: String::new(),
            problem: Problem::NothingKnown,
        });
    }
    if errors.is_empty() {
        Ok((name, prospect))
    } else {
        Err(errors)
    }
}

/// Takes a row's move out of what is left of the week.
fn spend(budget: &mut Budget, m: Move) {
    match m {
        Move::Connect => budget.invitations -= 1.0,
        Move::ConnectWithNote => {
            budget.invitations -= 1.0;
            if let Some(n) = &mut budget.notes {
                *n -= 1.0;
            }
        }
        Move::Inmail => budget.inmails -= 1.0,
        Move::OpenProfile => budget.open_profile -= 1.0,
        Move::DirectMessage | Move::Wait => {}
    }
}

/// The week's use of each allowance against what it started with.
fn caps(s: &Scenario, start: &Budget, moves: &[RowMove]) -> Vec<CapUse> {
    let count = |pred: fn(Move) -> bool| moves.iter().filter(|r| pred(r.first)).count() as f64;
    let week = Weekly::of(s);
    // What the week allows, as sequences show it: the rep's own counts left, within the week's
    // allowances, before rounding to the whole sends the rows are decided by.
    let given = Budget::for_prospect(s);
    vec![
        CapUse {
            limit: Limit::Invitations,
            used: count(Move::is_request),
            available: Some(given.invitations.min(week.invitations)),
        },
        CapUse {
            limit: Limit::Notes,
            used: count(|m| m == Move::ConnectWithNote),
            available: start.notes,
        },
        CapUse {
            limit: Limit::Credits,
            used: week.net_credits(count(|m| m == Move::Inmail)),
            available: Some(week.net_credits(given.inmails.min(week.inmail_sends()))),
        },
        CapUse {
            limit: Limit::OpenProfile,
            used: count(|m| m == Move::OpenProfile),
            available: Some(given.open_profile),
        },
    ]
}

fn yes_no(v: &str) -> Result<bool, Problem> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "yes" | "y" | "true" => Ok(true),
        "0" | "no" | "n" | "false" => Ok(false),
        _ => Err(Problem::NotYesNo(shorten_cell(v))),
    }
}

fn column_name(header: &str, index: usize) -> String {
    if header.trim().is_empty() {
        format!("#{}", index + 1)
    } else {
        shorten_cell(header.trim())
    }
}

/// The moves as a CSV to download: the input's line, name, move and the rule in words.
pub fn moves_csv(report: &ListReport) -> String {
    let mut out = String::from("line,name,first_move,rule\n");
    for r in &report.moves {
        out.push_str(&format!(
            "{},{},{},{}\n",
            r.line,
            csv::quote(&r.name),
            r.first.key(),
            csv::quote(r.rule.title())
        ));
    }
    out
}
