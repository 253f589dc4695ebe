//! The calculator's week (docs/model.md#best-plan-and-channel-mix): the one week every view describes. The calculator counts a
//! month of `W` invitations a week, `S = C / (1 − r)` InMails and `O` Open Profile messages; the
//! credit bank opens on sending `S`, and the best plan, the sequences and list mode open on the
//! hours, prospects and Open Profile share that this week needs. Each of those defaults is
//! computed here once, so no two views can describe different weeks.

use super::bank::{self, BankInput};
use super::fields::Field;
use super::plans::PlanId;
use super::scenario::Scenario;
use super::units::{self, hours, WEEKS_PER_MONTH};

/// Fewest hours a week the best plan opens on, even for a smaller week.
pub const MIN_HOURS: f64 = 5.0;
/// Fewest new prospects a week the best plan and the sequences open on.
pub const MIN_LIST: f64 = 100.0;
/// Smallest Open Profile share, in percent, they open on.
pub const MIN_OPEN_SHARE: f64 = 10.0;

/// InMails a month the plan's credits sustain with every refund resent: `C / (1 − r)`, or less
/// where refunds come back too slowly for the bank to keep that up (docs/model.md#credit-bank), and 0 on a plan
/// without credits. The calculator, the credit bank, the best plan and the allowances all
/// read this one figure.
pub fn sustainable_inmails(s: &Scenario) -> f64 {
    if s.credits <= 0.0 || !s.plan.plan().is_premium() {
        return 0.0;
    }
    bank::sustains(BankInput::plan_of(s))
}

/// InMails a month `plan` sustains under the scenario: the scenario's own credits on its own
/// plan, another plan's catalogue credits (and cap) otherwise, at the scenario's reply rate and
/// refund delay.
pub fn sustainable_on(s: &Scenario, plan: PlanId) -> f64 {
    if plan == s.plan {
        return sustainable_inmails(s);
    }
    let p = plan.plan();
    if !p.is_premium() {
        return 0.0;
    }
    let credits = f64::from(p.credits);
    bank::sustains(BankInput {
        credits,
        cap: p.bank_cap_for(credits),
        ..BankInput::plan_of(s)
    })
}

/// Invitations a week that actually go out: no more than the weekly cap (docs/model.md#cost-model).
pub fn invites_sent(s: &Scenario) -> f64 {
    s.invites.min(s.cap)
}

/// Invitations a week the rep plans above the weekly cap: they cannot go out.
pub fn invites_over_cap(s: &Scenario) -> f64 {
    (s.invites - s.cap).max(0.0)
}

/// The calculator's week: first moves by channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Week {
    pub invites: f64,
    pub inmails: f64,
    pub open: f64,
}

impl Week {
    pub fn of(s: &Scenario) -> Week {
        Week {
            invites: invites_sent(s),
            inmails: sustainable_inmails(s) / WEEKS_PER_MONTH,
            open: s.open / WEEKS_PER_MONTH,
        }
    }

    /// People the week reaches for the first time: one first move each.
    pub fn prospects(&self) -> f64 {
        self.invites + self.inmails + self.open
    }

    /// Minutes the week takes at the scenario's minutes per channel.
    pub fn minutes(&self, s: &Scenario) -> f64 {
        self.invites * s.get(Field::MinInvite)
            + self.inmails * s.get(Field::MinInmail)
            + self.open * s.get(Field::MinOpen)
    }
}

/// The default hours a week: what the calculator's week takes, rounded up to a tenth, at
/// least [`MIN_HOURS`]. A following figure is computed, not typed, so it may pass what the
/// field accepts: the best plan then still has room for the calculator's week.
pub fn default_hours(s: &Scenario) -> f64 {
    up_to_tenth(hours(Week::of(s).minutes(s))).max(MIN_HOURS)
}

/// The default list: the prospects the calculator's week reaches, whole, at least
/// [`MIN_LIST`] (and, like the hours, past the field's range where the week is).
pub fn default_list(s: &Scenario) -> f64 {
    (Week::of(s).prospects() - 1e-9).ceil().max(MIN_LIST)
}

/// The default Open Profile share: the share of the list the calculator's week sends Open
/// Profile messages to, at least [`MIN_OPEN_SHARE`]. Exact, not rounded up: share × list is
/// then the week's own Open Profile messages whatever the list, so a longer list never leaves
/// fewer Open Profile prospects (the field shows it to a tenth).
pub fn default_open_share(s: &Scenario) -> f64 {
    let list = s.get(Field::List);
    if list <= 0.0 {
        return MIN_OPEN_SHARE;
    }
    (100.0 * Week::of(s).open / list).clamp(MIN_OPEN_SHARE, 100.0)
}

/// Where the best plan's week is smaller than the calculator's, so its answer differs from the
/// calculator's: each says which of the rep's own limits is below what the week needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shortfall {
    /// Hours a week given, and what the calculator's week takes.
    Hours { given: f64, needed: f64 },
    /// New prospects a week given, and the people the calculator's week reaches.
    List { given: f64, needed: f64 },
    /// Prospects with an Open Profile, and the calculator's week's Open Profile messages.
    OpenProfile { given: f64, needed: f64 },
}

/// Every way the rep's hours, list and Open Profile share fall short of the calculator's week,
/// in that order; empty when the calculator's week fits (docs/model.md#best-plan-and-channel-mix's defaults always fit, and
/// the calculator never sends more invitations than the cap).
pub fn shortfalls(s: &Scenario) -> Vec<Shortfall> {
    let week = Week::of(s);
    let slack = |given: f64, needed: f64| needed > given + 1e-9 * (1.0 + needed);
    let hours = s.get(Field::Hours);
    let list = s.get(Field::List);
    let open_people = s.get(Field::OpenShare) / 100.0 * list;
    let mut out = Vec::new();
    let needed_hours = units::hours(week.minutes(s));
    if slack(hours, needed_hours) {
        out.push(Shortfall::Hours {
            given: hours,
            needed: needed_hours,
        });
    }
    if slack(list, week.prospects()) {
        out.push(Shortfall::List {
            given: list,
            needed: week.prospects(),
        });
    }
    if slack(open_people, week.open) {
        out.push(Shortfall::OpenProfile {
            given: open_people,
            needed: week.open,
        });
    }
    out
}

/// Rounds up to a tenth, ignoring float dust just above a tenth: how the week's hours are
/// shown, so the field's default and the sentences about it read the same figure.
pub fn up_to_tenth(x: f64) -> f64 {
    ((x * 10.0) - 1e-9).ceil().max(0.0) / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_week_needs_nine_and_a_half_hours_and_115_prospects() {
        let s = Scenario::default();
        // 100 requests and 62.5 · 12/52 = 14.42 InMails, 5 minutes each: 572.1 minutes.
        assert!((sustainable_inmails(&s) - 62.5).abs() < 1e-12);
        assert_eq!(default_hours(&s), 9.6);
        assert_eq!(default_list(&s), 115.0);
        assert_eq!(default_open_share(&s), MIN_OPEN_SHARE);
    }

    #[test]
    fn a_free_plan_sustains_no_inmail_and_a_small_week_keeps_the_floors() {
        let mut s = Scenario::for_plan(PlanId::Free);
        assert_eq!(sustainable_inmails(&s), 0.0);
        s.invites = 20.0;
        assert_eq!(default_hours(&s), MIN_HOURS);
        assert_eq!(default_list(&s), MIN_LIST);
    }

    #[test]
    fn the_defaults_fit_the_week_and_a_smaller_one_says_why() {
        let mut s = Scenario::default();
        assert_eq!(shortfalls(&s), vec![]);
        s.hours = Some(5.0);
        s.cap = 80.0;
        let found = shortfalls(&s);
        // 80 requests and 14.4 InMails at 5 minutes: 7.87 hours.
        assert!(
            matches!(found[..], [Shortfall::Hours { given, needed }]
            if given == 5.0 && (needed - 7.87).abs() < 1e-2),
            "{found:?}"
        );
    }

    #[test]
    fn invitations_above_the_cap_do_not_go_out() {
        let s = Scenario {
            invites: 1000.0,
            ..Scenario::for_plan(PlanId::Free)
        };
        assert_eq!(invites_sent(&s), 100.0);
        assert_eq!(invites_over_cap(&s), 900.0);
        assert_eq!(Week::of(&s).invites, 100.0);
    }

    #[test]
    fn open_profile_messages_raise_the_share() {
        let s = Scenario {
            open: 800.0,
            ..Scenario::default()
        };
        // 184.6 Open Profile messages of a 299-prospect week.
        assert_eq!(default_list(&s), 300.0);
        assert!((default_open_share(&s) - 100.0 * 800.0 * 12.0 / 52.0 / 300.0).abs() < 1e-9);
    }
}
