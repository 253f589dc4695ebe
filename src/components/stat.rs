//! One headline figure of a tool: its label, the figure formatted for people, and the exact
//! value for machines in `data-value` (empty where there is none), under its `data-testid`.

use leptos::prelude::*;

#[component]
pub fn Stat(
    test_id: &'static str,
    label: &'static str,
    /// The exact figure or key for `data-value` (empty: not available); see [`crate::model::rounding::exact`].
    #[prop(into)]
    value: Signal<String>,
    /// The figure in words.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="stat" class:absent=move || value.with(String::is_empty)>
            <span class="stat-label">{label}</span>
            <strong class="stat-value" data-testid=test_id
                data-value=move || value.get()>
                {move || text.get()}
            </strong>
        </div>
    }
}
