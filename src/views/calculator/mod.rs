//! The calculator: inputs on one side; the month's answer, every figure and the per-channel
//! table on the other. Built into the main module: it is the first thing most visits show.

pub mod breakdown;
pub mod inputs_panel;
pub mod plan_picker;
pub mod results;
pub mod returns_panel;

use leptos::prelude::*;

use super::Page;
use crate::hooks::use_view_scenario;
use crate::model::cost::{above_band, compute};
use crate::model::view::View;
use breakdown::Breakdown;
use inputs_panel::{InputsPanel, InputsSummary};
use results::{MonthAnswer, Results, SummaryBar};
use returns_panel::ReturnsPanel;

pub fn view(page: Page) -> impl IntoView {
    let s = use_view_scenario(page.scenario, page.view, View::Calculator);
    let costs = Memo::new(move |_| s.with(compute));
    let flags = Memo::new(move |_| s.with(above_band));
    view! {
        <SummaryBar costs />
        <div class="view-grid">
            <InputsPanel scenario=s />
            <div class="outputs">
                <InputsSummary scenario=s />
                <MonthAnswer scenario=s costs flags />
                <Results scenario=s costs flags />
                <Breakdown costs />
                <ReturnsPanel scenario=s costs />
            </div>
        </div>
    }
}
