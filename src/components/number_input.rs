//! One numeric input: a slider for dragging and a text field for exact figures, both bound to
//! the same scenario field. What the user types is kept while it is invalid, with the reason
//! next to it; the scenario keeps the last valid figure.

use leptos::prelude::*;

use super::sources::Sources;
use crate::hooks::{dispatch, use_scenario_writer};
use crate::model::edit::Edit;
use crate::model::fields::Field;
use crate::model::scenario::Scenario;

/// A labelled slider and number field for `field`, with its unit, band and source.
#[component]
pub fn NumberInput(
    /// Which scenario field this edits.
    field: Field,
    /// The one scenario signal of the page.
    scenario: Memo<Scenario>,
    /// Greyed out with this reason (e.g. a free plan has no credits).
    #[prop(into)]
    disabled: Signal<Option<&'static str>>,
    /// The field this one follows by default (e.g. "the InMail reply rate").
    #[prop(optional)]
    follows: Option<&'static str>,
    /// Keeps ids unique where a second view shows the same field (`bank` gives `bank-f-reply`).
    #[prop(optional)]
    scope: Option<&'static str>,
) -> impl IntoView {
    let write = use_scenario_writer();
    let spec = field.spec();
    let id = match scope {
        Some(scope) => format!("{scope}-f-{}", spec.key),
        None => format!("f-{}", spec.key),
    };
    let error_id = format!("{id}-error");
    let value = Memo::new(move |_| scenario.with(|s| s.get(field)));
    let following = Memo::new(move |_| follows.is_some() && scenario.with(|s| s.is_default(field)));
    // Text the user is typing, kept verbatim until it is committed or replaced from outside.
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);

    // A change from elsewhere (slider, plan switch, opened scenario) replaces a stale draft.
    Effect::new(move |_| {
        let current = value.get();
        let stale = draft.with_untracked(|d| {
            d.as_deref()
                .is_some_and(|text| field.parse(text).ok() != Some(current))
        });
        if stale {
            draft.set(None);
            error.set(None);
        }
    });

    // The reducer validates on a copy, so a refused value never notifies.
    let apply = move |v: f64| dispatch(write, Edit::Set(field, v)).map_err(|e| e.to_string());
    let on_type = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let result = field
            .parse(&text)
            .map_err(|e| format!("{}: {e}", spec.label))
            .and_then(apply);
        draft.set(Some(text));
        error.set(result.err());
    };
    let on_commit = move |_| {
        if error.get_untracked().is_none() {
            draft.set(None);
        }
    };
    let on_slide = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            draft.set(None);
            error.set(apply(v).err());
        }
    };
    let follow_again = move |_| {
        let _ = dispatch(write, Edit::Follow(field));
        draft.set(None);
        error.set(None);
    };

    let text = move || draft.get().unwrap_or_else(|| value.get().to_string());
    let is_disabled = move || disabled.get().is_some();
    let described_by = format!("{error_id} {id}-flag {id}-band");
    let above_band = Memo::new(move |_| field.above_band(value.get()));

    view! {
        <div class="field" class:field-invalid=move || error.get().is_some() class:field-disabled=is_disabled>
            <div class="field-head">
                <label for=id.clone()>{spec.label}</label>
                <span class="field-entry">
                    <input
                        id=id.clone()
                        class="field-number"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=text
                        prop:disabled=is_disabled
                        aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                        aria-describedby=described_by
                        on:input=on_type
                        on:change=on_commit
                    />
                    <span class="field-unit">{spec.suffix}</span>
                </span>
            </div>
            <input
                class="field-slider"
                type="range"
                aria-label=format!("{} slider", spec.label)
                min=spec.rule.min
                max=spec.slider_max
                step=spec.step
                prop:value=move || value.get().min(spec.slider_max).to_string()
                prop:disabled=is_disabled
                on:input=on_slide
            />
            <p class="field-error" id=error_id role="alert">
                {move || error.get().map(|e| format!("{e}. Still using {}.", value.get()))}
            </p>
            <p class="field-flag" id=format!("{id}-flag") data-testid=format!("flag-{}", spec.key)
                class:hidden=move || above_band.get().is_none()>
                {move || above_band.get().map(|band| format!("Above the guides' band ({band}): accepted, but every figure built on it is an optimistic “what if”, not what the guides expect."))}
            </p>
            <p class="field-band" id=format!("{id}-band")>
                {move || disabled.get().map(str::to_string).unwrap_or_else(|| spec.band.to_string())}
                " "
                <Sources cite=spec.source />
                {follows.map(|text| view! {
                    <span class="field-follows">
                        {move || if following.get() {
                            view! { " · follows " {text} }.into_any()
                        } else {
                            view! { " · " <button type="button" class="link-button" on:click=follow_again>"follow " {text} " again"</button> }.into_any()
                        }}
                    </span>
                })}
            </p>
        </div>
    }
}
