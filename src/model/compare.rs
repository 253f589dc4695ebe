//! Side-by-side comparison of saved scenarios: one row per plan, input and output, marking the
//! rows where the scenarios differ so the page can highlight them.

use super::cost::{compute, Figure, Output, OutputKind};
use super::fields::Field;
use super::number::Unit;
use super::plans::PlanId;
use super::scenario::Scenario;

/// One cell of the comparison, left for the page to format.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Plan(PlanId),
    Input(f64, Unit),
    Output(Figure, OutputKind),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub cells: Vec<Cell>,
    pub differs: bool,
}

/// Rows comparing the given scenarios, in the order plan, cost inputs, outputs.
pub fn compare(scenarios: &[&Scenario]) -> Vec<Row> {
    let costs: Vec<_> = scenarios.iter().map(|s| compute(s)).collect();
    let mut rows = vec![row(
        "Plan",
        scenarios.iter().map(|s| Cell::Plan(s.plan)).collect(),
    )];
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
    rows
}

fn row(label: &'static str, cells: Vec<Cell>) -> Row {
    let differs = cells.windows(2).any(|w| w[0] != w[1]);
    Row {
        label,
        cells,
        differs,
    }
}
