//! The page: one scenario signal that every input writes, and one view on screen at a time.
//! Each view reads the scenario through a memo that freezes while the view is hidden, so an
//! edit does work only where it is seen. The address bar is a share link of the scenario and
//! the view, kept by `use_address_sync`.

use leptos::prelude::*;

use crate::browser;
use crate::components::account_safety::SafetyPanel;
use crate::components::best_plan::BestPlan;
use crate::components::breakdown::Breakdown;
use crate::components::credit_bank::CreditBank;
use crate::components::first_move::FirstMovePanel;
use crate::components::inputs_panel::{InputsPanel, InputsSummary};
use crate::components::message_writer::MessageWriter;
use crate::components::metrics_check::MetricsCheck;
use crate::components::page_header::PageHeader;
use crate::components::prospect_list::ProspectList;
use crate::components::results::{MonthAnswer, Results, SummaryBar};
use crate::components::saved_list::SavedList;
use crate::components::sequence_plan::SequencePlan;
use crate::components::share_bar::LinkNotices;
use crate::components::uncertainty_view::UncertaintyView;
use crate::components::view_tabs::{ViewPanel, ViewTabs};
use crate::hooks::saved_library::provide_saved_library;
use crate::hooks::{derive_on, use_address_sync, use_view_scenario};
use crate::model::address;
use crate::model::cost::{above_band, compute};
use crate::model::recommend::{advice_inputs, recommend};
use crate::model::scenario::Scenario;
use crate::model::view::View;

#[component]
pub fn App() -> impl IntoView {
    let opened = address::parse(&browser::current_query());
    // An old link that opened cleanly is written at once in today's format, with the same
    // inputs; one with refused parameters keeps its address until its notice is dismissed.
    if opened.format == address::Format::One && opened.notices.is_empty() {
        browser::replace_query(&address::encode_link(&opened.scenario, opened.view));
    }
    let shared = !opened.scenario.name.trim().is_empty();
    let notices = RwSignal::new(Some(("This link".to_string(), opened.notices)));
    let scenario = RwSignal::new(opened.scenario);
    let view = RwSignal::new(opened.view);
    provide_context(scenario);
    provide_context(view);
    let library = provide_saved_library(scenario);
    use_address_sync(scenario, view);

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
            <ViewPanel of=View::Calculator view>{move || calculator(scenario, view)}</ViewPanel>
            <ViewPanel of=View::FirstMove view>{move || first_move(scenario, view)}</ViewPanel>
            <ViewPanel of=View::List view>
                <ProspectList scenario=use_view_scenario(scenario, view, View::List) />
            </ViewPanel>
            <ViewPanel of=View::Safety view>
                <SafetyPanel scenario=use_view_scenario(scenario, view, View::Safety) />
            </ViewPanel>
            <ViewPanel of=View::Sequences view>{move || sequences(scenario, view)}</ViewPanel>
            <ViewPanel of=View::Messages view>
                <MessageWriter scenario=use_view_scenario(scenario, view, View::Messages) />
            </ViewPanel>
            <ViewPanel of=View::Metrics view>
                <MetricsCheck scenario=use_view_scenario(scenario, view, View::Metrics) />
            </ViewPanel>
            <ViewPanel of=View::Bank view>
                <CreditBank scenario=use_view_scenario(scenario, view, View::Bank) />
            </ViewPanel>
            <ViewPanel of=View::Uncertainty view>
                <UncertaintyView scenario=use_view_scenario(scenario, view, View::Uncertainty) />
            </ViewPanel>
            <ViewPanel of=View::Plans view>
                <BestPlan scenario=use_view_scenario(scenario, view, View::Plans) />
            </ViewPanel>
            <ViewPanel of=View::Compare view><SavedList notices /></ViewPanel>
        </main>
        <footer class="foot">
            <p>"Runs entirely in your browser: nothing you type leaves this page, and nothing runs on a server. Figures from two 2026 guides (Outbound System; Outreach Tactics with Reachium's data) and LinkedIn Help; prices change, so check them."</p>
        </footer>
    }
}

/// The calculator: inputs on one side; the month's answer, every figure and the per-channel
/// table on the other.
fn calculator(scenario: RwSignal<Scenario>, view: RwSignal<View>) -> impl IntoView {
    let s = use_view_scenario(scenario, view, View::Calculator);
    let costs = Memo::new(move |_| s.with(compute));
    let flags = Memo::new(move |_| s.with(above_band));
    view! {
        <SummaryBar costs />
        <div class="view-grid">
            <InputsPanel scenario=s />
            <div class="outputs">
                <InputsSummary scenario=s />
                <MonthAnswer costs flags />
                <Results scenario=s costs flags />
                <Breakdown costs />
            </div>
        </div>
    }
}

fn first_move(scenario: RwSignal<Scenario>, view: RwSignal<View>) -> impl IntoView {
    let s = use_view_scenario(scenario, view, View::FirstMove);
    let advice = derive_on(s.into(), advice_inputs, recommend);
    view! { <FirstMovePanel scenario=s advice /> }
}

fn sequences(scenario: RwSignal<Scenario>, view: RwSignal<View>) -> impl IntoView {
    let s = use_view_scenario(scenario, view, View::Sequences);
    let advice = derive_on(s.into(), advice_inputs, recommend);
    view! { <SequencePlan scenario=s advice /> }
}
