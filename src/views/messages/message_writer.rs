//! Messages (docs/model.md#messages): the guide's templates with a field per `[placeholder]`, live character
//! counts against the channel's and the account's limits, unfilled placeholders flagged, and
//! copy to clipboard.

use leptos::prelude::*;

use crate::components::sources::Sources;
use leptos::task::spawn_local;

use crate::browser;
use crate::model::messages::{
    body_limit, check, fill, placeholders, MessageKind, SOURCE, SUBJECT_LIMIT, TEMPLATES,
};
use crate::model::scenario::Scenario;

#[component]
pub fn MessageWriter(scenario: Memo<Scenario>) -> impl IntoView {
    let chosen = RwSignal::new(0usize);
    // Placeholder values, shared across templates so "[First name]" is typed once.
    let values = RwSignal::new(Vec::<(String, String)>::new());
    let copied = RwSignal::new(None::<String>);
    let template = move || &TEMPLATES[chosen.get()];
    let premium = Memo::new(move |_| scenario.with(|s| s.plan.plan().is_premium()));

    let subject = move || template().subject.map(|s| values.with(|v| fill(s, v)));
    let body = move || values.with(|v| fill(template().body, v));
    let body_check = move || check(&body(), body_limit(template().kind, premium.get()));
    let subject_check = move || subject().map(|s| check(&s, Some(SUBJECT_LIMIT)));
    let names = move || {
        let t = template();
        let mut all = t.subject.map(placeholders).unwrap_or_default();
        for p in placeholders(t.body) {
            if !all.contains(&p) {
                all.push(p);
            }
        }
        all
    };
    let value_of = move |name: &str| {
        values.with(|v| {
            v.iter()
                .find(|(n, _)| n == name)
                .map(|(_, x)| x.clone())
                .unwrap_or_default()
        })
    };
    let set_value = move |name: String, text: String| {
        values.update(|v| match v.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = text,
            None => v.push((name, text)),
        })
    };
    let copy = move |_| {
        let text = match subject() {
            Some(s) => format!("{s}\n\n{}", body()),
            None => body(),
        };
        spawn_local(async move {
            copied.set(Some(match browser::copy_text(&text).await {
                Ok(()) => "Copied.".to_string(),
                Err(why) => format!("Could not copy ({why}): select the text and copy it."),
            }));
        });
    };

    view! {
        <section class="messages tool" aria-labelledby="messages-title">
            <h2 id="messages-title">"Messages"</h2>
            <div class="tool-side">
            <label for="msg-template">"Template"</label>
            <select id="msg-template" on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                    chosen.set(i.min(TEMPLATES.len() - 1));
                    copied.set(None);
                }
            }>
                {TEMPLATES.iter().enumerate().map(|(i, t)| view! { <option value=i.to_string()>{t.name}</option> }).collect_view()}
            </select>
            " " <Sources cite=SOURCE />
            <div class="placeholders">
                {move || names().into_iter().map(|name| {
                    let id = format!("ph-{}", name.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
                    let key = name.clone();
                    view! {
                        <div class="left-input">
                            <label for=id.clone()>{name.clone()}</label>
                            <input id=id type="text" prop:value=value_of(&name)
                                on:input=move |ev| set_value(key.clone(), event_target_value(&ev)) />
                        </div>
                    }
                }).collect_view()}
            </div>
            </div>
            <div class="tool-answer">
            {move || subject().map(|s| view! { <p class="preview-subject"><strong>"Subject: "</strong>{s}</p> })}
            {move || subject_check().map(|c| view! {
                <p class="count" class:over={c.over_by > 0}>{format!("Subject: {} / {} characters", c.length, SUBJECT_LIMIT)}</p>
            })}
            <pre class="preview" data-testid="message-preview">{body}</pre>
            <p class="count" data-testid="message-count" class:over={move || body_check().over_by > 0}
                data-value=move || body_check().length.to_string()>
                {move || {
                    let c = body_check();
                    let kind = match template().kind {
                        MessageKind::Note if premium.get() => "connection note, premium",
                        MessageKind::Note => "connection note, free account",
                        MessageKind::Inmail => "InMail body",
                        MessageKind::FollowUp => "message to a connection",
                    };
                    match c.limit {
                        Some(limit) if c.over_by > 0 => format!("{} / {limit} characters ({kind}): {} over the limit", c.length, c.over_by),
                        Some(limit) => format!("{} / {limit} characters ({kind})", c.length),
                        None => format!("{} characters ({kind}; no limit the guides name)", c.length),
                    }
                }}
            </p>
            <p class="field-error" data-testid="message-unfilled" role="status">
                {move || {
                    let mut missing = subject_check().map(|c| c.unfilled).unwrap_or_default();
                    for p in body_check().unfilled {
                        if !missing.contains(&p) {
                            missing.push(p);
                        }
                    }
                    (!missing.is_empty()).then(|| format!("Still to fill: {}", missing.iter().map(|m| format!("[{m}]")).collect::<Vec<_>>().join(", ")))
                }}
            </p>
            <button type="button" class="secondary" on:click=copy>"Copy message"</button>
            <span class="copy-status" role="status">{move || copied.get()}</span>
            <p class="warning">"Personalize each send: the same text to many people (100 identical messages) is a pattern LinkedIn flags and restricts. " <Sources cite=SOURCE /></p>
            </div>
        </section>
    }
}
