//! List mode: a CSV of prospects, one first move per row (SPEC §4), the week's totals per
//! channel and whether they fit the account's caps. A malformed cell is reported by line and
//! column; the row is skipped and the good rows are still processed.

use std::borrow::Cow;

use super::cost::WEEKS_PER_MONTH;
use super::prospect::{Flag, Prospect, Relationship};
use super::recommend::{first_move, Move};
use super::scenario::Scenario;

/// Open Profile messages a month that third parties say LinkedIn allows (it names none).
pub const OPEN_PROFILE_MONTHLY: f64 = 800.0;

/// The columns a list may have, in the template's order. `p_` prefixes are optional.
pub const COLUMNS: [&str; 11] = [
    "name",
    "p_rel",
    "p_senior",
    "p_open",
    "p_closed",
    "p_urgent",
    "p_pending",
    "p_mutual",
    "p_active",
    "p_personal",
    "p_followups",
];

/// A CSV to start from: the header and three example prospects.
pub fn template() -> String {
    let mut out = COLUMNS.join(",");
    out.push_str("\nAda Lovelace,cold,1,0,0,0,0,1,1,1,0\n");
    out.push_str("Grace Hopper,engaged,0,0,0,0,0,0,1,1,0\n");
    out.push_str("\"Turing, Alan\",cold,0,1,0,0,0,0,1,1,1\n");
    out
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// 1-based line of the CSV text.
    pub line: usize,
    pub column: String,
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Line {}, column {}: {}",
            self.line, self.column, self.reason
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowMove {
    pub line: usize,
    pub name: String,
    pub first: Move,
    pub rule: u8,
}

/// How much of a cap the week's moves use.
#[derive(Clone, Debug, PartialEq)]
pub struct CapUse {
    pub what: &'static str,
    pub used: f64,
    /// `None` means unlimited.
    pub available: Option<f64>,
}

impl CapUse {
    pub fn fits(&self) -> bool {
        self.available.is_none_or(|a| self.used <= a)
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListReport {
    pub moves: Vec<RowMove>,
    pub errors: Vec<RowError>,
    /// Count of each move, in [`Move`] order of `MOVES`.
    pub totals: Vec<(Move, usize)>,
    pub caps: Vec<CapUse>,
}

const MOVES: [Move; 6] = [
    Move::DirectMessage,
    Move::OpenProfile,
    Move::Inmail,
    Move::ConnectWithNote,
    Move::Connect,
    Move::Wait,
];

/// What [`run`] reads of a scenario besides the list: the plan's figures and caps, never the
/// questionnaire's answers. The page reruns a list only when this or the list changes.
pub fn inputs_of(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (s.plan, s.credits, s.cap, s.accept, s.uplift)
}

/// Reads a CSV of prospects and recommends a move for each row, with the scenario's plan,
/// rates and caps. A column the list leaves out takes the link format's default for that
/// answer, not the one-prospect questionnaire's.
pub fn run(s: &Scenario, csv: &str) -> ListReport {
    let mut report = ListReport::default();
    let mut records = split_records(csv)
        .into_iter()
        .filter(|(_, cells)| !is_blank(cells));
    let Some((header_line, header)) = records.next() else {
        report.totals = MOVES.iter().map(|&m| (m, 0)).collect();
        report.caps = caps(s, &report.moves);
        return report;
    };
    let columns: Vec<Option<usize>> = header
        .iter()
        .map(|h| {
            let h = h.trim().to_ascii_lowercase();
            let key = if h == "name" || h.starts_with("p_") {
                h
            } else {
                format!("p_{h}")
            };
            COLUMNS.iter().position(|c| *c == key)
        })
        .collect();
    for (i, (h, c)) in header.iter().zip(&columns).enumerate() {
        if c.is_none() {
            report.errors.push(RowError {
                line: header_line,
                column: column_name(h, i),
                reason: format!("unknown column, ignored; expected {}", COLUMNS.join(", ")),
            });
        }
    }

    let mut scenario = s.clone();
    for (line, cells) in records {
        let mut prospect = Prospect::default();
        let mut name = String::new();
        let mut bad = false;
        for (i, cell) in cells.iter().enumerate() {
            let Some(Some(col)) = columns.get(i) else {
                if i >= columns.len() && !cell.trim().is_empty() {
                    report.errors.push(RowError {
                        line,
                        column: format!("#{}", i + 1),
                        reason: "more cells than the header has columns".to_string(),
                    });
                    bad = true;
                }
                continue;
            };
            let cell = cell.trim();
            let result = match (*col, cell) {
                (_, "") => Ok(()),
                (0, _) => {
                    name = cell.to_string();
                    Ok(())
                }
                (1, rel) => Relationship::from_key(&rel.to_ascii_lowercase())
                    .map(|r| prospect.relationship = r)
                    .ok_or_else(|| format!("“{rel}” is not cold, engaged or connected")),
                (c, v) => yes_no(v).map(|on| prospect.set_flag(Flag::ALL[c - 2], on)),
            };
            if let Err(reason) = result {
                report.errors.push(RowError {
                    line,
                    column: COLUMNS[*col].to_string(),
                    reason,
                });
                bad = true;
            }
        }
        if bad {
            continue;
        }
        scenario.prospect = prospect;
        let (rule, first) = first_move(&scenario);
        report.moves.push(RowMove {
            line,
            name,
            first,
            rule,
        });
    }
    report.totals = MOVES
        .iter()
        .map(|&m| (m, report.moves.iter().filter(|r| r.first == m).count()))
        .collect();
    report.caps = caps(s, &report.moves);
    report
}

fn caps(s: &Scenario, moves: &[RowMove]) -> Vec<CapUse> {
    let count = |pred: fn(Move) -> bool| moves.iter().filter(|r| pred(r.first)).count() as f64;
    let plan = s.plan.plan();
    vec![
        CapUse {
            what: "Invitations this week (weekly cap)",
            used: count(|m| matches!(m, Move::Connect | Move::ConnectWithNote)),
            available: Some(s.cap),
        },
        CapUse {
            what: "Personalized notes (monthly quota)",
            used: count(|m| m == Move::ConnectWithNote),
            available: plan.note_quota.map(f64::from),
        },
        CapUse {
            what: "InMail credits (this month's)",
            used: count(|m| m == Move::Inmail),
            available: Some(s.credits),
        },
        CapUse {
            what: "Open Profile messages (≈ a week of 800 a month)",
            used: count(|m| m == Move::OpenProfile),
            available: Some(if plan.open_profile {
                (OPEN_PROFILE_MONTHLY / WEEKS_PER_MONTH).floor()
            } else {
                0.0
            }),
        },
    ]
}

fn yes_no(v: &str) -> Result<bool, String> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "yes" | "y" | "true" => Ok(true),
        "0" | "no" | "n" | "false" => Ok(false),
        _ => Err(format!("“{v}” must be 1 or 0 (yes or no)")),
    }
}

fn column_name(header: &str, index: usize) -> String {
    if header.trim().is_empty() {
        format!("#{}", index + 1)
    } else {
        header.trim().to_string()
    }
}

fn is_blank(cells: &[Cow<'_, str>]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

/// Splits CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks)
/// into records with the line each starts on. Unquoted cells borrow from the text, so a list of
/// thousands of rows allocates little.
fn split_records(text: &str) -> Vec<(usize, Vec<Cow<'_, str>>)> {
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut i = 0;
    loop {
        let lead = bytes[i..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        let cell = if bytes.get(i + lead) == Some(&b'"') {
            i += lead + 1;
            let mut quoted = String::new();
            loop {
                let Some(q) = text[i..].find('"').map(|q| i + q) else {
                    line += text[i..].matches('\n').count();
                    quoted.push_str(&text[i..]);
                    i = bytes.len();
                    break;
                };
                line += text[i..q].matches('\n').count();
                quoted.push_str(&text[i..q]);
                if bytes.get(q + 1) == Some(&b'"') {
                    quoted.push('"');
                    i = q + 2;
                } else {
                    i = q + 1;
                    break;
                }
            }
            // Anything between the closing quote and the delimiter is dropped.
            while i < bytes.len() && !matches!(bytes[i], b',' | b'\n') {
                i += 1;
            }
            Cow::Owned(quoted)
        } else {
            let end = text[i..].find([',', '\n']).map_or(bytes.len(), |e| i + e);
            let cell = text[i..end].strip_suffix('\r').unwrap_or(&text[i..end]);
            i = end;
            Cow::Borrowed(cell)
        };
        cells.push(cell);
        match bytes.get(i) {
            Some(b',') => i += 1,
            Some(_) => {
                i += 1;
                line += 1;
                records.push((record_line, std::mem::take(&mut cells)));
                record_line = line;
                if i >= bytes.len() {
                    break;
                }
            }
            None => {
                records.push((record_line, cells));
                break;
            }
        }
    }
    records
}

/// The moves as a CSV to download: the input's line, name, move and rule.
pub fn moves_csv(report: &ListReport) -> String {
    let mut out = String::from("line,name,first_move,rule\n");
    for r in &report.moves {
        let name = if r.name.contains([',', '"', '\n']) {
            format!("\"{}\"", r.name.replace('"', "\"\""))
        } else {
            r.name.clone()
        };
        out.push_str(&format!(
            "{},{},{},{}\n",
            r.line,
            name,
            r.first.key(),
            r.rule
        ));
    }
    out
}
