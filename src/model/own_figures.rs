//! What the "Your numbers" view says of a reading of the rep's LinkedIn export (docs/model.md#your-numbers): each
//! figure with its counts, how it was counted in a sentence, and where the export cannot tell,
//! why. Plain words for a sales rep; the view only formats the figure.

use super::date;
use super::linkedin_export::{Counted, Reading, PENDING_LIMIT};
use super::measured::weeks_words;
use super::network::WITHDRAW_DAYS;
use super::plans::PlanId;

/// How a figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Percent,
    /// A rate a week, to a tenth.
    PerWeek,
    /// People or invitations, whole.
    Whole,
}

/// One measured figure of the export.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The `data-testid` (docs/link-format.md).
    pub testid: &'static str,
    pub label: &'static str,
    pub shown: Shown,
    /// The figure; `None` where the export cannot tell.
    pub value: Option<f64>,
    /// The counts behind it ("4 of 7 invitations"), or why the export cannot tell.
    pub counts: String,
    /// How it was counted, in a sentence.
    pub how: String,
    /// A word of caution ("an upper estimate"), where one applies.
    pub caution: Option<String>,
}

/// The figures, in the order the view shows them.
pub fn figures(r: &Reading) -> Vec<Figure> {
    let window = format!(
        "the {} up to {}",
        weeks_words(r.weeks),
        r.last_day.map(date::iso).unwrap_or_default()
    );
    let no_file = |file: &str| format!("not in your export: it has no {file}");
    let mut out = Vec::new();

    out.push(Figure {
        testid: "own-connections-per-week",
        label: "Connections made a week",
        shown: Shown::PerWeek,
        value: r.connections_per_week,
        counts: match r.connections_in_window {
            Some(n) => format!("{n} connections in {}", weeks_words(r.weeks)),
            None => no_file("Connections.csv"),
        },
        how: format!(
            "Connections.csv's “Connected On” dates in {window}, divided by the weeks. It counts connections you asked for and ones others asked you for."
        ),
        caution: None,
    });

    let invitations = |n: Option<usize>| n.map(|n| n as f64);
    out.push(Figure {
        testid: "own-invitations-out",
        label: "Outgoing invitations listed",
        shown: Shown::Whole,
        value: invitations(r.invitations_out),
        counts: match r.invitations_out {
            Some(n) => format!(
                "{n} outgoing, against LinkedIn's limit of about 3,000 pending"
            ),
            None => no_file("Invitations.csv"),
        },
        how: if r.accepted_listed {
            "Invitations.csv's rows marked OUTGOING. Your file lists accepted invitations too (some invitees are in Connections.csv)."
                .to_string()
        } else {
            "Invitations.csv's rows marked OUTGOING. Your file lists only invitations still pending, as most exports do."
                .to_string()
        },
        caution: r
            .invitations_pending
            .filter(|n| *n * 10 >= PENDING_LIMIT * 8)
            .map(|_| "Near the ~3,000 pending invitations at which LinkedIn may force you to withdraw: withdraw the oldest.".to_string()),
    });
    out.push(Figure {
        testid: "own-invitations-old",
        label: "Pending 30 days or more",
        shown: Shown::Whole,
        value: invitations(r.invitations_old),
        counts: match r.invitations_old {
            Some(n) => format!("{n} pending {WITHDRAW_DAYS} days or more"),
            None => no_file("Invitations.csv"),
        },
        how: format!(
            "Outgoing invitations not yet accepted, sent {WITHDRAW_DAYS} days or more before your export's last date. The guide's advice: withdraw invitations pending 30+ days."
        ),
        caution: None,
    });
    let free_quota = PlanId::Free.plan().note_quota.unwrap_or(0) as usize;
    let busiest = r.notes_by_month.iter().max_by_key(|(_, n)| *n);
    out.push(Figure {
        testid: "own-invitations-noted",
        label: "Invitations with a note",
        shown: Shown::Whole,
        value: invitations(r.invitations_noted),
        counts: match r.invitations_noted {
            Some(n) => match busiest {
                Some((month, most)) => format!(
                    "{n} with a note; the most in one month: {most} in {month}, against a free account's {free_quota} a month"
                ),
                None => format!("{n} with a note"),
            },
            None => no_file("Invitations.csv"),
        },
        how: "Outgoing invitations whose “Message” is not empty, counted by the month they were sent."
            .to_string(),
        caution: busiest
            .filter(|(_, most)| *most > free_quota)
            .map(|_| format!("Some months used more notes than a free account's {free_quota}: that took a premium plan.")),
    });

    out.push(rate(
        "own-accept",
        "Acceptance",
        r.accept,
        "invitations accepted",
        if r.accepted_listed {
            format!("Outgoing invitations sent in {window} whose invitee is now in Connections.csv, of all sent then.")
        } else {
            format!("Connections made in {window}, of those plus the invitations sent then and still pending. Your file lists only pending invitations, so accepted ones are counted from Connections.csv.")
        },
        if r.invitations_out.is_none() {
            no_file("Invitations.csv")
        } else {
            no_file("Connections.csv")
        },
    ));
    let no_messages = if r.connections_in_window.is_none() {
        "not in your export: it needs Connections.csv to tell who was a connection".to_string()
    } else if r.owner.is_none() {
        "not in your export: it has no messages.csv (or no Profile.csv to tell which sender is you)"
            .to_string()
    } else {
        no_file("messages.csv")
    };
    out.push(rate(
        "own-conv",
        "Reply of connections",
        r.conv,
        "conversations you opened with a connection got a reply",
        format!("Conversations in messages.csv you opened in {window} with one person who was already a connection (in Connections.csv before your first message), and whether they wrote back. Group conversations are left out."),
        no_messages.clone(),
    ));
    out.push(rate(
        "own-reply",
        "Reply to InMail and Open Profile messages",
        r.reply,
        "conversations you opened with someone not a connection got a reply",
        format!("Conversations in messages.csv you opened in {window} with one person who was not a connection then: InMails and Open Profile messages. The export does not say which was which."),
        no_messages,
    ));
    out
}

fn rate(
    testid: &'static str,
    label: &'static str,
    c: Option<Counted>,
    of_what: &str,
    how: String,
    missing: String,
) -> Figure {
    let value = c.and_then(|c| c.percent());
    Figure {
        testid,
        label,
        shown: Shown::Percent,
        value,
        counts: match c {
            Some(c) if c.n > 0 => format!("{} of {} {of_what}", c.k, c.n),
            Some(_) => "none in the window to count: try a longer window".to_string(),
            None => missing,
        },
        how,
        caution: c.filter(|c| c.upper_estimate && c.n > 0).map(|_| {
            "An upper estimate: it also counts connections others asked you for.".to_string()
        }),
    }
}

/// The withdraw list as CSV: name, profile link, the day sent, days pending.
pub fn withdraw_csv(r: &Reading) -> String {
    let now = r.last_day.unwrap_or(0);
    let mut out = String::from("Name,Profile URL,Sent on,Days pending\n");
    for i in &r.to_withdraw {
        out.push_str(&format!(
            "{},{},{},{}\n",
            super::csv::quote(&i.to),
            super::csv::quote(&i.url),
            date::iso(i.sent),
            now - i.sent
        ));
    }
    out
}
