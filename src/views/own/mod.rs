//! Your numbers: the rep's LinkedIn data export read in the browser (SPEC §10), its figures
//! with their counts, and "Use my numbers" to run every view on them.

pub mod own_numbers;

use super::view_chunk;

view_chunk!(own, |page| {
    leptos::view! { <own_numbers::OwnNumbers page /> }
});
