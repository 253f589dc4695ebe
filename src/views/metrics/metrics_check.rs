//! Metrics (docs/model.md#metrics): the rep's actual counts, and the four metrics on their benchmark bands.

use leptos::prelude::*;

use crate::components::given_inputs::GivenInputs;
use crate::components::sources::Sources;
use crate::format;
use crate::model::metrics::{check, metrics, Grade, COUNT_FIELDS};
use crate::model::scenario::Scenario;

#[component]
pub fn MetricsCheck(scenario: Memo<Scenario>) -> impl IntoView {
    // The counts travel in the scenario, so the link and a save carry them.
    let counts = Memo::new(move |_| scenario.with(|s| s.counts));
    let results = Memo::new(move |_| counts.with(metrics));
    let problems = Memo::new(move |_| counts.with(check));

    let contradictions =
        Signal::derive(move || problems.get().iter().map(ToString::to_string).collect());
    view! {
        <section class="metrics tool" aria-labelledby="metrics-title">
            <h2 id="metrics-title">"Your actual metrics"</h2>
            <div class="tool-side">
            <p class="note">"Enter what you sent and got over a period; each metric is placed on the Outbound System guide's benchmark. The counts travel in the link and in a save."</p>
            <GivenInputs scenario fields=&COUNT_FIELDS placeholder="not counted"
                problems_id="metrics-problems" more=contradictions />
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
