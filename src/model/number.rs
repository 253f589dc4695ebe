//! The one reader of numbers people type or links carry: every count, amount and rate on the
//! page goes through [`Rule::parse`], so each field accepts the same spellings and refuses with
//! the same words.

use std::fmt;

use super::text::shorten;

/// How a value is shown and what it is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// US dollars (a price, an hourly rate, a spend).
    Usd,
    /// A percentage written as a percent (`20` is 20 %).
    Percent,
    /// A count of things (or minutes).
    Count,
}

/// What a field accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// The maximum itself is not allowed (a reply rate of 100 % would make credits infinite).
    pub max_exclusive: bool,
    pub whole: bool,
}

impl Rule {
    /// A whole count from `min` to `max`.
    pub const fn count(min: f64, max: f64) -> Rule {
        Rule {
            unit: Unit::Count,
            min,
            max,
            max_exclusive: false,
            whole: true,
        }
    }

    /// A percent from 0 to 100.
    pub const PERCENT: Rule = Rule {
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        max_exclusive: false,
        whole: false,
    };

    /// Reads what a person typed (or a link carried).
    ///
    /// Accepts surrounding spaces, a leading `$` on money and a trailing `%` on percents, the
    /// way people write them; refuses everything else with the reason.
    pub fn parse(&self, text: &str) -> Result<f64, ValueError> {
        let trimmed = text.trim();
        let mut number = trimmed;
        if self.unit == Unit::Usd {
            number = number.strip_prefix('$').unwrap_or(number).trim_start();
        }
        if self.unit == Unit::Percent {
            number = number.strip_suffix('%').unwrap_or(number).trim_end();
        }
        if number.is_empty() {
            return Err(ValueError::Empty);
        }
        if number.contains(',') {
            return Err(ValueError::Comma);
        }
        let is_plain = number
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
        let value = match number.parse::<f64>() {
            Ok(v) if is_plain && v.is_finite() => v,
            _ => return Err(ValueError::NotANumber(shorten(trimmed, 40))),
        };
        self.check(value).map(|()| value)
    }

    /// Checks a number against the range and kind.
    pub fn check(&self, value: f64) -> Result<(), ValueError> {
        if !value.is_finite() {
            return Err(ValueError::NotANumber(value.to_string()));
        }
        if self.whole && value.fract() != 0.0 {
            return Err(ValueError::NotWhole);
        }
        if value < self.min {
            return Err(ValueError::BelowMin(self.min));
        }
        if self.max_exclusive && value >= self.max {
            return Err(ValueError::NotBelow(self.max));
        }
        if value > self.max {
            return Err(ValueError::AboveMax(self.max));
        }
        Ok(())
    }
}

/// Why a value was refused, phrased to follow the field's label.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueError {
    Empty,
    Comma,
    NotANumber(String),
    NotWhole,
    BelowMin(f64),
    AboveMax(f64),
    NotBelow(f64),
    /// Open Profile messages and InMail credits need a premium plan.
    NeedsPremium,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::Empty => f.write_str("enter a number"),
            ValueError::Comma => f.write_str("use “.” for decimals and no thousands separator"),
            ValueError::NotANumber(text) => write!(f, "“{text}” is not a number"),
            ValueError::NotWhole => f.write_str("must be a whole number"),
            ValueError::BelowMin(min) => write!(f, "must be at least {min}"),
            ValueError::AboveMax(max) => write!(f, "must be at most {max}"),
            ValueError::NotBelow(max) => write!(f, "must be below {max}"),
            ValueError::NeedsPremium => {
                f.write_str("needs a premium plan (a free account has none)")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONEY: Rule = Rule {
        unit: Unit::Usd,
        min: 0.0,
        max: 10_000.0,
        max_exclusive: false,
        whole: false,
    };

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(Rule::PERCENT.parse(" 22.5 "), Ok(22.5));
        assert_eq!(Rule::PERCENT.parse("20%"), Ok(20.0));
        assert_eq!(MONEY.parse("$99"), Ok(99.0));
        assert_eq!(MONEY.parse("1e2"), Ok(100.0));
        assert_eq!(Rule::count(0.0, 800.0).parse("800"), Ok(800.0));
    }

    #[test]
    fn refuses_with_a_reason() {
        let count = Rule::count(0.0, 100.0);
        assert_eq!(count.parse(" "), Err(ValueError::Empty));
        assert_eq!(count.parse("2.5"), Err(ValueError::NotWhole));
        assert_eq!(count.parse("-1"), Err(ValueError::BelowMin(0.0)));
        assert_eq!(count.parse("101"), Err(ValueError::AboveMax(100.0)));
        assert_eq!(count.parse("1,000"), Err(ValueError::Comma));
        assert_eq!(count.parse("$5"), Err(ValueError::NotANumber("$5".into())));
        assert_eq!(
            MONEY.parse("20%"),
            Err(ValueError::NotANumber("20%".into()))
        );
        for junk in ["NaN", "inf", "1e400", "0x10", "five"] {
            assert_eq!(count.parse(junk), Err(ValueError::NotANumber(junk.into())));
        }
    }

    #[test]
    fn a_huge_paste_is_echoed_short() {
        let junk = "x".repeat(100_000);
        let Err(ValueError::NotANumber(echo)) = Rule::PERCENT.parse(&junk) else {
            panic!("junk was accepted");
        };
        assert_eq!(echo.chars().count(), 41);
    }
}
