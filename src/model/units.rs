//! The conversions every part of the model shares, written once: weeks in a month, the rep's
//! minutes as money, and the InMails a month's credits pay for once each reply's refunded
//! credit is sent again. A module of its own, so the cost model and the week both read it
//! without reading each other.

/// Weeks in a month (52 / 12): the guides round 100 a week to "~400 a month".
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Months in a year, for a year's totals (docs/model.md#billing: every view can show 12 ×).
pub const MONTHS_PER_YEAR: f64 = 12.0;

/// `minutes` as hours.
pub fn hours(minutes: f64) -> f64 {
    minutes / 60.0
}

/// What `minutes` of the rep's time cost at `hourly` an hour (docs/model.md#cost-model).
pub fn labour(hourly: f64, minutes: f64) -> f64 {
    hourly * minutes / 60.0
}

/// InMails that `credits` pay for when a fraction `reply` of them is answered and each answer's
/// refunded credit is sent again: `C + Cr + Cr² + … = C / (1 − r)` (docs/model.md#credit-bank).
/// `reply` is below 1 (the reply rate's rule).
pub fn refunded_sends(credits: f64, reply: f64) -> f64 {
    credits / (1.0 - reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_figures() {
        // 100 invitations a week is "~400 a month" in the guides.
        assert!((100.0 * WEEKS_PER_MONTH - 433.33).abs() < 0.01);
        // Five minutes at $50 an hour.
        assert!((labour(50.0, 5.0) - 50.0 / 12.0).abs() < 1e-12);
        assert_eq!(hours(90.0), 1.5);
        // 50 credits at a 20 % reply rate send 62.5 InMails.
        assert!((refunded_sends(50.0, 0.2) - 62.5).abs() < 1e-12);
        assert_eq!(refunded_sends(50.0, 0.0), 50.0);
    }
}
