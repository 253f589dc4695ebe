//! The scenario: every input of the calculator in one value, its defaults and its validation.
//! The page, the share link and the saved scenarios are all views of this one type.

use std::fmt;

use super::fields::Field;
use super::number::ValueError;
use super::plans::PlanId;
use super::prospect::{Left, Prospect};

/// Longest scenario name accepted (CONTRACT.md).
pub const NAME_MAX_CHARS: usize = 80;

/// The inputs of one month's plan. Percent fields hold percents (`20.0` is 20 %).
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub plan: PlanId,
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
    /// `None` follows the plan's monthly credits.
    pub inmails: Option<f64>,
    pub hourly: f64,
    pub minutes: f64,
    pub uplift: f64,
    /// The prospect of the first-move questionnaire.
    pub prospect: Prospect,
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
            hourly: 0.0,
            minutes: 5.0,
            uplift: 20.0,
            prospect: Prospect::default(),
        }
    }

    /// Switches plan: the plan's own price and credits replace the old ones, and a free plan
    /// drops the Open Profile messages it cannot send. The rates are the user's and stay.
    pub fn with_plan(&self, plan: PlanId) -> Scenario {
        let mut next = self.clone();
        next.plan = plan;
        next.reset_to_plan();
        next
    }

    /// Puts back the plan's own figures (price, credits, Open Profile on a free plan).
    pub fn reset_to_plan(&mut self) {
        let p = self.plan.plan();
        self.price = p.price;
        self.credits = f64::from(p.credits);
        if !p.open_profile {
            self.open = 0.0;
        }
    }

    /// Whether price and credits are the plan's own.
    pub fn matches_plan(&self) -> bool {
        let p = self.plan.plan();
        self.price == p.price && self.credits == f64::from(p.credits)
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
            Field::Cap => self.cap,
            Field::Days => self.days,
            Field::Accept => self.accept,
            Field::Conv => self.conv,
            Field::Meet => self.meet,
            Field::Inmails => self.inmails.unwrap_or(self.credits),
            Field::Hourly => self.hourly,
            Field::Minutes => self.minutes,
            Field::Uplift => self.uplift,
        }
    }

    /// The default of a field for this scenario's plan (`None` where it follows another field).
    pub fn default_of(&self, field: Field) -> Option<f64> {
        match field {
            Field::OpenReply | Field::Inmails => None,
            _ => Some(Scenario::for_plan(self.plan).get(field)),
        }
    }

    /// Whether a field holds its default, so the page can say the figure is the guide's.
    pub fn is_default(&self, field: Field) -> bool {
        match field {
            Field::OpenReply => self.open_reply.is_none(),
            Field::Inmails => self.inmails.is_none(),
            _ => self.default_of(field) == Some(self.get(field)),
        }
    }

    /// Sets a field after checking it; on error the scenario is unchanged.
    pub fn set(&mut self, field: Field, value: f64) -> Result<(), ValueError> {
        field.check(value)?;
        self.check_plan(field, value)?;
        let slot = match field {
            Field::Price => &mut self.price,
            Field::Credits => &mut self.credits,
            Field::Reply => &mut self.reply,
            Field::Open => &mut self.open,
            Field::OpenReply => {
                self.open_reply = Some(value);
                return Ok(());
            }
            Field::Invites => &mut self.invites,
            Field::Cap => &mut self.cap,
            Field::Days => &mut self.days,
            Field::Accept => &mut self.accept,
            Field::Conv => &mut self.conv,
            Field::Meet => &mut self.meet,
            Field::Inmails => {
                self.inmails = Some(value);
                return Ok(());
            }
            Field::Hourly => &mut self.hourly,
            Field::Minutes => &mut self.minutes,
            Field::Uplift => &mut self.uplift,
        };
        *slot = value;
        Ok(())
    }

    /// Makes a following field follow again (Open Profile reply rate, InMails sent).
    pub fn unset(&mut self, field: Field) {
        match field {
            Field::OpenReply => self.open_reply = None,
            Field::Inmails => self.inmails = None,
            _ => {
                if let Some(default) = self.default_of(field) {
                    let _ = self.set(field, default);
                }
            }
        }
    }

    /// A free account has no InMail credits and cannot message Open Profiles for free.
    fn check_plan(&self, field: Field, value: f64) -> Result<(), ValueError> {
        let premium = self.plan.plan().is_premium();
        if !premium && value > 0.0 && matches!(field, Field::Credits | Field::Open) {
            return Err(ValueError::NeedsPremium);
        }
        Ok(())
    }

    /// Every problem of a scenario built from untrusted data. Empty for any scenario the
    /// codec or the page produced.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> = Field::ALL
            .into_iter()
            .filter_map(|f| {
                let v = self.get(f);
                let checked = f.check(v).and_then(|()| self.check_plan(f, v));
                checked.err().map(|e| Problem::Field(f, e))
            })
            .collect();
        if let Err(e) = check_name(&self.name) {
            problems.push(Problem::Name(e));
        }
        problems.extend(
            self.prospect
                .problems()
                .into_iter()
                .map(|(l, e)| Problem::Count(l, e)),
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

/// Something wrong in a scenario read from untrusted data.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Field(Field, ValueError),
    Count(Left, ValueError),
    Name(NameError),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Field(field, e) => write!(f, "{}: {e}", field.spec().label),
            Problem::Count(left, e) => write!(f, "{}: {e}", left.label()),
            Problem::Name(e) => write!(f, "The name {e}"),
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
