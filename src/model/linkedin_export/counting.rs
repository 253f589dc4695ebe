//! What the export's rows say over the window: acceptance, connections a week, and the
//! conversations the rep opened, split by whether the other person was a connection.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::model::network::to_withdraw;

impl ExportReader {
    /// The counts over the last `weeks` weeks of what has been read.
    pub fn reading(&self, weeks: u32) -> Reading {
        let weeks = weeks.max(1);
        let reports = self.reports.clone();
        let connections = &self.connections;
        let invitations = &self.invitations;
        let messages = &self.messages;
        let mut owner = self.owner.clone();
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
            invitations_pending: None,
            invitations_old: None,
            invitations_noted: None,
            notes_by_month: Vec::new(),
            accepted_listed: false,
            to_withdraw: Vec::new(),
            accept: None,
            conv: None,
            reply: None,
            network: Network::default(),
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

        // Connections alone make a network too; pending invitations join it below.
        reading.network = Network::new(connected_urls.keys().cloned(), [], now);
        if let Some(all) = &invitations {
            let outgoing: Vec<&Invitation> =
                all.iter().filter(|(_, out)| *out).map(|(i, _)| i).collect();
            let accepted =
                |i: &Invitation| !i.url.is_empty() && connected_urls.contains_key(&i.url);
            reading.accepted_listed = outgoing.iter().any(|i| accepted(i));
            let pending: Vec<&Invitation> =
                outgoing.iter().copied().filter(|i| !accepted(i)).collect();
            reading.network = Network::new(
                connected_urls.keys().cloned(),
                pending.iter().map(|i| (i.url.clone(), i.sent)),
                now,
            );
            reading.invitations_out = Some(outgoing.len());
            reading.invitations_pending = Some(pending.len());
            let old: Vec<&Invitation> = pending
                .iter()
                .copied()
                .filter(|i| to_withdraw(now - i.sent))
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
    let key = |m: &Message| (m.day, m.second);
    let newest_first = match (all.first(), all.last()) {
        (Some(first), Some(last)) => key(first) > key(last),
        _ => false,
    };
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
        // Files list newest first (or oldest first): within one second, the file's order.
        messages.sort_by_key(|m| {
            let place = if newest_first {
                usize::MAX - m.index
            } else {
                m.index
            };
            (m.day, m.second, place)
        });
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
