//! Figures the rep copied from their LinkedIn export ("Use my numbers",
//! docs/model.md#your-numbers, done in [`super::use_my_numbers`]): which fields hold a measured
//! figure and the window it was counted over, so each field's source reads
//! "your LinkedIn export, 12 weeks to 2026-03-07" in the tab that read it, and "measured from a
//! LinkedIn export, …" in a teammate's and in a save.
//! The link carries it as `own=12w.2026-03-07.invites.accept.conv.reply`: the figures
//! themselves stay in their own parameters, never the file.

use std::fmt;

use super::date::{self, Day};
use super::fields::Field;

/// The fields "Use my numbers" fills, in the order the link writes them.
pub const MEASURABLE: [Field; 4] = [
    Field::Invites,
    Field::Accept,
    Field::ConnectionReply,
    Field::Reply,
];

/// Where a scenario's measured figures came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    pub weeks: u32,
    /// The window's last day: the newest date in the export.
    pub last_day: Day,
    /// The fields that still hold the figure copied from the export.
    pub fields: Vec<Field>,
    /// Acceptance is an upper estimate: the file listed only pending invitations, so it
    /// counts connections others asked for too (docs/model.md#your-numbers). The link carries it (`upper`).
    pub upper_estimate: bool,
    /// The files were read in this tab. Never carried by a link or a save: whoever opens one
    /// (a teammate, or this tab after a reload, which forgets the files) reads "a LinkedIn
    /// export", not "your LinkedIn export". Part of equality, so reading the same figures
    /// again in a tab that opened a link makes them the tab's own.
    pub read_here: bool,
}

/// The token of `own` that marks acceptance as an upper estimate.
const UPPER: &str = "upper";

impl Measured {
    /// The source of a measured field: "your LinkedIn export, 12 weeks to 2026-03-07" in the
    /// tab that read it, "measured from a LinkedIn export, 12 weeks to 2026-03-07" in a
    /// teammate's; acceptance says when it is an upper estimate.
    pub fn source_of(&self, field: Field) -> String {
        let whose = if self.read_here {
            self.whose()
        } else {
            "measured from a LinkedIn export"
        };
        let mut out = format!(
            "{whose}, {} to {}",
            weeks_words(self.weeks),
            date::iso(self.last_day)
        );
        if field == Field::Accept && self.upper_estimate {
            out.push_str(" (an upper estimate: the file listed only pending invitations, so it counts connections others asked for too)");
        }
        out
    }

    /// Whose export it is, as a sentence names it: the rep's own only in the tab that read it.
    pub fn whose(&self) -> &'static str {
        if self.read_here {
            "your LinkedIn export"
        } else {
            "a LinkedIn export"
        }
    }

    /// The `own` parameter's value.
    pub fn key(&self) -> String {
        let mut out = format!("{}w.{}", self.weeks, date::iso(self.last_day));
        for f in MEASURABLE.iter().filter(|f| self.fields.contains(f)) {
            out.push('.');
            out.push_str(f.spec().key);
        }
        if self.upper_estimate && self.fields.contains(&Field::Accept) {
            out.push('.');
            out.push_str(UPPER);
        }
        out
    }

    /// Reads an `own` value, its fields in [`MEASURABLE`]'s order; a field it names twice or one
    /// it cannot hold is refused.
    pub fn parse(text: &str) -> Result<Measured, BadMeasured> {
        let mut parts = text.split('.');
        let weeks = parts
            .next()
            .and_then(|w| w.strip_suffix('w'))
            .and_then(|w| w.parse::<u32>().ok())
            .filter(|w| (1..=MAX_WEEKS).contains(w))
            .ok_or(BadMeasured::Window)?;
        let last_day = parts
            .next()
            .and_then(parse_iso_day)
            .ok_or(BadMeasured::Window)?;
        let mut fields = Vec::new();
        let mut upper_estimate = false;
        for key in parts {
            if key == UPPER && !upper_estimate {
                upper_estimate = true;
                continue;
            }
            let field = MEASURABLE
                .into_iter()
                .find(|f| f.spec().key == key)
                .ok_or_else(|| BadMeasured::Field(super::text::shorten(key, 20)))?;
            if fields.contains(&field) {
                return Err(BadMeasured::Field(key.to_string()));
            }
            fields.push(field);
        }
        if fields.is_empty() {
            return Err(BadMeasured::NoField);
        }
        fields.sort_by_key(|f| MEASURABLE.iter().position(|m| m == f));
        Ok(Measured {
            weeks,
            last_day,
            upper_estimate: upper_estimate && fields.contains(&Field::Accept),
            fields,
            read_here: false,
        })
    }
}

/// The longest window offered: two years.
pub const MAX_WEEKS: u32 = 104;

/// "1 week", "12 weeks".
pub fn weeks_words(weeks: u32) -> String {
    if weeks == 1 {
        "1 week".into()
    } else {
        format!("{weeks} weeks")
    }
}

/// A day written exactly as [`date::iso`] writes it (`2026-03-07`), nothing looser.
fn parse_iso_day(text: &str) -> Option<Day> {
    date::parse_iso(text).filter(|d| date::iso(*d) == text)
}

/// Why an `own` value was not applied.
#[derive(Clone, Debug, PartialEq)]
pub enum BadMeasured {
    Window,
    Field(String),
    NoField,
}

impl fmt::Display for BadMeasured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadMeasured::Window => f.write_str(
                "does not start with a window such as “12w.2026-03-07” (weeks, then the last day)",
            ),
            BadMeasured::Field(k) => write!(
                f,
                "names “{k}” twice or as a figure the export does not measure (invites, accept, conv, reply)"
            ),
            BadMeasured::NoField => f.write_str("names no measured figure"),
        }
    }
}
