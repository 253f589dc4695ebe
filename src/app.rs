//! The page: one scenario signal that every input writes and every output reads. The address
//! bar is a serialisation of it, written as the user edits and read only when the page opens.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser;
use crate::components::account_safety::SafetyPanel;
use crate::components::breakdown::Breakdown;
use crate::components::first_move::FirstMovePanel;
use crate::components::inputs_panel::InputsPanel;
use crate::components::message_writer::MessageWriter;
use crate::components::metrics_check::MetricsCheck;
use crate::components::prospect_list::ProspectList;
use crate::components::results::{Results, SummaryBar};
use crate::components::saved_panel::SavedPanel;
use crate::components::sequence_plan::SequencePlan;
use crate::components::share_bar::{CopyLink, LinkNotices};
use crate::hooks::derive_on;
use crate::model::address;
use crate::model::cost::{above_band, compute};
use crate::model::recommend::{advice_inputs, recommend};

/// Shortest gap between two address rewrites. Chromium ignores `replaceState` when a page
/// calls it hundreds of times in a few seconds, which a dragged slider would.
const ADDRESS_THROTTLE: Duration = Duration::from_millis(120);

#[component]
pub fn App() -> impl IntoView {
    let opened = address::parse(&browser::current_query());
    let notices = RwSignal::new(Some(("This link".to_string(), opened.notices)));
    let scenario = RwSignal::new(opened.scenario);
    let costs = Memo::new(move |_| scenario.with(compute));
    let flags = Memo::new(move |_| scenario.with(above_band));
    let advice = derive_on(scenario, advice_inputs, recommend);

    // Keep the address a share link: the latest scenario is written at most every 120 ms.
    let write_pending = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        scenario.track();
        if first.is_none() || write_pending.get_value() {
            return;
        }
        write_pending.set_value(true);
        set_timeout(
            move || {
                write_pending.set_value(false);
                browser::replace_query(&scenario.with_untracked(address::encode));
            },
            ADDRESS_THROTTLE,
        );
    });

    view! {
        <header class="top">
            <div class="brand">
                <h1>"FirstMove"</h1>
                <p class="tagline">"Connection request, InMail, Open Profile or direct message: what your first move on LinkedIn costs per reply and per meeting."</p>
            </div>
            <CopyLink scenario />
        </header>
        <LinkNotices notices />
        <SummaryBar costs />
        <main class="layout">
            // The results stick beside the inputs; this box bounds how far they travel.
            <div class="workspace">
                <InputsPanel scenario />
                <div class="outputs">
                    <Results scenario costs flags />
                    <Breakdown costs />
                </div>
            </div>
            <div class="tools">
                <FirstMovePanel scenario advice />
                <SafetyPanel scenario />
                <ProspectList scenario />
                <SequencePlan scenario advice />
                <MessageWriter scenario />
                <MetricsCheck />
            </div>
            <SavedPanel scenario notices />
        </main>
        <footer class="foot">
            <p>"Runs entirely in your browser: nothing you type leaves this page. Figures from two 2026 guides (Outbound System; Outreach Tactics with Reachium's data) and LinkedIn Help; prices change, so check them."</p>
        </footer>
    }
}
