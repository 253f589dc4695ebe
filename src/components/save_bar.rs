//! The header's save controls: the scenario's name, Save (which updates the open saved entry)
//! and Save as new, a few tab stops from the top of every view. A refused name stays in the
//! field with the reason while the scenario (and so the link and every save) keeps the last
//! valid one. A save that would give two entries one name, or write over another tab's change,
//! asks first, here beside the button that was pressed.

use leptos::html;
use leptos::prelude::*;

use crate::hooks::saved_library::{use_saved_library, PendingSave};
use crate::hooks::{dispatch, use_scenario_writer};
use crate::model::edit::Edit;
use crate::model::save::{same_name, Answer, Command, Question};

#[component]
pub fn SaveBar(
    /// The scenario's name, as the page holds it.
    name: Memo<String>,
) -> impl IntoView {
    let scenario = use_scenario_writer();
    let library = use_saved_library();
    let name_draft = RwSignal::new(None::<String>);
    let name_error = RwSignal::new(None::<String>);
    let on_name = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        match dispatch(scenario, Edit::Name(name.clone())) {
            Ok(()) => {
                name_draft.set(None);
                name_error.set(None);
            }
            Err(e) => {
                name_draft.set(Some(name));
                name_error.set(Some(e.to_string()));
            }
        }
    };
    // Opening another scenario replaces a refused draft.
    Effect::new(move |previous: Option<()>| {
        name.track();
        if previous.is_some() {
            name_draft.set(None);
            name_error.set(None);
        }
    });
    let status = library.save_status;
    // A save refused for its name ("the name is empty") stops being the news once the name
    // changes: the next Save says what happens then. Other refusals (storage full) stay.
    Effect::new(move |previous: Option<()>| {
        name.track();
        let about_the_name = status
            .with_untracked(|s| matches!(s, Some(Err(e)) if e.starts_with("Not saved: the name")));
        if previous.is_some() && about_the_name {
            status.set(None);
        }
    });
    let save_ref = NodeRef::<html::Button>::new();
    // "Saved" stops being true at the first edit after it: the header then says so instead.
    Effect::new(move |_| {
        if library.unsaved.get() && status.with_untracked(|s| matches!(s, Some(Ok(_)))) {
            status.set(None);
        }
    });
    let press = move |command: Command| {
        if let Some(e) = name_error.get_untracked() {
            library
                .save_status
                .set(Some(Err(format!("Not saved: {e}."))));
            return;
        }
        library.save(command);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        press(Command::Save);
    };
    let open_name = move || {
        library
            .entry
            .with(|e| e.as_ref().map(|e| e.scenario.display_name().to_string()))
    };
    // With a name the open entry does not have, Save adds a scenario: say so before it does.
    let renamed_hint = move || {
        let kept = open_name()?;
        let typed = name.get();
        (!typed.trim().is_empty() && !same_name(&typed, &kept)).then(|| {
            format!(
                "A new name: Save adds “{}” and keeps “{kept}” as saved.",
                typed.trim()
            )
        })
    };
    view! {
        <form class="save-bar" on:submit=save>
            <label class="visually-hidden" for="f-name">"Scenario name"</label>
            <input
                id="f-name"
                type="text"
                placeholder="Name this scenario"
                autocomplete="off"
                prop:value=move || name_draft.get().unwrap_or_else(|| name.get())
                aria-invalid=move || if name_error.get().is_some() { "true" } else { "false" }
                aria-describedby="f-name-error saved-status"
                on:input=on_name
            />
            <div class="save-buttons">
                <button type="submit" class="primary" data-testid="save" node_ref=save_ref>"Save"</button>
                <Show when=move || library.entry.with(Option::is_some)>
                    <button type="button" class="secondary save-as-new" data-testid="save-as-new"
                        on:click=move |_| press(Command::SaveAsNew)>"Save as new"</button>
                </Show>
            </div>
            <p class="field-error" id="f-name-error" role="alert">
                {move || name_error.get().map(|e| format!("{e}. The link and saves keep “{}”.", scenario.with_untracked(|s| s.display_name().to_string())))}
            </p>
            <p class="save-hint">{renamed_hint}</p>
            {move || library.pending.get().map(|pending| view! { <SaveQuestion pending back=save_ref /> })}
            <p class="saved-status" id="saved-status" role="status" data-testid="saved-status"
                class:status-error=move || matches!(status.get(), Some(Err(_)))>
                {move || status.get().map(|s| s.unwrap_or_else(|e| e))}
            </p>
        </form>
    }
}

/// The question a save asks before writing: replace the other entry, or keep both under a
/// free name. Focus moves to its first answer, the one that overwrites nothing, and back to
/// Save once answered.
#[component]
fn SaveQuestion(
    /// The press of Save that asks.
    pending: PendingSave,
    /// Where focus returns once the question is answered.
    back: NodeRef<html::Button>,
) -> impl IntoView {
    let library = use_saved_library();
    let answer = move |a: Option<Answer>| {
        library.answer(a);
        if let Some(button) = back.get_untracked() {
            let _ = button.focus();
        }
    };
    let keep_ref = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = keep_ref.get() {
            let _ = button.focus();
        }
    });
    let (question, replace, keep) = match &pending.question {
        Question::NameTaken { name, keep_both } => (
            format!("“{name}” is already the name of another saved scenario."),
            format!("Replace that “{name}”"),
            format!("Keep both: save this as “{keep_both}”"),
        ),
        Question::ChangedElsewhere { name, keep_both } => (
            format!(
                "“{name}” was changed since you opened it here (in another tab, or by an import)."
            ),
            "Replace it with this one".to_string(),
            format!("Keep both: save this as “{keep_both}”"),
        ),
    };
    view! {
        <div class="notice save-question" role="alertdialog" aria-labelledby="save-question-title"
            data-testid="save-clash">
            <p id="save-question-title"><strong>{question}</strong></p>
            <div class="transfer-actions">
                <button type="button" class="primary" data-testid="save-clash-keep" node_ref=keep_ref
                    on:click=move |_| answer(Some(Answer::KeepBoth))>{keep}</button>
                <button type="button" class="secondary" data-testid="save-clash-replace"
                    on:click=move |_| answer(Some(Answer::Replace))>{replace}</button>
                <button type="button" class="link-button" data-testid="save-clash-cancel"
                    on:click=move |_| answer(None)>"Cancel"</button>
            </div>
        </div>
    }
}
