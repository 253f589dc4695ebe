//! The first-move questionnaire (docs/model.md#first-move): answers about one prospect, and the move the guides'
//! rules give, with its fallback, reasons and the sequence to follow.

use leptos::prelude::*;

use crate::components::sources::Sources;
use crate::format;
use crate::hooks::{dispatch, use_scenario_writer, use_typed_number};
use crate::model::before_edit::BeforeEdit;
use crate::model::edit::Edit;
use crate::model::prospect::{Flag, Left, Relationship};
use crate::model::recommend::Recommendation;
use crate::model::scenario::{Invalid, Scenario};
use crate::model::words;

#[component]
pub fn FirstMovePanel(
    scenario: Memo<Scenario>,
    /// The recommendation for the scenario's prospect, shared with the sequence panel.
    advice: Memo<Recommendation>,
) -> impl IntoView {
    let write = use_scenario_writer();
    let relationship = Memo::new(move |_| scenario.with(|s| s.prospect.relationship));

    let flags = Flag::ALL.map(|flag| {
        let id = format!("q-{}", flag.key());
        view! {
            <label class="check" for=id.clone()>
                <input id=id.clone() type="checkbox"
                    prop:checked=move || scenario.with(|s| s.prospect.flag(flag))
                    on:change=move |ev| {
                        let _ = dispatch(write, Edit::Flag(flag, event_target_checked(&ev)));
                    } />
                " " {flag.question()}
            </label>
        }
    });

    view! {
        <section class="first-move tool" aria-labelledby="first-move-title">
            <h2 id="first-move-title">"First move for one prospect"</h2>
            <div class="tool-side">
            <fieldset class="plain">
                <legend>"Relationship"</legend>
                <div class="segmented">
                    {Relationship::ALL.map(|r| view! {
                        <label class="segment">
                            <input type="radio" name="relationship" value=r.key()
                                prop:checked=move || relationship.get() == r
                                on:change=move |_| { let _ = dispatch(write, Edit::Relationship(r)); } />
                            <span>{r.label()}</span>
                        </label>
                    }).into_iter().collect_view()}
                </div>
            </fieldset>
            <div class="checks">{flags.into_iter().collect_view()}</div>
            <div class="left-counts">
                {Left::ALL.map(|left| view! { <LeftInput left scenario /> }).into_iter().collect_view()}
            </div>
            </div>
            <div class="verdict tool-answer" aria-live="polite">
                <p class="verdict-move">
                    <span class="verdict-label">"Your first move: "</span>
                    <strong data-testid="first-move" data-value=move || advice.get().first.key()>
                        {move || advice.get().first.label()}
                    </strong>
                </p>
                <p class="verdict-fallback">
                    "If that gets no answer: "
                    <strong data-testid="first-move-fallback"
                        data-value=move || advice.get().fallback.map(|m| m.key()).unwrap_or_default()>
                        {move || advice.get().fallback.map(|m| m.label()).unwrap_or("nothing else is possible for this prospect now")}
                    </strong>
                </p>
                <ul class="reasons">
                    {move || advice.get().reasons.into_iter().map(|r| view! {
                        <li>
                            {r.rule.map(|rule| view! { <span class="rule">{rule.title()}</span> " " })}
                            {r.text} " " <Sources cite=r.source />
                        </li>
                    }).collect_view()}
                </ul>
                <p class="note">
                    {move || scenario.with(|s| words::first_move::acceptance(s, &advice.get()).map(|t| format::sentence(&t)))}
                </p>
                <div class="planned" data-testid="first-move-sequence">
                    {move || match advice.get().sequence {
                        Some(plan) => view! {
                            <p class="planned-title">"Then follow the " <strong>{plan.id.sequence().name}</strong> " sequence, fitted to this prospect:"</p>
                            <ol class="timeline">
                                {plan.steps.into_iter().map(|st| view! {
                                    <li class=format!("step step-{}", st.touch.key())>
                                        <span class="step-day">{format!("Day {}", st.day)}</span>
                                        <span>{st.action}</span>
                                    </li>
                                }).collect_view()}
                            </ol>
                        }.into_any(),
                        None => view! { <p class="planned-title">"No sequence: this move is the whole plan for now."</p> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}

/// A count the rep has left. Empty means "the plan's figure", shown as the placeholder.
#[component]
fn LeftInput(left: Left, scenario: Memo<Scenario>) -> impl IntoView {
    let id = format!("q-{}", left.key());
    let notation = format::notation();
    let plan_figures = Memo::new(move |_| scenario.with(|s| (s.plan, s.cap, s.credits)));
    let placeholder = move || {
        plan_figures.with(|&(plan, cap, credits)| match left {
            Left::Invites => format!("{} (your cap)", notation.write(cap)),
            Left::Credits => format!("{} (a month)", notation.write(credits)),
            Left::Notes => match plan.plan().note_quota {
                Some(q) => format!("{q} (free quota)"),
                None => "unlimited".to_string(),
            },
        })
    };
    let disabled =
        move || left == Left::Notes && plan_figures.with(|(plan, ..)| plan.plan().is_premium());
    let typed = use_typed_number(
        scenario,
        notation,
        move |s| s.prospect.left_given(left),
        move |s| BeforeEdit::left(s, left),
        move |text, n| {
            let value = if text.trim().is_empty() {
                Ok(None)
            } else {
                left.rule().read(text, n).map(Some)
            };
            value
                .map(|v| Edit::Left(left, v))
                .map_err(|e| Invalid::Count(left, e))
        },
    );
    view! {
        <div class="left-input">
            <label for=id.clone()>{left.label()}</label>
            <input id=id type="text" inputmode="numeric" autocomplete="off"
                placeholder=placeholder
                prop:disabled=disabled
                prop:value=typed.text
                aria-invalid=move || if typed.error.with(Option::is_some) { "true" } else { "false" }
                on:input=move |ev| typed.input.run(event_target_value(&ev))
                on:change=move |_| typed.commit() />
            <p class="field-error" role="alert">{move || typed.error.get()}</p>
        </div>
    }
}
