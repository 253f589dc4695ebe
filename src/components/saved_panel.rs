//! Saved scenarios: save the current one under a name, then list, open, rename, duplicate,
//! delete (with undo) and pick two or three to compare. Damaged entries are reported and left
//! alone; another tab's changes arrive through the `storage` event.

use leptos::prelude::*;

use super::comparison::Comparison;
use crate::format;
use crate::hooks::dispatch;
use crate::model::address::Notice;
use crate::model::cost::{compute, Output, OutputKind};
use crate::model::edit::Edit;
use crate::model::saved::{copy_name, Library, SavedScenario, KEY_PREFIX};
use crate::model::scenario::{check_name, Scenario};
use crate::storage::{self, StoreError};

/// Most scenarios compared side by side.
const COMPARE_MAX: usize = 3;

/// A deleted entry kept in memory until the next delete, so it can be put back exactly.
#[derive(Clone)]
struct Deleted {
    key: String,
    raw: String,
    name: String,
}

#[component]
pub fn SavedPanel(
    scenario: RwSignal<Scenario>,
    /// Where an opened scenario's refused values are announced.
    notices: RwSignal<Option<(String, Vec<Notice>)>>,
) -> impl IntoView {
    let actions = Actions {
        scenario,
        notices,
        library: RwSignal::new(storage::load()),
        status: RwSignal::new(None),
        deleted: RwSignal::new(None),
        selected: RwSignal::new(Vec::new()),
    };
    let Actions {
        library,
        status,
        deleted,
        ..
    } = actions;
    let reload = move || library.set(storage::load());

    // Another tab saved, renamed or deleted: show it here too.
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| k.starts_with(KEY_PREFIX)) {
            reload();
        }
    });
    on_cleanup(move || listener.remove());

    // A refused name stays in the field with the reason; the scenario (and so the link and
    // every save) keeps the last valid one.
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
    Effect::new(move |previous: Option<String>| {
        let name = scenario.with(|s| s.name.clone());
        if previous.is_some_and(|p| p != name) {
            name_draft.set(None);
            name_error.set(None);
        }
        name
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(e) = name_error.get_untracked() {
            status.set(Some(Err(format!("Not saved: {e}."))));
            return;
        }
        let current = scenario.get_untracked();
        actions.report(
            storage::save_new(&current).map(|_| format!("Saved “{}”.", current.display_name())),
        );
    };

    view! {
        <section class="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">"Saved scenarios"</h2>
            <form class="save-form" on:submit=save>
                <label for="f-name">"Scenario name"</label>
                <div class="save-row">
                    <input
                        id="f-name"
                        type="text"
                        placeholder="e.g. Q3 enterprise push"
                        prop:value=move || name_draft.get().unwrap_or_else(|| scenario.with(|s| s.name.clone()))
                        aria-invalid=move || if name_error.get().is_some() { "true" } else { "false" }
                        aria-describedby="f-name-error"
                        on:input=on_name
                    />
                    <button type="submit" class="primary" data-testid="save">"Save"</button>
                </div>
                <p class="field-error" id="f-name-error" role="alert">
                    {move || name_error.get().map(|e| format!("{e}. The link and saves keep “{}”.", scenario.with(|s| s.display_name().to_string())))}
                </p>
            </form>
            <p class="saved-status" role="status" data-testid="saved-status"
                class:status-error=move || matches!(status.get(), Some(Err(_)))>
                {move || status.get().map(|s| s.unwrap_or_else(|e| e))}
                {move || deleted.get().map(|d| view! {
                    " "
                    <button type="button" class="link-button" data-testid="undo-delete"
                        on:click=move |_| {
                            deleted.set(None);
                            actions.report(storage::write_raw(&d.key, &d.raw).map(|()| format!("Restored “{}”.", d.name)));
                        }>
                        "Undo"
                    </button>
                })}
            </p>
            {move || match library.get() {
                Err(e) => view! { <p class="notice" data-testid="storage-unavailable">{e.to_string()}</p> }.into_any(),
                Ok(lib) => view! { <LibraryView lib actions /> }.into_any(),
            }}
        </section>
    }
}

/// The panel's state, bundled so rows get one prop.
#[derive(Clone, Copy)]
struct Actions {
    scenario: RwSignal<Scenario>,
    notices: RwSignal<Option<(String, Vec<Notice>)>>,
    library: RwSignal<Result<Library, StoreError>>,
    /// The outcome of the last action: Ok(confirmation) or Err(problem).
    status: RwSignal<Option<Result<String, String>>>,
    deleted: RwSignal<Option<Deleted>>,
    /// Keys of the scenarios picked for comparison, in the order picked.
    selected: RwSignal<Vec<String>>,
}

impl Actions {
    /// Shows the outcome of a storage action and reads the list again.
    fn report(self, result: Result<String, StoreError>) {
        self.status.set(Some(result.map_err(|e| e.to_string())));
        self.library.set(storage::load());
    }
}

#[component]
fn LibraryView(lib: Library, actions: Actions) -> impl IntoView {
    let selected = actions.selected;
    let keys: Vec<String> = lib.saved.iter().map(|s| s.key.clone()).collect();
    // Forget selections of scenarios that are gone (deleted here or in another tab).
    if selected.with_untracked(|sel| sel.iter().any(|k| !keys.contains(k))) {
        selected.update(|sel| sel.retain(|k| keys.contains(k)));
    }
    let chosen: Vec<SavedScenario> = lib.saved.clone();
    let compared = move || {
        let picked: Vec<SavedScenario> = selected.with(|sel| {
            sel.iter()
                .filter_map(|k| chosen.iter().find(|s| &s.key == k).cloned())
                .collect()
        });
        (picked.len() >= 2).then(|| view! { <Comparison picked /> })
    };
    let damaged = lib.damaged.clone();
    let empty = lib.saved.is_empty();
    view! {
        {(!damaged.is_empty()).then(|| view! {
            <div class="notice" role="alert" data-testid="damaged-entries">
                <p><strong>{format!("{} saved entr{} could not be opened", damaged.len(), if damaged.len() == 1 { "y" } else { "ies" })}</strong>
                   ". It is left in this browser's storage untouched:"</p>
                <ul>
                    {damaged.into_iter().map(|d| view! { <li><code>{d.key}</code> ": " {d.reason.to_string()}</li> }).collect_view()}
                </ul>
            </div>
        })}
        {empty.then(|| view! { <p class="empty">"Nothing saved yet. Name this scenario and press Save; it stays in this browser only."</p> })}
        <ul class="saved-list" data-testid="saved-list">
            {lib.saved.into_iter().map(|saved| view! { <SavedRow saved actions /> }).collect_view()}
        </ul>
        {compared}
    }
}

#[component]
fn SavedRow(saved: SavedScenario, actions: Actions) -> impl IntoView {
    let Actions {
        scenario,
        notices,
        status,
        deleted,
        selected,
        ..
    } = actions;
    let name = saved.scenario.display_name().to_string();
    let key = saved.key.clone();
    let renaming = RwSignal::new(None::<String>);
    let cost = compute(&saved.scenario);
    let summary = format!(
        "{} · {} per meeting · {} meetings a month",
        saved.scenario.plan.plan().name,
        format::figure(Output::CostPerMeeting.of(&cost), OutputKind::Money),
        format::people(cost.total.meetings),
    );

    let open = {
        let saved = saved.clone();
        let name = name.clone();
        move |_| {
            let _ = dispatch(scenario, Edit::Replace(Box::new(saved.scenario.clone())));
            notices.set((!saved.notices.is_empty()).then(|| {
                (
                    format!("The saved scenario “{name}”"),
                    saved.notices.clone(),
                )
            }));
            status.set(Some(Ok(format!("Opened “{name}”."))));
        }
    };
    let duplicate = {
        let saved = saved.clone();
        move |_| {
            let mut copy = saved.scenario.clone();
            copy.name = copy_name(&copy.name);
            let name = copy.display_name().to_string();
            actions.report(storage::save_new(&copy).map(|_| format!("Saved “{name}”.")));
        }
    };
    let delete = {
        let key = key.clone();
        let name = name.clone();
        move |_| {
            let raw = storage::read_raw(&key);
            let result = storage::remove(&key);
            if let (Some(raw), Ok(())) = (raw, &result) {
                deleted.set(Some(Deleted {
                    key: key.clone(),
                    raw,
                    name: name.clone(),
                }));
            }
            actions.report(result.map(|()| format!("Deleted “{name}”.")));
        }
    };
    let rename_error =
        Memo::new(move |_| renaming.with(|r| r.as_deref().and_then(|n| check_name(n).err())));
    let commit_rename = {
        let saved = saved.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(new_name) = renaming.get_untracked() else {
                return;
            };
            if rename_error.get_untracked().is_some() {
                return;
            }
            let mut renamed = saved.scenario.clone();
            renamed.name = new_name;
            let shown = renamed.display_name().to_string();
            renaming.set(None);
            actions.report(
                storage::write(&saved.key, &renamed, saved.saved_at)
                    .map(|()| format!("Renamed to “{shown}”.")),
            );
        }
    };
    let checked = {
        let key = key.clone();
        move || selected.with(|s| s.contains(&key))
    };
    let toggle = {
        let key = key.clone();
        move |_| {
            selected.update(|s| {
                if let Some(i) = s.iter().position(|k| *k == key) {
                    s.remove(i);
                } else if s.len() < COMPARE_MAX {
                    s.push(key.clone());
                }
            })
        }
    };
    let compare_disabled = {
        let checked = checked.clone();
        move || !checked() && selected.with(|s| s.len() >= COMPARE_MAX)
    };
    let start_rename = {
        let current = saved.scenario.name.clone();
        move |_| renaming.set(Some(current.clone()))
    };

    view! {
        <li class="saved-item" data-testid="saved-item">
            <div class="saved-main">
                <Show
                    when=move || renaming.with(Option::is_some)
                    fallback={
                        let name = name.clone();
                        move || view! { <p class="saved-name" data-testid="saved-name">{name.clone()}</p> }
                    }
                >
                    <form class="rename-form" on:submit=commit_rename.clone()>
                        <label class="visually-hidden" for=format!("rename-{key}")>"New name"</label>
                        <input id=format!("rename-{key}") type="text"
                            prop:value=move || renaming.get().unwrap_or_default()
                            on:input=move |ev| renaming.set(Some(event_target_value(&ev))) />
                        <button type="submit" class="primary">"Save name"</button>
                        <button type="button" class="secondary" on:click=move |_| renaming.set(None)>"Cancel"</button>
                        <p class="field-error" role="alert">{move || rename_error.get().map(|e| format!("The name {e}."))}</p>
                    </form>
                </Show>
                <p class="saved-meta">{summary.clone()} " · saved " {format::date_time(saved.saved_at)}</p>
            </div>
            <div class="saved-actions">
                <button type="button" class="primary" on:click=open>"Open"</button>
                <button type="button" class="secondary" on:click=start_rename>"Rename"</button>
                <button type="button" class="secondary" on:click=duplicate>"Duplicate"</button>
                <button type="button" class="secondary danger" on:click=delete>"Delete"</button>
                <label class="compare-pick">
                    <input type="checkbox" prop:checked=checked prop:disabled=compare_disabled on:change=toggle />
                    " Compare"
                </label>
            </div>
        </li>
    }
}
