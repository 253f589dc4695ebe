//! How every figure is rounded for people, in one place: the page, the sentences and the tests
//! all ask here, so two views can never show one quantity rounded two ways. The page only adds
//! the locale's marks (`Intl.NumberFormat` with the digits decided here); `data-value` keeps
//! the exact figure.
//!
//! - Averages of people and messages (62.5 InMails a month, 11.9 meetings) to one decimal,
//!   written without it where they are whole (100).
//! - Whole counts (people in a list, counts the rep typed) whole.
//! - Money to its currency's minor unit: cents for the dollar, none for the yen.
//! - Percents to one decimal.
//! - A positive figure that would round to zero reads "under" the smallest step shown, so a
//!   real cost or a real reply never reads as none.
//! - Parts shown beside their total add up to it ([`parts`]).

use super::currency::Currency;

/// A figure as `data-value` carries it: the exact value in plain decimal notation, empty where
/// there is none. The app and the model module both write it from here.
pub fn exact(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A figure as people see it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shown {
    /// This value, written with at most this many decimals.
    Exactly(f64, u8),
    /// Above zero but below this value, the smallest step shown ("under 0.1", "under $0.01").
    Under(f64, u8),
}

impl Shown {
    /// The value written, for comparisons such as "one more hour adds nothing shown": an
    /// "under" figure counts as its step.
    pub fn value(self) -> f64 {
        match self {
            Shown::Exactly(v, _) | Shown::Under(v, _) => v,
        }
    }

    /// Whether it reads as zero: an exact 0 (never an "under" figure).
    pub fn is_zero(self) -> bool {
        matches!(self, Shown::Exactly(v, _) if v == 0.0)
    }

    /// The decimals it is written with.
    pub fn digits(self) -> u8 {
        match self {
            Shown::Exactly(_, d) | Shown::Under(_, d) => d,
        }
    }
}

/// Rounds `value` to `digits` decimals; a positive value that would round to zero reads as
/// "under" the smallest step. `-0` is 0, so no figure reads "-0".
pub fn to_digits(value: f64, digits: u8) -> Shown {
    let scale = 10f64.powi(i32::from(digits));
    let rounded = (value * scale).round() / scale + 0.0;
    if value > 0.0 && rounded == 0.0 {
        Shown::Under(1.0 / scale, digits)
    } else {
        Shown::Exactly(rounded, digits)
    }
}

/// A figure to a tenth, plain: what a field shows of a figure it follows (the InMails a month
/// the plan covers, 226.37939…, reads 226.4, as every sentence writes it).
pub fn tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0 + 0.0
}

/// An average of people or messages: to one decimal ("62.5 InMails a month", "11.9
/// meetings").
pub fn average(value: f64) -> Shown {
    to_digits(value, 1)
}

/// A whole count: "433", and "under 1" for an expected fraction of one.
pub fn whole(value: f64) -> Shown {
    to_digits(value, 0)
}

/// A percent given as a percent, to one decimal: "28.1 %".
pub fn percent(value: f64) -> Shown {
    to_digits(value, 1)
}

/// Money at the currency's minor unit: "$1.58", "¥15,000"; "under $0.01" for a positive
/// amount below a cent.
pub fn money(value: f64, currency: Currency) -> Shown {
    to_digits(value, currency.minor_digits())
}

/// Rounds parts to `digits` decimals so that they add up to `total` rounded the same way
/// (largest remainder): replies of 12.46, 0.28 and 35.19 (47.93 in all) show 12.4, 0.3 and
/// 35.2 beside a total of 47.9, where each rounded alone would show 12.5 + 0.3 + 35.2 = 48.0.
/// The total is passed, not summed, so the parts add up to the figure its own card shows even
/// where float sums differ in the last bit. Parts are never negative; a part that is not a
/// number counts as none.
pub fn parts(values: &[f64], total: f64, digits: u8) -> Vec<f64> {
    let scale = 10f64.powi(i32::from(digits));
    let scaled: Vec<f64> = values
        .iter()
        .map(|v| {
            if v.is_finite() {
                v.max(0.0) * scale
            } else {
                0.0
            }
        })
        .collect();
    let target = if total.is_finite() {
        (total.max(0.0) * scale).round()
    } else {
        scaled.iter().sum::<f64>().round()
    };
    let mut out: Vec<f64> = scaled.iter().map(|v| v.floor()).collect();
    let remainder = |i: usize| scaled[i] - scaled[i].floor();
    // The parts that lost the most by rounding down gain the units still missing; where the
    // total asks for fewer (a float sum a hair above it), those that lost the least give one.
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| remainder(b).total_cmp(&remainder(a)).then(a.cmp(&b)));
    let mut left = target - out.iter().sum::<f64>();
    for &i in order.iter().cycle().take(order.len() * 2) {
        if left >= 1.0 {
            out[i] += 1.0;
            left -= 1.0;
        }
    }
    for &i in order.iter().rev() {
        if left <= -1.0 && out[i] >= 1.0 {
            out[i] -= 1.0;
            left += 1.0;
        }
    }
    out.into_iter().map(|v| v / scale + 0.0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_keep_one_decimal_and_whole_ones_none() {
        assert_eq!(average(62.5), Shown::Exactly(62.5, 1));
        assert_eq!(average(100.0), Shown::Exactly(100.0, 1));
        assert_eq!(average(14.423), Shown::Exactly(14.4, 1));
        assert_eq!(average(0.04), Shown::Under(0.1, 1));
        assert_eq!(average(-0.0001), Shown::Exactly(0.0, 1));
    }

    #[test]
    fn money_follows_the_currency() {
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(money(15_000.4, jpy), Shown::Exactly(15_000.0, 0));
        assert_eq!(money(1.584, Currency::USD), Shown::Exactly(1.58, 2));
        assert_eq!(money(0.004, Currency::USD), Shown::Under(0.01, 2));
        assert!(money(0.0, Currency::USD).is_zero());
    }

    #[test]
    fn parts_add_up_to_their_total() {
        // 34.8 in all shows 35: one of the parts carries the rounding.
        assert_eq!(parts(&[7.4, 27.4], 34.8, 0), vec![8.0, 27.0]);
        assert_eq!(parts(&[7.4, 27.4, 0.0], 34.8, 0).iter().sum::<f64>(), 35.0);
        let p = parts(&[12.46, 0.28, 35.19], 47.93, 1);
        assert_eq!(p, vec![12.4, 0.3, 35.2]);
        assert!((p.iter().sum::<f64>() - 47.9).abs() < 1e-9);
        assert_eq!(parts(&[], 0.0, 1), Vec::<f64>::new());
        // The total as its card rounds it: 165.49999… is 16.5, though the parts sum to 16.55.
        let p = parts(&[5.85, 2.6, 8.1], 16.549999999999997, 1);
        assert!((p.iter().sum::<f64>() - 16.5).abs() < 1e-9, "{p:?}");
        // Not a number is none; negatives are none.
        assert_eq!(parts(&[f64::NAN, -2.0, 3.0], 3.0, 0), vec![0.0, 0.0, 3.0]);
    }
}
