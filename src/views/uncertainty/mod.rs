//! How sure: the answer under the guides' ranges, drawn many times.

pub mod reply_curve_chart;
pub mod uncertainty_view;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s = crate::hooks::use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Uncertainty,
    );
    leptos::view! { <uncertainty_view::UncertaintyView scenario=s /> }
}
