//! Metrics (SPEC §8): the rep's actual counts, and the four metrics on their benchmark bands.

use leptos::prelude::*;

use super::sources::Sources;
use crate::format;
use crate::hooks::{dispatch, use_scenario_writer};
use crate::model::edit::Edit;
use crate::model::metrics::{check, metrics, Grade, COUNT_FIELDS};
use crate::model::scenario::Scenario;

#[component]
pub fn MetricsCheck(scenario: Memo<Scenario>) -> impl IntoView {
    let write = use_scenario_writer();
    // The counts travel in the scenario, so the link and a save carry them.
    let counts = Memo::new(move |_| scenario.with(|s| s.counts));
    // The refused text of each field, by its position in COUNT_FIELDS.
    let errors = RwSignal::new([const { None::<String> }; 7]);
    let results = Memo::new(move |_| counts.with(metrics));
    let problems = Memo::new(move |_| counts.with(check));

    let inputs = COUNT_FIELDS.iter().enumerate().map(|(i, field)| {
        let on_input = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let parsed = if text.trim().is_empty() {
                Ok(0.0)
            } else {
                field.rule.parse(&text)
            };
            match parsed {
                Ok(v) => {
                    errors.update(|e| e[i] = None);
                    let _ = dispatch(write, Edit::Count(i, v));
                }
                Err(e) => errors.update(|all| all[i] = Some(format!("{}: {e}.", field.label))),
            }
        };
        // Shown from the scenario until typed over: an opened link shows its counts.
        let shown = move || {
            let v = (field.get)(&counts.get());
            if v == 0.0 {
                String::new()
            } else {
                v.to_string()
            }
        };
        view! {
            <div class="left-input">
                <label for=field.id>{field.label}</label>
                <input id=field.id type="text" inputmode="decimal" placeholder="0"
                    prop:value=shown on:input=on_input />
            </div>
        }
    });

    view! {
        <section class="metrics tool" aria-labelledby="metrics-title">
            <h2 id="metrics-title">"Your actual metrics"</h2>
            <div class="tool-side">
            <p class="note">"Enter what you sent and got over a period; each metric is placed on the guide's benchmark. The counts travel in the link and in a save."</p>
            <div class="left-counts">{inputs.collect_view()}</div>
            <p class="field-error" role="alert" data-testid="metrics-problems">{move || {
                let mut all: Vec<String> = errors.get().into_iter().flatten().collect();
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
