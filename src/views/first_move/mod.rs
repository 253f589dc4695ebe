//! The first move for one prospect: what to send, and why.

pub mod panel;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    use crate::hooks::{derive_on, use_view_scenario};
    use crate::model::recommend::{advice_inputs, recommend};
    let s = use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::FirstMove,
    );
    let advice = derive_on(s.into(), advice_inputs, recommend);
    leptos::view! { <panel::FirstMovePanel scenario=s advice /> }
}
