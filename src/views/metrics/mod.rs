//! Metrics: the rep's own counts against the guides' benchmarks.

pub mod metrics_check;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s = crate::hooks::use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Metrics,
    );
    leptos::view! { <metrics_check::MetricsCheck scenario=s /> }
}
