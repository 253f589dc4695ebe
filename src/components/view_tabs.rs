//! The views as WAI-ARIA tabs: one tab stop for the whole bar, arrow keys (and Home, End) move
//! between tools and open them, and each tab controls its panel. On a phone the same bar
//! scrolls sideways on its own, so the page never does.

use leptos::{html, prelude::*};

use crate::hooks::use_scroll_cue;
use crate::model::view::View;
use crate::views::{self, Page};

/// The ids that tie a tab to its panel.
pub fn tab_id(v: View) -> String {
    format!("tab-{}", v.key())
}

pub fn panel_id(v: View) -> String {
    format!("panel-{}", v.key())
}

#[component]
pub fn ViewTabs(
    /// The view on screen.
    view: RwSignal<View>,
) -> impl IntoView {
    let go = move |v: View, focus: bool| {
        view.set(v);
        if focus {
            if let Some(tab) = document().get_element_by_id(&tab_id(v)) {
                use wasm_bindgen::JsCast;
                if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                    let _ = tab.focus();
                }
            }
        }
    };
    let bar = NodeRef::<html::Div>::new();
    // Where the bar scrolls (a phone shows a few tabs at a time), each end that hides tabs
    // says so, and the tab on screen is scrolled into sight.
    let cue = use_scroll_cue(bar);
    Effect::new(move |_| {
        let id = tab_id(view.get());
        use wasm_bindgen::JsCast;
        let tab = document()
            .get_element_by_id(&id)
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        if let (Some(tab), Some(bar)) = (tab, bar.get()) {
            // Both are measured from the bar's positioned parent, the sticky nav.
            let left = tab.offset_left() - bar.offset_left();
            let right = left + tab.offset_width();
            let (from, width) = (bar.scroll_left(), bar.client_width());
            if left < from {
                bar.set_scroll_left(left - 32);
            } else if right > from + width {
                bar.set_scroll_left(right - width + 32);
            }
            cue.check();
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = view.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" => current.step(true),
            "ArrowLeft" => current.step(false),
            "Home" => View::ALL[0],
            "End" => View::ALL[View::ALL.len() - 1],
            _ => return,
        };
        ev.prevent_default();
        go(next, true);
    };
    view! {
        <nav class="view-nav" aria-label="Tools" class:more-before=cue.before class:more-after=cue.after>
            <div class="tabs" role="tablist" aria-label="Tools" on:keydown=on_key node_ref=bar
                on:scroll=move |_| cue.check()>
                {View::ALL.map(|v| {
                    let selected = move || view.get() == v;
                    view! {
                        <button type="button" role="tab" class="tab"
                            id=tab_id(v)
                            data-view=v.key()
                            aria-controls=panel_id(v)
                            aria-selected=move || if selected() { "true" } else { "false" }
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| go(v, false)>
                            {v.label()}
                        </button>
                    }
                }).into_iter().collect_view()}
            </div>
            <span class="tabs-more tabs-more-before" aria-hidden="true">"‹"</span>
            <span class="tabs-more tabs-more-after" aria-hidden="true">"›"</span>
        </nav>
    }
}

/// One view's panel. Its contents are built the first time the view is shown (a first visit
/// builds only the view it opens on, and fetches only its chunk), then stay in the page while
/// hidden, so their inputs and drafts survive a switch, but are not laid out.
#[component]
pub fn ViewPanel(
    /// Which view this panel holds.
    of: View,
    /// The page's signals, the view on screen among them.
    page: Page,
) -> impl IntoView {
    let view = page.view;
    let visited = RwSignal::new(view.get_untracked() == of);
    Effect::new(move |_| {
        if view.get() == of && !visited.get_untracked() {
            visited.set(true);
        }
    });
    let contents = move || {
        views::open_now(of, page).unwrap_or_else(|| {
            view! {
                <Suspense fallback=move || view! {
                    <p class="view-loading" role="status" data-testid="view-loading">
                        {format!("Opening {}…", of.label())}
                    </p>
                }>
                    {Suspend::new(async move {
                        views::open(of, page).await.unwrap_or_else(|_| view! { <ChunkFailedNotice /> }.into_any())
                    })}
                </Suspense>
            }
            .into_any()
        })
    };
    view! {
        <section class=format!("view view-{}", of.key()) role="tabpanel" id=panel_id(of)
            aria-labelledby=tab_id(of) data-view=of.key()
            hidden=move || view.get() != of>
            <Show when=move || visited.get()>{contents}</Show>
        </section>
    }
}

/// What a view shows when its chunk could not be fetched. Reloading gets the page that names
/// the files of the release on the server now; the scenario is in the address, so it is kept.
#[component]
fn ChunkFailedNotice() -> impl IntoView {
    view! {
        <div class="notice chunk-failed" role="alert" data-testid="view-failed">
            <p>
                "This tool could not be loaded: the connection may be down, or a new version of "
                "FirstMove was published since this page opened. Reloading keeps your figures: they are in this page's link."
            </p>
            <button type="button" class="button" on:click=|_| crate::browser::reload()>"Reload"</button>
        </div>
    }
}
