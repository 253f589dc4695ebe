//! The headline figures of CONTRACT.md, each with its `data-testid`, the unrounded value for
//! machines, the formatted value for people, and how it was computed from which sources.

use leptos::prelude::*;

use crate::format;
use crate::model::cost::{Costs, Output};
use crate::model::fields::Field;
use crate::model::scenario::Scenario;

#[component]
pub fn Results(scenario: RwSignal<Scenario>, costs: Memo<Costs>) -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">"What a month costs"</h2>
            <div class="cards">
                {Output::ALL.map(|output| view! { <ResultCard output scenario costs /> }).into_iter().collect_view()}
            </div>
        </section>
    }
}

/// The two headline figures, pinned to the top of a phone screen so they stay in sight while
/// the inputs above the results are edited. Hidden from wide layouts, where the results column
/// itself stays in view.
#[component]
pub fn SummaryBar(costs: Memo<Costs>) -> impl IntoView {
    let shown =
        |output: Output| move || format::figure(costs.with(|c| output.of(c)), output.kind());
    view! {
        <div class="summary-bar" aria-hidden="true">
            <span>"Per meeting " <strong>{shown(Output::CostPerMeeting)}</strong></span>
            <span>"Per reply " <strong>{shown(Output::CostPerReply)}</strong></span>
            <span>"Meetings " <strong>{shown(Output::Meetings)}</strong></span>
        </div>
    }
}

/// One figure. The headline pair (cost per meeting, per reply) is drawn larger.
#[component]
fn ResultCard(output: Output, scenario: RwSignal<Scenario>, costs: Memo<Costs>) -> impl IntoView {
    let figure = Memo::new(move |_| costs.with(|c| output.of(c)));
    let headline = matches!(output, Output::CostPerMeeting | Output::CostPerReply);
    // The explanation is rendered only while open, so edits do not redraw nine hidden lists.
    let open = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    };
    view! {
        <div class="card" class:card-headline=headline>
            <p class="card-label" id=format!("{}-label", output.test_id())>{output.label()}</p>
            <p
                class="card-value"
                class:card-absent=move || figure.get().value().is_none()
                data-testid=output.test_id()
                data-value=move || figure.get().value().map(|v| v.to_string()).unwrap_or_default()
                aria-labelledby=format!("{}-label", output.test_id())
            >
                {move || format::figure(figure.get(), output.kind())}
            </p>
            <details class="card-how" on:toggle=on_toggle>
                <summary>"How is this computed?"</summary>
                <Show when=move || open.get()>
                    <p class="formula">{output.formula()}</p>
                    <Explanation output scenario />
                </Show>
            </details>
        </div>
    }
}

/// The inputs a figure reads, with their values and where each came from.
#[component]
fn Explanation(output: Output, scenario: RwSignal<Scenario>) -> impl IntoView {
    let items = move || {
        scenario.with(|s| {
            output
                .inputs()
                .iter()
                .filter(|&&f| f != Field::Uplift || !s.plan.plan().is_premium())
                .map(|&f| {
                    let spec = f.spec();
                    view! {
                        <li>
                            {spec.label} ": " <strong>{format::input(s.get(f), spec.unit)}</strong>
                            " — " <span class="source">{source_of(s, f)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="inputs-used">{items}</ul> }
}

/// Where a value in force comes from: the guide or plan that gave the default, or the user.
fn source_of(s: &Scenario, field: Field) -> String {
    let plan = s.plan.plan();
    if !s.is_default(field) {
        return "your figure".to_string();
    }
    match field {
        Field::Price => format!(
            "{} price, {}: {}",
            plan.name, plan.price_as_of, plan.price_source
        ),
        Field::Credits => format!("{}: {}", plan.name, plan.credits_source),
        Field::OpenReply => "follows the InMail reply rate (assumption)".to_string(),
        _ => field.spec().source.to_string(),
    }
}
