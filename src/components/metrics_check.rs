//! Metrics (SPEC §8): the rep's actual counts, and the four metrics on their benchmark bands.

use leptos::prelude::*;

use super::sources::Sources;
use crate::format;
use crate::model::metrics::{check, metrics, Counts, Grade, COUNT, SPEND};
use crate::model::number::Rule;

/// Where a count field writes in [`Counts`].
type Slot = fn(&mut Counts) -> &mut f64;

/// The count fields: element id, label, what it accepts and slot.
const FIELDS: [(&str, &str, Rule, Slot); 7] = [
    ("m-invites", "Invitations sent", COUNT, |c| {
        &mut c.invites_sent
    }),
    ("m-accepted", "Accepted", COUNT, |c| &mut c.accepted),
    ("m-inmails", "InMails sent", COUNT, |c| &mut c.inmails_sent),
    ("m-inmail-replies", "InMail replies", COUNT, |c| {
        &mut c.inmail_replies
    }),
    ("m-other-replies", "Replies from connections", COUNT, |c| {
        &mut c.other_replies
    }),
    ("m-meetings", "Meetings booked", COUNT, |c| &mut c.meetings),
    ("m-spend", "Spend incl. labour ($)", SPEND, |c| &mut c.spend),
];

#[component]
pub fn MetricsCheck() -> impl IntoView {
    let counts = RwSignal::new(Counts::default());
    // The refused text of each field, by its position in FIELDS.
    let errors = RwSignal::new([const { None::<String> }; 7]);
    let results = Memo::new(move |_| counts.with(metrics));
    let problems = Memo::new(move |_| counts.with(check));

    let inputs = FIELDS.into_iter().enumerate().map(|(i, (id, label, rule, slot))| {
        let on_input = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let parsed = if text.trim().is_empty() {
                Ok(0.0)
            } else {
                rule.parse(&text)
            };
            match parsed {
                Ok(v) => {
                    errors.update(|e| e[i] = None);
                    counts.update(|c| *slot(c) = v);
                }
                Err(e) => errors.update(|all| all[i] = Some(format!("{label}: {e}."))),
            }
        };
        view! {
            <div class="left-input">
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="decimal" placeholder="0" on:input=on_input />
            </div>
        }
    });

    view! {
        <section class="metrics tool" aria-labelledby="metrics-title">
            <h2 id="metrics-title">"Your actual metrics"</h2>
            <div class="tool-side">
            <p class="note">"Enter what you sent and got over a period; each metric is placed on the guide's benchmark."</p>
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
