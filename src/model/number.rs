//! The one reader of numbers people type or links carry: every count, amount and rate on the
//! page goes through [`Rule::read`], so each field accepts the same spellings and refuses with
//! the same words. A German rep typing `22,5` and a link carrying `22.5` differ only in the
//! [`Notation`] passed in: the rep's marks come from the browser, a link's are fixed.

use std::fmt;

use super::text::shorten;

/// How a value is shown and what it is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money in the scenario's currency (a price, an hourly rate, a spend).
    Usd,
    /// A percentage written as a percent (`20` is 20 %).
    Percent,
    /// A count of things (or minutes).
    Count,
}

/// How numbers are written where they are read: in the rep's locale (the page takes its marks
/// from the browser's `Intl.NumberFormat`, so a field reads what the page itself writes), or
/// in the plain notation of share links.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notation {
    /// The decimal mark: `.` in en-US, `,` in de-DE and fr-FR.
    pub decimal: char,
    /// The thousands separator: `,` in en-US, `.` in de-DE, a narrow no-break space in fr-FR;
    /// `None` where numbers are never grouped (links).
    pub group: Option<char>,
    /// Digits in the group nearest the decimal mark, and in each group before it: 3 and 3, or
    /// 3 and 2 in India (`12,34,567`).
    pub group_sizes: (u8, u8),
    /// Whether `1e9` is read. Links always have; a person who types one is asked to write the
    /// figure out, since a price of `1e9` is far more likely a slip than a plan.
    pub exponents: bool,
}

impl Notation {
    /// Share links (docs/link-format.md): `.` for decimals, no thousands separator, exponents read as
    /// links of format 1 read them.
    pub const LINK: Notation = Notation {
        decimal: '.',
        group: None,
        group_sizes: (3, 3),
        exponents: true,
    };

    /// What people type in a locale with these marks.
    pub const fn typed(decimal: char, group: Option<char>, group_sizes: (u8, u8)) -> Notation {
        Notation {
            decimal,
            group,
            group_sizes,
            exponents: false,
        }
    }

    /// A figure as a field shows it for editing: exact (the shortest text that reads back to
    /// the same number), with this notation's decimal mark and no grouping, so it reads back
    /// unchanged in the same notation.
    pub fn write(&self, value: f64) -> String {
        // `+ 0.0` turns -0 into 0; `{}` on f64 never writes an exponent.
        let plain = (value + 0.0).to_string();
        if self.decimal == '.' {
            plain
        } else {
            plain.replace('.', self.decimal.encode_utf8(&mut [0; 4]))
        }
    }

    /// 1234.5 in this notation, grouped: the example a refusal gives.
    pub fn example(&self) -> String {
        match self.group {
            Some(g) => format!("1{g}234{}5", self.decimal),
            None => format!("1234{}5", self.decimal),
        }
    }

    /// Whether `c` separates thousands here: the locale's own mark, or, where that mark is a
    /// space or an apostrophe, any of its look-alikes (a keyboard types U+0020 where the page
    /// writes U+202F).
    fn is_group(&self, c: char) -> bool {
        match self.group {
            None => false,
            Some(g) => c == g || (is_space(g) && is_space(c)) || (is_quote(g) && is_quote(c)),
        }
    }

    /// "use “.” for decimals and “,” only between thousands, as in 1,234.5"
    fn how(&self) -> String {
        match self.group {
            None => format!(
                "use “{}” for decimals and no thousands separator",
                self.decimal
            ),
            Some(g) => format!(
                "use “{}” for decimals and {} only between thousands, as in {}",
                self.decimal,
                describe(g),
                self.example()
            ),
        }
    }
}

/// A mark as a sentence names it: spaces are invisible between quotes.
fn describe(mark: char) -> String {
    if is_space(mark) {
        "a space".to_string()
    } else {
        format!("“{mark}”")
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The value of a decimal digit in the scripts `Intl.NumberFormat` writes in (Latin, Arabic,
/// Persian, Devanagari, Bengali, full-width).
fn digit(c: char) -> Option<u8> {
    [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xFF10]
        .into_iter()
        .find_map(|zero| (c as u32).checked_sub(zero).filter(|d| *d < 10))
        .map(|d| d as u8)
}

/// A currency sign (the Latin-1 ones and the Currency Symbols block).
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '¢' | '£' | '¤' | '¥') || ('\u{20a0}'..='\u{20cf}').contains(&c)
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

    /// An amount of money from 0 to `max`, in the scenario's currency.
    pub const fn money(max: f64) -> Rule {
        Rule {
            unit: Unit::Usd,
            min: 0.0,
            max,
            max_exclusive: false,
            whole: false,
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

    /// Reads a link's value: [`Rule::read`] in the plain notation of links.
    pub fn parse(&self, text: &str) -> Result<f64, ValueError> {
        self.read(text, &Notation::LINK)
    }

    /// Reads what a person typed (or a link carried) in `notation`.
    ///
    /// Accepts surrounding spaces, the field's own unit (`$` before or after money, `%` before
    /// or after a percent, `USD`), the locale's thousands separators where they group by
    /// thousands, and its decimal mark; refuses everything else with the reason: another
    /// locale's marks, a unit that is not the field's, words, an exponent where people type.
    pub fn read(&self, text: &str, notation: &Notation) -> Result<f64, ValueError> {
        let trimmed = text.trim();
        let number = self.without_unit(trimmed);
        if number.is_empty() {
            return Err(ValueError::Empty);
        }
        let value = self
            .number(number, notation)?
            .filter(|v| v.is_finite())
            .ok_or_else(|| ValueError::NotANumber(shorten(trimmed, 40)))?;
        let value = value + 0.0;
        self.check(value).map(|()| value)
    }

    /// The text without this field's own unit, written before or after the number.
    fn without_unit<'t>(&self, text: &'t str) -> &'t str {
        let marks: &[&str] = match self.unit {
            Unit::Usd => &["US$", "USD", "usd", "$"],
            Unit::Percent => &["%"],
            Unit::Count => &[],
        };
        for mark in marks {
            if let Some(rest) = text.strip_prefix(mark) {
                return rest.trim_start();
            }
            if let Some(rest) = text.strip_suffix(mark) {
                return rest.trim_end();
            }
        }
        text
    }

    /// The number in `text` (`None`: not a number at all), or the specific reason it cannot be
    /// read: a stray unit, words, an exponent, marks of another notation.
    fn number(&self, text: &str, n: &Notation) -> Result<Option<f64>, ValueError> {
        let numeric = |c: char| {
            digit(c).is_some()
                || matches!(c, '.' | ',' | '+' | '-' | '−')
                || c == n.decimal
                || n.is_group(c)
                || is_space(c)
                || is_quote(c)
        };
        if text.chars().all(numeric) {
            return read_marks(text, n);
        }
        if let Some((mantissa, exponent)) = text.split_once(['e', 'E']) {
            let signless = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            let is_exponent = mantissa.chars().any(|c| digit(c).is_some())
                && mantissa.chars().all(numeric)
                && !signless.is_empty()
                && signless.bytes().all(|b| b.is_ascii_digit());
            if is_exponent && !n.exponents {
                return Err(ValueError::Exponent);
            }
            if is_exponent {
                let plain = text
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
                return Ok(text.parse().ok().filter(|_| plain));
            }
        }
        let stray: String = text.chars().filter(|c| !numeric(*c)).collect();
        if stray.contains('%') && self.unit != Unit::Percent {
            return Err(ValueError::NotPercent);
        }
        if let Some(sign) = stray.chars().find(|c| is_currency(*c)) {
            return Err(if self.unit == Unit::Usd {
                ValueError::NotDollars(sign.to_string())
            } else {
                ValueError::NotMoney(sign.to_string())
            });
        }
        // Words before or after the number: "5 hours", "hours 5".
        let word_at = |word: &str, rest: &str| {
            let is_word = !word.is_empty() && word.chars().all(char::is_alphabetic);
            let is_number = rest.chars().any(|c| digit(c).is_some()) && rest.chars().all(numeric);
            (is_word && is_number).then(|| ValueError::Words(shorten(word, 20)))
        };
        let after = text.trim_end_matches(char::is_alphabetic);
        let before = text.trim_start_matches(char::is_alphabetic);
        if let Some(words) = word_at(text[after.len()..].trim(), after.trim())
            .or_else(|| word_at(text[..text.len() - before.len()].trim(), before.trim()))
        {
            return Err(words);
        }
        Ok(None)
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

/// Reads digits, a sign, decimal marks and thousands separators in notation `n`.
fn read_marks(text: &str, n: &Notation) -> Result<Option<f64>, ValueError> {
    // Both `.` and `,` where they do not fit: two notations mixed (`1.000,5` in en-US).
    let mixed = text.contains('.') && text.contains(',');
    let marks_error = |e: fn(Notation) -> ValueError| {
        if mixed {
            ValueError::TwoDecimalMarks(*n)
        } else {
            e(*n)
        }
    };
    let (negative, unsigned) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let mut plain = String::with_capacity(text.len() + 1);
    if negative {
        plain.push('-');
    }
    // Digits in each group of the whole part, and whether the decimal mark was passed.
    let mut groups: Vec<usize> = vec![0];
    let mut fraction = false;
    let mut digits = 0;
    for c in unsigned.trim_start().chars() {
        if let Some(d) = digit(c) {
            plain.push(char::from(b'0' + d));
            digits += 1;
            if let (false, Some(group)) = (fraction, groups.last_mut()) {
                *group += 1;
            }
        } else if c == n.decimal {
            if fraction {
                return Err(ValueError::TwoDecimalMarks(*n));
            }
            fraction = true;
            plain.push('.');
        } else if n.is_group(c) {
            if fraction {
                return Err(if n.group.is_some_and(is_space) {
                    ValueError::Grouping(*n)
                } else {
                    ValueError::TwoDecimalMarks(*n)
                });
            }
            groups.push(0);
        } else if matches!(c, '+' | '-' | '−') {
            return Ok(None);
        } else {
            return Err(marks_error(ValueError::ForeignMark));
        }
    }
    if digits == 0 {
        return Ok(None);
    }
    if let [first, middle @ .., last] = groups.as_slice() {
        // The locale's own grouping, or thousands (an Indian rep may well type `100,000`).
        let grouped = |(primary, secondary): (u8, u8)| {
            let (primary, secondary) = (usize::from(primary), usize::from(secondary));
            (1..=secondary).contains(first)
                && middle.iter().all(|g| *g == secondary)
                && *last == primary
        };
        if !grouped(n.group_sizes) && !grouped((3, 3)) {
            return Err(marks_error(ValueError::Grouping));
        }
    }
    Ok(plain.parse().ok())
}

/// Why a value was refused, phrased to follow the field's label.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueError {
    Empty,
    NotANumber(String),
    /// A mark this notation does not use: `.` in fr-FR, `,` in a link, a space in en-US.
    ForeignMark(Notation),
    /// A thousands separator that does not separate thousands: `22,5` or `1,00` in en-US.
    Grouping(Notation),
    /// Two decimal marks, or both `.` and `,` where they do not fit: `1.000,5` in en-US.
    TwoDecimalMarks(Notation),
    /// `1e9` typed by a person.
    Exponent,
    /// `%` on a figure that is not a percent.
    NotPercent,
    /// A currency sign on a figure that is not money.
    NotMoney(String),
    /// A sign other than the dollar's on a money figure (its currency is chosen on its own).
    NotDollars(String),
    /// Words with the number (`5 hours`): the field has one unit and converts none.
    Words(String),
    NotWhole,
    BelowMin(f64),
    AboveMax(f64),
    NotBelow(f64),
    /// Open Profile messages and InMail credits need a premium plan.
    NeedsPremium,
    /// More InMail credits a month than the plan's bank can hold: one month's grant would not
    /// fit under its fixed cap.
    AboveBankCap(f64),
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::Empty => f.write_str("enter a number"),
            ValueError::NotANumber(text) => write!(f, "“{text}” is not a number"),
            ValueError::ForeignMark(n) => f.write_str(&n.how()),
            ValueError::Grouping(n) => match n.group {
                Some(g) => write!(
                    f,
                    "{} separates thousands here: use “{}” for decimals, as in {}",
                    describe(g),
                    n.decimal,
                    n.example()
                ),
                None => f.write_str(&n.how()),
            },
            ValueError::TwoDecimalMarks(n) => write!(f, "two decimal marks: {}", n.how()),
            ValueError::Exponent => {
                f.write_str("write the number out in full (an exponent such as “1e9” is not read)")
            }
            ValueError::NotPercent => {
                f.write_str("type the number alone, without “%” (this figure is not a percent)")
            }
            ValueError::NotMoney(sign) => write!(
                f,
                "type the number alone, without “{sign}” (this figure is not money)"
            ),
            ValueError::NotDollars(sign) => write!(
                f,
                "type the number alone, without “{sign}” (amounts are in the currency chosen under the plan)"
            ),
            ValueError::Words(word) => write!(
                f,
                "type the number alone, in the field's own unit (“{word}” is not converted)"
            ),
            ValueError::NotWhole => f.write_str("must be a whole number"),
            ValueError::BelowMin(min) => write!(f, "must be at least {min}"),
            ValueError::AboveMax(max) => write!(f, "must be at most {max}"),
            ValueError::NotBelow(max) => write!(f, "must be below {max}"),
            ValueError::NeedsPremium => {
                f.write_str("needs a premium plan (a free account has none)")
            }
            ValueError::AboveBankCap(cap) => write!(
                f,
                "must be at most {cap}: this plan's bank holds {cap} credits, so a larger month's grant would not fit"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONEY: Rule = Rule::money(10_000.0);
    const COUNT: Rule = Rule::count(0.0, 100_000.0);
    const WIDE: Rule = Rule { max: 1e9, ..MONEY };
    const EN_US: Notation = Notation::typed('.', Some(','), (3, 3));
    const DE_DE: Notation = Notation::typed(',', Some('.'), (3, 3));
    const FR_FR: Notation = Notation::typed(',', Some('\u{202f}'), (3, 3));
    const EN_IN: Notation = Notation::typed('.', Some(','), (3, 2));

    #[test]
    fn links_read_as_they_always_have() {
        assert_eq!(Rule::PERCENT.parse(" 22.5 "), Ok(22.5));
        assert_eq!(Rule::PERCENT.parse("20%"), Ok(20.0));
        assert_eq!(MONEY.parse("$99"), Ok(99.0));
        assert_eq!(
            MONEY.parse("1e2"),
            Ok(100.0),
            "format 1 links may carry exponents"
        );
        assert_eq!(Rule::count(0.0, 800.0).parse("800"), Ok(800.0));
        assert_eq!(
            COUNT.parse("1,000"),
            Err(ValueError::ForeignMark(Notation::LINK))
        );
        assert_eq!(
            ValueError::ForeignMark(Notation::LINK).to_string(),
            "use “.” for decimals and no thousands separator"
        );
        assert_eq!(
            COUNT.parse("1 000"),
            Err(ValueError::ForeignMark(Notation::LINK))
        );
    }

    #[test]
    fn en_us_reads_what_the_page_writes_there() {
        for (typed, value) in [
            ("1,000", 1000.0),
            ("1000", 1000.0),
            ("1,234,567.5", 1_234_567.5),
            ("22.5", 22.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("-0", 0.0),
        ] {
            assert_eq!(WIDE.read(typed, &EN_US), Ok(value), "{typed}");
        }
        assert_eq!(COUNT.read("1,000", &EN_US), Ok(1000.0));
        assert_eq!(
            COUNT.read("-0", &EN_US).map(|v| v.to_string()),
            Ok("0".into())
        );
    }

    #[test]
    fn de_de_reads_commas_as_decimals_and_dots_as_thousands() {
        assert_eq!(Rule::PERCENT.read("22,5", &DE_DE), Ok(22.5));
        assert_eq!(COUNT.read("1.000", &DE_DE), Ok(1000.0));
        assert_eq!(COUNT.read("1000", &DE_DE), Ok(1000.0));
        assert_eq!(MONEY.read("1.234,56", &DE_DE), Ok(1234.56));
        assert_eq!(
            MONEY.read("8,30 $", &DE_DE),
            Ok(8.3),
            "as the page writes money there"
        );
        assert_eq!(Rule::PERCENT.read("22,5 %", &DE_DE), Ok(22.5));
        // A dot is a thousands separator here, so `22.5` is a slip the rep is told about.
        let Err(e) = Rule::PERCENT.read("22.5", &DE_DE) else {
            panic!("22.5 was read in de-DE");
        };
        assert_eq!(e, ValueError::Grouping(DE_DE));
        assert_eq!(
            e.to_string(),
            "“.” separates thousands here: use “,” for decimals, as in 1.234,5"
        );
    }

    #[test]
    fn fr_fr_reads_every_kind_of_space_between_thousands() {
        for typed in ["1 000", "1\u{a0}000", "1\u{202f}000", "1000"] {
            assert_eq!(COUNT.read(typed, &FR_FR), Ok(1000.0), "{typed:?}");
        }
        assert_eq!(MONEY.read("1 234,5", &FR_FR), Ok(1234.5));
        assert_eq!(Rule::PERCENT.read("20\u{202f}%", &FR_FR), Ok(20.0));
        assert_eq!(
            Rule::PERCENT.read("22.5", &FR_FR),
            Err(ValueError::ForeignMark(FR_FR))
        );
        assert_eq!(
            ValueError::ForeignMark(FR_FR).to_string(),
            "use “,” for decimals and a space only between thousands, as in 1\u{202f}234,5"
        );
        assert_eq!(COUNT.read("1 00", &FR_FR), Err(ValueError::Grouping(FR_FR)));
    }

    #[test]
    fn india_groups_by_two_before_the_last_three() {
        assert_eq!(COUNT.read("1,00,000", &EN_IN), Ok(100_000.0));
        assert_eq!(COUNT.read("10,000", &EN_IN), Ok(10_000.0));
        assert_eq!(
            COUNT.read("100,000", &EN_IN),
            Ok(100_000.0),
            "thousands read too"
        );
        assert_eq!(
            COUNT.read("10,00", &EN_IN),
            Err(ValueError::Grouping(EN_IN))
        );
        assert_eq!(
            COUNT.read("1,00,0000", &EN_IN),
            Err(ValueError::Grouping(EN_IN))
        );
    }

    #[test]
    fn malformed_grouping_is_named() {
        for typed in ["22,5", "1,00", "1,0000", ",5", "1,", "1,,000", "12,34,567"] {
            assert_eq!(
                COUNT.read(typed, &EN_US),
                Err(ValueError::Grouping(EN_US)),
                "{typed}"
            );
        }
        assert_eq!(
            ValueError::Grouping(EN_US).to_string(),
            "“,” separates thousands here: use “.” for decimals, as in 1,234.5"
        );
    }

    #[test]
    fn two_decimal_marks_are_named() {
        assert_eq!(
            MONEY.read("1.000,5", &EN_US),
            Err(ValueError::TwoDecimalMarks(EN_US))
        );
        assert_eq!(
            MONEY.read("1,000.50", &DE_DE),
            Err(ValueError::TwoDecimalMarks(DE_DE))
        );
        assert_eq!(
            MONEY.read("1.5.0", &EN_US),
            Err(ValueError::TwoDecimalMarks(EN_US))
        );
        assert_eq!(
            MONEY.read("1.000,5", &FR_FR),
            Err(ValueError::TwoDecimalMarks(FR_FR))
        );
        assert_eq!(
            ValueError::TwoDecimalMarks(DE_DE).to_string(),
            "two decimal marks: use “,” for decimals and “.” only between thousands, as in 1.234,5"
        );
        assert_eq!(
            MONEY.read("1,000.50", &EN_US),
            Ok(1000.5),
            "one of each, in order"
        );
    }

    #[test]
    fn people_typing_write_numbers_out_in_full() {
        for typed in ["1e9", "1E9", "2.5e3", "1e-3", "1e+3"] {
            assert_eq!(
                MONEY.read(typed, &EN_US),
                Err(ValueError::Exponent),
                "{typed}"
            );
        }
        assert_eq!(MONEY.read("2,5e3", &DE_DE), Err(ValueError::Exponent));
        assert_eq!(
            MONEY.parse("1e9"),
            Err(ValueError::AboveMax(10_000.0)),
            "links read it"
        );
    }

    #[test]
    fn a_field_takes_its_own_unit_and_names_any_other() {
        assert_eq!(Rule::PERCENT.read("20 %", &EN_US), Ok(20.0));
        assert_eq!(
            Rule::PERCENT.read("%20", &EN_US),
            Ok(20.0),
            "Turkish writes %20"
        );
        assert_eq!(MONEY.read("$1,000", &EN_US), Ok(1000.0));
        assert_eq!(MONEY.read("99 USD", &EN_US), Ok(99.0));
        assert_eq!(MONEY.read("US$99", &EN_US), Ok(99.0));
        assert_eq!(
            Rule::PERCENT.read("$20", &EN_US),
            Err(ValueError::NotMoney("$".into()))
        );
        assert_eq!(COUNT.read("20 %", &EN_US), Err(ValueError::NotPercent));
        assert_eq!(MONEY.read("20%", &EN_US), Err(ValueError::NotPercent));
        assert_eq!(
            MONEY.read("€99", &EN_US),
            Err(ValueError::NotDollars("€".into()))
        );
        assert_eq!(
            COUNT.read("5 hours", &EN_US),
            Err(ValueError::Words("hours".into()))
        );
        assert_eq!(
            COUNT.read("hours 5", &EN_US),
            Err(ValueError::Words("hours".into()))
        );
        assert_eq!(COUNT.read("5k", &EN_US), Err(ValueError::Words("k".into())));
        assert_eq!(
            ValueError::Words("hours".into()).to_string(),
            "type the number alone, in the field's own unit (“hours” is not converted)"
        );
    }

    #[test]
    fn refuses_with_a_reason() {
        let count = Rule::count(0.0, 100.0);
        assert_eq!(count.parse(" "), Err(ValueError::Empty));
        assert_eq!(MONEY.read("$", &EN_US), Err(ValueError::Empty));
        assert_eq!(count.parse("2.5"), Err(ValueError::NotWhole));
        assert_eq!(count.parse("-1"), Err(ValueError::BelowMin(0.0)));
        assert_eq!(count.read("−1", &EN_US), Err(ValueError::BelowMin(0.0)));
        assert_eq!(count.parse("101"), Err(ValueError::AboveMax(100.0)));
        for junk in [
            "NaN",
            "inf",
            "1e400",
            "0x10",
            "five",
            "-",
            ".",
            "1-2",
            "1 hours 2",
        ] {
            assert_eq!(
                count.parse(junk),
                Err(ValueError::NotANumber(junk.into())),
                "{junk}"
            );
        }
    }

    #[test]
    fn digits_of_other_scripts_are_read() {
        let arabic = Notation::typed('٫', Some('٬'), (3, 3));
        assert_eq!(COUNT.read("١٬٠٠٠", &arabic), Ok(1000.0));
        assert_eq!(MONEY.read("٢٢٫٥", &arabic), Ok(22.5));
    }

    #[test]
    fn a_field_shows_its_figure_so_it_reads_back() {
        for n in [EN_US, DE_DE, FR_FR, Notation::LINK] {
            for v in [0.0, 22.5, 1000.0, 99.99, 0.1 + 0.2, 1234.5678] {
                assert_eq!(MONEY.read(&n.write(v), &n), Ok(v), "{v} in {n:?}");
            }
        }
        assert_eq!(DE_DE.write(22.5), "22,5");
        assert_eq!(EN_US.write(1000.0), "1000");
        assert_eq!(EN_US.write(-0.0), "0");
    }

    #[test]
    fn a_huge_paste_is_echoed_short() {
        let junk = "x".repeat(100_000);
        let Err(ValueError::NotANumber(echo)) = Rule::PERCENT.parse(&junk) else {
            panic!("junk was accepted");
        };
        assert_eq!(echo.chars().count(), 41);
        let digits = "9".repeat(100_000);
        assert!(COUNT.read(&digits, &EN_US).is_err());
    }
}
