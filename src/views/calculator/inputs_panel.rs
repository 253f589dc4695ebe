//! The scenario's inputs, grouped the way a rep thinks about a month: the plan and its
//! premium messages, connection requests, and what replies turn into. On a phone only the plan
//! and the inputs a rep moves most show until "More inputs" is pressed (`model::more_inputs`).

use leptos::prelude::*;

use super::plan_picker::PlanPicker;
use crate::components::number_input::NumberInput;
use crate::format;
use crate::hooks::AllInputs;
use crate::model::fields::Field;
use crate::model::more_inputs;
use crate::model::scenario::Scenario;

/// The groups after the plan's, each a legend and its fields, open on every plan.
const GROUPS: [(&str, &[Field]); 2] = [
    (
        "Connection requests",
        &[Field::Invites, Field::Accept, Field::Uplift, Field::ConnectionReply],
    ),
    (
        "Meetings and your time",
        &[Field::Meet, Field::Hourly, Field::Minutes],
    ),
];

#[component]
pub fn InputsPanel(scenario: Memo<Scenario>) -> impl IntoView {
    let premium = Memo::new(move |_| scenario.with(|s| s.plan.plan().is_premium()));
    let needs_premium = Signal::derive(move || {
        (!premium.get())
            .then_some("A free account has no InMail credits or free Open Profile messages.")
    });
    let always = Signal::derive(|| None);
    let AllInputs(all) = expect_context::<AllInputs>();
    let button = Memo::new(move |_| scenario.with(|s| more_inputs::button(s, all.get())));
    // Which inputs come first: the plan decides (a free account has no InMail). One memo, so an
    // edit that keeps the plan runs nothing more and touches no class.
    let first = Memo::new(move |_| scenario.with(more_inputs::first));
    let is_more = move |field: Field| Signal::derive(move || first.with(|f| !f.contains(&field)));
    view! {
        <section id="inputs" class="inputs" class:all-inputs=move || all.get() aria-labelledby="inputs-title">
            <h2 id="inputs-title" class="visually-hidden">"Your month"</h2>
            <fieldset>
                <legend>"Plan and premium messages"</legend>
                <PlanPicker scenario />
                <NumberInput field=Field::Price scenario disabled=always more=is_more(Field::Price) />
                <NumberInput field=Field::Credits scenario disabled=needs_premium more=is_more(Field::Credits) />
                <NumberInput field=Field::Reply scenario disabled=needs_premium more=is_more(Field::Reply) />
                <NumberInput field=Field::Open scenario disabled=needs_premium more=is_more(Field::Open) />
                <NumberInput field=Field::OpenReply scenario disabled=needs_premium follows="the InMail reply rate" more=is_more(Field::OpenReply) />
            </fieldset>
            {GROUPS.map(|(legend, fields)| {
                let waits = move || first.with(|shown| fields.iter().all(|f| !shown.contains(f)));
                view! {
                // A group with nothing shown first waits whole, its legend too.
                <fieldset class:more-input=waits>
                    <legend>{legend}</legend>
                    {fields.iter().map(|&field| view! { <NumberInput field scenario disabled=always more=is_more(field) /> }).collect_view()}
                </fieldset>
                }
            })}
            <button type="button" class="secondary more-inputs" data-testid="more-inputs"
                aria-controls="inputs" aria-expanded=move || all.get().to_string()
                on:click=move |_| all.update(|a| *a = !*a)>
                {move || button.get()}
            </button>
        </section>
    }
}

/// The inputs as text, for print: a printed page has no sliders, so it lists each value in
/// force with where it came from.
#[component]
pub fn InputsSummary(scenario: Memo<Scenario>) -> impl IntoView {
    // One memo per row, so an edit rewrites only the row whose value moved.
    let rows = Field::COST_INPUTS.map(|f| {
        let spec = f.spec();
        let state = Memo::new(move |_| scenario.with(|s| (s.get(f), s.is_default(f))));
        view! {
            <dt>{spec.label}</dt>
            <dd>
                {move || {
                    let (value, default) = state.get();
                    let origin = if default { "default" } else { "your figure" };
                    format!("{} ({origin})", format::input(value, spec.unit()))
                }}
            </dd>
        }
    });
    view! {
        <section class="print-only inputs-summary" aria-hidden="true">
            <h2>"Inputs"</h2>
            <dl>
                <dt>"Plan"</dt>
                <dd>{move || scenario.with(|s| s.plan.plan().name)}</dd>
                {rows.into_iter().collect_view()}
            </dl>
        </section>
    }
}
