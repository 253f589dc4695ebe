//! The guide's three outreach sequences as day-by-day steps, and what running one for N new
//! prospects a week consumes against the account's weekly allowances and yields in replies
//! and meetings.

use super::allowance::{Limit, Usage, Weekly};
use super::cost::{uplifted_acceptance, uplifted_notes};
use super::fields::Field;
use super::scenario::Scenario;
use super::sources::{self, Cite};
use super::units::WEEKS_PER_MONTH;

/// One of the guide's sequences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SequenceId {
    ConnectionFirst,
    InmailBreakthrough,
    MultiChannel,
}

/// What a step does, which decides the allowance it draws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touch {
    /// A connection request (weekly invitation cap).
    Invite,
    /// An InMail (credits), or a free Open Profile message where the prospect has one.
    Inmail,
    /// A message to a connection (free, needs the accept).
    Message,
    /// A cold email, outside LinkedIn.
    Email,
}

impl Touch {
    /// A short name for styling and tests.
    pub fn key(self) -> &'static str {
        match self {
            Touch::Invite => "invite",
            Touch::Inmail => "inmail",
            Touch::Message => "message",
            Touch::Email => "email",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub day: u8,
    pub touch: Touch,
    pub action: &'static str,
}

#[derive(Debug)]
pub struct Sequence {
    pub id: SequenceId,
    pub name: &'static str,
    pub best_for: &'static str,
    pub steps: &'static [Step],
}

const fn step(day: u8, touch: Touch, action: &'static str) -> Step {
    Step { day, touch, action }
}

pub static CONNECTION_FIRST: Sequence = Sequence {
    id: SequenceId::ConnectionFirst,
    name: "Connection-first",
    best_for: "mid-market",
    steps: &[
        step(
            1,
            Touch::Invite,
            "Connection request: with a note on premium, blank on a free account",
        ),
        step(
            4,
            Touch::Message,
            "If accepted: a conversational first message, no pitch",
        ),
        step(
            8,
            Touch::Message,
            "If they engage, introduce the offer; if not, a value-add follow-up",
        ),
        step(
            15,
            Touch::Message,
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
            Touch::Inmail,
            "Targeted InMail (free if they have an Open Profile)",
        ),
        step(
            3,
            Touch::Invite,
            "If no reply: connection request with a note referencing the InMail",
        ),
        step(
            10,
            Touch::Message,
            "If they accepted but did not answer: a follow-up message",
        ),
    ],
};

pub static MULTI_CHANNEL: Sequence = Sequence {
    id: SequenceId::MultiChannel,
    name: "Multi-channel blitz",
    best_for: "enterprise",
    steps: &[
        step(1, Touch::Invite, "Personalized connection request"),
        step(3, Touch::Inmail, "InMail, if they have not accepted"),
        step(7, Touch::Email, "Cold email to their work address"),
        step(
            10,
            Touch::Message,
            "LinkedIn message, if connected but silent",
        ),
        step(14, Touch::Email, "Second cold email, a different angle"),
        step(
            21,
            Touch::Message,
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
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Load {
    pub invites: f64,
    /// InMails sent (one credit each before refunds).
    pub inmails: f64,
    /// Credits once the replies have refunded theirs.
    pub credits_net: f64,
    pub open_profile: f64,
    pub emails: f64,
    pub replies: f64,
    pub meetings: f64,
    /// The first weekly allowance the load goes over, if any.
    pub breaks: Option<Limit>,
}

impl Load {
    /// The load in the terms of the weekly allowances.
    pub fn usage(&self) -> Usage {
        Usage {
            invitations: self.invites,
            notes: 0.0,
            credits_net: self.credits_net,
            open_profile: self.open_profile,
        }
    }
}

/// Expected weekly load of `steps` for `prospects` new people a week, `open_share` of whom have
/// an Open Profile, with every invitation the week allows.
pub fn load(s: &Scenario, steps: &[Step], prospects: f64, open_share: f64) -> Load {
    load_within(s, steps, prospects, open_share, f64::INFINITY, 0.0)
}

/// [`load`] with at most `invites_left` invitations to send: a request step reaches only as
/// many as are left (the rest stay strangers), as a week planned prospect by prospect would
/// (docs/model.md#first-move). The first `noted_left` requests accept with the note's uplift, as the
/// calculator's week counts them; a guide's sequence sized by the list counts none (the guide's
/// check figures use the rep's rate alone). Each step follows its condition in the guide: a request goes to whoever
/// has not replied; an InMail only to those not connected and not replied (Open Profile ones
/// free, replying at their own rate); the first message to a connection turns accepted
/// requests into replies; an email reaches everyone still silent. A prospect who replied is
/// never counted again.
fn load_within(
    s: &Scenario,
    steps: &[Step],
    prospects: f64,
    open_share: f64,
    mut invites_left: f64,
    mut noted_left: f64,
) -> Load {
    let reply = s.reply / 100.0;
    let open_reply = s.get(Field::OpenReply) / 100.0;
    let accept = s.accept / 100.0;
    let noted_accept = uplifted_acceptance(s);
    let conv = s.conv / 100.0;
    let mut l = Load::default();
    // The prospects who have not replied, by whether they are connected yet.
    let mut stranger = prospects;
    let mut connected = 0.0;
    let mut messaged_connections = false;
    for step in steps {
        match step.touch {
            Touch::Invite => {
                let sent = stranger.min(invites_left.max(0.0));
                invites_left -= sent;
                l.invites += sent;
                // The week's noted requests whose uplift the calculator counts, then the rest.
                let noted = sent.min(noted_left.max(0.0));
                noted_left -= noted;
                let accepted = noted * noted_accept + (sent - noted) * accept;
                connected += accepted;
                stranger -= accepted;
            }
            Touch::Inmail => {
                let open = stranger * open_share;
                let paid = stranger - open;
                l.open_profile += open;
                l.inmails += paid;
                let got = paid * reply + open * open_reply;
                l.replies += got;
                stranger -= got;
            }
            Touch::Message if !messaged_connections => {
                messaged_connections = true;
                let got = connected * conv;
                l.replies += got;
                connected -= got;
            }
            Touch::Message => {}
            Touch::Email => l.emails += stranger + connected,
        }
    }
    l.meetings = l.replies * s.meet / 100.0;
    l.credits_net = Weekly::of(s).net_credits(l.inmails);
    l.breaks = l.usage().first_broken(&Weekly::of(s));
    l
}

/// Where the sequences come from.
pub const SOURCE: Cite = sources::OUTBOUND;

/// Some of the calculator's week on one of the guide's sequences.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: SequenceId,
    /// New prospects a week who start it.
    pub prospects: f64,
    /// The share of them with an Open Profile, messaged for free.
    pub open_share: f64,
    /// Invitations this group may still send, after the groups before it.
    pub invites_left: f64,
    pub load: Load,
}

/// The calculator's week as the guide's sequences (docs/model.md#sequences): the prospects it reaches with a
/// request start Connection-first; those it reaches with an InMail or an Open Profile message
/// start the InMail breakthrough, whose follow-up request goes out only while the week has
/// invitations left (each prospect sees what the ones before left, as in list mode). So the
/// view opens on the calculator's week, within the same allowances.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekPlan {
    pub groups: Vec<Group>,
    /// The groups' load together, and the first allowance it breaks (none for the
    /// calculator's own week).
    pub load: Load,
}

/// The calculator's week on the guide's sequences.
pub fn calculator_week(s: &Scenario) -> WeekPlan {
    let week = super::week::Week::of(s);
    let mut invites_left = s.cap;
    let mut noted_left = uplifted_notes() / WEEKS_PER_MONTH;
    let mut groups = Vec::new();
    let premium_prospects = week.inmails + week.open;
    for (id, prospects, open_share) in [
        (SequenceId::ConnectionFirst, week.invites, 0.0),
        (
            SequenceId::InmailBreakthrough,
            premium_prospects,
            if premium_prospects > 0.0 {
                week.open / premium_prospects
            } else {
                0.0
            },
        ),
    ] {
        if prospects <= 0.0 {
            continue;
        }
        let load = load_within(
            s,
            id.sequence().steps,
            prospects,
            open_share,
            invites_left,
            noted_left,
        );
        noted_left -= load.invites.min(noted_left);
        groups.push(Group {
            id,
            prospects,
            open_share,
            invites_left,
            load: load.clone(),
        });
        invites_left -= load.invites;
    }
    let mut total = Load::default();
    for g in &groups {
        total.invites += g.load.invites;
        total.inmails += g.load.inmails;
        total.credits_net += g.load.credits_net;
        total.open_profile += g.load.open_profile;
        total.emails += g.load.emails;
        total.replies += g.load.replies;
        total.meetings += g.load.meetings;
    }
    total.breaks = total.usage().first_broken(&Weekly::of(s));
    WeekPlan {
        groups,
        load: total,
    }
}
