//! SPEC §2: one month of outreach in steady state, per channel and in total. Divisions that
//! have nothing to divide by become named values of [`Figure`], never NaN or infinity.

use super::fields::Field;
use super::scenario::Scenario;

/// Weeks in a month (52 / 12): the guides round 100 a week to "~400 a month".
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// A computed figure, or the reason there is none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    Value(f64),
    /// The plan has no InMail credits.
    NotOnPlan,
    /// Nothing to divide the cost by.
    NoReplies,
    NoMeetings,
}

impl Figure {
    pub fn value(self) -> Option<f64> {
        match self {
            Figure::Value(v) => Some(v),
            _ => None,
        }
    }

    /// What to show in place of a number.
    pub fn absence(self) -> Option<&'static str> {
        match self {
            Figure::Value(_) => None,
            Figure::NotOnPlan => Some("not available on this plan"),
            Figure::NoReplies => Some("no replies"),
            Figure::NoMeetings => Some("no meetings"),
        }
    }

    /// `amount / by`, or `none` when `by` is zero.
    fn ratio(amount: f64, by: f64, none: Figure) -> Figure {
        if by > 0.0 {
            Figure::Value(amount / by)
        } else {
            none
        }
    }
}

/// One channel's month: how many touches, what they yield and what they cost.
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub volume: f64,
    pub replies: f64,
    pub meetings: f64,
    /// The channel's share of the plan price plus the labour of its touches.
    pub cost: f64,
    pub cost_per_reply: Figure,
    pub cost_per_meeting: Figure,
}

impl Channel {
    fn new(volume: f64, replies: f64, meet: f64, cost: f64) -> Channel {
        let meetings = replies * meet;
        Channel {
            volume,
            replies,
            meetings,
            cost,
            cost_per_reply: Figure::ratio(cost, replies, Figure::NoReplies),
            cost_per_meeting: Figure::ratio(cost, meetings, Figure::NoMeetings),
        }
    }
}

/// Everything the calculator shows for a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Costs {
    pub cost_per_credit: Figure,
    pub effective_cost_per_inmail: Figure,
    pub inmails_per_month: Figure,
    pub cost_per_message: Figure,
    pub invites_per_month: f64,
    /// The month's acceptance after personalized notes on a free account.
    pub blended_acceptance: f64,
    pub labour: f64,
    /// All channels together: the plan price plus all labour, against all replies.
    pub total: Channel,
    pub inmail: Channel,
    pub open_profile: Channel,
    pub connection: Channel,
}

/// Computes SPEC §2 for a valid scenario.
pub fn compute(s: &Scenario) -> Costs {
    let price = s.price;
    let credits = s.credits;
    let reply = s.reply / 100.0;
    let open = s.open;
    let open_reply = s.get(Field::OpenReply) / 100.0;
    let meet = s.meet / 100.0;

    // Each reply refunds its credit, which is sent again: C + Cr + Cr² + … = C / (1 − r).
    let sustainable = credits / (1.0 - reply);
    let premium_messages = sustainable + open;
    let invites = s.invites * WEEKS_PER_MONTH;
    let blended_acceptance = blended_acceptance(s, invites);
    let minutes_rate = s.hourly * s.minutes / 60.0;

    // The plan price buys the premium messages, so it is shared between InMail and Open
    // Profile by volume; with no premium messages the price is carried by connections.
    let (inmail_share, open_share, connection_share) = if premium_messages > 0.0 {
        (
            price * sustainable / premium_messages,
            price * open / premium_messages,
            0.0,
        )
    } else {
        (0.0, 0.0, price)
    };
    let inmail = Channel::new(
        sustainable,
        sustainable * reply,
        meet,
        inmail_share + minutes_rate * sustainable,
    );
    let open_profile = Channel::new(
        open,
        open * open_reply,
        meet,
        open_share + minutes_rate * open,
    );
    let connection = Channel::new(
        invites,
        invites * blended_acceptance * s.conv / 100.0,
        meet,
        connection_share + minutes_rate * invites,
    );

    let labour = minutes_rate * (sustainable + open + invites);
    let total = Channel::new(
        sustainable + open + invites,
        inmail.replies + open_profile.replies + connection.replies,
        meet,
        price + labour,
    );
    let on_plan = |f: f64| {
        if credits > 0.0 {
            Figure::Value(f)
        } else {
            Figure::NotOnPlan
        }
    };
    Costs {
        cost_per_credit: on_plan(price / credits),
        effective_cost_per_inmail: on_plan(price * (1.0 - reply) / credits),
        inmails_per_month: on_plan(sustainable),
        cost_per_message: Figure::ratio(price, premium_messages, Figure::NotOnPlan),
        invites_per_month: invites,
        blended_acceptance,
        labour,
        total,
        inmail,
        open_profile,
        connection,
    }
}

/// Acceptance over the month's invitations (SPEC §2). A free account personalizes at most its
/// note quota, and those notes accept `uplift` better; on premium every invitation may carry a
/// note, so the user's acceptance rate already describes them.
fn blended_acceptance(s: &Scenario, invites: f64) -> f64 {
    let accept = s.accept / 100.0;
    let Some(quota) = s.plan.plan().note_quota else {
        return accept;
    };
    if invites <= 0.0 {
        return accept;
    }
    let notes = f64::from(quota).min(invites);
    let uplifted = (accept * (1.0 + s.uplift / 100.0)).min(1.0);
    (notes * uplifted + (invites - notes) * accept) / invites
}

/// The figures the page shows with a `data-testid` (CONTRACT.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    CostPerCredit,
    EffectiveCostPerInmail,
    InmailsPerMonth,
    CostPerMessage,
    InvitesPerMonth,
    Replies,
    Meetings,
    CostPerReply,
    CostPerMeeting,
}

/// How an output is written for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Money,
    Count,
}

impl Output {
    pub const ALL: [Output; 9] = [
        Output::CostPerMeeting,
        Output::CostPerReply,
        Output::Meetings,
        Output::Replies,
        Output::CostPerCredit,
        Output::EffectiveCostPerInmail,
        Output::InmailsPerMonth,
        Output::CostPerMessage,
        Output::InvitesPerMonth,
    ];

    pub fn test_id(self) -> &'static str {
        match self {
            Output::CostPerCredit => "cost-per-credit",
            Output::EffectiveCostPerInmail => "effective-cost-per-inmail",
            Output::InmailsPerMonth => "inmails-per-month",
            Output::CostPerMessage => "cost-per-message",
            Output::InvitesPerMonth => "invites-per-month",
            Output::Replies => "replies",
            Output::Meetings => "meetings",
            Output::CostPerReply => "cost-per-reply",
            Output::CostPerMeeting => "cost-per-meeting",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Output::CostPerCredit => "Cost per InMail credit",
            Output::EffectiveCostPerInmail => "Effective cost per InMail",
            Output::InmailsPerMonth => "InMails a month, refunds resent",
            Output::CostPerMessage => "Cost per premium message",
            Output::InvitesPerMonth => "Connection requests a month",
            Output::Replies => "Replies a month",
            Output::Meetings => "Meetings a month",
            Output::CostPerReply => "Cost per reply",
            Output::CostPerMeeting => "Cost per meeting",
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Output::InmailsPerMonth
            | Output::InvitesPerMonth
            | Output::Replies
            | Output::Meetings => Kind::Count,
            _ => Kind::Money,
        }
    }

    /// The formula, in the letters of SPEC §2.
    pub fn formula(self) -> &'static str {
        match self {
            Output::CostPerCredit => "P / C",
            Output::EffectiveCostPerInmail => {
                "P (1 − r) / C — each reply refunds its credit, so C credits send C / (1 − r) InMails"
            }
            Output::InmailsPerMonth => "S = C / (1 − r)",
            Output::CostPerMessage => "P / (S + O) — InMails plus free Open Profile messages",
            Output::InvitesPerMonth => "I = W · 52 / 12",
            Output::Replies => "S·r + O·r_o + I·a·q (a blended with the note uplift on a free plan)",
            Output::Meetings => "m · replies",
            Output::CostPerReply => "(P + labour) / replies, labour = H · M / 60 · (S + O + I)",
            Output::CostPerMeeting => "(P + labour) / meetings, labour = H · M / 60 · (S + O + I)",
        }
    }

    /// The inputs the formula reads, so the page can list their values and sources.
    pub fn inputs(self) -> &'static [Field] {
        use Field::*;
        match self {
            Output::CostPerCredit => &[Price, Credits],
            Output::EffectiveCostPerInmail | Output::InmailsPerMonth => &[Price, Credits, Reply],
            Output::CostPerMessage => &[Price, Credits, Reply, Open],
            Output::InvitesPerMonth => &[Invites],
            Output::Replies => &[
                Credits, Reply, Open, OpenReply, Invites, Accept, Conv, Uplift,
            ],
            Output::Meetings => &[
                Credits, Reply, Open, OpenReply, Invites, Accept, Conv, Uplift, Meet,
            ],
            Output::CostPerReply | Output::CostPerMeeting => &[
                Price, Credits, Reply, Open, OpenReply, Invites, Accept, Conv, Uplift, Meet,
                Hourly, Minutes,
            ],
        }
    }

    /// This output's figure in a computed month.
    pub fn of(self, c: &Costs) -> Figure {
        match self {
            Output::CostPerCredit => c.cost_per_credit,
            Output::EffectiveCostPerInmail => c.effective_cost_per_inmail,
            Output::InmailsPerMonth => c.inmails_per_month,
            Output::CostPerMessage => c.cost_per_message,
            Output::InvitesPerMonth => Figure::Value(c.invites_per_month),
            Output::Replies => Figure::Value(c.total.replies),
            Output::Meetings => Figure::Value(c.total.meetings),
            Output::CostPerReply => c.total.cost_per_reply,
            Output::CostPerMeeting => c.total.cost_per_meeting,
        }
    }
}
