//! SPEC §8: the rep's actual counts turned into the guide's four metrics, each placed on its
//! benchmark band with what to change.

use super::plans::GUIDE_000;

/// What the rep counted over a period.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub invites_sent: f64,
    pub accepted: f64,
    pub inmails_sent: f64,
    pub inmail_replies: f64,
    /// Replies from connections (after acceptance).
    pub other_replies: f64,
    pub meetings: f64,
    /// LinkedIn spend plus labour over the period, USD.
    pub spend: f64,
}

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
    /// Percent for rates, dollars for cost.
    pub is_money: bool,
    pub band: &'static str,
    pub grade: Option<Grade>,
    pub advice: &'static str,
    pub source: &'static str,
}

/// A count that cannot be: more accepted than sent, more replies than InMails.
pub fn check(c: &Counts) -> Vec<String> {
    let mut problems = Vec::new();
    let all = [
        c.invites_sent,
        c.accepted,
        c.inmails_sent,
        c.inmail_replies,
        c.other_replies,
        c.meetings,
        c.spend,
    ];
    if all.iter().any(|v| !v.is_finite() || *v < 0.0) {
        problems.push("Counts must be zero or more.".to_string());
    }
    if c.accepted > c.invites_sent {
        problems.push("More invitations accepted than sent.".to_string());
    }
    if c.inmail_replies > c.inmails_sent {
        problems.push("More InMail replies than InMails sent.".to_string());
    }
    if c.meetings > c.inmail_replies + c.other_replies {
        problems.push("More meetings than replies.".to_string());
    }
    problems
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    (b > 0.0).then(|| a / b)
}

/// The four metrics of Guide 000's table.
pub fn metrics(c: &Counts) -> [Metric; 4] {
    let acceptance = ratio(c.accepted, c.invites_sent).map(|v| v * 100.0);
    let reply = ratio(c.inmail_replies, c.inmails_sent).map(|v| v * 100.0);
    let meeting = ratio(c.meetings, c.inmail_replies + c.other_replies).map(|v| v * 100.0);
    let cost = ratio(c.spend, c.meetings);
    [
        Metric {
            name: "Acceptance rate",
            formula: "accepted ÷ invitations sent",
            value: acceptance,
            is_money: false,
            band: "20–30 % is decent; under 20 % is poor targeting",
            grade: acceptance.map(|v| band(v, 20.0, 20.0, 30.0)),
            advice: "Test note templates; track which industries and titles accept; target shared connections and active users.",
            source: GUIDE_000,
        },
        Metric {
            name: "InMail reply rate",
            formula: "InMail replies ÷ InMails sent",
            value: reply,
            is_money: false,
            band: "18–25 % average; 30 %+ excellent; under 15 % needs work",
            grade: reply.map(|v| band(v, 15.0, 18.0, 25.0)),
            advice: "Test subject lines and opening lines; lead with a trigger event; personalize every InMail.",
            source: GUIDE_000,
        },
        Metric {
            name: "Meeting booking rate",
            formula: "meetings ÷ replies",
            value: meeting,
            is_money: false,
            band: "20–30 % when qualification is tight",
            grade: meeting.map(|v| band(v, 20.0, 20.0, 30.0)),
            advice: "Sharpen the qualification questions; offer a calendar link in the reply.",
            source: GUIDE_000,
        },
        Metric {
            name: "Cost per meeting",
            formula: "(LinkedIn spend + labour) ÷ meetings",
            value: cost,
            is_money: true,
            band: "$50–$150 a meeting in B2B SaaS",
            // Lower is better: under the band is the good side.
            grade: cost.map(|v| {
                if v < 50.0 {
                    Grade::Above
                } else if v <= 150.0 {
                    Grade::Within
                } else {
                    Grade::Poor
                }
            }),
            advice: "Send more free Open Profile messages; improve message quality so fewer sends book a meeting.",
            source: GUIDE_000,
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
