//! The first move for one prospect. The guides' decision rules are checked in order and the
//! first that matches decides; every reason names its rule in words and its source. The
//! fallback and the sequence are then trimmed to what this prospect makes possible.

use super::allowance::Budget;
use super::prospect::{Flag, Relationship};
use super::scenario::Scenario;
use super::sequences::{SequenceId, Step, Touch};
use super::sources::{self, Cite, Source};

/// A first move (docs/link-format.md `first-move` values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    DirectMessage,
    OpenProfile,
    Inmail,
    ConnectWithNote,
    Connect,
    Wait,
}

impl Move {
    pub const ALL: [Move; 6] = [
        Move::DirectMessage,
        Move::OpenProfile,
        Move::Inmail,
        Move::ConnectWithNote,
        Move::Connect,
        Move::Wait,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Move::DirectMessage => "direct_message",
            Move::OpenProfile => "open_profile",
            Move::Inmail => "inmail",
            Move::ConnectWithNote => "connect_with_note",
            Move::Connect => "connect",
            Move::Wait => "wait",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Move::DirectMessage => "Send a direct message",
            Move::OpenProfile => "Message their Open Profile (free)",
            Move::Inmail => "Send an InMail",
            Move::ConnectWithNote => "Connect with a personalized note",
            Move::Connect => "Connect without a note",
            Move::Wait => "Wait: follow and engage first",
        }
    }

    pub fn is_request(self) -> bool {
        matches!(self, Move::Connect | Move::ConnectWithNote)
    }

    pub fn is_premium_message(self) -> bool {
        matches!(self, Move::Inmail | Move::OpenProfile)
    }
}

/// The guides' decision rules, in the order they are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    Connected = 1,
    /// Engaged with my content but not connected (docs/model.md#first-move, the rule for engaged prospects): the warmest move LinkedIn
    /// allows, never a direct message.
    Engaged,
    OpenProfile,
    ClosedNetwork,
    NoInvitations,
    Pending,
    /// An invitation pending under two weeks, as the rep's LinkedIn export tells it: only a list
    /// read beside the export knows it (docs/model.md#the-list-knows-the-network).
    PendingRecent,
    SeniorOrUrgent,
    Generic,
    Cold,
}

impl Rule {
    pub const ALL: [Rule; 10] = [
        Rule::Connected,
        Rule::Engaged,
        Rule::OpenProfile,
        Rule::ClosedNetwork,
        Rule::NoInvitations,
        Rule::Pending,
        Rule::PendingRecent,
        Rule::SeniorOrUrgent,
        Rule::Generic,
        Rule::Cold,
    ];

    /// The rule in a rep's words.
    pub fn title(self) -> &'static str {
        match self {
            Rule::Connected => "Already connected: message them",
            Rule::Engaged => "Engaged but not connected: Open Profile or a warm request",
            Rule::OpenProfile => "Open Profile on premium: message free",
            Rule::ClosedNetwork => "Closed network: InMail or wait",
            Rule::NoInvitations => "No invitations left: InMail or wait",
            Rule::Pending => "Request pending 2+ weeks: InMail or wait",
            Rule::PendingRecent => "Request pending under 2 weeks: wait for it",
            Rule::SeniorOrUrgent => "Senior or urgent: InMail",
            Rule::Generic => "Generic message: blank request",
            Rule::Cold => "Cold prospect: connect first",
        }
    }
}

/// Why the move was chosen: the rule it comes from (`None` for context that does not change
/// the move), in words, with its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub rule: Option<Rule>,
    pub text: String,
    pub source: Cite,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub first: Move,
    /// What to do if the first move gets no answer; always possible for this prospect.
    pub fallback: Option<Move>,
    pub rule: Rule,
    pub reasons: Vec<Reason>,
    /// The steps to follow, starting with the first move; `None` where no sequence applies
    /// (a direct message, or waiting).
    pub sequence: Option<Planned>,
    /// Expected acceptance of a connection request to this prospect, as a fraction.
    pub acceptance: f64,
}

/// A guide's sequence fitted to one prospect: the steps the answers rule out are dropped and
/// the first step is the first move.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    pub id: SequenceId,
    pub steps: Vec<Step>,
}

/// The facts the rules read, resolved from the scenario, the answers and what is left.
struct Facts {
    premium: bool,
    personal: bool,
    /// Invitations left this week.
    invites: bool,
    notes: bool,
    /// InMail credits left (premium only).
    credits: bool,
    /// Open Profile messages left and a premium account.
    open_allowed: bool,
    /// A request can be sent: a cold prospect, an open network, none pending, invites left.
    request: bool,
    open_flag: bool,
    relationship: Relationship,
}

fn facts(s: &Scenario, budget: &Budget) -> Facts {
    let p = &s.prospect;
    let premium = s.plan.plan().is_premium();
    let invites = budget.can_invite();
    Facts {
        premium,
        personal: p.flag(Flag::Personal),
        invites,
        notes: budget.can_add_note(),
        credits: premium && budget.can_inmail(),
        open_allowed: premium && budget.can_open_profile(),
        request: invites
            && p.relationship != Relationship::Connected
            && !p.flag(Flag::Closed)
            && !p.flag(Flag::Pending),
        open_flag: p.flag(Flag::OpenProfile),
        relationship: p.relationship,
    }
}

impl Facts {
    /// Whether this prospect and what is left allow the move at all.
    fn allows(&self, m: Move) -> bool {
        match m {
            Move::DirectMessage => self.relationship != Relationship::Cold,
            Move::OpenProfile => self.open_flag && self.open_allowed,
            Move::Inmail => self.credits,
            Move::ConnectWithNote => self.request && self.notes,
            Move::Connect => self.request,
            Move::Wait => true,
        }
    }

    /// A request: with a note when one is allowed, else blank.
    fn request_move(&self) -> Move {
        if self.notes {
            Move::ConnectWithNote
        } else {
            Move::Connect
        }
    }
}

const DECISION_TABLE: Cite = sources::REACHIUM;
const WHEN_INMAIL: Cite = sources::OUTBOUND;
/// Who can receive a direct message: LinkedIn's own word that anyone but a 1st-degree
/// connection needs an InMail, and the decision table whose "direct message" for engaged
/// prospects it qualifies.
const ONLY_CONNECTIONS: Cite = &[Source::HelpInmailMessages, Source::ReachiumGuide];

/// Where the rules write their reasons: nowhere for a list of thousands of prospects, which
/// needs only the moves, so the text is built only when it will be read.
struct Reasons(Option<Vec<Reason>>);

impl Reasons {
    fn say<T: Into<String>>(&mut self, rule: Option<Rule>, text: impl FnOnce() -> T, source: Cite) {
        if let Some(list) = &mut self.0 {
            list.push(Reason {
                rule,
                text: text().into(),
                source,
            });
        }
    }
}

/// The first move with what is left in `budget` (list mode spends it row by row), without
/// reasons or sequence.
pub fn first_move_within(s: &Scenario, budget: &Budget) -> (Rule, Move) {
    let (rule, first, _) = decide(s, &facts(s, budget), &mut Reasons(None));
    (rule, first)
}

/// What [`recommend`] reads of a scenario: the plan, what is left (cap, credits, notes),
/// acceptance and note uplift, and the answers. The page recomputes the move only when this
/// changes.
pub fn advice_inputs(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (
        s.plan,
        s.accept,
        s.uplift,
        Budget::for_prospect(s),
        s.prospect.clone(),
    )
}

/// The guides' first move for the scenario's prospect, its fallback, reasons and sequence.
pub fn recommend(s: &Scenario) -> Recommendation {
    let f = facts(s, &Budget::for_prospect(s));
    let mut reasons = Reasons(Some(Vec::new()));
    let (rule, first, candidates) = decide(s, &f, &mut reasons);
    if f.open_flag && !f.premium && f.relationship != Relationship::Connected {
        reasons.say(
            Some(Rule::OpenProfile),
            || "They have an Open Profile, but free messages to Open Profiles need a premium account.",
            sources::OUTBOUND,
        );
    }
    context_reasons(s, &f, first, &mut reasons);
    // After a request, the request is pending: the fallback is never a second one.
    let fallback = candidates
        .into_iter()
        .filter(|m| !(first.is_request() && m.is_request()))
        .find(|&m| m != first && f.allows(m));
    Recommendation {
        first,
        fallback,
        rule,
        reasons: reasons.0.unwrap_or_default(),
        sequence: plan_sequence(s, &f, first, fallback),
        acceptance: expected_acceptance(s, first),
    }
}

/// The rules in order; the first that matches gives (rule, move, fallback candidates in order
/// of preference, before the possibility check).
fn decide(s: &Scenario, f: &Facts, reasons: &mut Reasons) -> (Rule, Move, Vec<Move>) {
    match f.relationship {
        Relationship::Connected => {
            reasons.say(
                Some(Rule::Connected),
                || "You are already connected: message them directly; there is nothing to request.",
                DECISION_TABLE,
            );
            (Rule::Connected, Move::DirectMessage, Vec::new())
        }
        Relationship::Engaged => decide_engaged(s, f, reasons),
        Relationship::Cold => {
            if f.open_flag && f.open_allowed {
                reasons.say(
                    Some(Rule::OpenProfile),
                    || "They have an Open Profile and you are premium: the message is free, no credit used. Always check this first.",
                    sources::OUTBOUND,
                );
                let (_, rest, _) = decide_cold(s, f, &mut Reasons(None));
                return (Rule::OpenProfile, Move::OpenProfile, vec![rest, Move::Wait]);
            }
            decide_cold(s, f, reasons)
        }
    }
}

/// Engaged with my content but not connected: warm, but a like or a comment opens no channel,
/// so the warmest move LinkedIn allows. A free Open Profile message first, then a request
/// whose note names their comment or like; where no request can be sent, the rules for a
/// closed network, no invitations left and a pending request decide.
fn decide_engaged(s: &Scenario, f: &Facts, reasons: &mut Reasons) -> (Rule, Move, Vec<Move>) {
    let rule = Some(Rule::Engaged);
    reasons.say(
        rule,
        || "They engaged with your content, but a like or a comment does not open a channel: LinkedIn lets you message only your 1st-degree connections, so a direct message is not possible yet. Reachium's table says “direct message” for engaged prospects: that holds once they are connected.",
        ONLY_CONNECTIONS,
    );
    if f.open_flag && f.open_allowed {
        reasons.say(
            rule,
            || "They have an Open Profile and you are premium: message them now, free, no credit used, and mention their comment or like.",
            sources::OUTBOUND,
        );
        let (_, rest, _) = engaged_without_open_profile(s, f, &mut Reasons(None));
        return (Rule::Engaged, Move::OpenProfile, vec![rest, Move::Wait]);
    }
    engaged_without_open_profile(s, f, reasons)
}

/// An engaged prospect without a free Open Profile message: a warm request if one can be sent.
fn engaged_without_open_profile(
    s: &Scenario,
    f: &Facts,
    reasons: &mut Reasons,
) -> (Rule, Move, Vec<Move>) {
    let rule = Some(Rule::Engaged);
    if !f.request {
        reasons.say(
            rule,
            || "A connection request is not possible now either, so the choice is an InMail or waiting.",
            sources::BOTH_GUIDES,
        );
        return decide_cold(s, f, reasons);
    }
    let first = f.request_move();
    let text = if first == Move::ConnectWithNote {
        "Send a connection request whose note names their comment or like: the warmest move open to you. Once they accept, message them directly."
    } else {
        "Send a connection request, blank: no personalized notes are left this month. Name their comment or like in your first message once they accept."
    };
    reasons.say(rule, || text, sources::BOTH_GUIDES);
    // Unaccepted, the request becomes a pending one: an InMail that references it, else wait.
    (Rule::Engaged, first, vec![Move::Inmail, Move::Wait])
}

/// The rules for a cold prospect without a free Open Profile message.
fn decide_cold(s: &Scenario, f: &Facts, reasons: &mut Reasons) -> (Rule, Move, Vec<Move>) {
    let p = &s.prospect;
    let inmail_ok = f.credits && f.personal;
    let no_credits = if f.premium {
        "no InMail credits are left"
    } else {
        "a free account has no InMail"
    };
    let why_not_inmail = if !f.credits {
        no_credits
    } else {
        "a generic InMail wastes a credit, so personalize it first"
    };

    if p.flag(Flag::Closed) {
        let rule = Some(Rule::ClosedNetwork);
        return if inmail_ok {
            reasons.say(rule, || "They accept requests only from people they know (closed network): InMail is the only path.", DECISION_TABLE);
            (Rule::ClosedNetwork, Move::Inmail, vec![Move::Wait])
        } else {
            reasons.say(rule, || format!("Closed network, and {why_not_inmail}: follow them and engage with their posts first."), DECISION_TABLE);
            (Rule::ClosedNetwork, Move::Wait, Vec::new())
        };
    }
    if !f.invites {
        let rule = Some(Rule::NoInvitations);
        return if inmail_ok {
            reasons.say(
                rule,
                || "No invitations left this week: InMail covers the gap until the weekly reset.",
                DECISION_TABLE,
            );
            (Rule::NoInvitations, Move::Inmail, vec![Move::Wait])
        } else {
            reasons.say(
                rule,
                || format!("No invitations left this week, and {why_not_inmail}: wait for the weekly reset, then connect."),
                sources::REACHIUM,
            );
            (Rule::NoInvitations, Move::Wait, Vec::new())
        };
    }
    if p.flag(Flag::Pending) {
        let rule = Some(Rule::Pending);
        return if f.credits {
            reasons.say(rule, || "Your request has been pending 2+ weeks: a polite InMail that references it can break through.", WHEN_INMAIL);
            (Rule::Pending, Move::Inmail, vec![Move::Wait])
        } else {
            reasons.say(rule, || format!("Your request has been pending 2+ weeks, and {no_credits}: wait; withdraw it after 30 days (you can re-invite after 3 weeks)."), sources::OUTBOUND);
            (Rule::Pending, Move::Wait, Vec::new())
        };
    }
    let senior_or_urgent = p.flag(Flag::Senior) || p.flag(Flag::Urgent);
    if senior_or_urgent && inmail_ok {
        let who = if p.flag(Flag::Senior) {
            "A C-suite prospect rarely accepts random requests; a deliberate InMail signals intent"
        } else {
            "Time-sensitive: an InMail lands in the primary inbox with an email notification, a request may sit for weeks"
        };
        reasons.say(
            Some(Rule::SeniorOrUrgent),
            || format!("{who}, and your message is personalized."),
            WHEN_INMAIL,
        );
        return (
            Rule::SeniorOrUrgent,
            Move::Inmail,
            vec![f.request_move(), Move::Connect, Move::Wait],
        );
    }
    if senior_or_urgent {
        reasons.say(
            Some(Rule::SeniorOrUrgent),
            || format!("Senior or time-sensitive would argue for InMail, but {why_not_inmail}."),
            WHEN_INMAIL,
        );
    }
    if !f.personal {
        reasons.say(Some(Rule::Generic), || "Your message is generic: a blank request beats a generic note that reads as a disguised pitch, and a generic InMail wastes a credit.", sources::BOTH_GUIDES);
        return (Rule::Generic, Move::Connect, Vec::new());
    }
    let first = f.request_move();
    let text = if first == Move::ConnectWithNote {
        "A cold prospect: the free request earns the accept before the ask. Add your personalized note, then follow up 24–48 h after acceptance."
    } else {
        "A cold prospect: the free request earns the accept before the ask. No personalized notes are left this month, so send it blank and follow up 24–48 h after acceptance."
    };
    reasons.say(Some(Rule::Cold), || text, sources::BOTH_GUIDES);
    // Unanswered, the request is a pending one: no second request can go while it waits
    // (docs/model.md#first-move), so an InMail that references it (the pending rule), else wait.
    (Rule::Cold, first, vec![Move::Inmail, Move::Wait])
}

/// What does not change the move but changes what to expect. Each is said only where it
/// bears on the move: mutual connections and activity on a request, follow-ups on a one-shot
/// message or a connection.
fn context_reasons(s: &Scenario, f: &Facts, first: Move, reasons: &mut Reasons) {
    let p = &s.prospect;
    if first.is_request() {
        if p.flag(Flag::Mutual) {
            reasons.say(None, || "5+ mutual connections: LinkedIn shows them in the invitation, and acceptance “jumps significantly”.", sources::OUTBOUND);
        }
        let activity = if p.flag(Flag::Active) {
            "Active on LinkedIn: they check their invitations, so a request will be seen."
        } else {
            "Not active on LinkedIn: a request may sit unseen; expect a lower acceptance."
        };
        reasons.say(None, || activity, sources::OUTBOUND);
    }
    if p.flag(Flag::Followups) {
        let text = match first {
            Move::Inmail | Move::OpenProfile if f.request => {
                "Needs several follow-ups, but a message to a stranger is one shot: the sequence connects as well, so you can follow up."
            }
            Move::Inmail | Move::OpenProfile => {
                "Needs several follow-ups, but a message to a stranger is one shot and a request is not possible now: make it count."
            }
            Move::Connect | Move::ConnectWithNote => {
                "Needs several follow-ups: once connected you can message as often as needed; an InMail is one shot."
            }
            Move::DirectMessage | Move::Wait => return,
        };
        reasons.say(None, || text, sources::OUTBOUND);
    }
}

/// The guide's sequence for this prospect, fitted to what the answers allow: it starts with
/// the first move, and drops requests that cannot be sent, InMails without credits and the
/// follow-ups that need an accepted request. The fallback is one of its steps: a request still
/// pending after two weeks gets the message the fallback names (the guides' rule for a pending
/// request) where the sequence has none.
fn plan_sequence(s: &Scenario, f: &Facts, first: Move, fallback: Option<Move>) -> Option<Planned> {
    let p = &s.prospect;
    let id = match first {
        Move::DirectMessage | Move::Wait => return None,
        Move::Inmail | Move::OpenProfile if p.flag(Flag::Followups) => SequenceId::MultiChannel,
        Move::Inmail | Move::OpenProfile => SequenceId::InmailBreakthrough,
        _ if p.flag(Flag::Senior) && p.flag(Flag::Followups) => SequenceId::MultiChannel,
        _ => SequenceId::ConnectionFirst,
    };
    let free_message = f.open_flag && f.open_allowed;
    let engaged = f.relationship == Relationship::Engaged;
    let message_ok = free_message || f.credits;
    let mut steps: Vec<Step> = id
        .sequence()
        .steps
        .iter()
        .filter(|st| match st.touch {
            Touch::Invite => f.request,
            Touch::Inmail => message_ok,
            Touch::Message => f.request,
            Touch::Email => true,
        })
        .map(|st| match st.touch {
            Touch::Inmail if free_message => Step {
                action: "Open Profile message (free, no credit)",
                ..*st
            },
            Touch::Invite if first == Move::Connect => Step {
                action: "Connection request, blank (no note)",
                ..*st
            },
            Touch::Invite if first == Move::ConnectWithNote && engaged => Step {
                action: "Connection request with a note that names their comment or like",
                ..*st
            },
            Touch::Invite if first == Move::ConnectWithNote => Step {
                action: "Connection request with your personalized note",
                ..*st
            },
            _ => *st,
        })
        .collect();
    // A message-first prospect opens with the message; the request waits for no reply.
    if first.is_premium_message() {
        for st in &mut steps {
            match st.touch {
                Touch::Inmail => {
                    st.day = 1;
                    if !free_message {
                        st.action = "Personalized InMail: your first move";
                    }
                }
                Touch::Invite => {
                    st.day = 3;
                    st.action =
                        "If no reply: connection request with a note that references your message";
                }
                _ => {}
            }
        }
        steps.sort_by_key(|st| st.day);
    }
    let message_after_request =
        first.is_request() && fallback.is_some_and(Move::is_premium_message);
    if message_after_request && !steps.iter().any(|st| st.touch == Touch::Inmail) {
        steps.push(Step {
            day: 15,
            touch: Touch::Inmail,
            action: if fallback == Some(Move::OpenProfile) {
                "If the request is still pending after two weeks: a free Open Profile message that references it"
            } else {
                "If the request is still pending after two weeks: an InMail that references it"
            },
        });
        steps.sort_by_key(|st| st.day);
    }
    Some(Planned { id, steps })
}

/// Acceptance to expect for a request to this prospect: the scenario's rate, with the note
/// uplift when a note goes with it. Mutual connections and activity raise it, but the guides
/// give no figure, so they are stated, not added.
fn expected_acceptance(s: &Scenario, first: Move) -> f64 {
    let base = s.accept / 100.0;
    if first == Move::ConnectWithNote && !s.plan.plan().is_premium() {
        (base * (1.0 + s.uplift / 100.0)).min(1.0)
    } else {
        base
    }
}

/// Whether a move is possible for the scenario's prospect with what the questionnaire says is
/// left: what the fallback and every sequence step are held to.
pub fn is_possible(s: &Scenario, m: Move) -> bool {
    facts(s, &Budget::for_prospect(s)).allows(m)
}
