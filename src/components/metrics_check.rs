//! Metrics (SPEC §8): the rep's actual counts, and the four metrics on their benchmark bands.

use leptos::prelude::*;

use crate::format;
use crate::model::metrics::{check, metrics, Counts, Grade};

/// Where a count field writes in [`Counts`].
type Slot = fn(&mut Counts) -> &mut f64;

/// The count fields: element id, label and slot.
const FIELDS: [(&str, &str, Slot); 7] = [
    ("m-invites", "Invitations sent", |c| &mut c.invites_sent),
    ("m-accepted", "Accepted", |c| &mut c.accepted),
    ("m-inmails", "InMails sent", |c| &mut c.inmails_sent),
    ("m-inmail-replies", "InMail replies", |c| {
        &mut c.inmail_replies
    }),
    ("m-other-replies", "Replies from connections", |c| {
        &mut c.other_replies
    }),
    ("m-meetings", "Meetings booked", |c| &mut c.meetings),
    ("m-spend", "Spend incl. labour ($)", |c| &mut c.spend),
];

#[component]
pub fn MetricsCheck() -> impl IntoView {
    let counts = RwSignal::new(Counts::default());
    let errors = RwSignal::new(Vec::<String>::new());
    let results = Memo::new(move |_| counts.with(metrics));
    let problems = Memo::new(move |_| counts.with(check));

    let inputs = FIELDS.map(|(id, label, slot)| {
        let on_input = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let parsed = if text.trim().is_empty() {
                Ok(0.0)
            } else {
                text.trim().parse::<f64>()
            };
            errors.update(|e| e.retain(|m| !m.starts_with(label)));
            match parsed {
                Ok(v) if v.is_finite() && v >= 0.0 => counts.update(|c| *slot(c) = v),
                _ => errors.update(|e| e.push(format!("{label}: “{text}” is not a count."))),
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
        <section class="metrics" aria-labelledby="metrics-title">
            <h2 id="metrics-title">"Your actual metrics"</h2>
            <p class="note">"Enter what you sent and got over a period; each metric is placed on the guide's benchmark."</p>
            <div class="left-counts">{inputs.into_iter().collect_view()}</div>
            <p class="field-error" role="alert">{move || {
                let mut all = errors.get();
                all.extend(problems.get());
                all.join(" ")
            }}</p>
            <ul class="metric-list">
                {move || results.get().into_iter().map(|m| {
                    let grade = m.grade.map(|g| (g, g.label()));
                    let value = match m.value {
                        Some(v) if m.is_money => format::money(v),
                        Some(v) => format::percent(v),
                        None => "—".to_string(),
                    };
                    view! {
                        <li class=format!("metric metric-{}", grade.map(|(g, _)| grade_key(g)).unwrap_or("none"))
                            data-testid="metric" data-grade=grade.map(|(g, _)| grade_key(g)).unwrap_or("")>
                            <strong>{m.name} ": " {value}</strong>
                            {grade.map(|(_, label)| view! { " · " <span class="grade">{label}</span> })}
                            <br /><span class="note">{m.formula} " · band " {m.band} " "</span>
                            <span class="source">{m.source}</span>
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
