//! SPEC §5: how risky the plan's invitation volume is for the account, why, and a weekly pacing
//! plan that keeps every sending day under the safe ceiling.

use super::cost::WEEKS_PER_MONTH;
use super::plans::GUIDE_000;
use super::scenario::Scenario;

/// Most invitations a day that Guide 004 calls safe (000 advises 15–20, spread over the day).
pub const SAFE_DAILY: f64 = 25.0;
/// A day at or above this many invitations looks like automation (Guide 000).
pub const AUTOMATION_DAILY: f64 = 200.0;
/// Acceptance under this is LinkedIn's restriction signal (Guide 000).
pub const MIN_ACCEPTANCE: f64 = 20.0;

/// The risk level (CONTRACT.md `risk-level`), ordered from best to worst.
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
    pub source: &'static str,
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
    /// Fewest sending days that keep every day at or under the safe ceiling.
    pub days_needed: u32,
}

/// What [`assess`] reads of a scenario; the page reassesses only when this changes.
pub fn inputs_of(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    (s.plan, s.invites, s.cap, s.days, s.accept)
}

/// Assesses the scenario's weekly invitations against its cap, pace and acceptance.
pub fn assess(s: &Scenario) -> Safety {
    let weekly = s.invites;
    let days = s.days.max(1.0);
    let daily = weekly / days;
    let mut causes = Vec::new();

    if weekly > s.cap {
        causes.push(Cause {
            level: Risk::Danger,
            text: format!("{weekly} invitations a week is over this account's cap of {}: LinkedIn restricts sending, with about a one-week cooldown.", s.cap),
            source: "Guides 000 and 004; LinkedIn Help (invitation limits)",
            fix: format!("Send at most {} a week; move the other {} to InMail or Open Profile messages.", s.cap, weekly - s.cap),
        });
    }
    if daily >= AUTOMATION_DAILY {
        causes.push(Cause {
            level: Risk::Danger,
            text: format!("{} a day: 200 invitations in one day “screams automation”.", round1(daily)),
            source: GUIDE_000,
            fix: "Spread the week over more sending days and over each day (morning, afternoon, evening).".to_string(),
        });
    }
    if s.accept < MIN_ACCEPTANCE {
        causes.push(Cause {
            level: Risk::Danger,
            text: format!("An acceptance rate of {} % is under 20 %: many ignored requests are LinkedIn's restriction signal.", s.accept),
            source: GUIDE_000,
            fix: "Tighten targeting (shared connections, same industry, active users), add a personalized note, and withdraw invitations pending 30+ days.".to_string(),
        });
    }
    if daily > SAFE_DAILY && daily < AUTOMATION_DAILY {
        causes.push(Cause {
            level: Risk::Watch,
            text: format!("{} a day is above the safe ceiling of about 25 a day (Guide 004; Guide 000 advises 15–20).", round1(daily)),
            source: "Guides 004 and 000",
            fix: format!("Spread the sends: {} sending days keep each day at 25 or fewer, spread over the day.", days_needed(weekly)),
        });
    }
    let level = causes.iter().map(|c| c.level).max().unwrap_or(Risk::Safe);

    let mut warnings = Vec::new();
    if let Some(quota) = s.plan.plan().note_quota {
        let monthly = weekly * WEEKS_PER_MONTH;
        if monthly > f64::from(quota) {
            warnings.push(format!(
                "A free account can personalize only {quota} notes a month (Guide 000 says 3): the other {} of your {} monthly invitations go blank. Save notes for your best prospects.",
                round1(monthly - f64::from(quota)),
                round1(monthly),
            ));
        }
    }
    if weekly >= 100.0 {
        warnings.push(
            "Vary the text: the same message sent to 100 people is a pattern LinkedIn flags (Guide 000).".to_string(),
        );
    }

    Safety {
        level,
        causes,
        warnings,
        daily,
        pacing: pacing(weekly, days),
        days_needed: days_needed(weekly),
    }
}

/// Splits a week's invitations over its sending days as evenly as whole numbers allow, the
/// larger days first.
pub fn pacing(weekly: f64, days: f64) -> Vec<u32> {
    let total = weekly.max(0.0).round() as u32;
    let days = days.clamp(1.0, 7.0) as u32;
    let base = total / days;
    let extra = total % days;
    (0..days).map(|d| base + u32::from(d < extra)).collect()
}

fn days_needed(weekly: f64) -> u32 {
    (weekly / SAFE_DAILY).ceil().max(1.0) as u32
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
