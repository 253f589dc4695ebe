//! Metrics (docs/model.md#metrics): the rep's actual counts, and the four metrics on their benchmark bands.

use leptos::prelude::*;

use crate::components::sources::Sources;
use crate::format;
use crate::hooks::use_typed_number;
use crate::model::before_edit::BeforeEdit;
use crate::model::edit::Edit;
use crate::model::metrics::{check, metrics, Grade, COUNT_FIELDS};
use crate::model::scenario::{Invalid, Scenario};

#[component]
pub fn MetricsCheck(scenario: Memo<Scenario>) -> impl IntoView {
    let notation = format::notation();
    // The counts travel in the scenario, so the link and a save carry them.
    let counts = Memo::new(move |_| scenario.with(|s| s.counts));
    let results = Memo::new(move |_| counts.with(metrics));
    let problems = Memo::new(move |_| counts.with(check));

    // Empty is a count not given, never 0: an opened link shows its counts.
    let typed = COUNT_FIELDS.each_ref().map(|field| {
        let i = COUNT_FIELDS
            .iter()
            .position(|f| f.key == field.key)
            .unwrap_or(0);
        use_typed_number(
            scenario,
            notation,
            move |s| (field.get)(&s.counts),
            move |s| BeforeEdit::count(s, i),
            move |text, n| {
                let value = if text.trim().is_empty() {
                    Ok(None)
                } else {
                    field.rule.read(text, n).map(Some)
                };
                value
                    .map(|v| Edit::Count(i, v))
                    .map_err(|e| Invalid::Actual(i, e))
            },
        )
    });
    let inputs = COUNT_FIELDS.iter().zip(typed).map(|(field, typed)| {
        view! {
            <div class="left-input">
                <label for=field.id>{field.label}</label>
                <input id=field.id type="text" inputmode="decimal" placeholder="not counted"
                    prop:value=typed.text
                    aria-invalid=move || if typed.error.with(Option::is_some) { "true" } else { "false" }
                    on:input=move |ev| typed.input.run(event_target_value(&ev))
                    on:change=move |_| typed.commit() />
            </div>
        }
    });

    view! {
        <section class="metrics tool" aria-labelledby="metrics-title">
            <h2 id="metrics-title">"Your actual metrics"</h2>
            <div class="tool-side">
            <p class="note">"Enter what you sent and got over a period; each metric is placed on the Outbound System guide's benchmark. The counts travel in the link and in a save."</p>
            <div class="left-counts">{inputs.collect_view()}</div>
            <p class="field-error" role="alert" data-testid="metrics-problems">{move || {
                let mut all: Vec<String> = typed.iter().filter_map(|t| t.error.get()).collect();
                all.extend(problems.get().iter().map(ToString::to_string));
                all.join(" ")
            }}</p>
            </div>
            <ul class="metric-list tool-answer">
                {move || results.get().into_iter().map(|m| {
                    let grade = m.grade.map(|g| (g, g.label()));
                    let value = match m.value {
                        Some(v) if m.is_money => format::money(v),
                        Some(v) => format::percent(v),
                        None if m.contradiction.is_some() => "counts disagree".to_string(),
                        None => "—".to_string(),
                    };
                    view! {
                        <li class=format!("metric metric-{}", grade.map(|(g, _)| grade_key(g)).unwrap_or("none"))
                            data-testid="metric" data-grade=grade.map(|(g, _)| grade_key(g)).unwrap_or("")>
                            <strong>{m.name} ": " {value}</strong>
                            {grade.map(|(_, label)| view! { " · " <span class="grade">{label}</span> })}
                            <br /><span class="note">{m.formula} " · band " {m.band} " "</span>
                            <Sources cite=m.source />
                            {matches!(m.grade, Some(Grade::Poor | Grade::Below)).then(|| view! { <br /><span class="fix">"What to change: " {m.advice}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

fn grade_key(g: Grade) -> &'static str {
    match g {
        Grade::Poor => "poor",
        Grade::Below => "below",
        Grade::Within => "within",
        Grade::Above => "above",
    }
}
