//! Metrics: the rep's own counts against the guides' benchmarks.

pub mod metrics_check;

use super::view_chunk;

view_chunk!(checks, |page| {
    let s = crate::hooks::use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Metrics,
    );
    leptos::view! { <metrics_check::MetricsCheck scenario=s /> }
});
