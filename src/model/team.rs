//! A team in one table (docs/model.md#a-team): share links pasted one a line, read as the page
//! reads its own address, and the team's month added up over the reps compared. Nothing leaves
//! the browser.

use std::fmt;

use super::address::{self, Notice};
use super::cost::compute;
use super::returns;
use super::safety::{assess, Risk};
use super::scenario::Scenario;
use super::text;

/// Most links read from one paste: a team, not a mailing list.
pub const LINKS_MAX: usize = 20;

/// One pasted line that opened a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Pasted {
    /// The line's number in the pasted text, from 1.
    pub line: usize,
    pub scenario: Scenario,
    /// Values in the link this page refused, each with why; the rest of the link is read.
    pub notices: Vec<Notice>,
}

/// A pasted line that is not a link of this page.
#[derive(Clone, Debug, PartialEq)]
pub struct RefusedLine {
    pub line: usize,
    /// The line, shortened for the message.
    pub text: String,
    pub reason: NotALink,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotALink {
    /// Neither an address nor a query string.
    NoQuery,
    /// A query none of whose parameters this page reads.
    NothingKnown,
    /// Past [`LINKS_MAX`].
    TooMany,
}

impl fmt::Display for NotALink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NotALink::NoQuery => "not a share link: a FirstMove link has its figures after “?”",
            NotALink::NothingKnown => {
                "not a FirstMove link: none of its parameters is one this page reads"
            }
            NotALink::TooMany => "past the 20 links one paste reads",
        })
    }
}

impl fmt::Display for RefusedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line {} (“{}”): {}", self.line, self.text, self.reason)
    }
}

/// Reads pasted text, one link a line: a whole address (`https://…/?v=2&plan=…`, with or
/// without a `#` part) or only its query (`?v=2&…`, `v=2&…`), of any link format this page
/// ever wrote. Blank lines are skipped.
pub fn read_links(pasted: &str) -> (Vec<Pasted>, Vec<RefusedLine>) {
    let mut opened = Vec::new();
    let mut refused = Vec::new();
    for (i, raw) in pasted.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let refuse = |reason| RefusedLine {
            line: i + 1,
            text: text::shorten(line, 60),
            reason,
        };
        if opened.len() == LINKS_MAX {
            refused.push(refuse(NotALink::TooMany));
            continue;
        }
        match query_of(line) {
            Err(reason) => refused.push(refuse(reason)),
            Ok(query) => {
                let parsed = address::parse(query);
                opened.push(Pasted {
                    line: i + 1,
                    scenario: parsed.scenario,
                    notices: parsed.notices,
                });
            }
        }
    }
    (opened, refused)
}

/// The query of a pasted line: after its `?` (and before any `#`), or the whole line where it
/// is a query already. A bare address of the page (no `?`) is today's defaults.
fn query_of(line: &str) -> Result<&str, NotALink> {
    let line = line.split('#').next().unwrap_or_default();
    let query = match line.split_once('?') {
        Some((_, q)) => q,
        None if line.contains('=') && !line.contains("://") => line,
        None if line.contains("://") => return Ok(""),
        None => return Err(NotALink::NoQuery),
    };
    // `v` is common elsewhere (a video's id): it counts only as one of the page's formats.
    let knows = form_urlencoded::parse(query.as_bytes()).any(|(k, v)| match &*k {
        "v" => v == "1" || v == "2",
        k => address::is_known(k),
    });
    if query.is_empty() || knows {
        Ok(query)
    } else {
        Err(NotALink::NothingKnown)
    }
}

/// The team's month over the scenarios compared: each rep's month as the calculator computes
/// it, added up.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    pub reps: usize,
    pub meetings: f64,
    /// Plans and the reps' time.
    pub spend: f64,
    /// `None` with no meetings.
    pub cost_per_meeting: Option<f64>,
    /// Won revenue over the reps who gave a deal value and a win rate, and how many did.
    pub won: Option<(f64, usize)>,
    /// Each rep's account-safety level, in the order compared.
    pub safety: Vec<Risk>,
    /// Whether every scenario's money is in one currency: otherwise spend and won revenue are
    /// not added (nothing is converted).
    pub one_currency: bool,
}

/// Adds up the reps' months.
pub fn team(scenarios: &[&Scenario]) -> Team {
    let mut meetings = 0.0;
    let mut spend = 0.0;
    let mut won: Option<(f64, usize)> = None;
    for s in scenarios {
        let c = compute(s);
        meetings += c.total.meetings;
        spend += c.total.cost;
        if let Some(r) = returns::of(&s.deal, &c) {
            let (sum, n) = won.unwrap_or((0.0, 0));
            won = Some((sum + r.won, n + 1));
        }
    }
    let one_currency = scenarios.windows(2).all(|w| w[0].currency == w[1].currency);
    Team {
        reps: scenarios.len(),
        meetings,
        spend,
        cost_per_meeting: (meetings > 0.0).then(|| spend / meetings),
        won,
        safety: scenarios.iter().map(|s| assess(s).level).collect(),
        one_currency,
    }
}
