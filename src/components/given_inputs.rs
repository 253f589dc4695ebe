//! Figures the rep gives or leaves empty (`model::given`): a text box each, empty meaning not
//! given (never 0), and one line that says what was refused. Metrics and the calculator's
//! deal figures both use it.

use leptos::prelude::*;

use crate::format;
use crate::hooks::use_typed_number;
use crate::model::before_edit::BeforeEdit;
use crate::model::edit::Edit;
use crate::model::given::GivenField;
use crate::model::scenario::{Invalid, Scenario};

/// The boxes of `fields`, then the refusals of their drafts and any `more` problems, in one
/// alert line with test id `problems_id`.
#[component]
pub fn GivenInputs(
    scenario: Memo<Scenario>,
    fields: &'static [GivenField],
    /// What an empty box means, as its placeholder.
    placeholder: &'static str,
    problems_id: &'static str,
    #[prop(optional, into)] more: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let notation = format::notation();
    // Empty is a figure not given, never 0: an opened link shows its figures.
    let typed: Vec<_> = fields
        .iter()
        .map(|field| {
            let typed = use_typed_number(
                scenario,
                notation,
                move |s| (field.get)(s),
                move |s| BeforeEdit::given(s, field.key),
                move |text, n| {
                    let value = if text.trim().is_empty() {
                        Ok(None)
                    } else {
                        field.rule.read(text, n).map(Some)
                    };
                    value
                        .map(|v| Edit::Given(field.key, v))
                        .map_err(|e| Invalid::Given(field.key, e))
                },
            );
            (field, typed)
        })
        .collect();
    let errors: Vec<_> = typed.iter().map(|(_, t)| t.error).collect();
    let inputs = typed.into_iter().map(|(field, typed)| {
        view! {
            <div class="left-input">
                <label for=field.id>{field.label}</label>
                <input id=field.id type="text" inputmode="decimal" placeholder=placeholder
                    value=typed.text.get_untracked()
                    prop:value=typed.text
                    aria-invalid=move || if typed.error.with(Option::is_some) { "true" } else { "false" }
                    on:input=move |ev| typed.input.run(event_target_value(&ev))
                    on:change=move |_| typed.commit() />
            </div>
        }
    });
    view! {
        <div class="left-counts">{inputs.collect_view()}</div>
        <p class="field-error" role="alert" data-testid=problems_id>{move || {
            let mut all: Vec<String> = errors.iter().filter_map(|e| e.get()).collect();
            if let Some(more) = more {
                all.extend(more.get());
            }
            all.join(" ")
        }}</p>
    }
}
