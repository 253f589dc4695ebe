//! The header's save controls: the scenario's name and Save, a few tab stops from the top of
//! every view. A refused name stays in the field with the reason while the scenario (and so
//! the link and every save) keeps the last valid one.

use leptos::prelude::*;

use crate::hooks::saved_library::use_saved_library;
use crate::hooks::{dispatch, use_scenario_writer};
use crate::model::edit::Edit;

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
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(e) = name_error.get_untracked() {
            library
                .save_status
                .set(Some(Err(format!("Not saved: {e}."))));
            return;
        }
        scenario.with_untracked(|s| library.save(s));
    };
    let status = library.save_status;
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
            <button type="submit" class="primary" data-testid="save">"Save"</button>
            <p class="field-error" id="f-name-error" role="alert">
                {move || name_error.get().map(|e| format!("{e}. The link and saves keep “{}”.", scenario.with_untracked(|s| s.display_name().to_string())))}
            </p>
            <p class="saved-status" id="saved-status" role="status" data-testid="saved-status"
                class:status-error=move || matches!(status.get(), Some(Err(_)))>
                {move || status.get().map(|s| s.unwrap_or_else(|e| e))}
            </p>
        </form>
    }
}
