//! The guide's message templates, their `[placeholders]`, and the character limits of
//! each channel and account.

use super::sources::{self, Cite};

/// Where a message is sent, which sets its limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    Note,
    Inmail,
    FollowUp,
}

#[derive(Debug)]
pub struct Template {
    pub kind: MessageKind,
    pub name: &'static str,
    pub subject: Option<&'static str>,
    pub body: &'static str,
}

pub static TEMPLATES: [Template; 10] = [
    Template { kind: MessageKind::Note, name: "Note: shared interest", subject: None,
        body: "[First name], saw your post about [topic]. We're doing similar work at [your company]. Worth connecting?" },
    Template { kind: MessageKind::Note, name: "Note: mutual connection", subject: None,
        body: "[First name], both connected to [mutual connection name]. Figured we should connect too." },
    Template { kind: MessageKind::Note, name: "Note: industry relevance", subject: None,
        body: "[First name], you're one of the few [job title] in [industry] I've found on LinkedIn. Let's connect." },
    Template { kind: MessageKind::Note, name: "Note: problem-aware", subject: None,
        body: "[First name], helping [industry] companies solve [specific problem]. Thought you'd find it relevant." },
    Template { kind: MessageKind::Inmail, name: "InMail: trigger-based", subject: Some("Quick thought on [company's recent news]"),
        body: "[First name],\n\nSaw [company] just [specific trigger]. Companies at this stage often struggle with [specific problem].\n\nWe helped [similar company] solve this by [brief solution], resulting in [specific outcome].\n\nWorth a 15-min conversation to see if there's a fit?\n\n[Your name]" },
    Template { kind: MessageKind::Inmail, name: "InMail: problem-agitate-solve", subject: Some("Are you dealing with [specific problem]?"),
        body: "[First name],\n\nMost [job title] at [industry] companies tell us [specific pain point] is their biggest bottleneck right now.\n\nWe built [solution] specifically to solve this. [Similar company] used it to [specific result] in [timeframe].\n\nIf this is on your radar, I'd love to show you how it works.\n\n[Your name]" },
    Template { kind: MessageKind::Inmail, name: "InMail: value-first", subject: Some("Thought you'd find this useful"),
        body: "[First name],\n\nNoticed you're leading [initiative] at [company]. Put together a quick breakdown of how [similar companies] are approaching [specific challenge].\n\n[Link to case study / resource / insight]\n\nIf it's helpful, happy to walk you through how we've implemented this for [client example].\n\n[Your name]" },
    Template { kind: MessageKind::FollowUp, name: "Follow-up: conversational opener", subject: None,
        body: "Thanks for connecting, [First name]. How's [specific challenge] affecting your team right now?" },
    Template { kind: MessageKind::FollowUp, name: "Follow-up: case study", subject: None,
        body: "[First name], thought you'd appreciate this: we just helped [similar company] solve [problem] by [brief solution]. Resulted in [metric]. Relevant for [their company]?" },
    Template { kind: MessageKind::FollowUp, name: "Follow-up: direct ask", subject: None,
        body: "[First name], if solving [problem] is a priority this quarter, I'd love to show you how we helped [client] achieve [result]. Open to a quick call this week?" },
];

pub const SOURCE: Cite = sources::OUTBOUND;
/// InMail subject limit (LinkedIn Help a554514).
pub const SUBJECT_LIMIT: usize = 200;
/// InMail body limit (LinkedIn Help a554514; some third parties say 1,900).
pub const BODY_LIMIT: usize = 2000;

/// The body limit of a message of this kind on this account; follow-ups to connections have
/// none the guides name.
pub fn body_limit(kind: MessageKind, premium: bool) -> Option<usize> {
    match kind {
        MessageKind::Note if premium => Some(300),
        MessageKind::Note => Some(200),
        MessageKind::Inmail => Some(BODY_LIMIT),
        MessageKind::FollowUp => None,
    }
}

/// The distinct `[placeholders]` of a text, in order of first appearance.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else { break };
        let name = &after[..close];
        if !name.is_empty() && !name.contains('[') && !found.iter().any(|f| f == name) {
            found.push(name.to_string());
        }
        rest = &after[close + 1..];
    }
    found
}

/// Replaces each placeholder that has a non-blank value; the others stay as `[name]`.
pub fn fill(text: &str, values: &[(String, String)]) -> String {
    let mut out = text.to_string();
    for (name, value) in values {
        if !value.trim().is_empty() {
            out = out.replace(&format!("[{name}]"), value);
        }
    }
    out
}

/// Characters as LinkedIn counts them (Unicode characters, not bytes).
pub fn length(text: &str) -> usize {
    text.chars().count()
}

/// What is wrong with a filled message: text over a limit, placeholders left unfilled.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub length: usize,
    pub limit: Option<usize>,
    pub over_by: usize,
    pub unfilled: Vec<String>,
}

pub fn check(text: &str, limit: Option<usize>) -> Check {
    let length = length(text);
    Check {
        length,
        limit,
        over_by: limit.map_or(0, |l| length.saturating_sub(l)),
        unfilled: placeholders(text),
    }
}
