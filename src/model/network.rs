//! The rep's network as their LinkedIn export tells it (docs/model.md#the-list-knows-the-network):
//! who is a connection and whose invitation is still pending, since when. A list read in the
//! same tab looks each row's profile link up in it, so a connection is not sent a request and a
//! pending invitation is not sent another.

use std::collections::{HashMap, HashSet};

use super::date::Day;
use super::profile_url::normalize_url;

/// Days an invitation waits before the first-move rule for pending requests applies (two
/// weeks: then an InMail that references it, or wait).
pub const PENDING_RULE_DAYS: i64 = 14;
/// Days after which a pending invitation is to be withdrawn (the guide's "withdraw invites
/// pending 30+ days"); the same line Your numbers counts with.
pub const WITHDRAW_DAYS: i64 = 30;

/// Whether an invitation pending `days` is to be withdrawn.
pub fn to_withdraw(days: i64) -> bool {
    days >= WITHDRAW_DAYS
}

/// Connections and pending invitations, by normalised profile link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    connections: HashSet<String>,
    /// Each pending outgoing invitation's day sent.
    pending: HashMap<String, Day>,
    /// The export's newest date: days waited are counted to it, so they do not depend on the
    /// day the file is read.
    pub now: Day,
}

/// What the export says of one profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    Connection,
    /// An outgoing invitation not yet accepted, sent this many days before the export's date.
    Pending {
        days: i64,
    },
}

impl Known {
    /// The results file's and the page's words for it.
    pub fn words(self) -> String {
        match self {
            Known::Connection => "a connection in your LinkedIn export".to_string(),
            Known::Pending { days } if to_withdraw(days) => format!(
                "invitation pending {days} days in your LinkedIn export: withdraw it (you can invite again after 3 weeks)"
            ),
            Known::Pending { days } => {
                format!("invitation pending {days} days in your LinkedIn export")
            }
        }
    }

    /// The results file's column value: `connection`, `pending`, `withdraw`.
    pub fn key(self) -> &'static str {
        match self {
            Known::Connection => "connection",
            Known::Pending { days } if to_withdraw(days) => "withdraw",
            Known::Pending { .. } => "pending",
        }
    }
}

impl Network {
    /// Links as the files write them; each is normalised (scheme, `www.`, trailing slash,
    /// query and case ignored). A link that is also a connection is a connection.
    pub fn new(
        connections: impl IntoIterator<Item = String>,
        pending: impl IntoIterator<Item = (String, Day)>,
        now: Day,
    ) -> Network {
        let connections: HashSet<String> = connections
            .into_iter()
            .map(|u| normalize_url(&u))
            .filter(|u| !u.is_empty())
            .collect();
        let pending = pending
            .into_iter()
            .map(|(u, d)| (normalize_url(&u), d))
            .filter(|(u, _)| !u.is_empty() && !connections.contains(u))
            .collect();
        Network {
            connections,
            pending,
            now,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.connections.is_empty() && self.pending.is_empty()
    }

    /// What the export says of a profile link; `None` for a stranger, an empty link, or a link
    /// of another form (a Sales Navigator lead link is not a profile link and does not match).
    pub fn lookup(&self, url: &str) -> Option<Known> {
        let url = normalize_url(url);
        if url.is_empty() {
            return None;
        }
        if self.connections.contains(&url) {
            return Some(Known::Connection);
        }
        self.pending.get(&url).map(|sent| Known::Pending {
            days: self.now - sent,
        })
    }
}
