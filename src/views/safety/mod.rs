//! Account safety: the week's sends against LinkedIn's limits.

pub mod account_safety;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::Safety);
    leptos::view! { <account_safety::SafetyPanel scenario=s /> }
}
