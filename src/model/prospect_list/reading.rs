//! Reading a list: CSV records (streamed, so a large file never sits in memory whole) into
//! rows of answers, each cell checked against its column, the rows after a week's worth
//! counted but not kept.

use super::*;

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
    /// The job title, where the list has a title column.
    pub title: String,
    relationship: Option<Relationship>,
    /// A connection degree: `Some(true)` for 1st.
    connected: Option<bool>,
    flags: Vec<(Flag, bool)>,
}

impl ParsedRow {
    /// Whether the row's own cells answer `flag` (a list-wide default or a title does not).
    pub(super) fn gives(&self, flag: Flag) -> bool {
        self.flags.iter().any(|(f, _)| *f == flag)
    }

    /// The row's prospect: its own answers over the list-wide defaults. A 2nd or 3rd degree
    /// is never connected, whatever the default.
    pub(super) fn prospect(&self, defaults: &Prospect) -> Prospect {
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
            .filter(|(_, c)| c.is_kept())
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
        kept: vec![String::new(); columns.iter().filter(|c| c.is_kept()).count()],
        title: String::new(),
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
        if column.is_kept() {
            row.kept[kept_at] = cell.to_string();
            kept_at += 1;
            if *column == Column::Title {
                row.title = cell.to_string();
            }
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
            Column::Kept | Column::Title => Ok(()),
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
