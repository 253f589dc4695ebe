//! List mode: a CSV of prospects is one week's work. Rows are decided in list order and each
//! row sees what the rows before it left (invitations, personalized notes, InMail credits, Open
//! Profile messages), so the week never plans more than it allows. A malformed cell is
//! reported by line and column and its row skipped; the good rows are still processed.
//!
//! A list is read as it streams in ([`ListReader`]), with bounds a rep understands: at most
//! 20 MB, at most a week's 5,000 rows decided (the rest counted and named), an unclosed quote
//! found by its line within a megabyte. Reading ([`ParsedList`]) is apart from deciding
//! ([`decide`]), so an edit of the plan decides the rows again without reading the file again.
//!
//! This module holds the list's columns, its refusals and the deciding against the week's
//! budget; `reading.rs` turns the CSV into rows, `moves_csv.rs` writes the moves back out.

use std::borrow::Cow;
use std::fmt;

use super::allowance::{Budget, Limit, Weekly};
use super::csv;
use super::csv_stream::{Framing, RecordStream, Stop};
use super::fields::Field;
use super::job_title::names_c_suite;
use super::network::{Known, Network, PENDING_RULE_DAYS};
use super::prospect::{Flag, Prospect, Relationship};
use super::recommend::{first_move_within, Move, Rule};
use super::scenario::Scenario;
use super::text::shorten;
use super::words::capitalized;

/// Longest echo of a cell in a message.
mod moves_csv;
mod reading;

pub use moves_csv::moves_csv;
pub use reading::{read_text, ListReader, ParsedList, ParsedRow};

const ECHO: usize = 60;

fn shorten_cell(text: &str) -> String {
    shorten(text, ECHO)
}

/// Problems kept for the report; the rest are only counted.
pub const ERRORS_KEPT: usize = 100;
/// Most bytes a list may hold: a week's 5,000 rows of a CRM export with a hundred columns are
/// well under it; a file past it is refused by its size before a byte is read.
pub const MAX_LIST_BYTES: u64 = 20 * 1024 * 1024;
/// Columns listed in "how the columns were read"; a file with more has the rest counted.
pub const COLUMNS_LISTED: usize = 50;

/// Most rows decided: a week's list, the `list` field's range (5,000).
pub fn rows_decided_max() -> usize {
    Field::List.spec().rule.max as usize
}

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
    /// A job title (`Title`, `Job Title`, `Position`): marks the C-suite where it names it, and
    /// is written back with the results.
    Title,
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
            Column::Title => "title",
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
            "title" | "jobtitle" | "position" => Column::Title,
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
            Column::Title => "the job title: a chief officer, founder, president or owner is C-suite; written back with the results",
            Column::Kept => "kept as it is, written back with the results",
        }
    }

    /// Whether the decision reads it (a file needs at least one such column; a title alone
    /// names nobody).
    fn usable(self) -> bool {
        !self.is_kept()
    }

    /// Whether its cells are written back with the results as they were.
    fn is_kept(self) -> bool {
        matches!(self, Column::Kept | Column::Title)
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
pub enum Refusal {
    /// The header names none of the known columns: the file is refused whole.
    NoKnownColumn(String),
    /// The file or the pasted text holds nothing.
    Empty,
    /// The file is past [`MAX_LIST_BYTES`] (its size in bytes, where known before reading).
    TooLarge(Option<u64>),
    /// Reading stopped here: a quote never closed, a line with no end, bytes that are not
    /// text. The rows before it are decided.
    Stopped(Framing),
    NotRelationship(String),
    NotDegree(String),
    NotYesNo(String),
    ExtraCells,
    /// A row with values only in columns the decision does not read.
    NothingKnown,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NoKnownColumn(header) => write!(
                f,
                "the first line must name the columns; “{header}” names none of {}, nor a name, first and last name, profile link, connection degree or Open Profile column. Nothing was read.",
                column_list()
            ),
            Refusal::Empty => f.write_str("it is empty: there is no header and no row to read"),
            Refusal::TooLarge(size) => {
                let mb = |b: u64| b.div_ceil(1024 * 1024);
                match size {
                    Some(size) => write!(f, "it is {} MB", mb(*size))?,
                    None => f.write_str("it runs on")?,
                }
                write!(
                    f,
                    ", past the {} MB a list may be (a week's {} prospects fit in far less): split it, or export fewer columns",
                    mb(MAX_LIST_BYTES),
                    super::words::grouped(rows_decided_max() as f64, 0, false)
                )
            }
            Refusal::Stopped(framing) => write!(f, "{framing}; reading stopped there"),
            Refusal::NotRelationship(v) => write!(f, "“{v}” is not cold, engaged or connected"),
            Refusal::NotDegree(v) => write!(f, "“{v}” is not a connection degree (1st, 2nd or 3rd)"),
            Refusal::NotYesNo(v) => write!(f, "“{v}” must be 1 or 0 (yes or no)"),
            Refusal::ExtraCells => f.write_str("more cells than the header has columns"),
            Refusal::NothingKnown => {
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
    pub problem: Refusal,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", capitalized(&self.problem.to_string()))
        } else if self.column.is_empty() {
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
    /// What the rep's LinkedIn export says of the row's profile, where it was looked up.
    pub known: Option<Known>,
    /// Whether the row's job title made it C-suite.
    pub titled: bool,
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
    pub refused: Option<Refusal>,
    /// Each header and what it was read as, shown before the decisions: the first
    /// [`COLUMNS_LISTED`].
    pub mapping: Vec<(String, Column)>,
    /// Columns past those listed (all kept).
    pub columns_unlisted: usize,
    /// Rows of the file with something in them, decided or not.
    pub rows_in_file: usize,
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
    /// Whether the rep's export was looked up (read in this tab), and whether the list has a
    /// title column read for the C-suite: the results file gains a column for each.
    pub network_used: bool,
    pub titles_read: bool,
}

/// What a list is decided with besides its own cells: the rep's network from their LinkedIn
/// export read in the same tab, and whether job titles mark the C-suite (the rep can turn it
/// off).
#[derive(Clone, Copy, Debug)]
pub struct Knowledge<'a> {
    pub network: Option<&'a Network>,
    pub titles: bool,
}

impl Default for Knowledge<'_> {
    /// No export read; titles read, as the page starts.
    fn default() -> Self {
        Knowledge {
            network: None,
            titles: true,
        }
    }
}

impl ListReport {
    /// Lines whose job title made them C-suite.
    pub fn titled_lines(&self) -> Vec<usize> {
        self.moves
            .iter()
            .filter(|m| m.titled)
            .map(|m| m.line)
            .collect()
    }

    /// Rows the export decided: connections and pending invitations.
    pub fn known_count(&self) -> usize {
        self.moves.iter().filter(|m| m.known.is_some()).count()
    }
}

/// What [`decide`] reads of a scenario besides the list: the plan, the week's budget (cap,
/// credits, reply rate), the week's allowances (the InMails the credits sustain, which the
/// reply delay can lower) and the counts the rep has left, which bound what the caps table
/// says is available; never the questionnaire's yes/no answers. The page decides a list again only
/// when this or the list changes (`tests/memo_keys.rs` holds it to what `decide` reads).
pub fn list_inputs(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (
        s.plan,
        s.reply,
        Budget::for_week(s),
        Budget::for_prospect(s),
        Weekly::of(s),
    )
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
    decide(s, &read_text(text), defaults, Knowledge::default())
}

/// Decides a list's rows in order, each spending what it uses of the week. Where the export
/// knows a row's profile it decides: a connection gets a direct message; an invitation pending
/// two weeks or more follows the rule for pending requests, a younger one waits.
pub fn decide(
    s: &Scenario,
    list: &ParsedList,
    defaults: &Prospect,
    knowledge: Knowledge,
) -> ListReport {
    let start = Budget::for_week(s);
    let mut report = ListReport {
        refused: list.refused.clone(),
        mapping: list.mapping.clone(),
        columns_unlisted: list.columns_unlisted,
        rows_in_file: list.rows_in_file,
        kept_headers: list.kept_headers.clone(),
        errors: list.errors.clone(),
        error_count: list.error_count,
        network_used: knowledge.network.is_some(),
        titles_read: knowledge.titles && list.mapping.iter().any(|(_, c)| *c == Column::Title),
        ..ListReport::default()
    };
    if report.refused.is_none() {
        let mut budget = start;
        let mut scenario = s.clone();
        for row in &list.rows {
            let mut p = row.prospect(defaults);
            let titled = knowledge.titles
                && !p.flag(Flag::Senior)
                && !row.gives(Flag::Senior)
                && names_c_suite(&row.title);
            if titled {
                p.set_flag(Flag::Senior, true);
            }
            let known = knowledge.network.and_then(|n| n.lookup(&row.link));
            match known {
                Some(Known::Connection) => p.relationship = Relationship::Connected,
                Some(Known::Pending { days }) if days >= PENDING_RULE_DAYS => {
                    p.set_flag(Flag::Pending, true);
                }
                _ => {}
            }
            scenario.prospect = p;
            let (rule, first) = match known {
                Some(Known::Pending { days }) if days < PENDING_RULE_DAYS => {
                    (Rule::PendingRecent, Move::Wait)
                }
                _ => first_move_within(&scenario, &budget),
            };
            spend(&mut budget, first);
            report.moves.push(RowMove {
                line: row.line,
                name: row.name.clone(),
                link: row.link.clone(),
                kept: row.kept.clone(),
                first,
                rule,
                known,
                titled,
            });
        }
    }
    report.totals = Move::ALL
        .iter()
        .map(|&m| (m, report.moves.iter().filter(|r| r.first == m).count()))
        .collect();
    report.caps = caps(s, &start, &report.moves);
    report
}

/// Where a file has more rows than a week's list: how many, and how many were decided.
pub fn overflow(report: &ListReport) -> Option<super::words::Sentence> {
    use super::words::{Num, Sentence, ROW};
    let max = rows_decided_max();
    (report.rows_in_file > max).then(|| {
        Sentence::new()
            .text("This file has ")
            .counted(Num::Whole(report.rows_in_file as f64), ROW)
            .text("; a week's list is at most ")
            .num(Num::Whole(max as f64))
            .text(": the first ")
            .num(Num::Whole(max as f64))
            .text(" that read were decided, the rest left for another week.")
    })
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
