//! The plan picker: choosing a plan fills its price and credits (still editable), shows what
//! the plan allows with sources, and offers to put the plan's own figures back. On a phone all
//! but the plan itself waits behind "More inputs" (class `more-input`).

use leptos::prelude::*;

use crate::components::sources::Sources;
use crate::format;
use crate::hooks::{dispatch, use_scenario_writer};
use crate::model::currency::{Currency, COMMON};
use crate::model::edit::Edit;
use crate::model::plans::{Billing, PlanId};
use crate::model::scenario::Scenario;
use crate::model::words::plan_picker as words;

#[component]
pub fn PlanPicker(scenario: Memo<Scenario>) -> impl IntoView {
    let write = use_scenario_writer();
    let plan = Memo::new(move |_| scenario.with(|s| s.plan));
    let matches_plan = Memo::new(move |_| scenario.with(Scenario::matches_plan));
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(next) = PlanId::from_key(&event_target_value(&ev)) {
            let _ = dispatch(write, Edit::Plan(next));
        }
    };
    let reset = move |_| {
        let _ = dispatch(write, Edit::ResetToPlan);
    };
    let billing = Memo::new(move |_| scenario.with(|s| s.billing));
    let bills_yearly = Memo::new(move |_| plan.get().plan().bills_yearly());
    let on_billing = move |ev: leptos::ev::Event| {
        if let Some(b) = Billing::from_key(&event_target_value(&ev)) {
            let _ = dispatch(write, Edit::Billing(b));
        }
    };
    let currency = Memo::new(move |_| scenario.with(|s| s.currency));
    let currency_error = RwSignal::new(None::<String>);
    let on_currency = move |ev: leptos::ev::Event| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            let refused = dispatch(write, Edit::Currency(c)).err();
            if refused.is_some() {
                // The list shows the currency in force again, so choosing it again is a change.
                if let Some(select) = ev.target() {
                    let now = currency.get_untracked().code().to_string();
                    let _ = js_sys::Reflect::set(&select, &"value".into(), &now.into());
                }
            }
            currency_error
                .set(refused.map(|e| format!("{e}: lower the price before switching to {c}")));
        }
    };
    // Every code offered: the common ones, and the scenario's own when it is another.
    let codes = move || {
        let mut codes: Vec<String> = COMMON.iter().map(|c| c.to_string()).collect();
        let own = currency.get().code().to_string();
        if !codes.contains(&own) {
            codes.push(own);
        }
        codes
    };
    // The plans' prices are US list prices: under another currency, ask for the price paid.
    let list_price_note =
        move || scenario.with(|s| words::currency_note(s).map(|n| format::sentence(&n)));
    let facts = move || {
        let items = words::facts(plan.get().plan(), billing.get())
            .into_iter()
            .map(|(line, cite)| view! { <li>{format::sentence(&line)} " " <Sources cite /></li> })
            .collect_view();
        view! { <ul class="plan-facts more-input">{items}</ul> }
    };

    view! {
        <div class="plan-picker">
            <div class="plan-row">
                <label for="f-plan">"LinkedIn plan"</label>
                <select id="f-plan" on:change=on_change prop:value=move || plan.get().key()>
                    {PlanId::ALL.map(|p| view! { <option value=p.key() selected=plan.get_untracked() == p prop:selected=move || plan.get() == p>{p.plan().name}</option> }).into_iter().collect_view()}
                </select>
                <button type="button" class="secondary more-input" on:click=reset disabled=move || matches_plan.get()
                    title="Put back the plan's own price and credits">
                    "Reset to plan"
                </button>
                <label for="f-billing" class="more-input" class:hidden=move || !bills_yearly.get()>"Billing"</label>
                <select id="f-billing" data-testid="billing" class="more-input" class:hidden=move || !bills_yearly.get()
                    on:change=on_billing prop:value=move || billing.get().key()>
                    {Billing::ALL.map(|b| view! { <option value=b.key() selected=billing.get_untracked() == b prop:selected=move || billing.get() == b>{b.label()}</option> }).into_iter().collect_view()}
                </select>
                <label for="f-cur" class="more-input">"Currency"</label>
                <select id="f-cur" data-testid="currency" class="more-input" on:change=on_currency prop:value=move || currency.get().code().to_string()>
                    {move || codes().into_iter().map(|c| view! { <option value=c.clone() selected=currency.get_untracked().code() == c prop:selected={let c = c.clone(); move || currency.get().code() == c}>{c.clone()}</option> }).collect_view()}
                </select>
            </div>
            <p class="field-error" role="alert">{move || currency_error.get()}</p>
            {move || list_price_note().map(|note| view! { <p class="notice currency-note" data-testid="price-currency-note">{note}</p> })}
            {facts}
        </div>
    }
}
