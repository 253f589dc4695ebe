//! Account safety: how risky the plan's invitation volume is for the account, why, and a
//! weekly pacing plan that keeps every sending day under the safe ceiling.

use super::allowance::{Budget, Weekly};
use super::prospect::{Flag, Left};
use super::scenario::Scenario;
use super::sources::{self, Cite, Source};
use super::text;
use super::units::WEEKS_PER_MONTH;

/// Most invitations a day that the connect-or-message guide calls safe (the long guide advises
/// 15–20, spread over the day).
pub const SAFE_DAILY: f64 = 25.0;
/// A day at or above this many invitations looks like automation (the long guide).
pub const AUTOMATION_DAILY: f64 = 200.0;
/// Most sending days in a week.
pub const MAX_DAYS: f64 = 7.0;
/// Acceptance under this is LinkedIn's restriction signal (the long guide).
pub const MIN_ACCEPTANCE: f64 = 20.0;

/// The risk level (docs/link-format.md `risk-level`), ordered from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    Safe,
    Watch,
    Danger,
}

impl Risk {
    pub fn key(self) -> &'static str {
        match self {
            Risk::Safe => "safe",
            Risk::Watch => "watch",
            Risk::Danger => "danger",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Risk::Safe => "Safe",
            Risk::Watch => "Watch",
            Risk::Danger => "Danger",
        }
    }
}

/// One reason for the level, with its source and what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Cause {
    pub level: Risk,
    pub text: String,
    pub source: Cite,
    pub fix: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Safety {
    pub level: Risk,
    pub causes: Vec<Cause>,
    /// Things to know that do not change the level.
    pub warnings: Vec<String>,
    /// Invitations a sending day if the week is spread evenly.
    pub daily: f64,
    /// Invitations to send on each of the week's sending days (whole numbers, summing to the
    /// weekly volume).
    pub pacing: Vec<u32>,
    /// Fewest sending days (at most 7) that keep every day at or under the safe ceiling;
    /// `None` when even 7 cannot.
    pub days_needed: Option<u32>,
}

/// What [`assess`] reads of a scenario; the page reassesses only when this changes.
pub fn safety_inputs(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (
        s.plan,
        s.invites,
        s.cap,
        s.days,
        s.accept,
        s.prospect.flag(Flag::Personal),
        s.prospect.left_given(Left::Notes),
    )
}

/// Assesses the scenario's weekly invitations against its cap, pace and acceptance.
pub fn assess(s: &Scenario) -> Safety {
    let weekly = s.invites;
    let cap = Weekly::of(s).invitations;
    let days = s.days.clamp(1.0, MAX_DAYS);
    let daily = weekly / days;
    let needed = days_needed(weekly);
    // How to bring each day to 25 or fewer: more sending days, or, above 175 a week, fewer sends.
    let spread = match needed {
        Some(d) => format!("Spread the sends: {d} sending days keep each day at 25 or fewer, spread over the day."),
        None => format!(
            "No week stays at 25 a day or fewer at this volume, even over 7 days: cut {} a week (to {}), and move them to InMail or Open Profile messages.",
            text::counted(weekly - SAFE_DAILY * MAX_DAYS, "invitation", "invitations"),
            SAFE_DAILY * MAX_DAYS
        ),
    };
    let mut causes = Vec::new();

    if weekly > cap {
        causes.push(Cause {
            level: Risk::Danger,
            text: format!("{weekly} invitations a week is over this account's cap of {cap}: LinkedIn restricts sending, with about a one-week cooldown."),
            source: &[Source::OutboundGuide, Source::ReachiumGuide, Source::HelpInvitationLimits],
            fix: format!("Send at most {cap} a week; move the other {} to InMail or Open Profile messages.", weekly - cap),
        });
    }
    if daily >= AUTOMATION_DAILY {
        causes.push(Cause {
            level: Risk::Danger,
            text: format!(
                "{} a day: 200 invitations in one day “screams automation”.",
                round1(daily)
            ),
            source: sources::OUTBOUND,
            fix: spread.clone(),
        });
    }
    if weekly > 0.0 && s.accept < MIN_ACCEPTANCE {
        causes.push(Cause {
            level: Risk::Danger,
            text: format!("An acceptance rate of {}% is under 20%: many ignored requests are LinkedIn's restriction signal.", s.accept),
            source: sources::OUTBOUND,
            fix: "Tighten targeting (shared connections, same industry, active users), add a personalized note, and withdraw invitations pending 30+ days.".to_string(),
        });
    }
    if daily > SAFE_DAILY && daily < AUTOMATION_DAILY {
        causes.push(Cause {
            level: Risk::Watch,
            text: format!("{} a day is above the safe ceiling of about 25 a day (the Outbound System guide advises 15–20).", round1(daily)),
            source: &[Source::ReachiumGuide, Source::OutboundGuide],
            fix: spread,
        });
    }
    let level = causes.iter().map(|c| c.level).max().unwrap_or(Risk::Safe);

    Safety {
        level,
        causes,
        warnings: warnings(s),
        daily,
        pacing: pacing(weekly, days),
        days_needed: needed,
    }
}

/// Warnings that do not change the level: each fires only when what it warns about is sent.
fn warnings(s: &Scenario) -> Vec<String> {
    let weekly = s.invites;
    let personal = s.prospect.flag(Flag::Personal);
    let mut warnings = Vec::new();
    // Notes are sent when the message is personalized; a free account has a monthly quota.
    if let (true, Some(notes)) = (personal && weekly > 0.0, Budget::for_prospect(s).notes) {
        let monthly = weekly * WEEKS_PER_MONTH;
        if monthly > notes {
            warnings.push(format!(
                "A free account can personalize only {} this month (LinkedIn Help says 5 a month; the Outbound System guide says 3): about {} of your {} monthly invitations go blank. Save notes for your best prospects.",
                text::counted(notes, "more note", "more notes"),
                (monthly - notes).round(),
                monthly.round(),
            ));
        }
    }
    if !personal && weekly >= 100.0 {
        warnings.push(format!(
            "One generic text to {weekly} people a week: the same message sent to 100 people is a pattern LinkedIn flags (Outbound System guide). Vary it."
        ));
    }
    warnings
}

/// Splits a week's invitations over its sending days as evenly as whole numbers allow, the
/// larger days first.
pub fn pacing(weekly: f64, days: f64) -> Vec<u32> {
    let total = weekly.max(0.0).round() as u32;
    let days = days.clamp(1.0, MAX_DAYS) as u32;
    let base = total / days;
    let extra = total % days;
    (0..days).map(|d| base + u32::from(d < extra)).collect()
}

/// Fewest sending days that keep each at or under 25, if a week has enough days.
fn days_needed(weekly: f64) -> Option<u32> {
    let days = (weekly / SAFE_DAILY).ceil().max(1.0);
    (days <= MAX_DAYS).then_some(days as u32)
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
