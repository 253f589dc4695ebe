//! The credit bank: InMail credits carried over month to month.

pub mod credit_bank;

use super::view_chunk;

view_chunk!(models, |page| {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::Bank);
    leptos::view! { <credit_bank::CreditBank scenario=s /> }
});
