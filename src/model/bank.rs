//! The InMail credit bank of SPEC §3: a day-by-day simulation of expected values over twelve
//! 30-day months. Credits arrive as lots (the monthly grant and each day's refunds), every lot
//! expires 90 days after it arrives, the bank never holds more than the plan's cap, and sends
//! spend the lots that expire first. Fractional credits are expected values, not people.

use super::scenario::Scenario;

/// Days in a model month.
pub const MONTH_DAYS: u32 = 30;
/// Months simulated.
pub const MONTHS: usize = 12;
/// Days from a lot's arrival to its expiry.
pub const EXPIRY_DAYS: u32 = 90;
/// Amounts below this are rounding noise, not credits.
const EPSILON: f64 = 1e-9;

/// What drives the bank.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BankInput {
    /// Credits granted at the start of each month.
    pub credits: f64,
    /// Most credits the bank holds.
    pub cap: f64,
    /// InMail reply rate as a fraction: the share of sends whose credit comes back.
    pub reply: f64,
    /// InMails the rep wants to send a month.
    pub inmails: f64,
    /// Days from a send to the reply that refunds it (below 90).
    pub delay: u32,
}

impl BankInput {
    /// The bank of a scenario: the plan's fixed cap (SPEC §1; typing other credits does not
    /// move it) and the scenario's InMails a month, which default to the calculator's
    /// `C / (1 − r)`.
    pub fn of(s: &Scenario) -> BankInput {
        BankInput {
            credits: s.credits,
            cap: f64::from(s.plan.plan().bank_cap),
            reply: s.reply / 100.0,
            inmails: s.get(super::fields::Field::Inmails),
            // The field accepts whole days 0–89 only.
            delay: s.delay as u32,
        }
    }

    /// The same bank with another sending rate.
    pub fn sending(self, inmails: f64) -> BankInput {
        BankInput { inmails, ..self }
    }
}

/// One model month of the bank, in credits.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Month {
    /// The monthly grant before the cap.
    pub granted: f64,
    /// Credits that did not fit under the cap (grant or refund).
    pub cut: f64,
    /// Credits spent on sends.
    pub spent: f64,
    /// Credits returned by replies (before the cap).
    pub refunded: f64,
    /// Credits that reached 90 days unused.
    pub expired: f64,
    /// Credits in the bank at the month's last day.
    pub balance: f64,
    /// The most credits the bank held at any moment of the month: just after the grant or a
    /// refund arrived, before that day's sends. A month can end well below the cap and still
    /// have reached it, which is when credits are cut; the month-end balance alone hides that.
    /// For the year: the highest of the months'.
    pub peak: f64,
    /// InMails sent (one credit each).
    pub sent: f64,
    /// InMails wanted but not sent because the bank was empty.
    pub short: f64,
}

/// Twelve months of the bank and their totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    pub months: Vec<Month>,
    pub total: Month,
}

impl Bank {
    /// Credits lost to expiry or the cap: paid for, never used.
    pub fn lost(&self) -> f64 {
        self.total.expired + self.total.cut
    }

    /// Credits in the bank at the end of month 12.
    pub fn balance(&self) -> f64 {
        self.total.balance
    }
}

/// A lot of credits: how many, and the day they expire.
struct Lot {
    expires: u32,
    credits: f64,
}

/// Runs the simulation of SPEC §3 over the first twelve months, from an empty bank.
pub fn simulate(input: BankInput) -> Bank {
    simulate_months(input, MONTHS)
}

/// Runs the simulation over `months_run` months from an empty bank: the first year for the
/// view, a longer run for the test that the steady state is where it settles.
pub fn simulate_months(input: BankInput, months_run: usize) -> Bank {
    let days = MONTH_DAYS * months_run as u32;
    let daily = input.inmails / f64::from(MONTH_DAYS);
    // Lots in order of expiry: every lot lives 90 days, so arrival order is expiry order.
    let mut lots: Vec<Lot> = Vec::new();
    let mut sent_on = vec![0.0; days as usize];
    let mut months = vec![Month::default(); months_run];
    for day in 0..days {
        let month = &mut months[(day / MONTH_DAYS) as usize];
        // 1. Lots that reach their expiry leave.
        while lots.first().is_some_and(|lot| lot.expires <= day) {
            month.expired += lots.remove(0).credits;
        }
        // 2. The month's grant, cut to what fits under the cap.
        if day % MONTH_DAYS == 0 {
            month.granted += input.credits;
            month.cut += deposit(&mut lots, input.credits, day, input.cap);
        }
        // 3. The day's sends spend the lots that expire first; before them the bank is at its
        //    day's high (what was carried in, plus the grant).
        let balance: f64 = lots.iter().map(|l| l.credits).sum();
        month.peak = month.peak.max(balance);
        let sent = daily.min(balance);
        spend(&mut lots, sent);
        sent_on[day as usize] = sent;
        month.spent += sent;
        month.sent += sent;
        month.short += daily - sent;
        // 4. Refunds for the sends of `delay` days ago.
        if let Some(then) = day.checked_sub(input.delay) {
            let refund = input.reply * sent_on[then as usize];
            month.refunded += refund;
            month.cut += deposit(&mut lots, refund, day, input.cap);
        }
        month.balance = lots.iter().map(|l| l.credits).sum();
        month.peak = month.peak.max(month.balance);
    }
    // Sums of fractional sends leave dust like 1e-14: a credit count that small is nothing.
    for m in &mut months {
        for v in [
            &mut m.cut,
            &mut m.spent,
            &mut m.refunded,
            &mut m.expired,
            &mut m.balance,
            &mut m.peak,
            &mut m.sent,
            &mut m.short,
        ] {
            if v.abs() < EPSILON {
                *v = 0.0;
            }
        }
    }
    let mut total = Month::default();
    for m in &months {
        total.granted += m.granted;
        total.cut += m.cut;
        total.spent += m.spent;
        total.refunded += m.refunded;
        total.expired += m.expired;
        total.sent += m.sent;
        total.short += m.short;
        total.peak = total.peak.max(m.peak);
    }
    total.balance = months.last().map_or(0.0, |m| m.balance);
    Bank { months, total }
}

/// Adds a lot that expires 90 days from `day`, cut to the room under the cap; returns the cut.
fn deposit(lots: &mut Vec<Lot>, credits: f64, day: u32, cap: f64) -> f64 {
    let held: f64 = lots.iter().map(|l| l.credits).sum();
    let fits = credits.min((cap - held).max(0.0));
    if fits > EPSILON {
        lots.push(Lot {
            expires: day + EXPIRY_DAYS,
            credits: fits,
        });
    }
    credits - fits
}

/// Spends `credits` from the lots that expire first.
fn spend(lots: &mut Vec<Lot>, mut credits: f64) {
    while credits > 0.0 {
        let Some(first) = lots.first_mut() else {
            return;
        };
        let used = first.credits.min(credits);
        first.credits -= used;
        credits -= used;
        if first.credits <= EPSILON {
            lots.remove(0);
        }
    }
}

/// The bank once the first months are past (SPEC §3): a year read after the start has worn
/// off, per month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Steady {
    /// InMails a month the plan sustains: `C / (1 − r)`, every credit granted and refunded used.
    pub sustains: f64,
    /// Credits lost a month to expiry or the cap: sending less than the plan sustains.
    pub lost: f64,
    /// InMails a month wanted but not sent: sending more than the plan sustains.
    pub short: f64,
}

/// The bank in steady state (SPEC §3); `None` for a plan without credits. Once refunds flow,
/// a month brings `C` granted and `r·x` refunded for `x` sends, so sending `x` loses
/// `C − (1 − r)·x` a month when that is positive and is `x − C/(1 − r)` short when that is:
/// the figures the simulation settles to (property-tested against a long run), in closed form
/// so they are exact and cost nothing per edit.
pub fn steady(input: BankInput) -> Option<Steady> {
    if input.credits <= 0.0 {
        return None;
    }
    let sustains = input.credits / (1.0 - input.reply);
    // Within a billionth of the sustained rate is the sustained rate: no dust either way.
    let close = (input.inmails - sustains).abs() <= 1e-9 * sustains;
    let (lost, short) = if close {
        (0.0, 0.0)
    } else {
        (
            (input.credits - (1.0 - input.reply) * input.inmails).max(0.0),
            (input.inmails - sustains).max(0.0),
        )
    };
    Some(Steady {
        sustains,
        lost,
        short,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plans::PlanId;

    fn sales_nav(inmails: f64, reply: f64) -> BankInput {
        BankInput {
            inmails,
            reply,
            ..BankInput::of(&Scenario::for_plan(PlanId::SalesNavCore))
        }
    }

    #[test]
    fn sending_nothing_keeps_150_and_lets_450_expire() {
        let bank = simulate(sales_nav(0.0, 0.2));
        assert!((bank.balance() - 150.0).abs() < 1e-9, "{}", bank.balance());
        assert!((bank.total.expired - 450.0).abs() < 1e-9);
        assert_eq!(bank.total.cut, 0.0);
        assert_eq!(bank.months[0].balance, 50.0);
        assert_eq!(bank.months[2].balance, 150.0);
        assert_eq!(bank.months[3].expired, 50.0);
    }

    #[test]
    fn sending_the_grant_with_no_replies_uses_every_credit() {
        let bank = simulate(sales_nav(50.0, 0.0));
        assert!(bank.balance().abs() < 1e-6, "{}", bank.balance());
        assert!(bank.total.expired < 1e-6, "{}", bank.total.expired);
        assert!((bank.total.sent - 600.0).abs() < 1e-6);
    }

    #[test]
    fn the_cap_is_the_plans_fixed_figure() {
        // Recruiter Lite holds four months: 30 a month, cap 120; typing other credits does not
        // move the cap.
        let mut s = Scenario::for_plan(PlanId::RecruiterLite);
        s.credits = 60.0;
        let input = BankInput::of(&s).sending(0.0);
        assert_eq!(input.cap, 120.0);
        // Two grants of 60 fill it; the third is cut whole.
        let bank = simulate(input);
        assert_eq!(bank.months[2].cut, 60.0);
    }

    #[test]
    fn the_peak_is_the_months_high_before_its_sends() {
        // Sending nothing: each grant lands on what is there, so the peak is the month-end.
        let idle = simulate(sales_nav(0.0, 0.2));
        assert_eq!(idle.months[0].peak, 50.0);
        assert_eq!(idle.months[3].peak, 150.0);
        // Sending 2 a day: the grant of 50 arrives before the first send.
        let busy = simulate(sales_nav(60.0, 0.0));
        assert_eq!(busy.months[0].peak, 50.0);
        assert!(busy.months[0].balance < 1e-9);
        assert_eq!(busy.total.peak, 50.0);
    }

    #[test]
    fn replies_refund_after_the_delay() {
        let bank = simulate(sales_nav(60.0, 0.5));
        // Sends of 2 a day; refunds of 1 a day from day 7: 23 in the first month.
        assert!((bank.months[0].refunded - 23.0).abs() < 1e-9);
        assert!((bank.months[1].refunded - 30.0).abs() < 1e-9);
    }

    #[test]
    fn a_plan_without_credits_has_no_bank() {
        let input = BankInput::of(&Scenario::for_plan(PlanId::Free));
        let bank = simulate(input);
        assert_eq!(bank.total.sent, 0.0);
        assert_eq!(bank.lost(), 0.0);
        assert_eq!(steady(input), None);
    }

    #[test]
    fn the_steady_state_sustains_the_calculators_figure() {
        let at = |x: f64| steady(sales_nav(x, 0.2)).unwrap();
        assert!((at(0.0).sustains - 62.5).abs() < 1e-12);
        let exact = at(62.5);
        assert!(exact.lost < 1e-6 && exact.short < 1e-6, "{exact:?}");
        // Sending 50 wastes C − (1 − r)·50 = 10 credits a month; sending 70 is 7.5 short.
        assert!((at(50.0).lost - 10.0).abs() < 1e-6, "{:?}", at(50.0));
        assert!((at(70.0).short - 7.5).abs() < 1e-6, "{:?}", at(70.0));
    }
}
