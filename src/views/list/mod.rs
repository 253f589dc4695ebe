//! A list of prospects: the first move for each, and the moves as a file.

pub mod prospect_list;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::List);
    leptos::view! { <prospect_list::ProspectList scenario=s /> }
}
