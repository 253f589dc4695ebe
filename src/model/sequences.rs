//! SPEC §6: the guide's three outreach sequences as day-by-day steps, and what running one for
//! N new prospects a week consumes against the account's caps and yields in replies and
//! meetings.

use super::cost::WEEKS_PER_MONTH;
use super::plans::GUIDE_000;
use super::recommend::SequenceId;
use super::scenario::Scenario;

/// The channel a step uses, which decides the cap it draws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// A connection request (weekly invitation cap).
    Invite,
    /// An InMail (credits), or a free Open Profile message where the prospect has one.
    Inmail,
    /// A message to a connection (free, needs the accept).
    Message,
    /// A cold email, outside LinkedIn.
    Email,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub day: u8,
    pub channel: Channel,
    pub action: &'static str,
}

#[derive(Debug)]
pub struct Sequence {
    pub id: SequenceId,
    pub name: &'static str,
    pub best_for: &'static str,
    pub steps: &'static [Step],
}

const fn step(day: u8, channel: Channel, action: &'static str) -> Step {
    Step {
        day,
        channel,
        action,
    }
}

pub static CONNECTION_FIRST: Sequence = Sequence {
    id: SequenceId::ConnectionFirst,
    name: "Connection-first",
    best_for: "mid-market",
    steps: &[
        step(
            1,
            Channel::Invite,
            "Connection request: with a note on premium, blank on a free account",
        ),
        step(
            4,
            Channel::Message,
            "If accepted: a conversational first message, no pitch",
        ),
        step(
            8,
            Channel::Message,
            "If they engage, introduce the offer; if not, a value-add follow-up",
        ),
        step(
            15,
            Channel::Message,
            "Final follow-up with a clear call to action",
        ),
    ],
};

pub static INMAIL_BREAKTHROUGH: Sequence = Sequence {
    id: SequenceId::InmailBreakthrough,
    name: "InMail breakthrough",
    best_for: "executives",
    steps: &[
        step(
            1,
            Channel::Inmail,
            "Targeted InMail (free if they have an Open Profile)",
        ),
        step(
            3,
            Channel::Invite,
            "If no reply: connection request with a note referencing the InMail",
        ),
        step(
            10,
            Channel::Message,
            "If they accepted but did not answer: a follow-up message",
        ),
    ],
};

pub static MULTI_CHANNEL: Sequence = Sequence {
    id: SequenceId::MultiChannel,
    name: "Multi-channel blitz",
    best_for: "enterprise",
    steps: &[
        step(1, Channel::Invite, "Personalized connection request"),
        step(3, Channel::Inmail, "InMail, if they have not accepted"),
        step(7, Channel::Email, "Cold email to their work address"),
        step(
            10,
            Channel::Message,
            "LinkedIn message, if connected but silent",
        ),
        step(14, Channel::Email, "Second cold email, a different angle"),
        step(
            21,
            Channel::Message,
            "Final touch: LinkedIn message or a call",
        ),
    ],
};

impl SequenceId {
    pub const ALL: [SequenceId; 3] = [
        SequenceId::ConnectionFirst,
        SequenceId::InmailBreakthrough,
        SequenceId::MultiChannel,
    ];

    pub fn sequence(self) -> &'static Sequence {
        match self {
            SequenceId::ConnectionFirst => &CONNECTION_FIRST,
            SequenceId::InmailBreakthrough => &INMAIL_BREAKTHROUGH,
            SequenceId::MultiChannel => &MULTI_CHANNEL,
        }
    }
}

/// What a sequence run for `prospects` new people a week uses and yields, per week.
#[derive(Clone, Debug, PartialEq)]
pub struct Load {
    pub invites: f64,
    pub credits: f64,
    pub open_profile: f64,
    pub emails: f64,
    pub replies: f64,
    pub meetings: f64,
    /// The first cap the load breaks, if any, in words.
    pub breaks: Option<String>,
}

/// Expected weekly load of a sequence, step by step: a step reaches the prospects whom the
/// earlier steps did not already turn into replies, and a follow-up message reaches only
/// those who accepted. Open Profile prospects (share `open_share`) take the InMail step for
/// free.
pub fn load(s: &Scenario, id: SequenceId, prospects: f64, open_share: f64) -> Load {
    let reply = s.reply / 100.0;
    let accept = s.accept / 100.0;
    let conv = s.conv / 100.0;
    let mut l = Load {
        invites: 0.0,
        credits: 0.0,
        open_profile: 0.0,
        emails: 0.0,
        replies: 0.0,
        meetings: 0.0,
        breaks: None,
    };
    let mut silent = prospects;
    let mut invited = 0.0;
    let mut messaged_connections = false;
    for step in id.sequence().steps {
        match step.channel {
            Channel::Invite => {
                l.invites += silent;
                invited += silent;
            }
            Channel::Inmail => {
                let open = silent * open_share;
                l.open_profile += open;
                l.credits += silent - open;
                let got = silent * reply;
                l.replies += got;
                silent -= got;
            }
            Channel::Message if !messaged_connections => {
                // The accepted connections' replies come through the follow-up messages.
                messaged_connections = true;
                let got = (invited * accept).min(silent) * conv;
                l.replies += got;
                silent -= got;
            }
            Channel::Message => {}
            Channel::Email => l.emails += silent,
        }
    }
    l.meetings = l.replies * s.meet / 100.0;
    // InMails answered within 90 days refund their credit.
    l.credits *= 1.0 - reply;
    let credits_weekly = s.credits / WEEKS_PER_MONTH;
    let open_weekly = s.open / WEEKS_PER_MONTH;
    let checks = [
        (l.invites, s.cap, "the weekly invitation cap"),
        (l.credits, credits_weekly, "InMail credits (net of refunds)"),
        (l.open_profile, open_weekly, "your Open Profile messages"),
    ];
    l.breaks = checks
        .iter()
        .find(|(need, have, _)| need > have)
        .map(|(need, have, what)| {
            format!(
                "{what} breaks first: {:.1} needed a week, {:.1} available",
                need, have
            )
        });
    l
}

/// Where the sequences come from.
pub const SOURCE: &str = GUIDE_000;
