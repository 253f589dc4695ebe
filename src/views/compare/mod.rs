//! Saved scenarios: open, rename, delete, compare, export and import.

pub mod comparison;
pub mod saved_list;
pub mod team;
pub mod transfer;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    leptos::view! { <saved_list::SavedList notices=page.notices /> }
}
