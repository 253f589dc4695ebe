//! A wide table: on a phone it scrolls sideways inside a named, focusable region (so a keyboard
//! can scroll it too), with a caption and a header row.

use leptos::prelude::*;

#[component]
pub fn WideTable(
    /// The caption, also the region's name.
    caption: &'static str,
    test_id: &'static str,
    columns: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table data-testid=test_id>
                <caption>{caption}</caption>
                <thead><tr>{columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
