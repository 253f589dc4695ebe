//! The rep's own numbers from LinkedIn's data export (SPEC §10): `Connections.csv`,
//! `Invitations.csv`, `messages.csv` and `Profile.csv`, read by header name (BOMs, a `Notes:`
//! preamble, quoted multi-line fields and older files without URL columns included), counted
//! over a window that ends on the newest date in the export, so the figures do not depend on
//! the day the file is read. Each rate carries its counts (k of n) and says how it was counted;
//! where the export cannot tell, the figure is absent, never guessed.

use std::collections::{HashMap, HashSet};

use super::csv;
use super::date::{self, Day};

/// The window counted by default: the last 12 weeks.
pub const DEFAULT_WEEKS: u32 = 12;
/// Invitations pending longer than this are the guide's "withdraw invites pending 30+ days".
pub const OLD_INVITATION_DAYS: i64 = 30;
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
    pub invitations_old: Option<usize>,
    pub invitations_noted: Option<usize>,
    /// Invitations with a note, by month (`2026-02`), oldest first.
    pub notes_by_month: Vec<(String, usize)>,
    /// Whether the invitations list also holds accepted ones (an invitee is a connection).
    pub accepted_listed: bool,
    /// Pending invitations older than 30 days, oldest first.
    pub to_withdraw: Vec<Invitation>,
    pub accept: Option<Counted>,
    /// Reply of connections: conversations the owner opened with a connection that got a reply.
    pub conv: Option<Counted>,
    /// Reply to messages that opened a conversation with someone not a connection then.
    pub reply: Option<Counted>,
}

/// A connection: when, and who (hidden profiles leave both empty).
struct Connection {
    day: Day,
    url: String,
    name: String,
}

/// One message's parts that the counts read.
struct Message {
    conversation: String,
    from: String,
    sender_url: String,
    recipients: String,
    to: String,
    day: Day,
}

/// Reads the files over the last `weeks` weeks of the export.
pub fn read(files: &[InputFile], weeks: u32) -> Reading {
    let weeks = weeks.max(1);
    let mut reports = Vec::new();
    let mut connections: Option<Vec<Connection>> = None;
    let mut invitations: Option<Vec<(Invitation, bool)>> = None;
    let mut messages: Option<Vec<Message>> = None;
    let mut owner: Option<String> = None;
    for file in files {
        let Some(kind) = Kind::of(&file.name) else {
            reports.push(skipped(file, "not a file FirstMove reads"));
            continue;
        };
        let Some(table) = Table::find(&file.text, kind.required()) else {
            let want = kind.required().join("”, “");
            reports.push(skipped(
                file,
                &format!("its header has no “{want}” column, so it is not the export's file of that name"),
            ));
            continue;
        };
        let rows = match kind {
            Kind::Connections => {
                let read = table.connections();
                let n = read.len();
                connections = Some(read);
                n
            }
            Kind::Invitations => {
                let read = table.invitations();
                let n = read.len();
                invitations = Some(read);
                n
            }
            Kind::Messages => {
                let read = table.messages();
                let n = read.len();
                messages = Some(read);
                n
            }
            Kind::Profile => {
                owner = table.profile_name();
                usize::from(owner.is_some())
            }
        };
        reports.push(FileReport {
            name: file.name.clone(),
            rows,
            skipped: None,
        });
    }

    let days = connections
        .iter()
        .flatten()
        .map(|c| c.day)
        .chain(invitations.iter().flatten().map(|(i, _)| i.sent))
        .chain(messages.iter().flatten().map(|m| m.day));
    let (first_day, last_day) =
        days.fold((None, None), |(lo, hi): (Option<Day>, Option<Day>), d| {
            (
                Some(lo.map_or(d, |l| l.min(d))),
                Some(hi.map_or(d, |h| h.max(d))),
            )
        });
    let now = last_day.unwrap_or(0);
    let from = now - 7 * i64::from(weeks);
    let in_window = |d: Day| d > from && d <= now;

    if owner.is_none() {
        owner = messages.as_deref().and_then(busiest_sender);
    }

    let mut reading = Reading {
        files: reports,
        owner: owner.clone(),
        first_day,
        last_day,
        weeks,
        connections_per_week: None,
        connections_in_window: None,
        invitations_out: None,
        invitations_old: None,
        invitations_noted: None,
        notes_by_month: Vec::new(),
        accepted_listed: false,
        to_withdraw: Vec::new(),
        accept: None,
        conv: None,
        reply: None,
    };

    let connected_urls: HashMap<String, Day> = connections
        .iter()
        .flatten()
        .filter(|c| !c.url.is_empty())
        .map(|c| (c.url.clone(), c.day))
        .collect();
    let connected_names: HashMap<String, Day> = connections
        .iter()
        .flatten()
        .filter(|c| !c.name.is_empty())
        .map(|c| (c.name.clone(), c.day))
        .collect();
    let made = connections
        .as_ref()
        .map(|all| all.iter().filter(|c| in_window(c.day)).count());
    if let Some(made) = made {
        reading.connections_in_window = Some(made);
        reading.connections_per_week = Some(made as f64 / f64::from(weeks));
    }

    if let Some(all) = &invitations {
        let outgoing: Vec<&Invitation> =
            all.iter().filter(|(_, out)| *out).map(|(i, _)| i).collect();
        let accepted = |i: &Invitation| !i.url.is_empty() && connected_urls.contains_key(&i.url);
        reading.accepted_listed = outgoing.iter().any(|i| accepted(i));
        let pending: Vec<&Invitation> = outgoing.iter().copied().filter(|i| !accepted(i)).collect();
        reading.invitations_out = Some(outgoing.len());
        let old: Vec<&Invitation> = pending
            .iter()
            .copied()
            .filter(|i| now - i.sent > OLD_INVITATION_DAYS)
            .collect();
        reading.invitations_old = Some(old.len());
        let mut withdraw: Vec<Invitation> = old.into_iter().cloned().collect();
        withdraw.sort_by_key(|i| i.sent);
        withdraw.truncate(WITHDRAW_LIST_MAX);
        reading.to_withdraw = withdraw;
        reading.invitations_noted = Some(outgoing.iter().filter(|i| i.noted).count());
        let mut by_month: Vec<(String, usize)> = Vec::new();
        let mut noted: Vec<Day> = outgoing
            .iter()
            .filter(|i| i.noted)
            .map(|i| i.sent)
            .collect();
        noted.sort_unstable();
        for day in noted {
            let key = date::month_key(day);
            match by_month.last_mut() {
                Some((k, n)) if *k == key => *n += 1,
                _ => by_month.push((key, 1)),
            }
        }
        reading.notes_by_month = by_month;
        let sent_in_window: Vec<&Invitation> = outgoing
            .iter()
            .copied()
            .filter(|i| in_window(i.sent))
            .collect();
        reading.accept = if reading.accepted_listed {
            let k = sent_in_window.iter().filter(|i| accepted(i)).count();
            Some(Counted {
                k,
                n: sent_in_window.len(),
                upper_estimate: false,
            })
        } else {
            made.map(|made| Counted {
                k: made,
                n: made + sent_in_window.len(),
                upper_estimate: true,
            })
        };
    }

    if let (Some(all), Some(owner)) = (&messages, &owner) {
        let connected_on = |url: &str, name: &str| {
            connected_urls
                .get(url)
                .or_else(|| connected_names.get(&name.to_lowercase()))
                .copied()
        };
        let (conv, reply) = opened_conversations(all, owner, &connected_on, &in_window);
        // Without Connections.csv, nobody can be told a connection: the export cannot tell.
        if connections.is_some() {
            reading.conv = Some(conv);
            reading.reply = Some(reply);
        }
    }
    reading
}

/// Conversations the owner opened in the window with one other person, split by whether that
/// person was a connection on the day: (connections, others), each `k` replied of `n`.
fn opened_conversations(
    all: &[Message],
    owner: &str,
    connected_on: &dyn Fn(&str, &str) -> Option<Day>,
    in_window: &dyn Fn(Day) -> bool,
) -> (Counted, Counted) {
    let mut by_conversation: HashMap<&str, Vec<&Message>> = HashMap::new();
    for m in all {
        by_conversation.entry(&m.conversation).or_default().push(m);
    }
    let owner_lower = owner.to_lowercase();
    let owner_urls: HashSet<&str> = all
        .iter()
        .filter(|m| m.from.to_lowercase() == owner_lower && !m.sender_url.is_empty())
        .map(|m| m.sender_url.as_str())
        .collect();
    let is_owner = |m: &Message| {
        m.from.to_lowercase() == owner_lower || owner_urls.contains(m.sender_url.as_str())
    };
    let empty = Counted {
        k: 0,
        n: 0,
        upper_estimate: false,
    };
    let (mut conv, mut reply) = (empty, empty);
    for messages in by_conversation.values_mut() {
        messages.sort_by_key(|m| m.day);
        let first = messages[0];
        if !is_owner(first) || !in_window(first.day) {
            continue;
        }
        // One other person: a group conversation says nothing about one prospect.
        let recipients: Vec<&str> = first
            .recipients
            .split([',', ';', ' '])
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .collect();
        if recipients.len() > 1 {
            continue;
        }
        let url = recipients
            .first()
            .map(|r| normalize_url(r))
            .unwrap_or_default();
        let replied = messages.iter().skip(1).any(|m| !is_owner(m));
        let connected = connected_on(&url, &first.to).is_some_and(|d| d <= first.day);
        let sample = if connected { &mut conv } else { &mut reply };
        sample.n += 1;
        sample.k += usize::from(replied);
    }
    (conv, reply)
}

/// The sender found in the most conversations: the owner when there is no `Profile.csv`.
fn busiest_sender(all: &[Message]) -> Option<String> {
    let mut seen: HashMap<&str, HashSet<&str>> = HashMap::new();
    for m in all.iter().filter(|m| !m.from.trim().is_empty()) {
        seen.entry(m.from.trim())
            .or_default()
            .insert(&m.conversation);
    }
    let mut ranked: Vec<(&str, usize)> = seen.into_iter().map(|(k, v)| (k, v.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.first().map(|(name, _)| name.to_string())
}

fn skipped(file: &InputFile, why: &str) -> FileReport {
    FileReport {
        name: file.name.clone(),
        rows: 0,
        skipped: Some(why.to_string()),
    }
}

/// A profile link as the files write it, reduced to one form: lower case, `https://www.`, no
/// query, no trailing slash.
pub fn normalize_url(url: &str) -> String {
    let url = url.trim().to_ascii_lowercase();
    let url = url.split(['?', '#']).next().unwrap_or_default();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    if rest.is_empty() {
        return String::new();
    }
    format!("https://www.{}", rest.trim_end_matches('/'))
}

/// A file's table: its header's columns by name, and the rows below it.
struct Table<'a> {
    columns: HashMap<String, usize>,
    rows: Vec<Vec<std::borrow::Cow<'a, str>>>,
}

impl<'a> Table<'a> {
    /// The first record that names every required column is the header (a `Notes:` preamble
    /// comes before it); the rows follow.
    fn find(text: &'a str, required: &[&str]) -> Option<Table<'a>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut records = csv::records(text, b',').into_iter();
        let columns = loop {
            let (_, cells) = records.next()?;
            let names: HashMap<String, usize> = cells
                .iter()
                .enumerate()
                .map(|(i, c)| (c.trim().trim_start_matches('\u{feff}').to_lowercase(), i))
                .collect();
            if required.iter().all(|r| names.contains_key(*r)) {
                break names;
            }
        };
        let rows = records
            .map(|(_, cells)| cells)
            .filter(|cells| cells.iter().any(|c| !c.trim().is_empty()))
            .collect();
        Some(Table { columns, rows })
    }

    fn cell<'r>(&self, row: &'r [std::borrow::Cow<'a, str>], name: &str) -> &'r str {
        self.columns
            .get(name)
            .and_then(|&i| row.get(i))
            .map_or("", |c| c.trim())
    }

    fn connections(&self) -> Vec<Connection> {
        self.rows
            .iter()
            .filter_map(|row| {
                let day = date::parse_any(self.cell(row, "connected on"))?;
                let name = format!(
                    "{} {}",
                    self.cell(row, "first name"),
                    self.cell(row, "last name")
                );
                Some(Connection {
                    day,
                    url: normalize_url(self.cell(row, "url")),
                    name: name.trim().to_lowercase(),
                })
            })
            .collect()
    }

    /// Every invitation with whether it is outgoing.
    fn invitations(&self) -> Vec<(Invitation, bool)> {
        self.rows
            .iter()
            .filter_map(|row| {
                let sent = date::parse_any(self.cell(row, "sent at"))?;
                let outgoing = self.cell(row, "direction").eq_ignore_ascii_case("outgoing");
                Some((
                    Invitation {
                        to: self.cell(row, "to").to_string(),
                        url: normalize_url(self.cell(row, "inviteeprofileurl")),
                        sent,
                        noted: !self.cell(row, "message").is_empty(),
                    },
                    outgoing,
                ))
            })
            .collect()
    }

    fn messages(&self) -> Vec<Message> {
        self.rows
            .iter()
            .filter_map(|row| {
                Some(Message {
                    day: date::parse_any(self.cell(row, "date"))?,
                    conversation: self.cell(row, "conversation id").to_string(),
                    from: self.cell(row, "from").to_string(),
                    sender_url: normalize_url(self.cell(row, "sender profile url")),
                    recipients: self.cell(row, "recipient profile urls").to_string(),
                    to: self.cell(row, "to").to_string(),
                })
            })
            .collect()
    }

    fn profile_name(&self) -> Option<String> {
        let row = self.rows.first()?;
        let name = format!(
            "{} {}",
            self.cell(row, "first name"),
            self.cell(row, "last name")
        );
        let name = name.trim();
        (!name.is_empty()).then(|| name.to_string())
    }
}
