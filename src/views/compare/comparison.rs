//! Saved scenarios and teammates' links side by side, with the rows where they differ
//! highlighted and each figure's difference from the first column.

use leptos::prelude::*;

use crate::browser;
use crate::components::wide_table::ScrollRegion;
use crate::format;
use crate::model::compare::{compare, differences, to_csv};
use crate::model::scenario::Scenario;

#[component]
pub fn Comparison(columns: Vec<Scenario>) -> impl IntoView {
    let scenarios: Vec<_> = columns.iter().collect();
    let rows = compare(&scenarios);
    let differing = rows.iter().filter(|r| r.differs).count();
    // Each column's money in its own scenario's currency.
    let currencies: Vec<_> = columns.iter().map(|s| s.currency).collect();
    let names: Vec<String> = columns
        .iter()
        .map(|s| s.display_name().to_string())
        .collect();
    let first = names.first().cloned().unwrap_or_default();
    let csv = {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        browser::data_url("text/csv", &to_csv(&names, &rows))
    };
    view! {
        <div class="comparison" data-testid="comparison">
            <h3>"Side by side"</h3>
            <p class="note">
                {format!("{differing} of {} rows differ; they are highlighted, with each figure's difference from “{first}”. ", rows.len())}
                <a download="firstmove-comparison.csv" href=csv data-testid="comparison-csv">"Export the comparison (CSV)"</a>
            </p>
            <ScrollRegion label="Comparison of saved scenarios">
                // On a phone the scenarios stack as columns under each row's name: all of them in
                // view, none off screen.
                <table data-columns=columns.len().to_string()>
                    <thead>
                        <tr>
                            <th scope="col">""</th>
                            {names.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let diffs = differences(&row, &currencies);
                            view! {
                            <tr class:differs=row.differs data-differs=row.differs.to_string()>
                                <th scope="row">
                                    {row.label}
                                    {row.differs.then_some(view! { <span class="visually-hidden">" (differs)"</span> })}
                                </th>
                                {row.cells.into_iter().zip(&currencies).zip(diffs).map(|((cell, c), diff)| {
                                    let text = format::in_scenario_currency(*c, || format::cell(cell));
                                    let diff = diff.map(|d| format::in_scenario_currency(*c, || format::change(d)));
                                    view! { <td>{text}{diff.map(|d| view! { <span class="diff">{d}</span> })}</td> }
                                }).collect_view()}
                            </tr>
                        }}).collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
        </div>
    }
}
