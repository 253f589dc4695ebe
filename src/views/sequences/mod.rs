//! A week of sequences: which first move each prospect gets, within the week's allowances.

pub mod sequence_plan;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    use crate::hooks::{derive_on, use_view_scenario};
    use crate::model::recommend::{advice_inputs, recommend};
    let s = use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Sequences,
    );
    let advice = derive_on(s.into(), advice_inputs, recommend);
    leptos::view! { <sequence_plan::SequencePlan scenario=s advice /> }
}
