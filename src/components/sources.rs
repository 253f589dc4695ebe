//! A figure's or a rule's sources, as a reader would look them up: the guide's publisher and
//! title, or the LinkedIn Help article's title linked to the article.

use leptos::prelude::*;

use crate::model::sources::Cite;

/// "Source: …" followed by each source, linked where it has an address.
#[component]
pub fn Sources(
    /// The sources, most direct first.
    cite: Cite,
    /// Words before the list; "Source: " by default.
    #[prop(optional)]
    lead: Option<&'static str>,
) -> impl IntoView {
    let lead = lead.unwrap_or(if cite.len() > 1 {
        "Sources: "
    } else {
        "Source: "
    });
    let items = cite
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let sep = if i == 0 { "" } else { "; " };
            match s.url() {
                Some(url) => view! { {sep} <a href=url target="_blank" rel="noopener noreferrer">{s.title()}</a> }.into_any(),
                None => view! { {sep} <span title=s.full_title()>{s.title()}</span> }.into_any(),
            }
        })
        .collect_view();
    view! { <span class="source">{lead} {items}</span> }
}
