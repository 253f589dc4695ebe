//! The rep's actual counts turned into the guide's four metrics, each placed on its benchmark
//! band with what to change. Counts that contradict each other get a message and no grade.

use std::fmt;

use super::cost::MEETING_BENCHMARK;
use super::given::GivenField;
use super::number::Rule;
use super::sources::{self, Cite};

/// What a count field accepts: a whole number up to ten million.
pub const COUNT: Rule = Rule::count(0.0, 10_000_000.0);
/// What the spend field accepts: up to a billion, in the scenario's currency.
pub const SPEND: Rule = Rule::money(1_000_000_000.0);

/// What the rep counted over a period. A count the rep did not give (no `m_*` parameter, a
/// blank field, a figure their LinkedIn export cannot tell) is `None`, never 0: it narrows
/// nothing and is never judged (docs/model.md#cost-model).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub invites_sent: Option<f64>,
    pub accepted: Option<f64>,
    pub inmails_sent: Option<f64>,
    pub inmail_replies: Option<f64>,
    /// Replies from connections (after acceptance).
    pub other_replies: Option<f64>,
    pub meetings: Option<f64>,
    /// LinkedIn spend plus labour over the period, in the scenario's currency.
    pub spend: Option<f64>,
}

impl Counts {
    /// All replies the rep counted, InMail and from connections: only where both are given,
    /// as a count not given is no count, never 0.
    pub fn replies(&self) -> Option<f64> {
        Some(self.inmail_replies? + self.other_replies?)
    }
}

/// The counts in the order the page lists them and the link writes them.
pub const COUNT_FIELDS: [GivenField; 7] = [
    GivenField {
        key: "m_sent",
        id: "m-invites",
        label: "Invitations sent",
        rule: COUNT,
        get: |s| s.counts.invites_sent,
        set: |s, v| s.counts.invites_sent = v,
    },
    GivenField {
        key: "m_accepted",
        id: "m-accepted",
        label: "Accepted",
        rule: COUNT,
        get: |s| s.counts.accepted,
        set: |s, v| s.counts.accepted = v,
    },
    GivenField {
        key: "m_inmails",
        id: "m-inmails",
        label: "InMails sent",
        rule: COUNT,
        get: |s| s.counts.inmails_sent,
        set: |s, v| s.counts.inmails_sent = v,
    },
    GivenField {
        key: "m_inmail_replies",
        id: "m-inmail-replies",
        label: "InMail replies",
        rule: COUNT,
        get: |s| s.counts.inmail_replies,
        set: |s, v| s.counts.inmail_replies = v,
    },
    GivenField {
        key: "m_replies",
        id: "m-other-replies",
        label: "Replies from connections",
        rule: COUNT,
        get: |s| s.counts.other_replies,
        set: |s, v| s.counts.other_replies = v,
    },
    GivenField {
        key: "m_meetings",
        id: "m-meetings",
        label: "Meetings booked",
        rule: COUNT,
        get: |s| s.counts.meetings,
        set: |s, v| s.counts.meetings = v,
    },
    GivenField {
        key: "m_spend",
        id: "m-spend",
        label: "Spend incl. your time ($)",
        rule: SPEND,
        get: |s| s.counts.spend,
        set: |s, v| s.counts.spend = v,
    },
];

/// Where a figure sits against its benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    Poor,
    Below,
    Within,
    Above,
}

impl Grade {
    pub fn label(self) -> &'static str {
        match self {
            Grade::Poor => "needs work",
            Grade::Below => "below the band",
            Grade::Within => "within the band",
            Grade::Above => "better than the band",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Metric {
    pub name: &'static str,
    pub formula: &'static str,
    /// `None` when there is nothing to divide by yet.
    pub value: Option<f64>,
    /// Percent for rates, the scenario's currency for cost.
    pub is_money: bool,
    pub band: &'static str,
    pub grade: Option<Grade>,
    pub advice: &'static str,
    pub source: Cite,
    /// Set when the counts behind this metric contradict each other: no value, no grade.
    pub contradiction: Option<Contradiction>,
}

/// Counts that cannot all be true.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contradiction {
    AcceptedOverSent,
    RepliesOverInmails,
    MeetingsOverReplies,
}

impl fmt::Display for Contradiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Contradiction::AcceptedOverSent => {
                "More invitations accepted than sent: check both counts. No acceptance rate until they agree."
            }
            Contradiction::RepliesOverInmails => {
                "More InMail replies than InMails sent: check both counts. No reply rate until they agree."
            }
            Contradiction::MeetingsOverReplies => {
                "More meetings than replies: check the counts. No meeting rate or cost per meeting until they agree."
            }
        })
    }
}

/// Every contradiction in the counts, among counts that were given.
pub fn check(c: &Counts) -> Vec<Contradiction> {
    let over = |a: Option<f64>, b: Option<f64>| matches!((a, b), (Some(a), Some(b)) if a > b);
    let mut found = Vec::new();
    if over(c.accepted, c.invites_sent) {
        found.push(Contradiction::AcceptedOverSent);
    }
    if over(c.inmail_replies, c.inmails_sent) {
        found.push(Contradiction::RepliesOverInmails);
    }
    if over(c.meetings, c.replies()) {
        found.push(Contradiction::MeetingsOverReplies);
    }
    found
}

/// `a / b` where both were given and `b` is above 0.
fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

/// The four metrics of the Outbound System guide's table.
pub fn metrics(c: &Counts) -> [Metric; 4] {
    let found = check(c);
    let blocked = |x: Contradiction| found.contains(&x).then_some(x);
    let unless = |x: Contradiction, v: Option<f64>| if found.contains(&x) { None } else { v };
    let acceptance = unless(
        Contradiction::AcceptedOverSent,
        ratio(c.accepted, c.invites_sent).map(|v| v * 100.0),
    );
    let reply = unless(
        Contradiction::RepliesOverInmails,
        ratio(c.inmail_replies, c.inmails_sent).map(|v| v * 100.0),
    );
    let meeting = unless(
        Contradiction::MeetingsOverReplies,
        ratio(c.meetings, c.replies()).map(|v| v * 100.0),
    );
    // No spend given is not a spend of $0: no cost per meeting until it is entered.
    let cost = unless(
        Contradiction::MeetingsOverReplies,
        ratio(c.spend, c.meetings).filter(|_| c.spend.is_some_and(|v| v > 0.0)),
    );
    [
        Metric {
            name: "Acceptance rate",
            formula: "accepted ÷ invitations sent",
            value: acceptance,
            is_money: false,
            band: "20–30% is decent; under 20% is poor targeting",
            grade: acceptance.map(|v| band(v, 20.0, 20.0, 30.0)),
            advice: "Test note templates; track which industries and titles accept; target shared connections and active users.",
            source: sources::OUTBOUND,
            contradiction: blocked(Contradiction::AcceptedOverSent),
        },
        Metric {
            name: "InMail reply rate",
            formula: "InMail replies ÷ InMails sent",
            value: reply,
            is_money: false,
            band: "18–25% average; 30%+ excellent; under 15% needs work",
            grade: reply.map(|v| band(v, 15.0, 18.0, 25.0)),
            advice: "Test subject lines and opening lines; lead with a trigger event; personalize every InMail.",
            source: sources::OUTBOUND,
            contradiction: blocked(Contradiction::RepliesOverInmails),
        },
        Metric {
            name: "Meeting booking rate",
            formula: "meetings ÷ replies",
            value: meeting,
            is_money: false,
            band: "20–30% when qualification is tight",
            grade: meeting.map(|v| band(v, 20.0, 20.0, 30.0)),
            advice: "Sharpen the qualification questions; offer a calendar link in the reply.",
            source: sources::OUTBOUND,
            contradiction: blocked(Contradiction::MeetingsOverReplies),
        },
        Metric {
            name: "Cost per meeting",
            formula: "(LinkedIn spend + labor) ÷ meetings",
            value: cost,
            is_money: true,
            band: "$50–$150 a meeting in B2B SaaS",
            // Lower is better: under the band is the good side.
            grade: cost.map(|v| {
                let (low, high) = MEETING_BENCHMARK;
                if v < low {
                    Grade::Above
                } else if v <= high {
                    Grade::Within
                } else {
                    Grade::Poor
                }
            }),
            advice: "Send more free Open Profile messages; improve message quality so fewer sends book a meeting.",
            source: sources::OUTBOUND,
            contradiction: blocked(Contradiction::MeetingsOverReplies),
        },
    ]
}

/// Grades a rate where higher is better: under `poor` needs work, under `low` is below the
/// band, up to `high` is within it, above is better.
fn band(v: f64, poor: f64, low: f64, high: f64) -> Grade {
    if v < poor {
        Grade::Poor
    } else if v < low {
        Grade::Below
    } else if v <= high {
        Grade::Within
    } else {
        Grade::Above
    }
}
