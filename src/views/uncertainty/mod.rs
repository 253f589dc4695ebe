//! How sure: the answer under the guides' ranges, drawn many times.

pub mod reply_curve_chart;
pub mod uncertainty_view;

use super::view_chunk;

view_chunk!(models, |page| {
    let s = crate::hooks::use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Uncertainty,
    );
    leptos::view! { <uncertainty_view::UncertaintyView scenario=s /> }
});
