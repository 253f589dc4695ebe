//! List mode: a CSV of prospects is one week's work. Rows are decided in list order and each
//! row sees what the rows before it left (invitations, personalized notes, InMail credits, Open
//! Profile messages), so the week never plans more than it allows. A malformed cell is
//! reported by line and column and its row skipped; the good rows are still processed.
//!
//! A list is read as it streams in ([`ListReader`]), with bounds a rep understands: at most
//! 20 MB, at most a week's 5,000 rows decided (the rest counted and named), an unclosed quote
//! found by its line within a megabyte. Reading ([`ParsedList`]) is apart from deciding
//! ([`decide`]), so an edit of the plan decides the rows again without reading the file again.

use std::borrow::Cow;
use std::fmt;

use super::allowance::{Budget, Limit, Weekly};
use super::csv;
use super::csv_stream::{Framing, RecordStream, Stop};
use super::fields::Field;
use super::prospect::{Flag, Prospect, Relationship};
use super::recommend::{first_move_within, Move, Rule};
use super::scenario::Scenario;
use super::text::shorten;
use super::words::capitalized;

/// Longest echo of a cell in a message.
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
}

/// What [`decide`] reads of a scenario besides the list: the plan and the week's budget (cap,
/// credits, reply rate and the counts left), never the questionnaire's yes/no answers. The
/// page decides a list again only when this or the list changes.
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
    decide(s, &read_text(text), defaults)
}

/// A list as read: its columns, its rows (at most a week's), and what went wrong.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ParsedList {
    pub refused: Option<Refusal>,
    pub mapping: Vec<(String, Column)>,
    pub columns_unlisted: usize,
    pub kept_headers: Vec<String>,
    /// The first [`rows_decided_max`] rows that read.
    pub rows: Vec<ParsedRow>,
    pub rows_in_file: usize,
    pub errors: Vec<RowError>,
    pub error_count: usize,
}

impl ParsedList {
    /// Counts a problem, keeping the first ones.
    fn note(&mut self, error: RowError) {
        self.error_count += 1;
        if self.errors.len() < ERRORS_KEPT {
            self.errors.push(error);
        }
    }
}

/// A row as read: who, the kept cells, and the answers its cells gave (the list-wide defaults
/// fill the rest when it is decided).
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedRow {
    pub line: usize,
    pub name: String,
    pub link: String,
    pub kept: Vec<String>,
    relationship: Option<Relationship>,
    /// A connection degree: `Some(true)` for 1st.
    connected: Option<bool>,
    flags: Vec<(Flag, bool)>,
}

impl ParsedRow {
    /// The row's prospect: its own answers over the list-wide defaults. A 2nd or 3rd degree
    /// is never connected, whatever the default.
    fn prospect(&self, defaults: &Prospect) -> Prospect {
        let mut p = defaults.clone();
        if let Some(r) = self.relationship {
            p.relationship = r;
        }
        match self.connected {
            Some(true) => p.relationship = Relationship::Connected,
            Some(false) if p.relationship == Relationship::Connected => {
                p.relationship = Relationship::Cold;
            }
            _ => {}
        }
        for &(flag, on) in &self.flags {
            p.set_flag(flag, on);
        }
        p
    }
}

/// Reads a list as it arrives, piece by piece (a file the browser streams, or pasted text cut
/// into slices), within the bounds of [`MAX_LIST_BYTES`] and a week's rows.
#[derive(Debug)]
pub struct ListReader {
    stream: RecordStream,
    header: Option<(Vec<String>, Vec<Column>)>,
    list: ParsedList,
    /// Reading stopped (a bound, an unclosed quote): later pieces are ignored.
    stopped: bool,
}

impl Default for ListReader {
    fn default() -> Self {
        ListReader {
            stream: RecordStream::new(None),
            header: None,
            list: ParsedList::default(),
            stopped: false,
        }
    }
}

impl ListReader {
    /// A reader for a file of `size` bytes, if known: one past the bound is refused at once.
    pub fn new(size: Option<u64>) -> ListReader {
        let mut reader = ListReader::default();
        if let Some(size) = size.filter(|s| *s > MAX_LIST_BYTES) {
            reader.refuse(Refusal::TooLarge(Some(size)));
        }
        reader
    }

    /// Whether reading has stopped: nothing more is needed.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    fn refuse(&mut self, problem: Refusal) {
        self.list.refused = Some(problem);
        self.stopped = true;
    }

    /// Reads the next piece.
    pub fn push(&mut self, piece: &[u8]) {
        if self.stopped {
            return;
        }
        if self.stream.bytes() + piece.len() as u64 > MAX_LIST_BYTES {
            self.refuse(Refusal::TooLarge(None));
            return;
        }
        let (header, list) = (&mut self.header, &mut self.list);
        let result = self.stream.push(piece, &mut |line, cells| {
            take_record(header, list, line, cells)
        });
        self.stop_on(result);
    }

    /// Ends the list: its last record is read.
    pub fn finish(mut self) -> ParsedList {
        if !self.stopped {
            let (header, list) = (&mut self.header, &mut self.list);
            let result = self
                .stream
                .finish(&mut |line, cells| take_record(header, list, line, cells));
            self.stop_on(result);
        }
        if self.header.is_none() && self.list.refused.is_none() && self.list.error_count == 0 {
            self.list.refused = Some(Refusal::Empty);
        }
        self.list
    }

    /// A stop of the stream: the header's refusal refuses the list; a framing stop is an error
    /// at its line, the rows before it kept.
    fn stop_on(&mut self, result: Result<(), Stop<Refusal>>) {
        match result {
            Ok(()) => {}
            Err(Stop::Record(problem)) => self.refuse(problem),
            Err(Stop::Framing(framing)) => {
                let line = match framing {
                    Framing::UnclosedQuote(line) | Framing::LongLine(line) => line,
                    Framing::NotUtf8(_) | Framing::CutCharacter => 0,
                };
                if self.header.is_none() {
                    self.refuse(Refusal::Stopped(framing));
                } else {
                    self.list.note(RowError {
                        line,
                        column: String::new(),
                        problem: Refusal::Stopped(framing),
                    });
                    self.stopped = true;
                }
            }
        }
    }
}

/// Reads pasted text by the same rules as a file: in pieces, within the same bounds.
pub fn read_text(text: &str) -> ParsedList {
    let mut reader = ListReader::new(Some(text.len() as u64));
    for piece in text.as_bytes().chunks(64 * 1024) {
        if reader.stopped() {
            break;
        }
        reader.push(piece);
    }
    reader.finish()
}

/// One record of the list: the header first, then a row (or, past a week's rows, a count).
fn take_record(
    header: &mut Option<(Vec<String>, Vec<Column>)>,
    list: &mut ParsedList,
    line: usize,
    cells: Vec<Cow<'_, str>>,
) -> Result<(), Refusal> {
    if !cells.iter().any(|c| !c.trim().is_empty()) {
        return Ok(());
    }
    let Some((names, columns)) = header else {
        let columns: Vec<Column> = cells.iter().map(|h| Column::from_header(h)).collect();
        let names: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, h)| column_name(h, i))
            .collect();
        list.mapping = names
            .iter()
            .zip(&columns)
            .take(COLUMNS_LISTED)
            .map(|(h, c)| (h.clone(), *c))
            .collect();
        list.columns_unlisted = names.len().saturating_sub(COLUMNS_LISTED);
        list.kept_headers = names
            .iter()
            .zip(&columns)
            .filter(|(_, c)| **c == Column::Kept)
            .map(|(h, _)| h.clone())
            .collect();
        if !columns.iter().any(|c| c.usable()) {
            let shown: Vec<&str> = cells
                .iter()
                .take(COLUMNS_LISTED)
                .map(|h| h.trim())
                .collect();
            return Err(Refusal::NoKnownColumn(shorten_cell(&shown.join(", "))));
        }
        *header = Some((names, columns));
        return Ok(());
    };
    list.rows_in_file += 1;
    if list.rows.len() >= rows_decided_max() {
        return Ok(());
    }
    match read_row(names, columns, line, &cells) {
        Ok(row) => list.rows.push(row),
        Err(errors) => errors.into_iter().for_each(|e| list.note(e)),
    }
    Ok(())
}

/// Decides a list's rows in order, each spending what it uses of the week.
pub fn decide(s: &Scenario, list: &ParsedList, defaults: &Prospect) -> ListReport {
    let start = Budget::for_week(s);
    let mut report = ListReport {
        refused: list.refused.clone(),
        mapping: list.mapping.clone(),
        columns_unlisted: list.columns_unlisted,
        rows_in_file: list.rows_in_file,
        kept_headers: list.kept_headers.clone(),
        errors: list.errors.clone(),
        error_count: list.error_count,
        ..ListReport::default()
    };
    if report.refused.is_none() {
        let mut budget = start;
        let mut scenario = s.clone();
        for row in &list.rows {
            scenario.prospect = row.prospect(defaults);
            let (rule, first) = first_move_within(&scenario, &budget);
            spend(&mut budget, first);
            report.moves.push(RowMove {
                line: row.line,
                name: row.name.clone(),
                link: row.link.clone(),
                kept: row.kept.clone(),
                first,
                rule,
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

/// One row's name and answers, or every problem in it.
fn read_row(
    header: &[String],
    columns: &[Column],
    line: usize,
    cells: &[Cow<'_, str>],
) -> Result<ParsedRow, Vec<RowError>> {
    let mut row = ParsedRow {
        line,
        name: String::new(),
        link: String::new(),
        kept: vec![String::new(); columns.iter().filter(|c| **c == Column::Kept).count()],
        relationship: None,
        connected: None,
        flags: Vec::new(),
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
                    problem: Refusal::ExtraCells,
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
                .map(|r| row.relationship = Some(r))
                .ok_or_else(|| Refusal::NotRelationship(shorten_cell(cell))),
            Column::Degree => degree(cell).map(|connected| row.connected = Some(connected)),
            Column::Flag(flag) => yes_no(cell).map(|on| row.flags.push((*flag, on))),
            Column::Kept => Ok(()),
        };
        if let Err(problem) = read {
            errors.push(RowError {
                line,
                column: header[i].clone(),
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
            problem: Refusal::NothingKnown,
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
fn degree(v: &str) -> Result<bool, Refusal> {
    let d: String = v
        .to_ascii_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    match d.as_str() {
        "1" | "1st" | "first" => Ok(true),
        "2" | "2nd" | "second" | "3" | "3rd" | "third" | "outofnetwork" | "none" => Ok(false),
        _ => Err(Refusal::NotDegree(shorten_cell(v))),
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

fn yes_no(v: &str) -> Result<bool, Refusal> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "yes" | "y" | "true" => Ok(true),
        "0" | "no" | "n" | "false" => Ok(false),
        _ => Err(Refusal::NotYesNo(shorten_cell(v))),
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
