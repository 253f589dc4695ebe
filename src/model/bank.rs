//! The InMail credit bank of docs/model.md#credit-bank: a day-by-day simulation of expected values over twelve
//! 30-day months. Credits arrive as lots (the monthly grant and each day's refunds), every lot
//! expires 90 days after it arrives, the bank never holds more than the plan's cap, and sends
//! spend the lots that expire first. Fractional credits are expected values, not people.

use std::collections::VecDeque;

use super::scenario::Scenario;
use super::units::refunded_sends;

/// Days in a model month.
pub const MONTH_DAYS: u32 = 30;
/// Months simulated for the view: the first year from an empty bank.
pub const MONTHS: usize = 12;
/// Months simulated to judge the steady state: two years, of which the second is read.
pub const STEADY_MONTHS: usize = 24;
/// Days from a lot's arrival to its expiry.
pub const EXPIRY_DAYS: u32 = 90;
/// A shortfall smaller than this, in InMails a month over months 13–24, is none: it rounds
/// away at the one decimal averages are shown with.
pub const SHORT_TOLERANCE: f64 = 0.05;
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
    /// Days from a send to the reply that refunds it (below [`super::plans::REFUND_DAYS`]).
    pub delay: u32,
}

impl BankInput {
    /// The bank of a scenario: the plan's cap (a fixed figure, or Recruiter Lite's four
    /// months of the credits typed) and the scenario's InMails a month, which default to what
    /// the plan sustains (the calculator's figure).
    pub fn of(s: &Scenario) -> BankInput {
        BankInput {
            credits: s.credits,
            cap: s.plan.plan().bank_cap_for(s.credits),
            reply: s.reply / 100.0,
            inmails: s.get(super::fields::Field::Inmails),
            // The field accepts whole days below `REFUND_DAYS` only.
            delay: s.delay as u32,
        }
    }

    /// The bank of a scenario before its sends are known: what [`sustains`] reads.
    pub fn plan_of(s: &Scenario) -> BankInput {
        BankInput {
            credits: s.credits,
            cap: s.plan.plan().bank_cap_for(s.credits),
            reply: s.reply / 100.0,
            inmails: 0.0,
            delay: s.delay as u32,
        }
    }

    /// The same bank with another sending rate.
    pub fn sending(self, inmails: f64) -> BankInput {
        BankInput { inmails, ..self }
    }

    /// `C / (1 − r)`: every credit granted and every refund sent again, once refunds flow.
    pub fn resent(self) -> f64 {
        refunded_sends(self.credits, self.reply)
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

/// The lots in the bank, oldest first, and their sum kept as lots come and go, so a day costs
/// the same however many lots there are.
#[derive(Default)]
struct Lots {
    lots: VecDeque<Lot>,
    held: f64,
}

impl Lots {
    /// Takes out the lots that expire by `day`; returns how many credits left.
    fn expire(&mut self, day: u32) -> f64 {
        let mut gone = 0.0;
        while self.lots.front().is_some_and(|lot| lot.expires <= day) {
            if let Some(lot) = self.lots.pop_front() {
                gone += lot.credits;
            }
        }
        self.held = (self.held - gone).max(0.0);
        gone
    }

    /// Adds a lot that expires 90 days from `day`, cut to the room under the cap; returns the
    /// cut.
    fn deposit(&mut self, credits: f64, day: u32, cap: f64) -> f64 {
        let fits = credits.min((cap - self.held).max(0.0));
        if fits > EPSILON {
            self.lots.push_back(Lot {
                expires: day + EXPIRY_DAYS,
                credits: fits,
            });
            self.held += fits;
        }
        credits - fits
    }

    /// Spends `credits` from the lots that expire first.
    fn spend(&mut self, mut credits: f64) {
        self.held = (self.held - credits).max(0.0);
        while credits > 0.0 {
            let Some(first) = self.lots.front_mut() else {
                break;
            };
            let used = first.credits.min(credits);
            first.credits -= used;
            credits -= used;
            if first.credits <= EPSILON {
                self.lots.pop_front();
            }
        }
        if self.lots.is_empty() {
            self.held = 0.0;
        }
    }
}

/// Runs the simulation of docs/model.md#credit-bank over the first twelve months, from an empty bank.
pub fn simulate(input: BankInput) -> Bank {
    simulate_months(input, MONTHS)
}

/// Runs the simulation over `months_run` months from an empty bank: the first year for the
/// view, two years to judge the steady state, longer for the tests.
pub fn simulate_months(input: BankInput, months_run: usize) -> Bank {
    let days = MONTH_DAYS * months_run as u32;
    let daily = input.inmails / f64::from(MONTH_DAYS);
    // Every lot lives 90 days, so arrival order is expiry order.
    let mut lots = Lots::default();
    let mut sent_on = vec![0.0; days as usize];
    let mut months = vec![Month::default(); months_run];
    for day in 0..days {
        let month = &mut months[(day / MONTH_DAYS) as usize];
        // 1. Lots that reach their expiry leave.
        month.expired += lots.expire(day);
        // 2. The month's grant, cut to what fits under the cap.
        if day % MONTH_DAYS == 0 {
            month.granted += input.credits;
            month.cut += lots.deposit(input.credits, day, input.cap);
        }
        // 3. The day's sends spend the lots that expire first; before them the bank is at its
        //    day's high (what was carried in, plus the grant).
        month.peak = month.peak.max(lots.held);
        let sent = daily.min(lots.held);
        lots.spend(sent);
        sent_on[day as usize] = sent;
        month.spent += sent;
        month.sent += sent;
        month.short += daily - sent;
        // 4. Refunds for the sends of `delay` days ago.
        if let Some(then) = day.checked_sub(input.delay) {
            let refund = input.reply * sent_on[then as usize];
            month.refunded += refund;
            month.cut += lots.deposit(refund, day, input.cap);
        }
        month.balance = lots.held;
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

/// The second year of a two-year run from an empty bank, a month on average: what sending
/// `input.inmails` a month settles to once the start has worn off.
pub fn second_year(input: BankInput) -> Month {
    let bank = simulate_months(input, STEADY_MONTHS);
    let year = &bank.months[MONTHS..];
    let n = year.len() as f64;
    let avg = |f: fn(&Month) -> f64| year.iter().map(f).sum::<f64>() / n;
    Month {
        granted: avg(|m| m.granted),
        cut: avg(|m| m.cut),
        spent: avg(|m| m.spent),
        refunded: avg(|m| m.refunded),
        expired: avg(|m| m.expired),
        balance: bank.total.balance,
        peak: year.iter().map(|m| m.peak).fold(0.0, f64::max),
        sent: avg(|m| m.sent),
        short: avg(|m| m.short),
    }
}

/// Whether sending `input.inmails` a month still falls short in the second year.
fn falls_short(input: BankInput) -> bool {
    second_year(input).short > SHORT_TOLERANCE
}

/// InMails a month the plan sustains (docs/model.md#credit-bank): `C / (1 − r)` where the start's shortfall has
/// worn off by the second year, else the most sent a month with no shortfall in months 13–24,
/// found by the simulation (a high reply rate with long-delayed refunds climbs to `C / (1 − r)`
/// only slowly). 0 without credits. The calculator's InMails a month is this same figure.
pub fn sustains(input: BankInput) -> f64 {
    if input.credits <= 0.0 {
        return 0.0;
    }
    if start_wears_off(input) {
        return input.resent();
    }
    let key = [
        input.credits,
        input.cap,
        input.reply,
        f64::from(input.delay),
    ]
    .map(f64::to_bits);
    let known = RECENT.with(|r| {
        let mut r = r.borrow_mut();
        // The most recently used first, so a bank asked for on every edit stays.
        let at = r.iter().position(|(k, _)| *k == key)?;
        let hit = r.remove(at);
        r.insert(0, hit);
        Some(hit.1)
    });
    if let Some(known) = known {
        return known;
    }
    let found = sustains_uncached(input);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        r.truncate(RECENT_KEPT - 1);
        r.insert(0, (key, found));
    });
    found
}

/// [`sustains`] without the memo: for a sweep over many reply rates (How sure's grid), which
/// would only push out the banks each edit asks for again.
pub fn sustains_uncached(input: BankInput) -> f64 {
    if input.credits <= 0.0 {
        return 0.0;
    }
    if start_wears_off(input) {
        return input.resent();
    }
    search_sustained(input.sending(input.resent()))
}

/// Banks whose start holds them back, most recently used first: one edit asks for the same
/// bank many times (the calculator, the week's defaults, every plan of Best plan), and each
/// search runs the two-year simulation about fifteen times. A pure function's memo.
const RECENT_KEPT: usize = 8;
thread_local! {
    static RECENT: std::cell::RefCell<Vec<([u64; 4], f64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The most sent a month with no shortfall in the second year, searched between nothing and
/// `input.inmails` (`C / (1 − r)`).
fn search_sustained(input: BankInput) -> f64 {
    let resent = input.inmails;
    if !falls_short(input) {
        return resent;
    }
    // Sending nothing never falls short; sending `C / (1 − r)` does.
    let (mut enough, mut too_many) = (0.0, resent);
    while too_many - enough > 1e-4 * (1.0 + resent) {
        let mid = (enough + too_many) / 2.0;
        if falls_short(input.sending(mid)) {
            too_many = mid;
        } else {
            enough = mid;
        }
    }
    enough
}

/// Whether the shortfall of sending `C / (1 − r)` from an empty bank has surely worn off by
/// month 13, without simulating. Until the first refunds are back (`delay` days, so up to
/// `delay / 30 + 1` months), each month falls at most `r · C / (1 − r)` short; each missing
/// send then withholds its refund, which leaves a send missing at most `delay + 30` days later,
/// `r` times smaller. The bank holds at most a month's grant and the refunds on their way,
/// which `D` bounds, so where the cap is above both nothing is cut, nothing expires, and the
/// shortfall left after day 360 is at most `r^k · D / (1 − r)` for the first shortfall `D` and
/// the first generation `k` not over by then. (A cap just above the grant is not enough: 148
/// credits a month, a cap of 150 and refunds the same day cut a day's refunds each month.)
/// This is the common case, and How sure's draws rely on it.
fn start_wears_off(input: BankInput) -> bool {
    let r = input.reply;
    if r <= 0.0 {
        return true;
    }
    let delay = f64::from(input.delay);
    let month = f64::from(MONTH_DAYS);
    let generation = delay + month;
    let first = r * input.resent() * (delay / month + 1.0);
    let k = (f64::from(MONTH_DAYS * MONTHS as u32) / generation).floor();
    let left = r.powf(k) * first / (1.0 - r);
    left / MONTHS as f64 <= SHORT_TOLERANCE && input.cap >= input.credits + first
}

/// The bank once the first months are past (docs/model.md#credit-bank), per month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Steady {
    /// InMails a month the plan sustains: [`sustains`].
    pub sustains: f64,
    /// `C / (1 − r)`, where the plan sustains less than it because refunds come back too
    /// slowly for the second year to reach it; `None` where it sustains exactly that.
    pub held_back_from: Option<f64>,
    /// Credits lost a month to expiry or the cap: sending less than the plan sustains.
    pub lost: f64,
    /// InMails a month wanted but not sent: sending more than the plan sustains.
    pub short: f64,
}

/// The bank in steady state (docs/model.md#credit-bank); `None` for a plan without credits. Where the plan
/// sustains `C / (1 − r)`, a month brings `C` granted and `r·x` refunded for `x` sends once
/// refunds flow, so sending `x` loses `C − (1 − r)·x` a month when that is positive and is
/// `x − C/(1 − r)` short when that is: the figures the simulation settles to (property-tested
/// against a long run), exact in closed form. Where the start holds the plan back, the
/// second year of the simulation says what is lost and short.
pub fn steady(input: BankInput) -> Option<Steady> {
    if input.credits <= 0.0 {
        return None;
    }
    let sustains = sustains(input);
    let resent = input.resent();
    let held_back_from = (sustains < resent).then_some(resent);
    let close = (input.inmails - sustains).abs() <= 1e-9 * (1.0 + sustains);
    let (lost, short) = if held_back_from.is_some() {
        let year = second_year(input);
        let short = if close || year.short <= SHORT_TOLERANCE {
            0.0
        } else {
            year.short
        };
        (year.expired + year.cut, short)
    } else if close {
        (0.0, 0.0)
    } else {
        (
            (input.credits - (1.0 - input.reply) * input.inmails).max(0.0),
            (input.inmails - sustains).max(0.0),
        )
    };
    Some(Steady {
        sustains,
        held_back_from,
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
    fn the_cap_is_fixed_or_four_months_of_credits() {
        // Sales Navigator's 150 stays whatever credits are typed.
        let s = Scenario {
            credits: 60.0,
            ..Scenario::default()
        };
        let input = BankInput::of(&s).sending(0.0);
        assert_eq!(input.cap, 150.0);
        // Two grants of 60 fill 120; the third is cut to 30.
        let bank = simulate(input);
        assert_eq!(bank.months[2].cut, 30.0);
        // Recruiter Lite holds four months of what it grants.
        let mut r = Scenario::for_plan(PlanId::RecruiterLite);
        r.credits = 60.0;
        assert_eq!(BankInput::of(&r).cap, 240.0);
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
