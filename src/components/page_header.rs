//! The header of every view: whose scenario this is (its name, whether it has unsaved changes,
//! and a line saying it was opened from a shared link), the name field and Save, and Copy link,
//! all a few tab stops from the top.

use leptos::prelude::*;

use super::save_bar::SaveBar;
use super::share_bar::CopyLink;
use crate::hooks::saved_library::use_saved_library;
use crate::model::scenario::Scenario;

#[component]
pub fn PageHeader(
    /// The scenario on screen.
    scenario: RwSignal<Scenario>,
    /// Its name.
    name: Memo<String>,
    /// Whether the page was opened from a link that names its scenario.
    shared: bool,
) -> impl IntoView {
    // The heading shows the name trimmed; the name field gets it exactly as typed, or a space
    // typed between two words would vanish before the next key.
    let heading = Memo::new(move |_| name.with(|n| n.trim().to_string()));
    let library = use_saved_library();
    // The shared line stays until the scenario is saved here.
    let shared_shown = move || shared && library.open.with(Option::is_none);
    view! {
        <header class="top">
            <div class="brand">
                <Show when=move || !heading.with(String::is_empty)>
                    <p class="brand-name">"FirstMove"</p>
                </Show>
                <div class="title-row">
                    <h1 data-testid="scenario-heading">
                        {move || {
                            let n = heading.get();
                            if n.is_empty() { "FirstMove: what your first move on LinkedIn costs".to_string() } else { n }
                        }}
                    </h1>
                    <Show when=move || library.unsaved.get()>
                        <p class="unsaved" data-testid="unsaved"
                            title=move || library.entry.with(|e| e.as_ref().map(|e| format!("Differs from “{}” as saved", e.scenario.display_name())))>
                            "Unsaved changes"
                        </p>
                    </Show>
                </div>
                <Show when=shared_shown>
                    <p class="shared-line" data-testid="shared-line">
                        "A shared scenario, opened from a link. Nothing is kept in this browser until you save it."
                    </p>
                </Show>
            </div>
            <div class="header-actions">
                <SaveBar name />
                <CopyLink scenario />
            </div>
        </header>
    }
}
