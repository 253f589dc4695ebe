//! US English as `Intl.NumberFormat("en-US")` writes it, for the page the build prerenders
//! natively (`src/bin/prerender.rs`), where there is no `Intl`. The browser tests compare every
//! prerendered figure with the one the app writes over it.

use super::Style;
use crate::model::currency::Currency;
use crate::model::number::Notation;

pub fn notation() -> Notation {
    Notation::typed('.', Some(','), (3, 3))
}

pub fn plain(style: Style, value: f64) -> String {
    match style {
        Style::Count => number(value, 0, 1),
        Style::Whole => number(value, 0, 0),
        Style::Percent => format!("{}%", number(value * 100.0, 0, 1)),
        // No save time is drawn before the app runs.
        Style::Date => number(value, 0, 0),
    }
}

pub fn money(currency: Currency, digits: u8, value: f64) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let amount = number(value.abs(), digits, digits);
    match currency.symbol() {
        "" => format!("{sign}{}\u{a0}{amount}", currency.code()),
        symbol => format!("{sign}{symbol}{amount}"),
    }
}

/// `value` with thousands separated by commas and between `min` and `max` decimals, rounded
/// half away from zero as `Intl` rounds.
fn number(value: f64, min: u8, max: u8) -> String {
    let scale = 10f64.powi(i32::from(max));
    let scaled = (value.abs() * scale).round();
    // Whole units and the fraction's digits, as integers: exact below 2^53.
    let units = (scaled / scale).trunc();
    let mut fraction = format!(
        "{:0width$}",
        (scaled - units * scale) as u64,
        width = max as usize
    );
    while fraction.len() > min as usize && fraction.ends_with('0') {
        fraction.pop();
    }
    let digits = format!("{units:.0}");
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && scaled > 0.0 { "-" } else { "" };
    match fraction.as_str() {
        "" => format!("{sign}{grouped}"),
        f => format!("{sign}{grouped}.{f}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_intl_writes_them_in_us_english() {
        assert_eq!(plain(Style::Count, 62.5), "62.5");
        assert_eq!(plain(Style::Count, 14.44), "14.4");
        assert_eq!(plain(Style::Count, 100.0), "100");
        assert_eq!(plain(Style::Count, 1234.56), "1,234.6");
        assert_eq!(plain(Style::Whole, 1_234_567.0), "1,234,567");
        assert_eq!(plain(Style::Whole, 0.4), "0");
        assert_eq!(plain(Style::Percent, 0.2), "20%");
        assert_eq!(plain(Style::Percent, 0.125), "12.5%");
        assert_eq!(money(Currency::USD, 2, 1.98), "$1.98");
        assert_eq!(money(Currency::USD, 2, 1579.5), "$1,579.50");
        assert_eq!(money(Currency::USD, 0, 50.0), "$50");
        assert_eq!(money(Currency::USD, 2, -3.0), "-$3.00");
        assert_eq!(money(Currency::parse("EUR").unwrap(), 2, 1.5), "€1.50");
        assert_eq!(
            money(Currency::parse("CHF").unwrap(), 2, 1.5),
            "CHF\u{a0}1.50"
        );
    }
}
