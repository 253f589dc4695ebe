//! Best plan: the plan and mix of first moves that books the most meetings.

pub mod best_plan_view;
pub mod return_chart;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::BestPlan);
    leptos::view! { <best_plan_view::BestPlan scenario=s /> }
}
