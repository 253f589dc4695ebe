//! Saved scenarios: open, rename, delete, compare, export and import.

pub mod comparison;
pub mod saved_list;
pub mod transfer;

use super::view_chunk;

view_chunk!(compare, |page| {
    leptos::view! { <saved_list::SavedList notices=page.notices /> }
});
