//! Side-by-side comparison of saved scenarios: one row per plan, input and output, marking the
//! rows where the scenarios differ so the page can highlight them.

use super::cost::{compute, Figure, Output, OutputKind};
use super::csv::quote;
use super::currency::Currency;
use super::fields::Field;
use super::mix::best_weeks;
use super::number::Unit;
use super::plans::PlanId;
use super::returns;
use super::rounding::{self, Shown};
use super::safety::{assess, Risk};
use super::scenario::Scenario;
use super::units::MONTHS_PER_YEAR;

/// One cell of the comparison, left for the page to format.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Plan(PlanId),
    Input(f64, Unit),
    Output(Figure, OutputKind),
    /// An average of people or messages a week or a month, to a tenth, as every view shows
    /// it (docs/model.md#cost-model).
    Amount(f64),
    /// No figure, in words.
    Absent(&'static str),
    /// The currency the scenario's money is in.
    Currency(Currency),
    /// An account-safety level.
    Safety(Risk),
}

impl Cell {
    /// The number a cell holds and what it counts, where it holds one.
    fn number(self) -> Option<(f64, Measure)> {
        match self {
            Cell::Input(v, unit) => Some((v, Measure::Input(unit))),
            Cell::Output(f, kind) => f.value().map(|v| (v, Measure::Output(kind))),
            Cell::Amount(v) => Some((v, Measure::Amount)),
            _ => None,
        }
    }

    /// A cell of the same kind holding `v`.
    fn with(m: Measure, v: f64) -> Cell {
        match m {
            Measure::Input(unit) => Cell::Input(v, unit),
            Measure::Output(kind) => Cell::Output(Figure::Value(v), kind),
            Measure::Amount => Cell::Amount(v),
        }
    }

    /// The cell's number as the page rounds it, where it holds one.
    fn shown(self, currency: Currency) -> Option<Shown> {
        let (v, m) = self.number()?;
        Some(match m {
            Measure::Input(Unit::Usd) | Measure::Output(OutputKind::Money) => {
                rounding::money(v, currency)
            }
            Measure::Input(Unit::Percent) => rounding::percent(v),
            Measure::Input(Unit::Count) | Measure::Output(OutputKind::Count) | Measure::Amount => {
                rounding::average(v)
            }
        })
    }

    fn is_money(self) -> bool {
        matches!(
            self,
            Cell::Input(_, Unit::Usd) | Cell::Output(_, OutputKind::Money)
        )
    }
}

/// What a number in a cell counts.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Measure {
    Input(Unit),
    Output(OutputKind),
    Amount,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub cells: Vec<Cell>,
    pub differs: bool,
}

/// Rows comparing the given scenarios, in the order plan, cost inputs, outputs, then each
/// one's best plan and best week on its own plan (docs/model.md#best-plan-and-channel-mix).
pub fn compare(scenarios: &[&Scenario]) -> Vec<Row> {
    let costs: Vec<_> = scenarios.iter().map(|s| compute(s)).collect();
    let best: Vec<_> = scenarios.iter().map(|s| best_weeks(s)).collect();
    let mut rows = vec![
        row(
            "Plan",
            scenarios.iter().map(|s| Cell::Plan(s.plan)).collect(),
        ),
        row(
            "Currency",
            scenarios
                .iter()
                .map(|s| Cell::Currency(s.currency))
                .collect(),
        ),
    ];
    rows.extend(Field::COST_INPUTS.iter().map(|&f| {
        let unit = f.spec().unit();
        row(
            f.spec().label,
            scenarios
                .iter()
                .map(|s| Cell::Input(s.get(f), unit))
                .collect(),
        )
    }));
    rows.extend(Output::ALL.iter().map(|&o| {
        row(
            o.label(),
            costs
                .iter()
                .map(|c| Cell::Output(o.of(c), o.kind()))
                .collect(),
        )
    }));
    rows.push(row(
        "Plan with the most meetings",
        best.iter()
            .map(|b| {
                b.most_meetings
                    .map_or(Cell::Absent("none books a meeting"), Cell::Plan)
            })
            .collect(),
    ));
    rows.push(row(
        "Plan with the lowest cost per meeting",
        best.iter()
            .map(|b| {
                b.lowest_cost
                    .map_or(Cell::Absent("none books a meeting"), Cell::Plan)
            })
            .collect(),
    ));
    let week = |label, f: fn(&super::mix::PlanWeek) -> Cell| {
        row(
            label,
            scenarios
                .iter()
                .zip(&best)
                .map(|(s, b)| f(b.week(s.plan)))
                .collect(),
        )
    };
    rows.push(week("Best week: connection requests", |w| {
        Cell::Amount(w.mix.invites)
    }));
    rows.push(week("Best week: InMails", |w| Cell::Amount(w.mix.inmails)));
    rows.push(week("Best week: Open Profile messages", |w| {
        Cell::Amount(w.mix.open)
    }));
    // A month, like the calculator's "Meetings a month" above it.
    rows.push(week("Best mix: meetings a month", |w| {
        Cell::Amount(w.meetings_month())
    }));
    rows.push(row(
        "Won revenue a month",
        scenarios
            .iter()
            .zip(&costs)
            .map(|(s, c)| {
                match returns::of(&s.deal, c) {
                    None => Cell::Absent("not given"),
                    // Said in words, as the calculator says it: never a bare "$0.00".
                    Some(r) if r.won.abs() < 1e-9 => Cell::Absent("none"),
                    Some(r) => Cell::Output(Figure::Value(r.won), OutputKind::Money),
                }
            })
            .collect(),
    ));
    rows.push(row(
        "A year: spend",
        costs
            .iter()
            .map(|c| {
                Cell::Output(
                    Figure::Value(c.total.cost * MONTHS_PER_YEAR),
                    OutputKind::Money,
                )
            })
            .collect(),
    ));
    rows.push(row(
        "A year: meetings",
        costs
            .iter()
            .map(|c| Cell::Amount(c.total.meetings * MONTHS_PER_YEAR))
            .collect(),
    ));
    rows.push(row(
        "Account safety",
        scenarios
            .iter()
            .map(|s| Cell::Safety(assess(s).level))
            .collect(),
    ));
    rows
}

/// A figure against the first scenario's, as the page rounds it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// No difference at the page's rounding.
    Same,
    /// This much more, in a cell of the same kind.
    More(Cell),
    Less(Cell),
}

/// The difference column against the first scenario: each other cell's number less the
/// first's; `None` for the first, for cells without a number and for money in another
/// currency than the first's (nothing is converted).
pub fn differences(row: &Row, currencies: &[Currency]) -> Vec<Option<Change>> {
    let first = row.cells.first().and_then(|c| c.number());
    row.cells
        .iter()
        .zip(currencies)
        .enumerate()
        .map(|(i, (cell, currency))| {
            let (base, measure) = first?;
            let (v, m) = cell.number()?;
            let same_money = !cell.is_money() || Some(currency) == currencies.first();
            if i == 0 || m != measure || !same_money {
                return None;
            }
            let by = Cell::with(m, (v - base).abs());
            Some(match by.shown(*currency) {
                Some(shown) if !shown.is_zero() && !matches!(shown, Shown::Under(..)) => {
                    if v > base {
                        Change::More(by)
                    } else {
                        Change::Less(by)
                    }
                }
                _ => Change::Same,
            })
        })
        .collect()
}

/// The comparison as CSV: a header of scenario names, then a row per line of the table, with
/// plain numbers (rounded to 4 decimals) so a spreadsheet can compute with them. Cells are
/// quoted by [`quote`], which also keeps a name from running as a formula.
pub fn to_csv(names: &[&str], rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = std::iter::once(String::new())
        .chain(names.iter().map(|n| n.to_string()))
        .collect();
    push_line(&mut out, &header);
    for r in rows {
        let line: Vec<String> = std::iter::once(r.label.to_string())
            .chain(r.cells.iter().map(|c| plain(*c)))
            .collect();
        push_line(&mut out, &line);
    }
    out
}

fn push_line(out: &mut String, cells: &[String]) {
    let quoted: Vec<_> = cells.iter().map(|c| quote(c)).collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

fn plain(cell: Cell) -> String {
    let number = |v: f64| ((v * 1e4).round() / 1e4).to_string();
    match cell {
        Cell::Plan(p) => p.plan().name.to_string(),
        Cell::Input(v, _) | Cell::Amount(v) => number(v),
        Cell::Output(f, _) => f
            .value()
            .map(number)
            .unwrap_or_else(|| f.absence().unwrap_or_default().to_string()),
        Cell::Absent(words) => words.to_string(),
        Cell::Currency(c) => c.code().to_string(),
        Cell::Safety(r) => r.label().to_string(),
    }
}

fn row(label: &'static str, cells: Vec<Cell>) -> Row {
    let differs = cells.windows(2).any(|w| w[0] != w[1]);
    Row {
        label,
        cells,
        differs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comparison_carries_each_best_plan_and_exports_as_csv() {
        let a = Scenario {
            hours: Some(5.0),
            ..Scenario::default()
        };
        let b = Scenario {
            name: "=Risky, \"quoted\"".to_string(),
            hours: Some(40.0),
            currency: Currency::parse("EUR").unwrap(),
            ..Scenario::default()
        };
        let rows = compare(&[&a, &b]);
        let most = rows
            .iter()
            .find(|r| r.label == "Plan with the most meetings")
            .unwrap();
        assert_eq!(most.cells[0], Cell::Plan(PlanId::SalesNavCore));
        let meetings = rows
            .iter()
            .find(|r| r.label == "Best mix: meetings a month")
            .unwrap();
        assert!(meetings.differs, "forty hours book more than five");

        let csv = to_csv(&["Mine", &b.name], &rows);
        let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
        assert_eq!(lines.next(), Some(",Mine,\"'=Risky, \"\"quoted\"\"\""));
        assert_eq!(
            lines.next(),
            Some("Plan,Sales Navigator Core,Sales Navigator Core")
        );
        // Each column's money is in its own currency, and says which.
        assert_eq!(lines.next(), Some("Currency,USD,EUR"));
        assert!(csv.contains("\r\nInMail reply rate,20,20\r\n"), "{csv}");
        assert_eq!(csv.matches("\r\n").count(), rows.len() + 1);
    }
}
