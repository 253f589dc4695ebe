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

/// A column a list may have: the template's own (the flags with or without `p_`), or the
/// headers that CRM and prospecting exports write, case, spaces and underscores ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Relationship,
    Flag(Flag),
    FirstName,
    LastName,
    /// A LinkedIn or Sales Navigator profile link.
    Link,
    /// `1st` is a connection; `2nd`, `3rd` and beyond are not.
    Degree,
    /// A column the decision does not read (company, title, email, anything else): kept and
    /// written back with the results.
    Kept,
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
            Column::FirstName => "first_name",
            Column::LastName => "last_name",
            Column::Link => "linkedin_url",
            Column::Degree => "degree",
            Column::Kept => "",
        }
    }

    /// What a header is read as; a header no rule knows is kept.
    pub fn from_header(header: &str) -> Column {
        let h: String = header
            .trim()
            .trim_start_matches('\u{feff}')
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match h.as_str() {
            "name" | "fullname" | "contactname" | "prospectname" => Column::Name,
            "firstname" | "givenname" => Column::FirstName,
            "lastname" | "surname" | "familyname" => Column::LastName,
            "linkedinurl" | "linkedinprofileurl" | "linkedinprofile" | "linkedin"
            | "profileurl" | "salesnavigatorurl" | "salesnavurl" | "url" => Column::Link,
            "degree" | "connectiondegree" => Column::Degree,
            "openprofile" | "isopenprofile" => Column::Flag(Flag::OpenProfile),
            "prel" | "rel" | "relationship" => Column::Relationship,
            // The questionnaire's flags, with or without `p_`: `p_senior`, `senior`.
            _ => Flag::ALL
                .into_iter()
                .find(|f| {
                    let key: String = f
                        .key()
                        .chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect();
                    key == h || key.strip_prefix('p') == Some(h.as_str())
                })
                .map_or(Column::Kept, Column::Flag),
        }
    }

    /// What the column was read as, in a rep's words.
    pub fn words(self) -> &'static str {
        match self {
            Column::Name => "the name",
            Column::Relationship => "the relationship",
            Column::Flag(f) => f.question(),
            Column::FirstName => "the first name",
            Column::LastName => "the last name",
            Column::Link => "the profile link",
            Column::Degree => "the connection degree (1st is a connection)",
            Column::Kept => "kept as it is, written back with the results",
        }
    }

    /// Whether the decision reads it (a file needs at least one such column).
    fn usable(self) -> bool {
        self != Column::Kept
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
                _ => String::new(),
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
    NotRelationship(String),
    NotDegree(String),
    NotYesNo(String),
    ExtraCells,
    /// A row with values only in columns the decision does not read.
    NothingKnown,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoKnownColumn(header) => write!(
                f,
                "the first line must name the columns; “{header}” names none of {}, nor a name, first and last name, profile link, connection degree or Open Profile column. Nothing was read.",
                column_list()
            ),
            Problem::NotRelationship(v) => write!(f, "“{v}” is not cold, engaged or connected"),
            Problem::NotDegree(v) => write!(f, "“{v}” is not a connection degree (1st, 2nd or 3rd)"),
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
    /// The profile link, when the file has one.
    pub link: String,
    /// The cells of the kept columns, in the file's order.
    pub kept: Vec<String>,
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
    /// Each header and what it was read as, shown before the decisions.
    pub mapping: Vec<(String, Column)>,
    /// The headers of the kept columns, for the results file.
    pub kept_headers: Vec<String>,
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
    run_with(s, text, &Prospect::default())
}

/// [`run`], where an answer a row does not give (no column for it, or an empty cell) takes
/// the list-wide default the rep set above the list.
pub fn run_with(s: &Scenario, text: &str, defaults: &Prospect) -> ListReport {
    let start = Budget::for_week(s);
    let mut report = ListReport::default();
    let mut records = csv::records(text, csv::detect_delimiter(text))
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    if let Some((_, header)) = records.next() {
        let columns: Vec<Column> = header.iter().map(|h| Column::from_header(h)).collect();
        report.mapping = header
            .iter()
            .zip(&columns)
            .enumerate()
            .map(|(i, (h, c))| (column_name(h, i), *c))
            .collect();
        report.kept_headers = report
            .mapping
            .iter()
            .filter(|(_, c)| *c == Column::Kept)
            .map(|(h, _)| h.clone())
            .collect();
        if !columns.iter().any(|c| c.usable()) {
            let shown: Vec<&str> = header.iter().map(|h| h.trim()).collect();
            report.refused = Some(Problem::NoKnownColumn(shorten_cell(&shown.join(", "))));
        } else {
            let mut budget = start;
            let mut scenario = s.clone();
            for (line, cells) in records {
                match read_row(&header, &columns, line, &cells, defaults) {
                    Ok(row) => {
                        scenario.prospect = row.prospect;
                        let (rule, first) = first_move_within(&scenario, &budget);
                        spend(&mut budget, first);
                        report.moves.push(RowMove {
                            line,
                            name: row.name,
                            link: row.link,
                            kept: row.kept,
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

/// One row as read: who, the kept cells, and the answers.
struct Row {
    name: String,
    link: String,
    kept: Vec<String>,
    prospect: Prospect,
}

/// One row's name and answers, or every problem in it.
fn read_row(
    header: &[std::borrow::Cow<'_, str>],
    columns: &[Column],
    line: usize,
    cells: &[std::borrow::Cow<'_, str>],
    defaults: &Prospect,
) -> Result<Row, Vec<RowError>> {
    let mut row = Row {
        name: String::new(),
        link: String::new(),
        kept: vec![String::new(); columns.iter().filter(|c| **c == Column::Kept).count()],
        prospect: defaults.clone(),
    };
    let (mut first, mut last) = (String::new(), String::new());
    let mut errors = Vec::new();
    let mut known = false;
    let mut kept_at = 0;
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
        if *column == Column::Kept {
            row.kept[kept_at] = cell.to_string();
            kept_at += 1;
            continue;
        }
        if cell.is_empty() {
            continue;
        }
        known = true;
        let read = match column {
            Column::Name => {
                row.name = cell.to_string();
                Ok(())
            }
            Column::FirstName => {
                first = cell.to_string();
                Ok(())
            }
            Column::LastName => {
                last = cell.to_string();
                Ok(())
            }
            Column::Link => {
                row.link = cell.to_string();
                Ok(())
            }
            Column::Relationship => Relationship::from_key(&cell.to_ascii_lowercase())
                .map(|r| row.prospect.relationship = r)
                .ok_or_else(|| Problem::NotRelationship(shorten_cell(cell))),
            Column::Degree => degree(cell).map(|connected| {
                if connected {
                    row.prospect.relationship = Relationship::Connected;
                } else if row.prospect.relationship == Relationship::Connected {
                    // A 2nd or 3rd degree is not connected, whatever the list-wide default.
                    row.prospect.relationship = Relationship::Cold;
                }
            }),
            Column::Flag(flag) => yes_no(cell).map(|on| row.prospect.set_flag(*flag, on)),
            Column::Kept => Ok(()),
        };
        if let Err(problem) = read {
            errors.push(RowError {
                line,
                column: column_name(&header[i], i),
                problem,
            });
        }
    }
    if row.name.is_empty() {
        row.name = format!("{first} {last}").trim().to_string();
    }
    if !known && errors.is_empty() {
        errors.push(RowError {
            line,
            column: String::new(),
            problem: Problem::NothingKnown,
        });
    }
    if errors.is_empty() {
        Ok(row)
    } else {
        Err(errors)
    }
}

/// Whether a connection degree is a connection: `1st` is; `2nd`, `3rd`, `3rd+` and "out of
/// network" are not.
fn degree(v: &str) -> Result<bool, Problem> {
    let d: String = v
        .to_ascii_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    match d.as_str() {
        "1" | "1st" | "first" => Ok(true),
        "2" | "2nd" | "second" | "3" | "3rd" | "third" | "outofnetwork" | "none" => Ok(false),
        _ => Err(Problem::NotDegree(shorten_cell(v))),
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

/// The moves as a CSV to download: the input's line, name, profile link, move and the rule in
/// words, then every column the list had that the decision did not read.
pub fn moves_csv(report: &ListReport) -> String {
    let mut header = vec!["line", "name", "link", "first_move", "rule"]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    header.extend(
        report
            .kept_headers
            .iter()
            .map(|h| csv::quote(h).into_owned()),
    );
    let mut out = header.join(",");
    out.push('\n');
    for r in &report.moves {
        let mut cells = vec![
            r.line.to_string(),
            csv::quote(&r.name).into_owned(),
            csv::quote(&r.link).into_owned(),
            r.first.key().to_string(),
            csv::quote(r.rule.title()).into_owned(),
        ];
        cells.extend(r.kept.iter().map(|k| csv::quote(k).into_owned()));
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
