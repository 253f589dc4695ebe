//! The scenario: every input of the calculator in one value, its defaults and its validation.
//! The page, the share link and the saved scenarios are all views of this one type.

use std::fmt;

use super::currency::Currency;
use super::fields::Field;
use super::given;
use super::measured::Measured;
use super::metrics::Counts;
use super::number::ValueError;
use super::plans::{Billing, PlanId};
use super::prospect::{Left, Prospect};
use super::returns::Deal;
use super::week;

/// Longest scenario name accepted (docs/link-format.md).
pub const NAME_MAX_CHARS: usize = 80;
/// The rep's hour, counted by default (docs/model.md#facts-and-defaults: a US SDR's loaded cost).
pub const DEFAULT_HOURLY: f64 = 50.0;

/// The inputs of one month's plan. Percent fields hold percents (`20.0` is 20 %).
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub plan: PlanId,
    /// How the plan is paid for; yearly only where the catalogue prices the plan so.
    pub billing: Billing,
    /// The currency of every money figure; never converted.
    pub currency: Currency,
    pub price: f64,
    pub credits: f64,
    pub reply: f64,
    pub open: f64,
    /// `None` follows the InMail reply rate.
    pub open_reply: Option<f64>,
    pub invites: f64,
    pub cap: f64,
    pub days: f64,
    pub accept: f64,
    pub conv: f64,
    pub meet: f64,
    /// InMails sent a month, for the credit bank; `None` follows the calculator's `C / (1 − r)`.
    pub inmails: Option<f64>,
    pub hourly: f64,
    pub minutes: f64,
    pub uplift: f64,
    /// Days from an InMail to its reply, for refunds in the credit bank.
    pub delay: f64,
    /// Hours a week for LinkedIn outreach, for the best plan and mix; `None` follows what the
    /// calculator's week takes.
    pub hours: Option<f64>,
    /// New prospects available a week; `None` follows the people the calculator's week reaches.
    pub list: Option<f64>,
    /// Share of them with an Open Profile, in percent; `None` follows the calculator's week.
    pub open_share: Option<f64>,
    /// Minutes per invitation, InMail and Open Profile message; `None` follows `minutes`.
    pub min_invite: Option<f64>,
    pub min_inmail: Option<f64>,
    pub min_open: Option<f64>,
    /// The prospect of the first-move questionnaire.
    pub prospect: Prospect,
    /// The rep's actual counts, for the Metrics view (absent where not given).
    pub counts: Counts,
    /// The fields holding figures copied from the rep's LinkedIn export, and their window.
    pub measured: Option<Measured>,
    /// The rep's average deal value and win rate (absent where not given).
    pub deal: Deal,
}

impl Default for Scenario {
    /// Sales Navigator Core with the guides' central figures.
    fn default() -> Self {
        Scenario::for_plan(PlanId::default())
    }
}

impl Scenario {
    /// The documented defaults on the given plan.
    pub fn for_plan(plan: PlanId) -> Scenario {
        let p = plan.plan();
        Scenario {
            name: String::new(),
            plan,
            billing: Billing::Monthly,
            currency: Currency::USD,
            price: p.price,
            credits: f64::from(p.credits),
            reply: 20.0,
            open: 0.0,
            open_reply: None,
            invites: 100.0,
            cap: 100.0,
            days: 5.0,
            accept: 28.0,
            conv: 29.0,
            meet: 25.0,
            inmails: None,
            hourly: DEFAULT_HOURLY,
            minutes: 5.0,
            uplift: 20.0,
            delay: 7.0,
            hours: None,
            list: None,
            open_share: None,
            min_invite: None,
            min_inmail: None,
            min_open: None,
            prospect: Prospect::default(),
            counts: Counts::default(),
            measured: None,
            deal: Deal::default(),
        }
    }

    /// Switches plan: the plan's own price and credits replace the old ones, and a free plan
    /// drops the Open Profile messages it cannot send. The rates are the user's and stay; the
    /// billing stays where the new plan is priced yearly too.
    pub fn with_plan(&self, plan: PlanId) -> Scenario {
        let mut next = self.clone();
        next.plan = plan;
        if !plan.plan().bills_yearly() {
            next.billing = Billing::Monthly;
        }
        next.reset_to_plan();
        next
    }

    /// Switches billing: a price that was the plan's own under the old billing becomes the
    /// plan's own under the new one; a price the rep typed stays. Yearly billing on a plan the
    /// catalogue prices only monthly is refused.
    pub fn set_billing(&mut self, billing: Billing) -> Result<(), Invalid> {
        let p = self.plan.plan();
        if billing == Billing::Yearly && !p.bills_yearly() {
            return Err(Invalid::Billing(self.plan));
        }
        if self.price == p.price_for(self.billing) {
            self.price = p.price_for(billing);
            self.unmeasure(Field::Price);
        }
        self.billing = billing;
        Ok(())
    }

    /// The documented defaults on this scenario's plan and billing.
    pub fn defaults(&self) -> Scenario {
        let mut d = Scenario::for_plan(self.plan);
        if d.set_billing(self.billing).is_err() {
            d.billing = Billing::Monthly;
        }
        d
    }

    /// Puts back the plan's own figures (price, credits, Open Profile on a free plan).
    pub fn reset_to_plan(&mut self) {
        let p = self.plan.plan();
        self.price = p.price_for(self.billing);
        self.credits = f64::from(p.credits);
        if !p.open_profile {
            self.open = 0.0;
        }
    }

    /// Whether price and credits are the plan's own.
    pub fn matches_plan(&self) -> bool {
        let p = self.plan.plan();
        self.price == p.price_for(self.billing) && self.credits == f64::from(p.credits)
    }

    /// The value in force for a field (following fields resolved).
    pub fn get(&self, field: Field) -> f64 {
        match field {
            Field::Price => self.price,
            Field::Credits => self.credits,
            Field::Reply => self.reply,
            Field::Open => self.open,
            Field::OpenReply => self.open_reply.unwrap_or(self.reply),
            Field::Invites => self.invites,
            Field::WeeklyCap => self.cap,
            Field::Days => self.days,
            Field::Accept => self.accept,
            Field::ConnectionReply => self.conv,
            Field::Meet => self.meet,
            Field::Inmails => self
                .inmails
                .unwrap_or_else(|| week::sustainable_inmails(self)),
            Field::Hourly => self.hourly,
            Field::Minutes => self.minutes,
            Field::Uplift => self.uplift,
            Field::Delay => self.delay,
            Field::Hours => self.hours.unwrap_or_else(|| week::default_hours(self)),
            Field::List => self.list.unwrap_or_else(|| week::default_list(self)),
            Field::OpenShare => self
                .open_share
                .unwrap_or_else(|| week::default_open_share(self)),
            Field::MinInvite => self.min_invite.unwrap_or(self.minutes),
            Field::MinInmail => self.min_inmail.unwrap_or(self.minutes),
            Field::MinOpen => self.min_open.unwrap_or(self.minutes),
        }
    }

    /// A following field's own value (`Some(None)` while it follows); `None` for other fields.
    pub fn own(&self, field: Field) -> Option<Option<f64>> {
        match field {
            Field::OpenReply => Some(self.open_reply),
            Field::Inmails => Some(self.inmails),
            Field::Hours => Some(self.hours),
            Field::List => Some(self.list),
            Field::OpenShare => Some(self.open_share),
            Field::MinInvite => Some(self.min_invite),
            Field::MinInmail => Some(self.min_inmail),
            Field::MinOpen => Some(self.min_open),
            _ => None,
        }
    }

    /// Where a field's value is kept.
    fn slot(&mut self, field: Field) -> Slot<'_> {
        match field {
            Field::Price => Slot::Value(&mut self.price),
            Field::Credits => Slot::Value(&mut self.credits),
            Field::Reply => Slot::Value(&mut self.reply),
            Field::Open => Slot::Value(&mut self.open),
            Field::OpenReply => Slot::Following(&mut self.open_reply),
            Field::Invites => Slot::Value(&mut self.invites),
            Field::WeeklyCap => Slot::Value(&mut self.cap),
            Field::Days => Slot::Value(&mut self.days),
            Field::Accept => Slot::Value(&mut self.accept),
            Field::ConnectionReply => Slot::Value(&mut self.conv),
            Field::Meet => Slot::Value(&mut self.meet),
            Field::Inmails => Slot::Following(&mut self.inmails),
            Field::Hourly => Slot::Value(&mut self.hourly),
            Field::Minutes => Slot::Value(&mut self.minutes),
            Field::Uplift => Slot::Value(&mut self.uplift),
            Field::Delay => Slot::Value(&mut self.delay),
            Field::Hours => Slot::Following(&mut self.hours),
            Field::List => Slot::Following(&mut self.list),
            Field::OpenShare => Slot::Following(&mut self.open_share),
            Field::MinInvite => Slot::Following(&mut self.min_invite),
            Field::MinInmail => Slot::Following(&mut self.min_inmail),
            Field::MinOpen => Slot::Following(&mut self.min_open),
        }
    }

    /// The default of a field for this scenario's plan (`None` where it follows another field).
    pub fn default_of(&self, field: Field) -> Option<f64> {
        match self.own(field) {
            Some(_) => None,
            None => Some(self.defaults().get(field)),
        }
    }

    /// Whether a field holds its default, so the page can say the figure is the guide's.
    pub fn is_default(&self, field: Field) -> bool {
        match self.own(field) {
            Some(own) => own.is_none(),
            None => self.default_of(field) == Some(self.get(field)),
        }
    }

    /// Sets a field after checking it; on error the scenario is unchanged.
    pub fn set(&mut self, field: Field, value: f64) -> Result<(), ValueError> {
        field.check(value)?;
        self.check_plan(field, value)?;
        match self.slot(field) {
            Slot::Value(v) => *v = value,
            Slot::Following(v) => *v = Some(value),
        }
        self.unmeasure(field);
        Ok(())
    }

    /// Makes a following field follow again (Open Profile reply rate, InMails sent, the week's
    /// hours, list and Open Profile share, minutes per channel); puts any other field back to
    /// its default.
    pub fn unset(&mut self, field: Field) {
        let default = self.default_of(field);
        match (self.slot(field), default) {
            (Slot::Following(v), _) => *v = None,
            (Slot::Value(v), Some(default)) => *v = default,
            (Slot::Value(_), None) => {}
        }
        self.unmeasure(field);
    }

    /// A field the rep changes no longer holds the export's figure.
    fn unmeasure(&mut self, field: Field) {
        if let Some(m) = &mut self.measured {
            m.fields.retain(|f| *f != field);
            if m.fields.is_empty() {
                self.measured = None;
            }
        }
    }

    /// Whose LinkedIn export measured a field's figure, as a sentence names it.
    pub fn measured_by(&self, field: Field) -> Option<&'static str> {
        self.measured
            .as_ref()
            .filter(|m| m.fields.contains(&field))
            .map(|m| m.whose())
    }

    /// Where a field's figure came from when the rep copied it from their LinkedIn export.
    pub fn measured_source(&self, field: Field) -> Option<String> {
        self.measured
            .as_ref()
            .filter(|m| m.fields.contains(&field))
            .map(|m| m.source_of(field))
    }

    /// A free account has no InMail credits and cannot message Open Profiles for free; a
    /// price and an hour's cost stay within their currency's range; credits stay within what
    /// a fixed bank cap can take in (docs/model.md#facts-and-defaults).
    fn check_plan(&self, field: Field, value: f64) -> Result<(), ValueError> {
        let premium = self.plan.plan().is_premium();
        if !premium && value > 0.0 && matches!(field, Field::Credits | Field::Open) {
            return Err(ValueError::NeedsPremium);
        }
        if field == Field::Price && value > self.currency.price_max() {
            return Err(ValueError::AboveMax(self.currency.price_max()));
        }
        if field == Field::Hourly && value > self.currency.hourly_max() {
            return Err(ValueError::AboveMax(self.currency.hourly_max()));
        }
        if let Some(most) = self.plan.plan().credits_max() {
            if field == Field::Credits && value > most {
                return Err(ValueError::AboveBankCap(most));
            }
        }
        Ok(())
    }

    /// Every problem of a scenario built from untrusted data. Empty for any scenario the
    /// codec or the page produced.
    pub fn problems(&self) -> Vec<Invalid> {
        let mut problems: Vec<Invalid> = Field::ALL
            .into_iter()
            .filter_map(|f| {
                // A following field's figure is computed, not given: only its own is checked.
                let v = match self.own(f) {
                    Some(None) => return None,
                    Some(Some(own)) => own,
                    None => self.get(f),
                };
                let checked = f.check(v).and_then(|()| self.check_plan(f, v));
                checked.err().map(|e| Invalid::Field(f, e))
            })
            .collect();
        for given in given::all() {
            if let Some(Err(e)) = (given.get)(self).map(|v| given.rule.check(v)) {
                problems.push(Invalid::Given(given.key, e));
            }
        }
        if self.billing == Billing::Yearly && !self.plan.plan().bills_yearly() {
            problems.push(Invalid::Billing(self.plan));
        }
        if let Err(e) = check_name(&self.name) {
            problems.push(Invalid::Name(e));
        }
        problems.extend(
            self.prospect
                .problems()
                .into_iter()
                .map(|(l, e)| Invalid::Count(l, e)),
        );
        problems
    }

    /// The name to show, with a stand-in for an unnamed scenario.
    pub fn display_name(&self) -> &str {
        if self.name.trim().is_empty() {
            "Untitled scenario"
        } else {
            &self.name
        }
    }
}

/// Where a field's value lives: its own number, or an override of the field it follows.
enum Slot<'a> {
    Value(&'a mut f64),
    Following(&'a mut Option<f64>),
}

/// Something wrong in a scenario read from untrusted data.
#[derive(Clone, Debug, PartialEq)]
pub enum Invalid {
    Field(Field, ValueError),
    Count(Left, ValueError),
    /// A figure the rep gives or leaves empty, by its link key ([`given::by_key`]).
    Given(&'static str, ValueError),
    /// Yearly billing on a plan the catalogue prices only monthly.
    Billing(PlanId),
    Name(NameError),
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalid::Field(field, e) => write!(f, "{}: {e}", field.spec().label),
            Invalid::Count(left, e) => write!(f, "{}: {e}", left.label()),
            Invalid::Given(key, e) => {
                let label = given::by_key(key).map_or("A figure", |g| g.label);
                write!(f, "{label}: {e}")
            }
            Invalid::Billing(plan) => write!(
                f,
                "{} is billed monthly only: the price list has no yearly price for it",
                plan.plan().name
            ),
            Invalid::Name(e) => write!(f, "The name {e}"),
        }
    }
}

/// Why a name was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum NameError {
    TooLong(usize),
    ControlCharacter,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::TooLong(n) => {
                write!(f, "is {n} characters long; the limit is {NAME_MAX_CHARS}")
            }
            NameError::ControlCharacter => f.write_str("contains a control character"),
        }
    }
}

/// Checks a scenario name: at most 80 characters, no control characters. HTML is allowed: it
/// is always shown as text.
pub fn check_name(name: &str) -> Result<(), NameError> {
    let len = name.chars().count();
    if len > NAME_MAX_CHARS {
        return Err(NameError::TooLong(len));
    }
    if name.chars().any(char::is_control) {
        return Err(NameError::ControlCharacter);
    }
    Ok(())
}
