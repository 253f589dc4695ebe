//! Best plan: the plan and mix of first moves that books the most meetings.

pub mod best_plan;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::Plans);
    leptos::view! { <best_plan::BestPlan scenario=s /> }
}
