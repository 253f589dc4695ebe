//! The rep's own numbers from LinkedIn's data export (docs/model.md#your-numbers): `Connections.csv`,
//! `Invitations.csv`, `messages.csv` and `Profile.csv`, read by header name (BOMs, a `Notes:`
//! preamble, quoted multi-line fields and older files without URL columns included), counted
//! over a window that ends on the newest date in the export, so the figures do not depend on
//! the day the file is read. Each rate carries its counts (k of n) and says how it was counted;
//! where the export cannot tell, the figure is absent, never guessed.

use std::borrow::Cow;
use std::collections::HashMap;

use super::csv_stream::{Framing, RecordStream, Stop};
use super::date::{self, Day};
use super::network::Network;
use super::profile_url::normalize_url;

mod counting;

/// The window counted by default: the last 12 weeks.
pub const DEFAULT_WEEKS: u32 = 12;
/// LinkedIn may force withdrawals around this many pending invitations (the guide's ~3,000).
pub const PENDING_LIMIT: usize = 3000;
/// Most invitations listed to withdraw, so a huge export stays a readable list.
pub const WITHDRAW_LIST_MAX: usize = 1000;

/// One file handed over by the rep (from the zip, or dropped on its own).
#[derive(Clone, Debug, PartialEq)]
pub struct InputFile {
    pub name: String,
    pub text: String,
}

/// Which export file a name is, by its base name (case ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Connections,
    Invitations,
    Messages,
    Profile,
}

impl Kind {
    pub fn of(name: &str) -> Option<Kind> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        match base.to_ascii_lowercase().as_str() {
            "connections.csv" => Some(Kind::Connections),
            "invitations.csv" => Some(Kind::Invitations),
            "messages.csv" => Some(Kind::Messages),
            "profile.csv" => Some(Kind::Profile),
            _ => None,
        }
    }

    /// The headers without which the file cannot be read.
    fn required(self) -> &'static [&'static str] {
        match self {
            Kind::Connections => &["connected on"],
            Kind::Invitations => &["direction", "sent at"],
            Kind::Messages => &["conversation id", "from", "date"],
            Kind::Profile => &["first name", "last name"],
        }
    }
}

/// A rate as counted: `k` of `n`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counted {
    pub k: usize,
    pub n: usize,
    /// Counted from connections made over connections plus invitations still pending: it also
    /// counts connections others asked for, so it reads high.
    pub upper_estimate: bool,
}

impl Counted {
    /// The rate in percent; `None` with nothing to count.
    pub fn percent(&self) -> Option<f64> {
        (self.n > 0).then(|| 100.0 * self.k as f64 / self.n as f64)
    }
}

/// An outgoing invitation still listed in the export.
#[derive(Clone, Debug, PartialEq)]
pub struct Invitation {
    pub to: String,
    pub url: String,
    pub sent: Day,
    pub noted: bool,
}

/// A file that was read, or why one was not.
#[derive(Clone, Debug, PartialEq)]
pub struct FileReport {
    pub name: String,
    pub rows: usize,
    /// `None` when read; the reason otherwise.
    pub skipped: Option<String>,
}

/// Everything read from an export, for one window.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub files: Vec<FileReport>,
    /// The owner's name, from `Profile.csv` or the sender in the most conversations.
    pub owner: Option<String>,
    /// The oldest and newest dates found; the window ends on the newest.
    pub first_day: Option<Day>,
    pub last_day: Option<Day>,
    pub weeks: u32,
    /// Connections made in the window, a week (`None` without `Connections.csv`).
    pub connections_per_week: Option<f64>,
    pub connections_in_window: Option<usize>,
    /// Outgoing invitations in the export (`None` without `Invitations.csv`).
    pub invitations_out: Option<usize>,
    /// Of those, the ones not yet accepted (all of them where the file lists only pending ones).
    pub invitations_pending: Option<usize>,
    pub invitations_old: Option<usize>,
    pub invitations_noted: Option<usize>,
    /// Invitations with a note, by month (`2026-02`), oldest first.
    pub notes_by_month: Vec<(String, usize)>,
    /// Whether the invitations list also holds accepted ones (an invitee is a connection).
    pub accepted_listed: bool,
    /// Pending invitations of 30 days or more, oldest first.
    pub to_withdraw: Vec<Invitation>,
    pub accept: Option<Counted>,
    /// Reply of connections: conversations the owner opened with a connection that got a reply.
    pub conv: Option<Counted>,
    /// Reply to messages that opened a conversation with someone not a connection then.
    pub reply: Option<Counted>,
    /// Who is a connection and whose invitation is pending, for a list read in the same tab.
    pub network: Network,
}

/// A connection: when, and who (hidden profiles leave both empty).
struct Connection {
    day: Day,
    url: String,
    name: String,
}

/// One message's parts that the counts read.
struct Message {
    /// Seconds into its day, and its place in the file: two messages of one day keep their
    /// order whichever way the file runs.
    second: u32,
    index: usize,
    conversation: String,
    from: String,
    sender_url: String,
    recipients: String,
    to: String,
    day: Day,
}

/// Reads whole files over the last `weeks` weeks of the export: [`ExportReader`] fed each
/// file in one piece.
pub fn read(files: &[InputFile], weeks: u32) -> Reading {
    let mut reader = ExportReader::default();
    for file in files {
        if reader
            .begin(&file.name, Some(file.text.len() as u64))
            .is_ok()
            && reader.push(file.text.as_bytes()).is_ok()
        {
            reader.end();
        }
    }
    reader.reading(weeks)
}

/// Reads an export file by file and chunk by chunk: the page hands it the bytes as the
/// browser reads (and inflates) them, so a messages file of tens of MB never sits in memory
/// as text, and the page can breathe between chunks. Only the parts the counts read are kept.
#[derive(Default)]
pub struct ExportReader {
    reports: Vec<FileReport>,
    connections: Option<Vec<Connection>>,
    invitations: Option<Vec<(Invitation, bool)>>,
    messages: Option<Vec<Message>>,
    owner: Option<String>,
    current: Option<Streaming>,
}

/// The file being read: its record stream, and what its records have given so far.
struct Streaming {
    name: String,
    stream: RecordStream,
    parsing: Parsing,
}

/// What a file's records have given: its header once found, and its rows.
struct Parsing {
    kind: Kind,
    records_before_header: usize,
    columns: Option<HashMap<String, usize>>,
    rows: usize,
    /// The file's rows, kept apart until it is read to its end: a file that fails part-way
    /// leaves what an earlier file of its kind gave.
    read: Rows,
}

#[derive(Default)]
struct Rows {
    connections: Vec<Connection>,
    invitations: Vec<(Invitation, bool)>,
    messages: Vec<Message>,
    owner: Option<String>,
}

/// Records looked at for a header before a file is called not the export's (a `Notes:`
/// preamble takes two or three).
const HEADER_SEARCH_RECORDS: usize = 50;

impl ExportReader {
    /// Starts a file. `Err` (and the file is reported skipped) when it is not one FirstMove
    /// reads, or its size is past the bound: the caller then reads none of it.
    pub fn begin(&mut self, name: &str, size: Option<u64>) -> Result<(), String> {
        self.abandon();
        let Some(kind) = Kind::of(name) else {
            return Err(self.skip(name, "not a file FirstMove reads".into()));
        };
        if let Some(size) = size.filter(|s| *s > MAX_FILE_BYTES) {
            return Err(self.skip(name, too_large(Some(size))));
        }
        self.current = Some(Streaming {
            name: name.to_string(),
            stream: RecordStream::new(Some(b',')),
            parsing: Parsing {
                kind,
                records_before_header: 0,
                columns: None,
                rows: 0,
                read: Rows::default(),
            },
        });
        Ok(())
    }

    /// Reads the next bytes of the current file. `Err` (and the file is reported skipped, its
    /// rows dropped) when they are not UTF-8 text, or the file grows past the bound, or its
    /// header is not found: the caller stops reading it.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), String> {
        let Some(mut file) = self.current.take() else {
            return Ok(());
        };
        match self.take_chunk(&mut file, chunk) {
            Ok(()) => {
                self.current = Some(file);
                Ok(())
            }
            // A file that failed part-way: its rows, kept apart, are never counted.
            Err(why) => Err(self.skip(&file.name, why)),
        }
    }

    /// Ends the current file: its last record is read and the file reported.
    pub fn end(&mut self) {
        let Some(Streaming {
            name,
            mut stream,
            mut parsing,
        }) = self.current.take()
        else {
            return;
        };
        let result = stream
            .finish(&mut |_, cells| parsing.record(cells))
            .map_err(why_stopped)
            .and_then(|()| match parsing.columns {
                Some(_) => Ok(()),
                None => Err(no_header(parsing.kind)),
            });
        match result {
            Ok(()) => {
                let read = std::mem::take(&mut parsing.read);
                match parsing.kind {
                    Kind::Connections => self.connections = Some(read.connections),
                    Kind::Invitations => self.invitations = Some(read.invitations),
                    Kind::Messages => self.messages = Some(read.messages),
                    // A Profile.csv without a name leaves the owner as found before.
                    Kind::Profile => self.owner = read.owner.or(self.owner.take()),
                }
                self.reports.push(FileReport {
                    name,
                    rows: parsing.rows,
                    skipped: None,
                });
            }
            Err(why) => {
                self.skip(&name, why);
            }
        }
    }

    /// Stops the current file with a reason from outside (the zip entry was damaged, or
    /// inflated past the bound): it is reported skipped and none of its rows are counted.
    pub fn fail(&mut self, why: &str) {
        if let Some(file) = self.current.take() {
            self.skip(&file.name, why.to_string());
        }
    }

    /// Reports a file that is skipped as a whole (not one FirstMove reads, or a zip it could
    /// not open).
    pub fn skip(&mut self, name: &str, why: String) -> String {
        self.reports.push(FileReport {
            name: name.to_string(),
            rows: 0,
            skipped: Some(why.clone()),
        });
        why
    }

    /// A file begun and never ended is dropped.
    fn abandon(&mut self) {
        self.fail("it was not read to its end");
    }

    /// Whether any file has been read.
    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }

    fn take_chunk(&mut self, file: &mut Streaming, chunk: &[u8]) -> Result<(), String> {
        if file.stream.bytes() + chunk.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large(None));
        }
        let parsing = &mut file.parsing;
        file.stream
            .push(chunk, &mut |_, cells| parsing.record(cells))
            .map_err(why_stopped)
    }
}

/// Why a file's stream stopped, in the export's words.
fn why_stopped(stop: Stop<String>) -> String {
    match stop {
        Stop::Record(why) => why,
        Stop::Framing(Framing::NotUtf8(at)) => format!(
            "it is not UTF-8 text (byte {at} is not), as LinkedIn writes its files: if a spreadsheet saved it again, use the file as it came in the zip"
        ),
        Stop::Framing(other) => other.to_string(),
    }
}

impl Parsing {
    /// One record: the header first (after any preamble), then a row of the file's kind.
    fn record(&mut self, cells: Vec<Cow<'_, str>>) -> Result<(), String> {
        if !cells.iter().any(|c| !c.trim().is_empty()) {
            return Ok(());
        }
        let Some(columns) = &self.columns else {
            let names: HashMap<String, usize> = cells
                .iter()
                .enumerate()
                .map(|(i, c)| (c.trim().trim_start_matches('\u{feff}').to_lowercase(), i))
                .collect();
            if self.kind.required().iter().all(|r| names.contains_key(*r)) {
                self.columns = Some(names);
            } else {
                self.records_before_header += 1;
                if self.records_before_header > HEADER_SEARCH_RECORDS {
                    return Err(no_header(self.kind));
                }
            }
            return Ok(());
        };
        let row = Row {
            columns,
            cells: &cells,
        };
        let rows = &mut self.read;
        let read = match self.kind {
            Kind::Connections => row.connection().map(|c| rows.connections.push(c)),
            Kind::Invitations => row.invitation().map(|i| rows.invitations.push(i)),
            Kind::Messages => row
                .message(rows.messages.len())
                .map(|m| rows.messages.push(m)),
            Kind::Profile => {
                if rows.owner.is_none() {
                    rows.owner = row.profile_name();
                }
                rows.owner.as_ref().map(|_| ())
            }
        };
        self.rows += usize::from(read.is_some());
        Ok(())
    }
}

/// Past this a file is refused, read or inflated: the zip reader's bound.
pub const MAX_FILE_BYTES: u64 = super::zip::MAX_ENTRY_BYTES;

/// Why a file past the bound is refused: its size when known before reading, or that it grew
/// (or inflated) past the bound while read.
fn too_large(size: Option<u64>) -> String {
    let mb = |b: u64| b.div_ceil(1024 * 1024);
    let what = match size {
        Some(size) => format!("it is {} MB", mb(size)),
        None => "it unpacks to more".to_string(),
    };
    format!(
        "{what}, past the {} MB FirstMove reads from one file (a real export's largest file, messages.csv, is a few tens of MB)",
        mb(MAX_FILE_BYTES)
    )
}

fn no_header(kind: Kind) -> String {
    let want = kind.required().join("”, “");
    format!("its header has no “{want}” column, so it is not the export's file of that name")
}

/// One row of a file, its cells found by the header's column names.
struct Row<'r, 'a> {
    columns: &'r HashMap<String, usize>,
    cells: &'r [std::borrow::Cow<'a, str>],
}

impl Row<'_, '_> {
    fn cell(&self, name: &str) -> &str {
        self.columns
            .get(name)
            .and_then(|&i| self.cells.get(i))
            .map_or("", |c| c.trim())
    }

    fn connection(&self) -> Option<Connection> {
        let day = date::parse_any(self.cell("connected on"))?;
        Some(Connection {
            day,
            url: normalize_url(self.cell("url")),
            name: self.full_name().to_lowercase(),
        })
    }

    /// An invitation with whether it is outgoing.
    fn invitation(&self) -> Option<(Invitation, bool)> {
        let sent = date::parse_any(self.cell("sent at"))?;
        let outgoing = self.cell("direction").eq_ignore_ascii_case("outgoing");
        Some((
            Invitation {
                to: self.cell("to").to_string(),
                url: normalize_url(self.cell("inviteeprofileurl")),
                sent,
                noted: !self.cell("message").is_empty(),
            },
            outgoing,
        ))
    }

    fn message(&self, index: usize) -> Option<Message> {
        // A draft (newer exports mark them) was never sent: no message, no conversation.
        let draft = |column: &str| self.cell(column).eq_ignore_ascii_case("yes");
        if draft("is message draft") || draft("is conversation draft") {
            return None;
        }
        let date = self.cell("date");
        Some(Message {
            day: date::parse_any(date)?,
            second: date::seconds_of_day(date),
            index,
            conversation: self.cell("conversation id").to_string(),
            from: self.cell("from").to_string(),
            sender_url: normalize_url(self.cell("sender profile url")),
            recipients: self.cell("recipient profile urls").to_string(),
            to: self.cell("to").to_string(),
        })
    }

    fn profile_name(&self) -> Option<String> {
        let name = self.full_name();
        (!name.is_empty()).then_some(name)
    }

    /// "First Last", or what there is of it (empty for a hidden profile).
    fn full_name(&self) -> String {
        format!("{} {}", self.cell("first name"), self.cell("last name"))
            .trim()
            .to_string()
    }
}
