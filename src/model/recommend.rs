//! SPEC §4: the first move for one prospect. The rules are checked in the guides' order and
//! the first that matches decides; every reason names the rule and the guide it comes from.

use super::plans::{GUIDE_000, GUIDE_004};
use super::prospect::{Flag, Left, Relationship};
use super::scenario::Scenario;

/// A first move (CONTRACT.md `first-move` values).
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
}

/// Which of the guide's sequences to follow after the first move (SPEC §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SequenceId {
    ConnectionFirst,
    InmailBreakthrough,
    MultiChannel,
}

/// Why the move was chosen, with the rule number of SPEC §4 (0 for context that does not
/// change the move) and the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub rule: u8,
    pub text: String,
    pub source: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub first: Move,
    /// What to do if the first move is not possible or gets no answer.
    pub fallback: Option<Move>,
    /// The rule of SPEC §4 that decided (1–8).
    pub rule: u8,
    pub reasons: Vec<Reason>,
    pub sequence: Option<SequenceId>,
    /// Expected acceptance of a connection request to this prospect, as a fraction.
    pub acceptance: f64,
}

/// The facts the rules read, resolved from the scenario and the answers.
struct Facts {
    premium: bool,
    credits: bool,
    personal: bool,
    invites: bool,
    notes: bool,
}

fn facts(s: &Scenario) -> Facts {
    let p = &s.prospect;
    let plan = s.plan.plan();
    let premium = plan.is_premium();
    let credits_left = p.left_given(Left::Credits).unwrap_or(s.credits);
    let invites_left = p.left_given(Left::Invites).unwrap_or(s.cap);
    let notes_left = match plan.note_quota {
        None => f64::INFINITY,
        Some(quota) => p.left_given(Left::Notes).unwrap_or(f64::from(quota)),
    };
    Facts {
        premium,
        credits: premium && credits_left >= 1.0,
        personal: p.flag(Flag::Personal),
        invites: invites_left >= 1.0,
        notes: notes_left >= 1.0,
    }
}

const TABLE_004: &str = "Guide 004, decision table";
const WHEN_INMAIL_000: &str = "Guide 000, “When should you use InMail”";

/// Where the rules write their reasons: nowhere for a list of thousands of prospects, which
/// needs only the moves, so the text is built only when it will be read.
struct Reasons(Option<Vec<Reason>>);

impl Reasons {
    fn say<T: Into<String>>(&mut self, rule: u8, text: impl FnOnce() -> T, source: &'static str) {
        if let Some(list) = &mut self.0 {
            list.push(Reason {
                rule,
                text: text().into(),
                source,
            });
        }
    }
}

/// Rule 8's move: a note when one is allowed, else a blank request.
fn connect_move(f: &Facts) -> Move {
    if f.notes {
        Move::ConnectWithNote
    } else {
        Move::Connect
    }
}

/// The first move and the rule that chose it, without reasons or sequence: what list mode
/// needs for each of thousands of rows.
pub fn first_move(s: &Scenario) -> (u8, Move) {
    let (rule, first, _) = decide(s, &facts(s), &mut Reasons(None));
    (rule, first)
}

/// What [`recommend`] reads of a scenario: the plan, credits, cap, acceptance, note uplift and
/// the prospect. The page recomputes the move only when this changes.
pub fn inputs_of(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (
        s.plan,
        s.credits,
        s.cap,
        s.accept,
        s.uplift,
        s.prospect.clone(),
    )
}

/// Applies SPEC §4 to the scenario's prospect.
pub fn recommend(s: &Scenario) -> Recommendation {
    let f = facts(s);
    let p = &s.prospect;
    let mut reasons = Reasons(Some(Vec::new()));
    let (rule, first, fallback) = decide(s, &f, &mut reasons);
    if p.flag(Flag::OpenProfile) && !f.premium && rule > 2 {
        reasons.say(2, || "They have an Open Profile, but free messages to Open Profiles need a premium account.", GUIDE_000);
    }
    context_reasons(s, first, &mut reasons);
    let reasons = reasons.0.unwrap_or_default();

    let sequence = match first {
        Move::Inmail | Move::OpenProfile if p.flag(Flag::Followups) => {
            Some(SequenceId::MultiChannel)
        }
        Move::Inmail | Move::OpenProfile => Some(SequenceId::InmailBreakthrough),
        Move::Connect | Move::ConnectWithNote
            if p.flag(Flag::Senior) && p.flag(Flag::Followups) =>
        {
            Some(SequenceId::MultiChannel)
        }
        Move::Connect | Move::ConnectWithNote => Some(SequenceId::ConnectionFirst),
        Move::DirectMessage | Move::Wait => None,
    };

    Recommendation {
        first,
        fallback: fallback.filter(|m| *m != first),
        rule,
        reasons,
        sequence,
        acceptance: expected_acceptance(s, first),
    }
}

/// SPEC §4's rules in order; the first that matches gives (rule, move, fallback).
fn decide(s: &Scenario, f: &Facts, reasons: &mut Reasons) -> (u8, Move, Option<Move>) {
    let p = &s.prospect;
    let no_credits = if f.premium {
        "no InMail credits are left"
    } else {
        "a free account has no InMail"
    };

    if p.relationship != Relationship::Cold {
        let why = if p.relationship == Relationship::Connected {
            "You are already connected: message them directly; there is nothing to request."
        } else {
            "They engaged with your content: the relationship exists, so skip the request step."
        };
        reasons.say(1, || why, TABLE_004);
        let fallback = if p.relationship == Relationship::Connected {
            None
        } else {
            Some(connect_move(f))
        };
        (1, Move::DirectMessage, fallback)
    } else if p.flag(Flag::OpenProfile) && f.premium {
        reasons.say(
            2,
            || "They have an Open Profile and you are premium: the message is free, no credit used. Always check this first.",
            GUIDE_000,
        );
        let rest = decide_from_rule_3(s, f, &mut Reasons(None), "").1;
        (2, Move::OpenProfile, Some(rest))
    } else {
        decide_from_rule_3(s, f, reasons, no_credits)
    }
}

fn decide_from_rule_3(
    s: &Scenario,
    f: &Facts,
    reasons: &mut Reasons,
    no_credits: &str,
) -> (u8, Move, Option<Move>) {
    let p = &s.prospect;
    let inmail_ok = f.credits && f.personal;
    let why_not_inmail = if !f.credits {
        no_credits.to_string()
    } else {
        "a generic InMail wastes a credit, so personalize it first".to_string()
    };

    if p.flag(Flag::Closed) {
        return if inmail_ok {
            reasons.say(3, || "They accept requests only from people they know (closed network): InMail is the only path.", TABLE_004);
            (3, Move::Inmail, Some(Move::Wait))
        } else {
            reasons.say(3, || format!("Closed network, and {why_not_inmail}: follow them and engage with their posts first."), TABLE_004);
            (3, Move::Wait, None)
        };
    }
    if !f.invites {
        return if inmail_ok {
            reasons.say(
                4,
                || "No invitations left this week: InMail covers the gap until the weekly reset.",
                TABLE_004,
            );
            (4, Move::Inmail, Some(connect_move(f)))
        } else {
            reasons.say(4, || format!("No invitations left this week, and {why_not_inmail}: wait for the weekly reset."), GUIDE_004);
            (4, Move::Wait, Some(connect_move(f)))
        };
    }
    if p.flag(Flag::Pending) {
        return if f.credits {
            reasons.say(5, || "Your request has been pending 2+ weeks: a polite InMail that references it can break through.", WHEN_INMAIL_000);
            (5, Move::Inmail, Some(Move::Wait))
        } else {
            reasons.say(5, || format!("Your request has been pending 2+ weeks, and {no_credits}: wait; withdraw it after 30 days (you can re-invite after 3 weeks)."), GUIDE_000);
            (5, Move::Wait, None)
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
            6,
            || format!("{who}, and your message is personalized."),
            WHEN_INMAIL_000,
        );
        return (6, Move::Inmail, Some(connect_move(f)));
    }
    if senior_or_urgent {
        reasons.say(
            6,
            || format!("Senior or time-sensitive would argue for InMail, but {why_not_inmail}."),
            WHEN_INMAIL_000,
        );
    }
    if !f.personal {
        reasons.say(7, || "Your message is generic: a blank request beats a generic note that reads as a disguised pitch, and a generic InMail wastes a credit.", "Guides 004 and 000");
        return (7, Move::Connect, None);
    }
    let first = connect_move(f);
    let text = if first == Move::ConnectWithNote {
        "A cold prospect: the free request earns the accept before the ask. Add your personalized note, then follow up 24–48 h after acceptance."
    } else {
        "A cold prospect: the free request earns the accept before the ask. No personalized notes are left this month, so send it blank and follow up 24–48 h after acceptance."
    };
    reasons.say(8, || text, "Guides 004 and 000");
    let fallback = (first == Move::ConnectWithNote).then_some(Move::Connect);
    (8, first, fallback)
}

/// What does not change the move but changes what to expect (SPEC §4, last paragraph).
fn context_reasons(s: &Scenario, first: Move, reasons: &mut Reasons) {
    let p = &s.prospect;
    let connecting = matches!(first, Move::Connect | Move::ConnectWithNote);
    if p.flag(Flag::Mutual) {
        reasons.say(0, || "5+ mutual connections: LinkedIn shows them in the invitation, and acceptance “jumps significantly”.", GUIDE_000);
    }
    if p.flag(Flag::Active) {
        reasons.say(
            0,
            || "Active on LinkedIn: they check their invitations, so a request will be seen.",
            GUIDE_000,
        );
    } else if connecting {
        reasons.say(
            0,
            || "Not active on LinkedIn: a request may sit unseen; expect a lower acceptance.",
            GUIDE_000,
        );
    }
    if p.flag(Flag::Followups) {
        let text = if first == Move::Inmail {
            "Needs several follow-ups, but an InMail is one shot: connect as well (the sequence does) so you can follow up."
        } else {
            "Needs several follow-ups: once connected you can message as often as needed; an InMail is one shot."
        };
        reasons.say(0, || text, GUIDE_000);
    }
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
