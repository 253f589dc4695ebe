//! Calendar dates as LinkedIn's data export writes them, read into days since 1970-01-01 so
//! windows and ages are plain subtraction. No time zones: the export's dates carry none (or
//! UTC), and a day is as fine as its counts need.

/// A day: days since 1970-01-01.
pub type Day = i64;

/// The years a date may fall in: a typo such as `20260` is no date, and never overflows.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2200;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), or `None` for an impossible
/// one or one outside 1900–2200.
pub fn day_of(year: i64, month: u32, day: u32) -> Option<Day> {
    if !YEARS.contains(&year)
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
    {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The civil date of a day: (year, month, day).
pub fn civil(day: Day) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `2026-02-08`, as a rep reads a date in a table or a file name.
pub fn iso(day: Day) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `2026-02`: the month a day falls in.
pub fn month_key(day: Day) -> String {
    let (y, m, _) = civil(day);
    format!("{y:04}-{m:02}")
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `08 Feb 2026` (Connections.csv's `Connected On`).
pub fn parse_day_month_name(text: &str) -> Option<Day> {
    let mut parts = text.split_whitespace();
    let d = parts.next()?.parse().ok()?;
    let m = month_number(parts.next()?)?;
    let y = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some(())?;
    day_of(y, m, d)
}

/// `1/29/26, 2:37 PM` or `1/29/2026 14:37` (Invitations.csv's `Sent At`: US order).
pub fn parse_us(text: &str) -> Option<Day> {
    let date = text.trim().split([',', ' ']).next()?;
    let mut parts = date.split('/');
    let m = parts.next()?.trim().parse().ok()?;
    let d = parts.next()?.trim().parse().ok()?;
    let y: i64 = parts.next()?.trim().parse().ok()?;
    parts.next().is_none().then_some(())?;
    let y = if y < 100 { 2000 + y } else { y };
    day_of(y, m, d)
}

/// `2023-06-11 15:33:58 UTC` or `2023-06-11` (messages.csv's `DATE`).
pub fn parse_iso(text: &str) -> Option<Day> {
    let date = text.trim().split([' ', 'T']).next()?;
    let mut parts = date.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some(())?;
    day_of(y, m, d)
}

/// The seconds into the day of `2023-06-11 15:33:58 UTC` (0 without a time), so two messages
/// of one day keep their order.
pub fn seconds_of_day(text: &str) -> u32 {
    let Some(time) = text.trim().split([' ', 'T']).nth(1) else {
        return 0;
    };
    let mut parts = time.split(':').map(|p| p.trim().parse::<u32>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(h), Some(m), s) if h < 24 && m < 60 => h * 3600 + m * 60 + s.unwrap_or(0).min(59),
        _ => 0,
    }
}

/// Any of the export's date forms.
pub fn parse_any(text: &str) -> Option<Day> {
    parse_iso(text)
        .or_else(|| parse_us(text))
        .or_else(|| parse_day_month_name(text))
}

fn month_number(name: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    let short = lower.get(..3)?;
    NAMES.iter().position(|n| *n == short).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_known_days() {
        assert_eq!(day_of(1970, 1, 1), Some(0));
        assert_eq!(day_of(2000, 3, 1), Some(11_017));
        assert_eq!(day_of(2026, 2, 29), None);
        assert_eq!(day_of(2024, 2, 29).map(civil), Some((2024, 2, 29)));
        for d in [-1000, 0, 19_000, 20_500, 40_000] {
            let (y, m, dd) = civil(d);
            assert_eq!(day_of(y, m, dd), Some(d));
        }
        assert_eq!(iso(day_of(2026, 2, 8).unwrap()), "2026-02-08");
    }

    #[test]
    fn the_exports_three_date_forms() {
        let feb8 = day_of(2026, 2, 8);
        assert_eq!(parse_day_month_name("08 Feb 2026"), feb8);
        assert_eq!(parse_us("2/8/26, 2:37 PM"), feb8);
        assert_eq!(parse_us("2/8/2026 14:37"), feb8);
        assert_eq!(parse_iso("2026-02-08 15:33:58 UTC"), feb8);
        assert_eq!(parse_any("08 February 2026"), feb8);
        for bad in [
            "",
            "32 Jan 2026",
            "13/1/26",
            "2026-13-01",
            "yesterday",
            "1/2",
        ] {
            assert_eq!(parse_any(bad), None, "{bad}");
        }
    }
}
