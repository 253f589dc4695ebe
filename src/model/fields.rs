//! The numeric inputs of a scenario as one table: share-link key, label, unit, valid range,
//! benchmark band and source. The codec, the validation and the page all read this table, so a
//! field is described once.

use std::fmt;

use super::plans::{GUIDE_000, GUIDE_004};

/// A numeric input of the scenario. The order is the order of the share link's parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Price,
    Credits,
    Reply,
    Open,
    OpenReply,
    Invites,
    Cap,
    Days,
    Accept,
    Conv,
    Meet,
    Inmails,
    Hourly,
    Minutes,
    Uplift,
}

/// How a value is shown and what it is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// US dollars (a price or an hourly rate).
    Usd,
    /// A percentage written as a percent (`20` is 20 %).
    Percent,
    /// A count of things.
    Count,
}

/// Everything the app knows about one input.
#[derive(Debug)]
pub struct FieldSpec {
    pub field: Field,
    /// The share-link parameter (CONTRACT.md).
    pub key: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    /// What the number is counted in, shown after the field.
    pub suffix: &'static str,
    pub min: f64,
    pub max: f64,
    /// The maximum itself is not allowed (a reply rate of 100 % would make credits infinite).
    pub max_exclusive: bool,
    pub whole: bool,
    /// The slider's range and step; typing may go beyond the slider up to `max`.
    pub slider_max: f64,
    pub step: f64,
    /// The benchmark band shown beside the input.
    pub band: &'static str,
    pub source: &'static str,
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::Price,
        Field::Credits,
        Field::Reply,
        Field::Open,
        Field::OpenReply,
        Field::Invites,
        Field::Cap,
        Field::Days,
        Field::Accept,
        Field::Conv,
        Field::Meet,
        Field::Inmails,
        Field::Hourly,
        Field::Minutes,
        Field::Uplift,
    ];

    /// The inputs of the cost model (SPEC §2), in the order the page groups them.
    pub const COST_INPUTS: [Field; 12] = [
        Field::Price,
        Field::Credits,
        Field::Reply,
        Field::Open,
        Field::OpenReply,
        Field::Invites,
        Field::Accept,
        Field::Conv,
        Field::Uplift,
        Field::Meet,
        Field::Hourly,
        Field::Minutes,
    ];

    pub fn spec(self) -> &'static FieldSpec {
        &SPECS[self as usize]
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.spec().key == key)
    }

    /// Reads what a person typed (or a link carried) for this field.
    ///
    /// Accepts surrounding spaces, a leading `$` on money and a trailing `%` on percents, the
    /// way people write them; refuses everything else with the reason.
    pub fn parse(self, text: &str) -> Result<f64, ValueError> {
        let spec = self.spec();
        let trimmed = text.trim();
        let mut number = trimmed;
        if spec.unit == Unit::Usd {
            number = number.strip_prefix('$').unwrap_or(number).trim_start();
        }
        if spec.unit == Unit::Percent {
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
            _ => return Err(ValueError::NotANumber(trimmed.to_string())),
        };
        self.check(value).map(|()| value)
    }

    /// Checks a number against this field's range and kind.
    pub fn check(self, value: f64) -> Result<(), ValueError> {
        let spec = self.spec();
        if !value.is_finite() {
            return Err(ValueError::NotANumber(value.to_string()));
        }
        if spec.whole && value.fract() != 0.0 {
            return Err(ValueError::NotWhole);
        }
        if value < spec.min {
            return Err(ValueError::BelowMin(spec.min));
        }
        if spec.max_exclusive && value >= spec.max {
            return Err(ValueError::NotBelow(spec.max));
        }
        if value > spec.max {
            return Err(ValueError::AboveMax(spec.max));
        }
        Ok(())
    }
}

/// Why a value was refused, phrased for the person who typed it.
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

const PERCENT: &str = "%";

static SPECS: [FieldSpec; 15] = [
    FieldSpec {
        field: Field::Price,
        key: "price",
        label: "Plan price",
        unit: Unit::Usd,
        suffix: "per month",
        min: 0.0,
        max: 10_000.0,
        max_exclusive: false,
        whole: false,
        slider_max: 250.0,
        step: 0.01,
        band: "Premium $29–$60, Sales Navigator Core $99, Recruiter Lite ≈ $170",
        source: "Guide 000; public price pages (2026)",
    },
    FieldSpec {
        field: Field::Credits,
        key: "credits",
        label: "InMail credits",
        unit: Unit::Count,
        suffix: "credits per month",
        min: 0.0,
        max: 1000.0,
        max_exclusive: false,
        whole: true,
        slider_max: 150.0,
        step: 1.0,
        band: "Career 5 · Business 15 · Recruiter Lite 30 · Sales Navigator 50",
        source: "Guide 000; LinkedIn Help 75, 57013",
    },
    FieldSpec {
        field: Field::Reply,
        key: "reply",
        label: "InMail reply rate",
        unit: Unit::Percent,
        suffix: PERCENT,
        min: 0.0,
        max: 100.0,
        max_exclusive: true,
        whole: false,
        slider_max: 60.0,
        step: 0.5,
        band: "18–25 % average · 30–40 % top performers · under 15 % needs work",
        source: GUIDE_000,
    },
    FieldSpec {
        field: Field::Open,
        key: "open",
        label: "Open Profile messages",
        unit: Unit::Count,
        suffix: "messages per month",
        min: 0.0,
        max: 800.0,
        max_exclusive: false,
        whole: true,
        slider_max: 800.0,
        step: 10.0,
        band: "free to premium senders; “up to 800 a month” is a third-party claim (another says 900)",
        source: "Guide 000; public pages",
    },
    FieldSpec {
        field: Field::OpenReply,
        key: "open_reply",
        label: "Open Profile reply rate",
        unit: Unit::Percent,
        suffix: PERCENT,
        min: 0.0,
        max: 100.0,
        max_exclusive: false,
        whole: false,
        slider_max: 60.0,
        step: 0.5,
        band: "same as the InMail reply rate unless you set it",
        source: "assumption (SPEC §2)",
    },
    FieldSpec {
        field: Field::Invites,
        key: "invites",
        label: "Connection requests",
        unit: Unit::Count,
        suffix: "per week",
        min: 0.0,
        max: 1000.0,
        max_exclusive: false,
        whole: true,
        slider_max: 300.0,
        step: 1.0,
        band: "~100 a week for most accounts · up to 200 with SSI ≥ 70 · 50–80 for new accounts",
        source: "Guides 000 and 004",
    },
    FieldSpec {
        field: Field::Cap,
        key: "cap",
        label: "Weekly invitation cap",
        unit: Unit::Count,
        suffix: "per week",
        min: 1.0,
        max: 1000.0,
        max_exclusive: false,
        whole: true,
        slider_max: 250.0,
        step: 1.0,
        band: "100 typical · 200 with SSI ≥ 70 · 80 for accounts under 3 months",
        source: "Guides 000 and 004; LinkedIn Help (not published as a number)",
    },
    FieldSpec {
        field: Field::Days,
        key: "days",
        label: "Sending days",
        unit: Unit::Count,
        suffix: "days per week",
        min: 1.0,
        max: 7.0,
        max_exclusive: false,
        whole: true,
        slider_max: 7.0,
        step: 1.0,
        band: "15–20 a day spread over the day (000) · at most 25 a day (004)",
        source: "Guides 000 and 004",
    },
    FieldSpec {
        field: Field::Accept,
        key: "accept",
        label: "Acceptance rate",
        unit: Unit::Percent,
        suffix: PERCENT,
        min: 0.0,
        max: 100.0,
        max_exclusive: false,
        whole: false,
        slider_max: 60.0,
        step: 0.5,
        band: "20–30 % personalized (000) · 28 % average of 161,569 requests (004) · under 20 % risks a restriction",
        source: GUIDE_004,
    },
    FieldSpec {
        field: Field::Conv,
        key: "conv",
        label: "Reply rate of accepted connections",
        unit: Unit::Percent,
        suffix: PERCENT,
        min: 0.0,
        max: 100.0,
        max_exclusive: false,
        whole: false,
        slider_max: 60.0,
        step: 0.5,
        band: "29 % of accepted connections reply (004)",
        source: GUIDE_004,
    },
    FieldSpec {
        field: Field::Meet,
        key: "meet",
        label: "Meeting rate (of replies)",
        unit: Unit::Percent,
        suffix: PERCENT,
        min: 0.0,
        max: 100.0,
        max_exclusive: false,
        whole: false,
        slider_max: 60.0,
        step: 0.5,
        band: "20–30 % of replies when qualification is tight",
        source: GUIDE_000,
    },
    FieldSpec {
        field: Field::Inmails,
        key: "inmails",
        label: "InMails sent per month",
        unit: Unit::Count,
        suffix: "per month",
        min: 0.0,
        max: 5000.0,
        max_exclusive: false,
        whole: true,
        slider_max: 200.0,
        step: 1.0,
        band: "defaults to the plan's monthly credits",
        source: "assumption (SPEC §3)",
    },
    FieldSpec {
        field: Field::Hourly,
        key: "hourly",
        label: "Labour cost",
        unit: Unit::Usd,
        suffix: "per hour",
        min: 0.0,
        max: 1000.0,
        max_exclusive: false,
        whole: false,
        slider_max: 150.0,
        step: 1.0,
        band: "0 leaves your time out of the cost",
        source: "assumption",
    },
    FieldSpec {
        field: Field::Minutes,
        key: "minutes",
        label: "Minutes per touch",
        unit: Unit::Count,
        suffix: "minutes per message or request",
        min: 0.0,
        max: 600.0,
        max_exclusive: false,
        whole: false,
        slider_max: 30.0,
        step: 0.5,
        band: "research, writing and sending one message or request",
        source: "assumption",
    },
    FieldSpec {
        field: Field::Uplift,
        key: "uplift",
        label: "Personalized-note uplift",
        unit: Unit::Percent,
        suffix: "% more acceptance",
        min: 0.0,
        max: 100.0,
        max_exclusive: false,
        whole: false,
        slider_max: 50.0,
        step: 0.5,
        band: "+20–25 % (relative) for a personalized note; free accounts have 3–5 notes a month",
        source: GUIDE_000,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_field_and_keys_are_unique() {
        for (i, field) in Field::ALL.iter().enumerate() {
            assert_eq!(field.spec().field, *field, "row {i} is out of order");
            assert_eq!(Field::from_key(field.spec().key), Some(*field));
            let spec = field.spec();
            assert!(spec.min < spec.max && spec.slider_max <= spec.max);
        }
    }

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(Field::Reply.parse(" 22.5 "), Ok(22.5));
        assert_eq!(Field::Reply.parse("20%"), Ok(20.0));
        assert_eq!(Field::Price.parse("$99"), Ok(99.0));
        assert_eq!(Field::Price.parse("1e2"), Ok(100.0));
        assert_eq!(Field::Open.parse("800"), Ok(800.0));
    }

    #[test]
    fn refuses_with_a_reason() {
        assert_eq!(Field::Reply.parse(""), Err(ValueError::Empty));
        assert_eq!(Field::Reply.parse("%"), Err(ValueError::Empty));
        assert_eq!(
            Field::Reply.parse("abc"),
            Err(ValueError::NotANumber("abc".into()))
        );
        assert_eq!(
            Field::Reply.parse("NaN"),
            Err(ValueError::NotANumber("NaN".into()))
        );
        assert_eq!(
            Field::Reply.parse("inf"),
            Err(ValueError::NotANumber("inf".into()))
        );
        assert_eq!(
            Field::Price.parse("1e400"),
            Err(ValueError::NotANumber("1e400".into()))
        );
        assert_eq!(Field::Reply.parse("0,5"), Err(ValueError::Comma));
        assert_eq!(Field::Reply.parse("100"), Err(ValueError::NotBelow(100.0)));
        assert_eq!(Field::Reply.parse("-1"), Err(ValueError::BelowMin(0.0)));
        assert_eq!(Field::Open.parse("801"), Err(ValueError::AboveMax(800.0)));
        assert_eq!(Field::Credits.parse("2.5"), Err(ValueError::NotWhole));
        assert_eq!(Field::Cap.parse("0"), Err(ValueError::BelowMin(1.0)));
        assert_eq!(
            Field::Price.parse("20%"),
            Err(ValueError::NotANumber("20%".into()))
        );
        assert_eq!(
            Field::Reply.parse("0x10"),
            Err(ValueError::NotANumber("0x10".into()))
        );
        assert_eq!(
            ValueError::NotBelow(100.0).to_string(),
            "must be below 100",
            "messages read as a sentence after the label"
        );
    }
}
