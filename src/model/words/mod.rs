//! Sentences the page shows, built in the model beside the figures they state. A sentence is
//! words and numbers; each number carries how it is rounded ([`Num`], through
//! [`super::rounding`]), so the sentence and the figure beside it are rounded the same way.
//! The page writes the numbers in the reader's locale (`format::sentence`); [`Sentence::plain`]
//! writes them in US English, for tests and for anything outside a browser. Plurals follow the
//! number as it is shown: "1 meeting", "1.5 meetings", "under 1 meeting".

pub mod best_plan;
pub mod calculator;
pub mod credit_bank;
pub mod first_move;
pub mod how_sure;
pub mod list;
pub mod plan_picker;
pub mod returns;
pub mod sequences;
pub mod team;

use std::borrow::Cow;

use super::currency::Currency;
use super::rounding::{self, Shown};

/// A noun the page counts, in its two English forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noun {
    pub one: &'static str,
    pub other: &'static str,
}

const fn noun(one: &'static str, other: &'static str) -> Noun {
    Noun { one, other }
}

pub const INMAIL: Noun = noun("InMail", "InMails");
pub const MEETING: Noun = noun("meeting", "meetings");
pub const REQUEST: Noun = noun("request", "requests");
pub const CONNECTION_REQUEST: Noun = noun("connection request", "connection requests");
pub const OPEN_PROFILE_MESSAGE: Noun = noun("Open Profile message", "Open Profile messages");
pub const INVITATION: Noun = noun("invitation", "invitations");
pub const REPLY: Noun = noun("reply", "replies");
pub const PERSON_WHO_ACCEPTED: Noun = noun("person who accepted", "people who accepted");
pub const PROSPECT: Noun = noun("prospect", "prospects");
pub const NEW_PROSPECT: Noun = noun("new prospect", "new prospects");
pub const SENDING_DAY: Noun = noun("sending day", "sending days");
pub const PROBLEM: Noun = noun("problem", "problems");
pub const ROW: Noun = noun("row", "rows");
pub const SCENARIO: Noun = noun("scenario", "scenarios");
pub const CREDIT: Noun = noun("credit", "credits");
pub const HOUR: Noun = noun("hour", "hours");
pub const MINUTE: Noun = noun("minute", "minutes");
pub const SIMULATED_MONTH: Noun = noun("simulated month", "simulated months");

/// A number in a sentence, and how it is rounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// Money in the scenario's currency, at its minor unit.
    Money(f64),
    /// Money in US dollars whatever the scenario's currency: LinkedIn's list prices.
    Usd(f64),
    /// A round figure in US dollars, quoted without cents: the guides' "$50–$150" a meeting.
    UsdWhole(f64),
    /// An average of people, messages, credits or hours: one decimal where not whole.
    Average(f64),
    /// A whole count: people in a list, counts the rep typed.
    Whole(f64),
    /// A percent given as a percent (`20.0` is 20 %), to one decimal.
    Percent(f64),
}

impl Num {
    /// The number as the page shows it.
    pub fn shown(self, currency: Currency) -> Shown {
        match self {
            Num::Money(v) => rounding::money(v, currency),
            Num::Usd(v) => rounding::money(v, Currency::USD),
            Num::UsdWhole(v) => rounding::to_digits(v, 0),
            Num::Average(v) => rounding::average(v),
            Num::Whole(v) => rounding::whole(v),
            Num::Percent(v) => rounding::percent(v),
        }
    }

    /// Whether it is money.
    pub fn is_money(self) -> bool {
        matches!(self, Num::Money(_) | Num::Usd(_) | Num::UsdWhole(_))
    }
}

/// One piece of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(Cow<'static, str>),
    Number(Num),
    /// A number and its noun, the noun agreeing with the number as shown.
    Counted(Num, Noun),
}

/// Words and numbers, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence(pub Vec<Piece>);

impl Sentence {
    pub fn new() -> Sentence {
        Sentence(Vec::new())
    }

    /// A sentence of words alone.
    pub fn words(text: impl Into<Cow<'static, str>>) -> Sentence {
        Sentence::new().text(text)
    }

    pub fn text(mut self, text: impl Into<Cow<'static, str>>) -> Sentence {
        self.push_text(text);
        self
    }

    pub fn num(mut self, n: Num) -> Sentence {
        self.0.push(Piece::Number(n));
        self
    }

    pub fn counted(mut self, n: Num, noun: Noun) -> Sentence {
        self.0.push(Piece::Counted(n, noun));
        self
    }

    /// Adds another sentence's pieces after this one's.
    pub fn then(mut self, more: Sentence) -> Sentence {
        self.0.extend(more.0);
        self
    }

    /// The parts one after another, `separator` between each two.
    pub fn joined(parts: impl IntoIterator<Item = Sentence>, separator: &'static str) -> Sentence {
        let mut out = Sentence::new();
        for (i, part) in parts.into_iter().enumerate() {
            if i > 0 {
                out.push_text(separator);
            }
            out = out.then(part);
        }
        out
    }

    pub fn push_text(&mut self, text: impl Into<Cow<'static, str>>) {
        let text = text.into();
        if !text.is_empty() {
            self.0.push(Piece::Text(text));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every number of the sentence.
    pub fn numbers(&self) -> impl Iterator<Item = Num> + '_ {
        self.0.iter().filter_map(|p| match p {
            Piece::Number(n) | Piece::Counted(n, _) => Some(*n),
            Piece::Text(_) => None,
        })
    }

    /// The sentence in US English with this currency: what the page shows in an en-US
    /// browser, for tests and for text outside the browser.
    pub fn plain(&self, currency: Currency) -> String {
        self.write(currency, &|n, shown| plain_number(n, shown, currency))
    }

    /// The sentence with numbers written by `number` (given each number and how it is shown);
    /// the words, the "under" and the plurals are the model's.
    pub fn write(&self, currency: Currency, number: &dyn Fn(Num, f64) -> String) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Number(n) => out.push_str(&number_words(*n, currency, number)),
                Piece::Counted(n, noun) => {
                    out.push_str(&number_words(*n, currency, number));
                    out.push(' ');
                    out.push_str(if is_one(n.shown(currency)) {
                        noun.one
                    } else {
                        noun.other
                    });
                }
            }
        }
        out
    }
}

/// A number with its "under", written by `number`.
fn number_words(n: Num, currency: Currency, number: &dyn Fn(Num, f64) -> String) -> String {
    match n.shown(currency) {
        Shown::Exactly(v, _) => number(n, v),
        Shown::Under(v, _) => format!("under {}", number(n, v)),
    }
}

/// Whether a shown number takes the singular: exactly 1, or under 1.
fn is_one(shown: Shown) -> bool {
    match shown {
        Shown::Exactly(v, _) => v == 1.0,
        Shown::Under(v, _) => v == 1.0,
    }
}

/// A number in US English: grouped by thousands, with the decimals its rounding keeps (money
/// always with all of its currency's).
fn plain_number(n: Num, value: f64, currency: Currency) -> String {
    match n {
        Num::Money(_) => plain_money(value, currency),
        Num::Usd(_) => plain_money(value, Currency::USD),
        Num::UsdWhole(_) => format!("${}", grouped(value, 0, false)),
        Num::Percent(_) => format!("{}%", grouped(value, 1, false)),
        Num::Average(_) => grouped(value, 1, false),
        Num::Whole(_) => grouped(value, 0, false),
    }
}

fn plain_money(value: f64, currency: Currency) -> String {
    let digits = currency.minor_digits();
    let number = grouped(value.abs(), digits, true);
    let sign = if value < 0.0 { "-" } else { "" };
    match currency.symbol() {
        "" => format!("{sign}{} {number}", currency.code()),
        symbol => format!("{sign}{symbol}{number}"),
    }
}

/// `value` with a `,` every three digits and up to `digits` decimals (exactly `digits` when
/// `fixed`).
pub fn grouped(value: f64, digits: u8, fixed: bool) -> String {
    let text = format!("{:.*}", usize::from(digits), value.abs() + 0.0);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    let frac = if fixed {
        frac
    } else {
        frac.trim_end_matches('0')
    };
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    if value < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

/// "A, B and C".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The first letter in capitals: a name that opens a sentence.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_number_shown() {
        let c = Currency::USD;
        let s = |n| Sentence::new().counted(n, MEETING).plain(c);
        assert_eq!(s(Num::Average(1.0)), "1 meeting");
        assert_eq!(s(Num::Average(1.04)), "1 meeting");
        assert_eq!(s(Num::Average(1.5)), "1.5 meetings");
        assert_eq!(s(Num::Whole(0.3)), "under 1 meeting");
        assert_eq!(s(Num::Average(0.03)), "under 0.1 meetings");
        assert_eq!(s(Num::Average(0.0)), "0 meetings");
        assert_eq!(s(Num::Average(1234.56)), "1,234.6 meetings");
    }

    #[test]
    fn money_is_written_at_its_minor_unit() {
        let plain = |v, c: &str| {
            Sentence::new()
                .num(Num::Money(v))
                .plain(Currency::parse(c).unwrap())
        };
        assert_eq!(plain(1861.591, "USD"), "$1,861.59");
        assert_eq!(plain(15_000.0, "JPY"), "¥15,000");
        assert_eq!(plain(0.001, "USD"), "under $0.01");
        assert_eq!(plain(2.5, "CHF"), "CHF 2.50");
        assert_eq!(plain(1.2346, "KWD"), "KWD 1.235");
    }

    #[test]
    fn lists_read_as_english() {
        let l = |v: &[&str]| list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b"]), "a and b");
        assert_eq!(l(&["a", "b", "c"]), "a, b and c");
        assert_eq!(capitalized("acceptance"), "Acceptance");
    }
}
