//! One numeric input: a slider for dragging and a text field for exact figures, both bound to
//! the same scenario field. What the user types is read in their locale and kept while it is
//! refused, with the reason next to it; meanwhile the scenario keeps the figure from before
//! the edit (`hooks::typed_number`).

use leptos::prelude::*;

use super::sources::Sources;
use crate::format;
use crate::hooks::{dispatch, use_scenario_writer, use_typed_number};
use crate::model::before_edit::BeforeEdit;
use crate::model::edit::Edit;
use crate::model::fields::Field;
use crate::model::number::Unit;
use crate::model::rounding;
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
    /// Waits behind the calculator's "More inputs" on a phone (`model::more_inputs`); which
    /// inputs do depends on the plan.
    #[prop(into, default = Signal::from(false))]
    more: Signal<bool>,
) -> impl IntoView {
    let write = use_scenario_writer();
    let spec = field.spec();
    let id = match scope {
        Some(scope) => format!("{scope}-f-{}", spec.key),
        None => format!("f-{}", spec.key),
    };
    let error_id = format!("{id}-error");
    let notation = format::notation();
    let value = Memo::new(move |_| scenario.with(|s| s.get(field)));
    let following = Memo::new(move |_| follows.is_some() && scenario.with(|s| s.is_default(field)));
    let typed = use_typed_number(
        scenario,
        notation,
        // A figure the field follows is computed: it reads as every sentence writes it.
        move |s| match s.own(field) {
            Some(None) => Some(rounding::tenth(s.get(field))),
            _ => Some(s.get(field)),
        },
        move |s| BeforeEdit::field(s, field),
        move |text, n| Edit::typed(field, text, n),
    );

    let on_type = move |ev: leptos::ev::Event| typed.input.run(event_target_value(&ev));
    let on_commit = move |_| typed.commit();
    // A range input's value is always plain `.` notation, whatever the locale.
    let on_slide = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            typed.clear();
            let _ = dispatch(write, Edit::Set(field, v));
        }
    };
    let follow_again = move |_| {
        let _ = dispatch(write, Edit::Follow(field));
        typed.clear();
    };

    let is_disabled = move || disabled.get().is_some();
    let invalid = move || typed.error.with(Option::is_some);
    let described_by = format!("{error_id} {id}-flag {id}-band");
    // "your LinkedIn export, 12 weeks to …" while the field holds the figure copied from it.
    let measured = Memo::new(move |_| scenario.with(|s| s.measured_source(field)));
    // Above or below the guides' band, in the model's words.
    let flag = Memo::new(move |_| {
        let by = scenario.with(|s| s.measured_by(field));
        field.flag(value.get(), by)
    });
    // A money slider's range is in dollars' worth: a currency of small units runs a hundred
    // times further. Its band quotes US figures, and says so under another currency.
    let money = spec.unit() == Unit::Usd;
    let currency = Memo::new(move |_| scenario.with(|s| s.currency));
    let scale = move || {
        if money {
            currency.get().unit_scale()
        } else {
            1.0
        }
    };
    let slider_max = move || spec.slider_max * scale();
    let band_note = move || {
        (money && !currency.get().is_usd()).then_some(" (in US dollars, as the sources give them)")
    };
    // A typed figure the slider cannot show: its thumb rests at the end, and a line says so.
    let beyond = Memo::new(move |_| value.get() > slider_max());
    let slider_end = move || format::input(slider_max(), spec.unit());

    let slider_at = move || value.get().min(slider_max()).to_string();
    // `value=` as well as `prop:value`: the attribute is what the build's prerender writes (the
    // first value); the property is what follows edits.
    view! {
        <div class="field" class:more-input=more class:field-invalid=invalid class:field-disabled=is_disabled>
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
                        value=typed.text.get_untracked()
                        prop:value=typed.text
                        disabled=is_disabled
                        aria-invalid=move || if invalid() { "true" } else { "false" }
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
                max=slider_max
                step=move || spec.step * scale()
                value=untrack(slider_at)
                prop:value=slider_at
                aria-valuetext=move || beyond.get().then(|| format!("{}, beyond the slider", format::input(value.get(), spec.unit())))
                disabled=is_disabled
                on:input=on_slide
            />
            <p class="field-beyond" data-testid=format!("beyond-{}", spec.key) class:hidden=move || !beyond.get()>
                {move || beyond.get().then(|| format!("{} lies beyond the slider, which stops at {}.", format::input(value.get(), spec.unit()), slider_end()))}
            </p>
            <p class="field-error" id=error_id role="alert">{move || typed.error.get()}</p>
            <p class="field-flag" id=format!("{id}-flag") data-testid=format!("flag-{}", spec.key)
                class:hidden=move || flag.with(Option::is_none)>
                {move || flag.get()}
            </p>
            <p class="field-band" id=format!("{id}-band")>
                {move || disabled.get().map(str::to_string).unwrap_or_else(|| spec.band.to_string())}
                {band_note}
                " "
                {move || match measured.get() {
                    Some(source) => view! {
                        <span class="source measured" data-testid=format!("source-{}", spec.key)>"Source: " {source}</span>
                    }.into_any(),
                    None => view! { <Sources cite=spec.source /> }.into_any(),
                }}
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
            {field.term().map(|term| view! {
                <details class="term">
                    <summary>{term.ask}</summary>
                    <p>{term.meaning}</p>
                </details>
            })}
        </div>
    }
}
