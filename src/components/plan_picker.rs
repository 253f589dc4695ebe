//! The plan picker: choosing a plan fills its price and credits (still editable), shows what
//! the plan allows with sources, and offers to put the plan's own figures back.

use leptos::prelude::*;

use crate::format;
use crate::model::plans::PlanId;
use crate::model::scenario::Scenario;

#[component]
pub fn PlanPicker(scenario: RwSignal<Scenario>) -> impl IntoView {
    let plan = Memo::new(move |_| scenario.with(|s| s.plan));
    let matches_plan = Memo::new(move |_| scenario.with(Scenario::matches_plan));
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(next) = PlanId::from_key(&event_target_value(&ev)) {
            scenario.update(|s| *s = s.with_plan(next));
        }
    };
    let reset = move |_| scenario.update(Scenario::reset_to_plan);

    let facts = move || {
        let p = plan.get().plan();
        let notes = match p.note_quota {
            Some(n) => format!(
                "{n} personalized notes a month, {} characters",
                p.note_length
            ),
            None => format!("unlimited personalized notes, {} characters", p.note_length),
        };
        let credits = if p.credits == 0 {
            "no InMail credits".to_string()
        } else {
            format!(
                "{} InMail credits a month, bank up to {}",
                p.credits, p.bank_cap
            )
        };
        view! {
            <ul class="plan-facts">
                <li>
                    {if p.price == 0.0 { "Free".to_string() } else { format!("{} a month", format::money(p.price)) }}
                    " (" {p.price_range} ", " {p.price_as_of} ") "
                    <span class="source">{p.price_source}</span>
                </li>
                <li>{credits} " " <span class="source">{p.credits_source} "; " {p.bank_source}</span></li>
                <li>{notes} " " <span class="source">{p.notes_source}</span></li>
                <li>
                    {if p.open_profile { "Free messages to Open Profile members" } else { "No free Open Profile messages" }}
                    " " <span class="source">"Guide 000"</span>
                </li>
            </ul>
        }
    };

    view! {
        <div class="plan-picker">
            <div class="plan-row">
                <label for="f-plan">"LinkedIn plan"</label>
                <select id="f-plan" on:change=on_change prop:value=move || plan.get().key()>
                    {PlanId::ALL.map(|p| view! { <option value=p.key() prop:selected=move || plan.get() == p>{p.plan().name}</option> }).into_iter().collect_view()}
                </select>
                <button type="button" class="secondary" on:click=reset prop:disabled=move || matches_plan.get()
                    title="Put back the plan's own price and credits">
                    "Reset to plan"
                </button>
            </div>
            {facts}
        </div>
    }
}
