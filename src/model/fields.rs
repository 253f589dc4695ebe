//! The numeric inputs of a scenario as one table: share-link key, label, unit, valid range,
//! benchmark band and source. The codec, the validation and the page all read this table, so a
//! field is described once.

use super::number::{Notation, Rule, Unit, ValueError};
use super::plans::REFUND_DAYS;
use super::sources::{self, Cite, Source};

/// The longest reply delay that still refunds the InMail's credit, in whole days.
const LAST_REFUND_DAY: f64 = (REFUND_DAYS - 1) as f64;

/// A numeric input of the scenario. The order is the order of the share link's parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Price,
    Credits,
    Reply,
    Open,
    OpenReply,
    Invites,
    /// Invitations a week LinkedIn lets the account send (not the credit bank's cap).
    WeeklyCap,
    Days,
    Accept,
    /// Reply rate of accepted connections (`conv` in the link).
    ConnectionReply,
    Meet,
    Inmails,
    Hourly,
    Minutes,
    Uplift,
    Delay,
    Hours,
    List,
    OpenShare,
    MinInvite,
    MinInmail,
    MinOpen,
}

/// Everything the app knows about one input.
#[derive(Debug)]
pub struct FieldSpec {
    pub field: Field,
    /// The share-link parameter (docs/link-format.md).
    pub key: &'static str,
    pub label: &'static str,
    /// What the number is counted in, shown after the field.
    pub suffix: &'static str,
    /// What the field accepts.
    pub rule: Rule,
    /// The slider's range and step. Where the field accepts far more than a rep meets (a
    /// price of $10,000, a 99 % reply rate), the slider keeps its resolution over the usual
    /// range and the page says when a typed figure lies beyond it.
    pub slider_max: f64,
    pub step: f64,
    /// The benchmark band shown beside the input.
    pub band: &'static str,
    /// The highest figure the sources report, with its band in words: a value above it is
    /// accepted but flagged, because the figures built on it are no longer the guides'.
    pub ceiling: Option<(f64, &'static str)>,
    /// The lowest figure the sources call fine, with what to change below it: a value under
    /// it is accepted and flagged too (docs/model.md#cost-model).
    pub floor: Option<(f64, &'static str)>,
    pub source: Cite,
}

impl FieldSpec {
    pub fn unit(&self) -> Unit {
        self.rule.unit
    }
}

impl Field {
    pub const ALL: [Field; 22] = [
        Field::Price,
        Field::Credits,
        Field::Reply,
        Field::Open,
        Field::OpenReply,
        Field::Invites,
        Field::WeeklyCap,
        Field::Days,
        Field::Accept,
        Field::ConnectionReply,
        Field::Meet,
        Field::Inmails,
        Field::Hourly,
        Field::Minutes,
        Field::Uplift,
        Field::Delay,
        Field::Hours,
        Field::List,
        Field::OpenShare,
        Field::MinInvite,
        Field::MinInmail,
        Field::MinOpen,
    ];

    /// The inputs of the cost model (docs/model.md#cost-model), in the order the page groups them.
    pub const COST_INPUTS: [Field; 12] = [
        Field::Price,
        Field::Credits,
        Field::Reply,
        Field::Open,
        Field::OpenReply,
        Field::Invites,
        Field::Accept,
        Field::ConnectionReply,
        Field::Uplift,
        Field::Meet,
        Field::Hourly,
        Field::Minutes,
    ];

    pub fn spec(self) -> &'static FieldSpec {
        &FIELD_TABLE[self as usize]
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.spec().key == key)
    }

    /// Reads this field's value in a link.
    pub fn parse(self, text: &str) -> Result<f64, ValueError> {
        self.spec().rule.parse(text)
    }

    /// Reads what a person typed into this field, in their locale's notation. Besides the
    /// rule's own marks (`$`, `%`), the field's unit in the words people use is accepted after
    /// the number ("3 min" in minutes, "75/hr" in the hour's cost, "5 days"), and in English
    /// notation "1k" is a thousand.
    pub fn read(self, text: &str, notation: &Notation) -> Result<f64, ValueError> {
        let rule = self.spec().rule;
        let text = self.without_typed_unit(text.trim());
        if let Some(thousands) = thousands(text, notation) {
            let any = Rule {
                min: f64::MIN,
                max: f64::MAX,
                max_exclusive: false,
                whole: false,
                ..rule
            };
            let value = (any.read(thousands, notation)? * 1000.0 * 1e6).round() / 1e6;
            return rule.check(value).map(|()| value);
        }
        rule.read(text, notation)
    }

    /// Unit words a rep may type after this field's number.
    fn typed_units(self) -> &'static [&'static str] {
        match self {
            Field::Minutes | Field::MinInvite | Field::MinInmail | Field::MinOpen => {
                &["minutes", "minute", "mins", "min", "m"]
            }
            Field::Hours => &["hours", "hour", "hrs", "hr", "h"],
            Field::Hourly => &["per hour", "an hour", "/hour", "/hr", "/h"],
            Field::Price | Field::Inmails => &["per month", "a month", "/month", "/mo"],
            Field::Invites | Field::WeeklyCap => &["per week", "a week", "/week", "/wk"],
            Field::Days | Field::Delay => &["days", "day"],
            Field::Credits => &["credits", "credit"],
            _ => &[],
        }
    }

    /// `text` without one of [`Field::typed_units`] at its end, where a number comes before it.
    fn without_typed_unit(self, text: &str) -> &str {
        for unit in self.typed_units() {
            let Some(at) = text.len().checked_sub(unit.len()) else {
                continue;
            };
            if !text.is_char_boundary(at) || !text[at..].eq_ignore_ascii_case(unit) {
                continue;
            }
            let before = text[..at].trim_end();
            if before
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '%'))
            {
                return before;
            }
        }
        text
    }

    /// Checks a number against this field's range and kind.
    pub fn check(self, value: f64) -> Result<(), ValueError> {
        self.spec().rule.check(value)
    }

    /// The term a new rep may not know that this field's label or band uses, explained in a
    /// rep's words; the page offers it beside the field.
    pub fn term(self) -> Option<Term> {
        match self {
            Field::Credits => Some(Term {
                ask: "What are InMail credits?",
                meaning: "An InMail is a message to someone you are not connected with. A premium plan grants credits on the 1st of each month and each InMail uses one; an InMail answered within 90 days gives its credit back (a refund). Unused credits expire 90 days after they arrive.",
            }),
            Field::Open => Some(Term {
                ask: "What is an Open Profile?",
                meaning: "A premium member can open their profile to messages from anyone. From a premium account, a message to them is free: it uses no InMail credit.",
            }),
            Field::Invites | Field::WeeklyCap => Some(Term {
                ask: "What is SSI ≥ 70?",
                meaning: "SSI is LinkedIn's Social Selling Index, a score from 0 to 100 for your profile and activity (linkedin.com/sales/ssi). Accounts scoring 70 or more are reported to send up to about 200 requests a week; LinkedIn publishes no limit.",
            }),
            Field::Accept => Some(Term {
                ask: "What is acceptance?",
                meaning: "The share of your connection requests that people accept. Below about 20%, LinkedIn may restrict your account.",
            }),
            _ => None,
        }
    }

    /// The benchmark band a value rises above, if it does.
    pub fn above_band(self, value: f64) -> Option<&'static str> {
        self.spec()
            .ceiling
            .filter(|(high, _)| value > *high)
            .map(|(_, band)| band)
    }

    /// What to change, where a value falls below the sources' band.
    pub fn below_band(self, value: f64) -> Option<&'static str> {
        self.spec()
            .floor
            .filter(|(low, _)| value < *low)
            .map(|(_, advice)| advice)
    }

    /// The line beside a field whose value lies outside its band: above it, figures built on
    /// it are an optimistic "what if" (unless the rep's own export measured it); below it, the
    /// guide's advice, and where a fraction was typed for a percent ("0.2" for 20 %), the
    /// figure it likely meant.
    pub fn flag(self, value: f64, measured_by: Option<&str>) -> Option<String> {
        if let Some(band) = self.above_band(value) {
            return Some(if let Some(export) = measured_by {
                format!("Above the guides' band ({band}), as {export} measured it.")
            } else {
                format!("Above the guides' band ({band}): accepted, but every figure built on it is an optimistic “what if”, not what the guides expect.")
            });
        }
        let advice = self.below_band(value)?;
        let spec = self.spec();
        let mut out = format!("Below the guides' band: {advice}.");
        let meant = value * 100.0;
        let plausible = spec.floor.is_some_and(|(low, _)| meant >= low)
            && spec.ceiling.is_none_or(|(high, _)| meant <= high);
        if spec.unit() == Unit::Percent && value > 0.0 && value < 1.0 && plausible {
            out.push_str(&format!(
                " Did you mean {}%? Rates here are typed as percents.",
                super::words::grouped(meant, 1, false)
            ));
        }
        Some(out)
    }
}

/// The number before a "k" ("1k", "1.5k"), in English notation only: elsewhere "k" is no
/// shorthand a rep types.
fn thousands<'t>(text: &'t str, notation: &Notation) -> Option<&'t str> {
    if notation.decimal != '.' {
        return None;
    }
    let rest = text.strip_suffix(['k', 'K'])?.trim_end();
    rest.chars()
        .last()
        .is_some_and(|c| c.is_ascii_digit())
        .then_some(rest)
}

/// A word a new rep may not know, with its meaning in a sentence or two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The question a rep would ask ("What is an Open Profile?").
    pub ask: &'static str,
    pub meaning: &'static str,
}

const PERCENT: &str = "%";

/// The minutes one channel's touch takes (best plan), following the minutes per touch.
const fn minutes_per(field: Field, key: &'static str, label: &'static str) -> FieldSpec {
    FieldSpec {
        field,
        key,
        label,
        suffix: "minutes",
        rule: MINUTES,
        slider_max: 30.0,
        step: 0.5,
        band: "defaults to the minutes per message or request",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    }
}

/// Minutes of work for one touch: 0–600, fractions allowed.
const MINUTES: Rule = Rule {
    unit: Unit::Count,
    min: 0.0,
    max: 600.0,
    max_exclusive: false,
    whole: false,
};

static FIELD_TABLE: [FieldSpec; 22] = [
    FieldSpec {
        field: Field::Price,
        key: "price",
        label: "Plan price",
        suffix: "per month",
        // 10,000 in most currencies; the scenario lowers it (`Currency::price_max`).
        rule: Rule::money(super::currency::PRICE_MAX_SMALL_UNITS),
        slider_max: 250.0,
        step: 0.01,
        band: "Premium $29–$60, Sales Navigator Core $99, Recruiter Lite ≈ $170",
        ceiling: None,
        floor: None,
        source: &[Source::OutboundGuide, Source::PricePages],
    },
    FieldSpec {
        field: Field::Credits,
        key: "credits",
        label: "InMail credits",
        suffix: "credits per month",
        rule: Rule::count(0.0, 1000.0),
        slider_max: 150.0,
        step: 1.0,
        band: "Career 5 · Business 15 · Recruiter Lite 30 · Sales Navigator 50",
        ceiling: None,
        floor: None,
        source: sources::CREDITS,
    },
    FieldSpec {
        field: Field::Reply,
        key: "reply",
        label: "InMail reply rate",
        suffix: PERCENT,
        rule: Rule {
            unit: Unit::Percent,
            min: 0.0,
            max: 100.0,
            max_exclusive: true,
            whole: false,
        },
        slider_max: 60.0,
        step: 0.5,
        band: "18–25% average · 30–40% top performers · under 15% needs work",
        ceiling: Some((40.0, "18–25% on average, 30–40% for top performers")),
        floor: Some((15.0, "under 15% needs work (the Outbound System guide): test subject lines and opening lines, lead with a trigger event and personalize every InMail")),
        source: sources::OUTBOUND,
    },
    FieldSpec {
        field: Field::Open,
        key: "open",
        label: "Open Profile messages",
        suffix: "messages per month",
        rule: Rule::count(0.0, 800.0),
        slider_max: 800.0,
        step: 10.0,
        band: "free to premium senders; “up to 800 a month” is a third-party claim (another says 900)",
        ceiling: None,
        floor: None,
        source: &[Source::OutboundGuide, Source::ThirdPartyPages],
    },
    FieldSpec {
        field: Field::OpenReply,
        key: "open_reply",
        label: "Open Profile reply rate",
        suffix: PERCENT,
        rule: Rule::PERCENT,
        slider_max: 60.0,
        step: 0.5,
        band: "same as the InMail reply rate unless you set it",
        ceiling: Some((40.0, "the InMail band: 18–25% on average, 30–40% for top performers")),
        floor: Some((15.0, "under 15% needs work, as for InMail: lead with a trigger event and personalize every message")),
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::Invites,
        key: "invites",
        label: "Connection requests",
        suffix: "per week",
        rule: Rule::count(0.0, 1000.0),
        slider_max: 300.0,
        step: 1.0,
        band: "~100 a week for most accounts · up to 200 with SSI ≥ 70 · 50–80 for accounts under 3 months",
        ceiling: None,
        floor: None,
        source: sources::BOTH_GUIDES,
    },
    FieldSpec {
        field: Field::WeeklyCap,
        key: "cap",
        label: "Weekly invitation cap",
        suffix: "per week",
        rule: Rule::count(1.0, 1000.0),
        slider_max: 250.0,
        step: 1.0,
        band: "100 typical · 200 with SSI ≥ 70 · 50–80 for accounts under 3 months; LinkedIn publishes no number",
        ceiling: None,
        floor: None,
        source: &[
            Source::OutboundGuide,
            Source::ReachiumGuide,
            Source::HelpInvitationLimits,
        ],
    },
    FieldSpec {
        field: Field::Days,
        key: "days",
        label: "Sending days",
        suffix: "days per week",
        rule: Rule::count(1.0, 7.0),
        slider_max: 7.0,
        step: 1.0,
        band: "15–20 a day spread over the day (Outbound System) · at most 25 a day (Outreach Tactics)",
        ceiling: None,
        floor: None,
        source: sources::BOTH_GUIDES,
    },
    FieldSpec {
        field: Field::Accept,
        key: "accept",
        label: "Acceptance rate",
        suffix: PERCENT,
        rule: Rule::PERCENT,
        slider_max: 60.0,
        step: 0.5,
        band: "20–30% personalized (Outbound System) · 28% average of 161,569 requests, 34% at 10–19 a day (Reachium) · under 20% risks a restriction",
        ceiling: Some((34.0, "20–34% in the guides")),
        floor: Some((20.0, "under 20% is poor targeting and a restriction signal: tighten your targeting, add a personalized note, favor shared connections and active members")),
        source: sources::BOTH_GUIDES,
    },
    FieldSpec {
        field: Field::ConnectionReply,
        key: "conv",
        label: "Reply rate of accepted connections",
        suffix: PERCENT,
        rule: Rule::PERCENT,
        slider_max: 60.0,
        step: 0.5,
        band: "29% of accepted connections reply (Reachium's data)",
        ceiling: Some((40.0, "29% in Reachium's data; LinkedIn replies run 20–30%, 40% at the top")),
        floor: Some((20.0, "under 20%, below the 29% of Reachium's data: open with a question about their work, not a pitch, 24–48 h after they accept")),
        source: sources::REACHIUM,
    },
    FieldSpec {
        field: Field::Meet,
        key: "meet",
        label: "Meeting rate (of replies)",
        suffix: PERCENT,
        rule: Rule::PERCENT,
        slider_max: 60.0,
        step: 0.5,
        band: "20–30% of replies when qualification is tight",
        ceiling: Some((30.0, "20–30% of replies")),
        floor: Some((20.0, "under 20% of replies, below the 20–30% band: sharpen your qualification questions and offer a calendar link in the reply")),
        source: sources::OUTBOUND,
    },
    FieldSpec {
        field: Field::Inmails,
        key: "inmails",
        label: "InMails sent per month",
        suffix: "per month",
        // An average a month: 62.5 is a figure the plan sustains (docs/link-format.md: decimals allowed).
        rule: Rule {
            unit: Unit::Count,
            min: 0.0,
            max: 5000.0,
            max_exclusive: false,
            whole: false,
        },
        slider_max: 200.0,
        step: 0.5,
        band: "defaults to the InMails a month your credits cover, each refunded credit spent again (the calculator's figure)",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::Hourly,
        key: "hourly",
        label: "Labor cost",
        suffix: "per hour",
        // 1,000 in most currencies; the scenario lowers it (`Currency::hourly_max`).
        rule: Rule::money(super::currency::HOURLY_MAX_SMALL_UNITS),
        slider_max: 150.0,
        step: 1.0,
        band: "about $50 by default: a US sales rep's loaded cost, about $100k a year with benefits and tools over 2,000 working hours; 0 leaves your time out of every cost",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::Minutes,
        key: "minutes",
        label: "Minutes per message or request",
        suffix: "minutes per message or request",
        rule: MINUTES,
        slider_max: 30.0,
        step: 0.5,
        band: "research, writing and sending one message or request",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::Uplift,
        key: "uplift",
        label: "Personalized-note uplift",
        suffix: "% more acceptance",
        rule: Rule::PERCENT,
        slider_max: 50.0,
        step: 0.5,
        band: "+20–25% (relative) for a personalized note, counted on the 5 notes a month a free account may send (a premium plan sends those too; its other notes are in your acceptance rate)",
        ceiling: Some((25.0, "+20–25%")),
        floor: None,
        source: sources::OUTBOUND,
    },
    FieldSpec {
        field: Field::Delay,
        key: "delay",
        label: "Days to a reply",
        suffix: "days from an InMail to its reply",
        rule: Rule::count(0.0, LAST_REFUND_DAY),
        slider_max: LAST_REFUND_DAY,
        step: 1.0,
        band: "a reply within 90 days returns the credit; most come within a week",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::Hours,
        key: "hours",
        label: "Hours a week on LinkedIn",
        suffix: "hours per week",
        rule: Rule {
            unit: Unit::Count,
            min: 0.0,
            max: 80.0,
            max_exclusive: false,
            whole: false,
        },
        slider_max: 80.0,
        step: 0.5,
        band: "research, writing and sending first moves; defaults to what the calculator's week takes, at least 5",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::List,
        key: "list",
        label: "New prospects a week",
        suffix: "prospects per week",
        rule: Rule::count(0.0, 5000.0),
        slider_max: 500.0,
        step: 1.0,
        band: "people you could contact for the first time this week; defaults to the people the calculator's week reaches, rounded up to a whole person, at least 100",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    FieldSpec {
        field: Field::OpenShare,
        key: "open_share",
        label: "Prospects with an Open Profile",
        suffix: PERCENT,
        rule: Rule::PERCENT,
        slider_max: 100.0,
        step: 1.0,
        band: "share of your list who accept free messages from premium members; defaults to the share the calculator's week messages there, at least 10%",
        ceiling: None,
        floor: None,
        source: sources::ASSUMPTION,
    },
    minutes_per(Field::MinInvite, "min_invite", "Minutes per connection request"),
    minutes_per(Field::MinInmail, "min_inmail", "Minutes per InMail"),
    minutes_per(Field::MinOpen, "min_open", "Minutes per Open Profile message"),
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
            assert!(spec.rule.min < spec.rule.max && spec.slider_max <= spec.rule.max);
        }
    }

    #[test]
    fn fields_read_through_the_shared_rule() {
        assert_eq!(Field::Reply.parse("20%"), Ok(20.0));
        assert_eq!(Field::Price.parse("$99"), Ok(99.0));
        assert_eq!(Field::Reply.parse("100"), Err(ValueError::NotBelow(100.0)));
        assert_eq!(Field::WeeklyCap.parse("0"), Err(ValueError::BelowMin(1.0)));
        assert_eq!(Field::Credits.parse("2.5"), Err(ValueError::NotWhole));
    }

    #[test]
    fn the_page_text_names_no_internal_codes() {
        for field in Field::ALL {
            let spec = field.spec();
            let term = field.term().map_or(["", ""], |t| [t.ask, t.meaning]);
            for text in [spec.label, spec.band, spec.suffix].into_iter().chain(term) {
                for code in ["(000)", "(004)", "Guide 0", "SPEC", "§"] {
                    assert!(!text.contains(code), "{text} shows {code}");
                }
            }
        }
    }

    #[test]
    fn the_terms_a_new_rep_meets_are_explained() {
        for (field, word) in [
            (Field::Credits, "InMail credits"),
            (Field::Open, "Open Profile"),
            (Field::Invites, "SSI ≥ 70"),
            (Field::WeeklyCap, "SSI ≥ 70"),
            (Field::Accept, "acceptance"),
        ] {
            let term = field.term().expect("explained");
            assert!(term.ask.contains(word), "{}", term.ask);
            let shown = [field.spec().label, field.spec().band].concat();
            assert!(
                shown.to_lowercase().contains(&word.to_lowercase()),
                "{shown} uses {word}"
            );
        }
        assert!(Field::Credits
            .term()
            .is_some_and(|t| t.meaning.contains("refund")));
    }

    #[test]
    fn typed_numbers_read_in_the_reps_notation() {
        let de = Notation::typed(',', Some('.'), (3, 3));
        assert_eq!(Field::Reply.read("22,5", &de), Ok(22.5));
        assert_eq!(Field::Invites.read("1.000", &de), Ok(1000.0));
        assert_eq!(
            Field::Invites.parse("1.000"),
            Ok(1.0),
            "a link's `.` is a decimal mark"
        );
        assert_eq!(Field::Price.read("1e9", &de), Err(ValueError::Exponent));
    }

    #[test]
    fn a_fields_own_unit_and_a_thousand_are_read() {
        let en = Notation::typed('.', Some(','), (3, 3));
        let de = Notation::typed(',', Some('.'), (3, 3));
        assert_eq!(Field::Minutes.read("3 min", &en), Ok(3.0));
        assert_eq!(Field::Minutes.read("2.5 Minutes", &en), Ok(2.5));
        assert_eq!(Field::MinInmail.read("4m", &en), Ok(4.0));
        assert_eq!(Field::Hourly.read("75/hr", &en), Ok(75.0));
        assert_eq!(Field::Hourly.read("$75 per hour", &en), Ok(75.0));
        assert_eq!(Field::Hours.read("12 hrs", &en), Ok(12.0));
        assert_eq!(Field::Delay.read("7 days", &en), Ok(7.0));
        assert_eq!(Field::Invites.read("1k", &en), Ok(1000.0));
        assert_eq!(Field::Price.read("$1.5k", &en), Ok(1500.0));
        assert_eq!(
            Field::List.read("2,5k", &de),
            Err(ValueError::Words("k".into()))
        );
        // Another field's unit is still refused with the reason.
        assert_eq!(
            Field::Minutes.read("5 hours", &en),
            Err(ValueError::Words("hours".into()))
        );
        assert_eq!(
            Field::Invites.read("2k", &en),
            Err(ValueError::AboveMax(1000.0))
        );
    }

    #[test]
    fn rates_below_their_band_are_flagged_with_what_to_change() {
        assert!(Field::Reply.below_band(12.0).is_some());
        assert!(Field::Reply.below_band(15.0).is_none());
        let typo = Field::Reply.flag(0.2, None).unwrap();
        assert!(
            typo.contains("needs work") && typo.contains("Did you mean 20%?"),
            "{typo}"
        );
        assert!(!Field::Reply
            .flag(12.0, None)
            .unwrap()
            .contains("Did you mean"));
        assert!(Field::Reply.flag(20.0, None).is_none());
        assert!(Field::Price.flag(0.0, None).is_none());
    }

    #[test]
    fn rates_above_their_band_are_flagged_not_refused() {
        assert_eq!(Field::Reply.parse("99.99"), Ok(99.99));
        assert!(Field::Reply.above_band(99.99).is_some());
        assert!(Field::Reply.above_band(40.0).is_none());
        assert!(Field::Accept.above_band(35.0).is_some());
        assert!(Field::Price.above_band(10_000.0).is_none());
    }
}
