//! The credit bank: InMail credits carried over month to month.

pub mod credit_bank;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s =
        crate::hooks::use_view_scenario(page.scenario, page.view, crate::model::view::View::Bank);
    leptos::view! { <credit_bank::CreditBank scenario=s /> }
}
