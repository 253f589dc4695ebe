//! What an account may send in a week, in one place: invitations against the weekly cap,
//! personalized notes against a free account's monthly quota, InMail credits net of refunds,
//! and Open Profile messages. Sequences, list mode, the first move and safety all read these,
//! so they cannot disagree about a limit.

use super::prospect::Left;
use super::scenario::Scenario;
use super::units::{refunded_sends, WEEKS_PER_MONTH};
use super::week;

/// Open Profile messages a month that third parties say LinkedIn allows (it names none).
pub const OPEN_PROFILE_MONTHLY: f64 = 800.0;

/// A limit an account runs into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Invitations,
    Notes,
    Credits,
    OpenProfile,
}

impl Limit {
    pub const ALL: [Limit; 4] = [
        Limit::Invitations,
        Limit::Notes,
        Limit::Credits,
        Limit::OpenProfile,
    ];

    /// The limit as a rep names it.
    pub fn label(self) -> &'static str {
        match self {
            Limit::Invitations => "the weekly invitation cap",
            Limit::Notes => "the monthly quota of personalized notes",
            Limit::Credits => "InMail credits (net of refunds)",
            Limit::OpenProfile => "Open Profile messages (≈ a week of 800 a month)",
        }
    }
}

/// A week's allowances. `None` is unlimited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weekly {
    /// The account's weekly invitation cap.
    pub invitations: f64,
    /// A free account's notes for the month; premium notes are unlimited.
    pub notes: Option<f64>,
    /// Credits a week net of refunds: what the InMails the plan sustains cost once their
    /// replies have refunded theirs (`C · 12/52` where refunds flow in time).
    pub credits_net: f64,
    /// Open Profile messages a week, `800 · 12/52` on premium, none on a free account.
    pub open_profile: f64,
    /// The InMail reply rate as a fraction: each reply refunds its credit.
    reply: f64,
}

impl Weekly {
    pub fn of(s: &Scenario) -> Weekly {
        let plan = s.plan.plan();
        Weekly {
            invitations: s.cap,
            notes: plan.note_quota.map(f64::from),
            credits_net: week::sustainable_inmails(s) * (1.0 - s.reply / 100.0) / WEEKS_PER_MONTH,
            open_profile: if plan.open_profile {
                OPEN_PROFILE_MONTHLY / WEEKS_PER_MONTH
            } else {
                0.0
            },
            reply: s.reply / 100.0,
        }
    }

    /// InMails a week can send: refunds are resent, so the InMails a month the plan sustains
    /// (`C / (1 − r)` where refunds flow in time), a week's share.
    pub fn inmail_sends(&self) -> f64 {
        refunded_sends(self.credits_net, self.reply)
    }

    /// Credits that `sends` InMails cost once their replies have refunded theirs.
    pub fn net_credits(&self, sends: f64) -> f64 {
        sends * (1.0 - self.reply)
    }

    /// The allowance of one limit, in the units [`Usage`] counts.
    pub fn available(&self, limit: Limit) -> Option<f64> {
        match limit {
            Limit::Invitations => Some(self.invitations),
            Limit::Notes => self.notes,
            Limit::Credits => Some(self.credits_net),
            Limit::OpenProfile => Some(self.open_profile),
        }
    }
}

/// What a week's plan uses of each limit (credits net of refunds).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Usage {
    pub invitations: f64,
    pub notes: f64,
    pub credits_net: f64,
    pub open_profile: f64,
}

impl Usage {
    pub fn of(&self, limit: Limit) -> f64 {
        match limit {
            Limit::Invitations => self.invitations,
            Limit::Notes => self.notes,
            Limit::Credits => self.credits_net,
            Limit::OpenProfile => self.open_profile,
        }
    }

    /// The first limit, in [`Limit::ALL`] order, that the usage goes over.
    pub fn first_broken(&self, week: &Weekly) -> Option<Limit> {
        Limit::ALL
            .into_iter()
            .find(|&l| week.available(l).is_some_and(|a| self.of(l) > a + 1e-9))
    }
}

/// What is left to spend while a week is planned one prospect at a time: whole sends, so a
/// move is possible only while at least one is left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    pub invitations: f64,
    /// `None` is unlimited (premium notes).
    pub notes: Option<f64>,
    /// InMails that may still be sent (credits in hand, refunds resent).
    pub inmails: f64,
    pub open_profile: f64,
}

impl Budget {
    /// One prospect's view: the counts the rep gave in the questionnaire, else the plan's
    /// (invitations: the cap; credits: a month's; notes: the free quota).
    pub fn for_prospect(s: &Scenario) -> Budget {
        let p = &s.prospect;
        let week = Weekly::of(s);
        let premium = s.plan.plan().is_premium();
        Budget {
            invitations: p.left_given(Left::Invites).unwrap_or(s.cap),
            notes: week
                .notes
                .map(|quota| p.left_given(Left::Notes).unwrap_or(quota)),
            inmails: if premium {
                p.left_given(Left::Credits).unwrap_or(s.credits)
            } else {
                0.0
            },
            open_profile: week.open_profile,
        }
    }

    /// A week's list: the prospect's counts, but never more than the week allows (the cap,
    /// the credits a week sustains, a week of Open Profile messages), in whole sends.
    pub fn for_week(s: &Scenario) -> Budget {
        let one = Budget::for_prospect(s);
        let week = Weekly::of(s);
        Budget {
            invitations: one.invitations.min(week.invitations).floor(),
            notes: one.notes.map(f64::floor),
            inmails: one.inmails.min(week.inmail_sends()).floor(),
            open_profile: one.open_profile.floor(),
        }
    }

    pub fn can_invite(&self) -> bool {
        self.invitations >= 1.0
    }

    pub fn can_add_note(&self) -> bool {
        self.notes.is_none_or(|n| n >= 1.0)
    }

    pub fn can_inmail(&self) -> bool {
        self.inmails >= 1.0
    }

    pub fn can_open_profile(&self) -> bool {
        self.open_profile >= 1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plans::PlanId;

    #[test]
    fn sales_navigator_week() {
        let week = Weekly::of(&Scenario::default());
        assert_eq!(week.invitations, 100.0);
        assert_eq!(week.notes, None);
        assert!((week.credits_net - 50.0 * 12.0 / 52.0).abs() < 1e-12);
        assert!((week.open_profile - 800.0 * 12.0 / 52.0).abs() < 1e-12);
        assert!((week.inmail_sends() - 50.0 * 12.0 / 52.0 / 0.8).abs() < 1e-12);
        assert_eq!(Budget::for_week(&Scenario::default()).inmails, 14.0);
    }

    #[test]
    fn a_free_week_has_no_premium_messages() {
        let s = Scenario::for_plan(PlanId::Free);
        let week = Weekly::of(&s);
        assert_eq!((week.credits_net, week.open_profile), (0.0, 0.0));
        assert_eq!(week.notes, Some(5.0));
        let budget = Budget::for_week(&s);
        assert!(!budget.can_inmail() && !budget.can_open_profile() && budget.can_add_note());
    }

    #[test]
    fn the_first_broken_limit_is_named_in_order() {
        let week = Weekly::of(&Scenario::default());
        let usage = Usage {
            invitations: 25.0,
            credits_net: 14.4,
            ..Usage::default()
        };
        assert_eq!(usage.first_broken(&week), Some(Limit::Credits));
        assert_eq!(Usage::default().first_broken(&week), None);
    }
}
