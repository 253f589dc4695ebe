//! Your numbers: the rep's LinkedIn data export read in the browser
//! (docs/model.md#your-numbers), its figures with their counts, and "Use my numbers" to run
//! every view on them.

pub mod own_numbers;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    leptos::view! { <own_numbers::OwnNumbers page /> }
}
