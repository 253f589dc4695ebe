//! Account safety: the week's sends against LinkedIn's limits.

pub mod account_safety;

use super::view_chunk;

view_chunk!(checks, |page| {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::Safety);
    leptos::view! { <account_safety::SafetyPanel scenario=s /> }
});
