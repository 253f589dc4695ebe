//! A team in one table (docs/model.md#a-team): teammates' share links pasted one a line, each
//! refused line named with its reason, and the team's month added up over every scenario
//! compared.

use leptos::prelude::*;

use crate::components::stat::Stat;
use crate::model::rounding::exact;
use crate::format;
use crate::model::scenario::Scenario;
use crate::model::team::{team, Pasted, RefusedLine, LINKS_MAX};
use crate::model::words::returns::amount;
use crate::model::words::team as words;

/// The box for teammates' links and what was made of them.
#[component]
pub fn PastedLinks(text: RwSignal<String>, read: Memo<(Vec<Pasted>, Vec<RefusedLine>)>) -> impl IntoView {
    let opened = move || {
        read.with(|(opened, _)| {
            opened
                .iter()
                .map(|p| {
                    let refused = (!p.notices.is_empty()).then(|| {
                        let notes: Vec<String> =
                            p.notices.iter().map(|n| format!("{}: {}", n.param, n.reason)).collect();
                        format!(" Not applied: {}.", notes.join("; "))
                    });
                    view! {
                        <li>{format!("Line {}: {}", p.line, p.scenario.display_name())}{refused}</li>
                    }
                })
                .collect_view()
        })
    };
    let refused = move || {
        read.with(|(_, refused)| {
            refused
                .iter()
                .map(|r| view! { <li>{r.to_string()}</li> })
                .collect_view()
        })
    };
    view! {
        <div class="team-links">
            <label for="team-links">{format!("Teammates' share links, one a line (up to {LINKS_MAX})")}</label>
            <textarea id="team-links" rows="4" spellcheck="false" data-testid="team-links"
                placeholder="https://…/?v=2&name=Alex&invites=120"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <ul class="note" data-testid="team-opened">{opened}</ul>
            <ul class="field-error" role="alert" data-testid="team-refused">{refused}</ul>
        </div>
    }
}

/// The team's month over the scenarios compared.
#[component]
pub fn TeamRow(scenarios: Vec<Scenario>) -> impl IntoView {
    let refs: Vec<&Scenario> = scenarios.iter().collect();
    let t = team(&refs);
    let currency = scenarios.first().map(|s| s.currency).unwrap_or_default();
    let sum = |v: f64| format::in_scenario_currency(currency, || format::money(v));
    let money = t.one_currency;
    let said = format::in_scenario_currency(currency, || format::sentence(&words::summary(&t)));
    view! {
        <div class="team" data-testid="team">
            <h3>"The team's month"</h3>
            <div class="stats">
                <Stat test_id="team-meetings" label="Meetings a month"
                    value=exact(Some(t.meetings)) text=format::count(t.meetings) />
                <Stat test_id="team-spend" label="Spend: plans and time"
                    value=exact(money.then_some(t.spend)) text=if money { sum(t.spend) } else { "in several currencies".to_string() } />
                <Stat test_id="team-cost-per-meeting" label="Cost per meeting"
                    value=exact(t.cost_per_meeting.filter(|_| money))
                    text=match t.cost_per_meeting { Some(v) if money => sum(v), Some(_) => "in several currencies".to_string(), None => "no meetings".to_string() } />
                <Stat test_id="team-won-revenue" label="Won revenue a month"
                    value=exact(t.won.filter(|_| money).map(|(v, _)| v))
                    text=match t.won { Some((v, _)) if money => format::in_scenario_currency(currency, || format::sentence(&amount(v))), Some(_) => "in several currencies".to_string(), None => "not given".to_string() } />
            </div>
            <p class="note" data-testid="team-summary">{said}</p>
        </div>
    }
}
