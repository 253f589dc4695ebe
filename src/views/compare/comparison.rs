//! Two or three saved scenarios side by side, with the rows where they differ highlighted.

use leptos::prelude::*;

use crate::browser;
use crate::components::wide_table::ScrollRegion;
use crate::format;
use crate::model::compare::{compare, to_csv};
use crate::model::stored::SavedScenario;

#[component]
pub fn Comparison(picked: Vec<SavedScenario>) -> impl IntoView {
    let scenarios: Vec<_> = picked.iter().map(|p| &p.scenario).collect();
    let rows = compare(&scenarios);
    let differing = rows.iter().filter(|r| r.differs).count();
    // Each column's money in its own scenario's currency.
    let currencies: Vec<_> = picked.iter().map(|p| p.scenario.currency).collect();
    let names: Vec<String> = picked
        .iter()
        .map(|p| p.scenario.display_name().to_string())
        .collect();
    let csv = {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        browser::data_url("text/csv", &to_csv(&names, &rows))
    };
    view! {
        <div class="comparison" data-testid="comparison">
            <h3>"Side by side"</h3>
            <p class="note">
                {format!("{differing} of {} rows differ; they are highlighted. ", rows.len())}
                <a download="firstmove-comparison.csv" href=csv data-testid="comparison-csv">"Export the comparison (CSV)"</a>
            </p>
            <ScrollRegion label="Comparison of saved scenarios">
                // On a phone the scenarios stack as columns under each row's name: all of them in
                // view, none off screen.
                <table data-columns=picked.len().to_string()>
                    <thead>
                        <tr>
                            <th scope="col">""</th>
                            {picked.iter().map(|p| view! { <th scope="col">{p.scenario.display_name().to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr class:differs=row.differs data-differs=row.differs.to_string()>
                                <th scope="row">
                                    {row.label}
                                    {row.differs.then_some(view! { <span class="visually-hidden">" (differs)"</span> })}
                                </th>
                                {row.cells.into_iter().zip(&currencies).map(|(cell, c)| {
                                    let text = format::in_scenario_currency(*c, || format::cell(cell));
                                    view! { <td>{text}</td> }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
        </div>
    }
}
