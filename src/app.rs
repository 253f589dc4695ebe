//! The page: one scenario signal that every input writes, and one view on screen at a time.
//! Each view reads the scenario through a memo that freezes while the view is hidden, so an
//! edit does work only where it is seen. The address bar is a share link of the scenario and
//! the view, kept by `use_address_sync`.

use leptos::prelude::*;

use crate::browser;
use crate::components::page_header::PageHeader;
use crate::components::share_bar::LinkNotices;
use crate::components::view_tabs::{ViewPanel, ViewTabs};
use crate::hooks::saved_library::provide_saved_library;
use crate::hooks::{use_address_sync, AllInputs};
use crate::model::address;
use crate::model::view::View;
use crate::views::{self, Page};

#[component]
pub fn App() -> impl IntoView {
    let opened = address::parse(&browser::current_query());
    // An old link that opened cleanly is written at once in today's format, with the same
    // inputs; one with refused parameters keeps its address until its notice is dismissed.
    if opened.format == address::Format::One && opened.notices.is_empty() {
        browser::replace_query(&address::encode_link(
            &opened.scenario,
            opened.view,
            opened.all_inputs,
        ));
    }
    let shared = !opened.scenario.name.trim().is_empty();
    let notices = RwSignal::new(Some(("This link".to_string(), opened.notices)));
    let scenario = RwSignal::new(opened.scenario);
    let view = RwSignal::new(opened.view);
    provide_context(scenario);
    crate::format::follow_currency(Memo::new(move |_| scenario.with(|s| s.currency)).into());
    provide_context(view);
    provide_context(AllInputs(RwSignal::new(opened.all_inputs)));
    crate::hooks::provide_tab_network();
    let library = provide_saved_library(scenario);
    use_address_sync(scenario, view);
    let page = Page {
        scenario,
        view,
        notices,
    };
    prefetch_views(view);

    // The name, read once per edit here; the header, Save and the tab title follow it, so
    // they do nothing on an edit that leaves the name alone.
    let name = Memo::new(move |_| scenario.with(|s| s.name.clone()));
    // A leading dot marks unsaved changes, as editors mark a modified document's tab.
    let title = Memo::new(move |_| {
        let mark = if library.unsaved.get() { "• " } else { "" };
        name.with(|n| match n.trim() {
            "" => format!("{mark}FirstMove · LinkedIn first-move cost calculator"),
            n => format!("{mark}{n} · FirstMove"),
        })
    });
    Effect::new(move |_| title.with(|t| browser::set_title(t)));

    view! {
        <a class="skip-link" href="#main">"Skip to the answer"</a>
        <PageHeader scenario name shared />
        <ViewTabs view />
        <LinkNotices notices />
        <main id="main" class="layout" tabindex="-1">
            {View::ALL.map(|of| view! { <ViewPanel of page /> }).into_iter().collect_view()}
        </main>
        <footer class="foot">
            <p>"Runs entirely in your browser: nothing you type leaves this page, and nothing runs on a server. Figures from two 2026 guides (Outbound System; Outreach Tactics with Reachium's data) and LinkedIn Help; prices change, so check them."</p>
        </footer>
    }
}

/// Once the view on screen has what it needs, and after the reader's first tap or key (or 5 s)
/// and an idle moment, fetches every other view's chunk, one at a time, the most used first,
/// so a later switch is instant. A chunk that fails here is left alone: its view says so if it
/// is opened.
fn prefetch_views(view: RwSignal<View>) {
    if !browser::IN_BROWSER {
        return;
    }
    let first = view.get_untracked();
    leptos::task::spawn_local(async move {
        let _ = views::preload(first).await;
        // Not during the load window (each chunk's compile blocks the page), and not at all
        // where the reader asked to save data: a view's chunk then comes when it is opened.
        if browser::saves_data() {
            return;
        }
        browser::first_interaction_or(PREFETCH_AFTER_MS).await;
        browser::idle().await;
        for v in View::fetched_later(first) {
            let _ = views::preload(v).await;
        }
    });
}

/// How long the page waits for a first tap or key before it fetches the other views anyway.
const PREFETCH_AFTER_MS: i32 = 5000;
