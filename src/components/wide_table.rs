//! Wide tables: a table that cannot fit scrolls sideways inside its own named, focusable region
//! (so a keyboard can scroll it too), and says so: a shadow on each side with columns beyond it
//! and a line under it, "Scroll sideways for more". On paper it prints whole.

use leptos::{html, prelude::*};

use crate::hooks::use_scroll_cue;

/// The region every wide table scrolls in.
#[component]
pub fn ScrollRegion(
    /// The region's name, read out when it takes focus.
    #[prop(into)]
    label: String,
    children: Children,
) -> impl IntoView {
    let region = NodeRef::<html::Div>::new();
    let cue = use_scroll_cue(region);
    let hint = move || match (cue.before.get(), cue.after.get()) {
        (false, true) => "Scroll sideways for more →",
        (true, true) => "← Scroll sideways for more →",
        (true, false) => "← Scroll back for the start",
        (false, false) => "",
    };
    view! {
        <div class="scroll-frame" class:more-before=cue.before class:more-after=cue.after>
            // The edges hold the shadows, over the region and not over the hint.
            <div class="scroll-edges">
                <div class="table-scroll" tabindex="0" role="region" aria-label=label node_ref=region
                    on:scroll=move |_| cue.check()>
                    {children()}
                </div>
            </div>
            <p class="scroll-hint" aria-hidden="true">{hint}</p>
        </div>
    }
}

/// A table with a caption and a header row, in its scroll region.
#[component]
pub fn WideTable(
    /// The caption, also the region's name.
    caption: &'static str,
    test_id: &'static str,
    columns: &'static [&'static str],
    /// On a phone, each row becomes a labelled block instead of scrolling (the cells carry
    /// their column's name in `data-label`).
    #[prop(optional)]
    stack_on_phone: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <ScrollRegion label=caption>
            <table data-testid=test_id class:stack-on-phone=stack_on_phone>
                <caption>{caption}</caption>
                <thead><tr>{columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </ScrollRegion>
    }
}
