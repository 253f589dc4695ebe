//! Account safety (docs/model.md#account-safety): the risk level of the weekly invitations, each cause with its
//! source and fix, and a pacing plan drawn as a small bar chart.

use leptos::prelude::*;

use crate::components::number_input::NumberInput;
use crate::components::sources::Sources;
use crate::format;
use crate::hooks::derive_on;
use crate::model::fields::Field;
use crate::model::safety::{assess, safety_inputs, SAFE_DAILY};
use crate::model::scenario::Scenario;

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

#[component]
pub fn SafetyPanel(scenario: Memo<Scenario>) -> impl IntoView {
    let safety = derive_on(scenario.into(), safety_inputs, assess);
    let always = Signal::derive(|| None);

    let chart = move || {
        let s = safety.get();
        let top = s
            .pacing
            .iter()
            .copied()
            .max()
            .unwrap_or(0)
            .max(SAFE_DAILY as u32) as f64;
        let ceiling = 100.0 * SAFE_DAILY / top;
        view! {
            <div class="pacing" role="img"
                aria-label=format!("Invitations per sending day: {}", s.pacing.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))>
                <div class="pacing-ceiling" style:bottom=format!("{ceiling}%")><span>"25 a day"</span></div>
                {s.pacing.iter().enumerate().map(|(i, &n)| view! {
                    <div class="pacing-day">
                        <div class="pacing-bar" class:over={f64::from(n) > SAFE_DAILY}
                            style:height=format!("{}%", 100.0 * f64::from(n) / top)>
                            <span>{n}</span>
                        </div>
                        <span class="pacing-name">{WEEKDAYS[i]}</span>
                    </div>
                }).collect_view()}
            </div>
        }
    };

    view! {
        <section class="safety" aria-labelledby="safety-title">
            <h2 id="safety-title">"Account safety"</h2>
            <p class="risk" >
                "Risk: "
                <strong class=move || format!("risk-badge risk-{}", safety.get().level.key())
                    data-testid="risk-level" data-value=move || safety.get().level.key()>
                    {move || safety.get().level.label()}
                </strong>
                <span class="note">{move || format!(" {} a week over {}: {} a day.", format::counted(scenario.with(|s| s.invites), format::INVITATION), format::counted(scenario.with(|s| s.days), format::SENDING_DAY), format::count(safety.get().daily))}</span>
            </p>
            <ul class="causes">
                {move || safety.get().causes.into_iter().map(|c| view! {
                    <li class=format!("cause cause-{}", c.level.key())>
                        <strong>{c.level.label()} ": "</strong> {c.text} " " <Sources cite=c.source />
                        <br /> <span class="fix">"What to do: " {c.fix}</span>
                    </li>
                }).collect_view()}
            </ul>
            {move || safety.get().warnings.into_iter().map(|w| view! { <p class="warning">{w}</p> }).collect_view()}
            <h3>"Weekly pacing plan"</h3>
            {chart}
            <NumberInput field=Field::WeeklyCap scenario disabled=always />
            <NumberInput field=Field::Days scenario disabled=always />
        </section>
    }
}
