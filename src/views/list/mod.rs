//! A list of prospects: the first move for each, and the moves as a file.

pub mod prospect_list;

use super::view_chunk;

view_chunk!(prospects, |page| {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::List);
    leptos::view! { <prospect_list::ProspectList scenario=s /> }
});
