//! The saved scenarios of this browser: open, rename, duplicate, delete (with undo) and pick
//! two or three to compare. Rows are keyed by entry, so a save in another tab adds its row
//! without rebuilding the others (or dropping a rename in progress). Damaged entries are
//! reported and left alone.

use leptos::html;
use leptos::prelude::*;

use super::comparison::Comparison;
use super::team::{PastedLinks, TeamRow};
use super::transfer::Transfer;
use crate::format;
use crate::hooks::saved_library::{use_saved_library, Deleted, SavedLibrary};
use crate::hooks::{dispatch, use_scenario_writer};
use crate::components::share_bar::Notices;
use crate::model::address;
use crate::model::cost::{compute, Output, OutputKind};
use crate::model::edit::Edit;
use crate::model::save::{check_saved_name, name_holder, unique_name};
use crate::model::stored::{copy_name, SavedScenario};
use crate::model::scenario::Scenario;
use crate::model::team::read_links;
use crate::model::view::View;
use crate::storage;

/// Most scenarios compared side by side.
const COMPARE_MAX: usize = 3;

#[component]
pub fn SavedList(
    /// Where an opened scenario's refused values are announced.
    notices: Notices,
) -> impl IntoView {
    let lib = use_saved_library();
    let SavedLibrary {
        library,
        status,
        deleted,
        selected,
        ..
    } = lib;
    let undo_ref = NodeRef::<html::Button>::new();
    // After a delete, focus goes to Undo, the one thing a slip of the hand needs next.
    Effect::new(move |_| {
        if deleted.with(|d| !d.is_empty()) {
            if let Some(button) = undo_ref.get() {
                let _ = button.focus();
            }
        }
    });
    let saved = Memo::new(move |_| {
        library.with(|l| l.as_ref().map(|l| l.saved.clone()).unwrap_or_default())
    });
    let damaged = Memo::new(move |_| {
        library.with(|l| l.as_ref().map(|l| l.damaged.clone()).unwrap_or_default())
    });
    // Forget selections of scenarios that are gone (deleted here or in another tab).
    Effect::new(move |_| {
        let keys: Vec<String> = saved.with(|s| s.iter().map(|x| x.key.clone()).collect());
        if selected.with_untracked(|sel| sel.iter().any(|k| !keys.contains(k))) {
            selected.update(|sel| sel.retain(|k| keys.contains(k)));
        }
    });
    let links = RwSignal::new(String::new());
    let pasted = Memo::new(move |_| links.with(|t| read_links(t)));
    let compared = move || {
        let picked: Vec<SavedScenario> = selected.with(|sel| {
            saved.with(|all| {
                sel.iter()
                    .filter_map(|k| all.iter().find(|s| &s.key == k).cloned())
                    .collect()
            })
        });
        // Saved scenarios first, then the teammates' links in the order pasted.
        let columns: Vec<Scenario> = picked
            .into_iter()
            .map(|p| p.scenario)
            .chain(pasted.with(|(opened, _)| opened.iter().map(|p| p.scenario.clone()).collect::<Vec<_>>()))
            .collect();
        (columns.len() >= 2).then(|| view! {
            <TeamRow scenarios=columns.clone() />
            <Comparison columns />
        })
    };

    view! {
        <section class="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">"Saved scenarios and your team"</h2>
            <p class="saved-status" role="status" data-testid="library-status"
                class:status-error=move || matches!(status.get(), Some(Err(_)))>
                {move || status.get().map(|s| s.unwrap_or_else(|e| e))}
                <Show when=move || deleted.with(|d| !d.is_empty())>
                    " "
                    <button type="button" class="link-button" data-testid="undo-delete" node_ref=undo_ref
                        on:click=move |_| {
                            let Some(d) = deleted.with_untracked(|d| d.last().cloned()) else {
                                return;
                            };
                            // The copy in memory goes only once it is back in storage.
                            match storage::write_raw(&d.key, &d.raw) {
                                Ok(()) => {
                                    deleted.update(|all| {
                                        all.pop();
                                    });
                                    lib.report(Ok(format!("Restored “{}”.", d.name)));
                                }
                                Err(e) => status.set(Some(Err(format!(
                                    "“{}” could not be put back: {} It stays on this page while it is open: free some space and press Undo again.",
                                    d.name, e
                                )))),
                            }
                        }>
                        {move || deleted.with(|d| match d.len() {
                            0 | 1 => "Undo".to_string(),
                            n => format!("Undo (of {n} deleted)"),
                        })}
                    </button>
                </Show>
            </p>
            {move || library.with(|l| l.as_ref().err().map(|e| view! {
                <p class="notice" data-testid="storage-unavailable">{e.to_string()}</p>
            }))}
            {move || {
                let damaged = damaged.get();
                (!damaged.is_empty()).then(|| view! {
                    <div class="notice" role="alert" data-testid="damaged-entries">
                        <p><strong>{format!("{} saved entr{} could not be opened", damaged.len(), if damaged.len() == 1 { "y" } else { "ies" })}</strong>
                           ". It is left in this browser's storage untouched:"</p>
                        <ul>
                            {damaged.into_iter().map(|d| view! { <li><code>{d.key}</code> ": " {d.reason.to_string()}</li> }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <Show when=move || saved.with(Vec::is_empty) && library.with(Result::is_ok)>
                <p class="empty">"Nothing saved yet. Name this scenario at the top and press Save; it stays in this browser only."</p>
            </Show>
            <ul class="saved-list" data-testid="saved-list">
                <For
                    each=move || saved.get()
                    // A renamed or re-saved entry is a new row; the others are kept as they are.
                    key=|s| (s.key.clone(), s.saved_at.to_bits(), address::encode(&s.scenario))
                    children=move |s| view! { <SavedRow saved=s notices /> }
                />
            </ul>
            <PastedLinks text=links read=pasted />
            {compared}
            <Transfer />
        </section>
    }
}

#[component]
fn SavedRow(saved: SavedScenario, notices: Notices) -> impl IntoView {
    let lib = use_saved_library();
    let scenario = use_scenario_writer();
    let SavedLibrary {
        status,
        deleted,
        selected,
        ..
    } = lib;
    let name = saved.scenario.display_name().to_string();
    let key = saved.key.clone();
    let renaming = RwSignal::new(None::<String>);
    let rename_button = NodeRef::<html::Button>::new();
    let cost = compute(&saved.scenario);
    let summary = format!(
        "{} · {} per meeting · {} a month",
        saved.scenario.plan.plan().name,
        format::in_scenario_currency(saved.scenario.currency, || {
            format::figure(Output::CostPerMeeting.of(&cost), OutputKind::Money)
        }),
        format::counted(cost.total.meetings, format::MEETING),
    );

    // Opening another entry while the one on screen has unsaved changes asks first: opening
    // replaces the scenario on screen, and its changes would be gone.
    let asking = RwSignal::new(false);
    let open_now = {
        let saved = saved.clone();
        let name = name.clone();
        move || {
            asking.set(false);
            let _ = dispatch(scenario, Edit::Replace(Box::new(saved.scenario.clone())));
            lib.mark_open(&saved);
            // An opened scenario is read in the calculator.
            expect_context::<RwSignal<View>>().set(View::Calculator);
            notices.set((!saved.notices.is_empty()).then(|| {
                (
                    format!("The saved scenario “{name}”"),
                    saved.notices.clone(),
                )
            }));
            status.set(Some(Ok(format!("Opened “{name}”."))));
        }
    };
    let open = {
        let open_now = open_now.clone();
        move |_| {
            // Changes to the entry on screen, or a scenario never saved that is not the
            // front page's: either is gone once another scenario replaces it.
            let never_saved = lib.entry.with_untracked(Option::is_none)
                && scenario.with_untracked(|s| {
                    address::encode(s) != address::encode(&Scenario::default())
                });
            if lib.unsaved.get_untracked() || never_saved {
                asking.set(true);
            } else {
                open_now();
            }
        }
    };
    // What opening would replace, in words.
    let question = {
        let key = key.clone();
        let name = name.clone();
        move || {
            let on_screen = lib.entry.with(|e| {
                e.as_ref()
                    .map(|e| (e.key == key, e.scenario.display_name().to_string()))
            });
            match on_screen {
                Some((true, _)) => format!(
                    "“{name}” has changes you have not saved. Opening it again puts back the saved one."
                ),
                Some((false, other)) => format!(
                    "“{other}” has changes you have not saved. Opening “{name}” replaces them on screen."
                ),
                None => format!(
                    "The scenario on screen is not saved. Opening “{name}” replaces it."
                ),
            }
        }
    };
    let duplicate = {
        let saved = saved.clone();
        move |_| {
            let mut copy = saved.scenario.clone();
            copy.name = unique_name(&copy_name(&copy.name), &lib.saved_untracked());
            let name = copy.display_name().to_string();
            lib.report(storage::save_new(&copy).map(|_| format!("Saved “{name}”.")));
        }
    };
    let delete = {
        let key = key.clone();
        let name = name.clone();
        move |_| {
            // The copy for Undo is kept first; only then does the entry leave storage.
            let Some(raw) = storage::read_raw(&key) else {
                status.set(Some(Ok(format!(
                    "“{name}” was already gone (deleted in another tab?)."
                ))));
                return;
            };
            deleted.update(|all| {
                all.push(Deleted {
                    key: key.clone(),
                    raw,
                    name: name.clone(),
                })
            });
            let result = storage::remove(&key);
            if result.is_err() {
                deleted.update(|all| {
                    all.pop();
                });
            }
            lib.report(result.map(|()| format!("Deleted “{name}”.")));
        }
    };
    let rename_error = {
        let key = key.clone();
        Memo::new(move |_| {
            renaming.with(|r| {
                let name = r.as_deref()?;
                if let Err(e) = check_saved_name(name) {
                    return Some(e.sentence());
                }
                let saved = lib.saved_untracked();
                name_holder(name, &saved, Some(&key)).map(|_| {
                    format!(
                        "“{}” is already the name of another saved scenario.",
                        name.trim()
                    )
                })
            })
        })
    };
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
            renamed.name = new_name.clone();
            let shown = renamed.display_name().to_string();
            renaming.set(None);
            lib.focus_key
                .set(Some((saved.key.clone(), new_name.clone())));
            // Renaming the scenario on screen renames it (and its link) too.
            if lib.is_open(&saved.key) {
                let _ = dispatch(scenario, Edit::Name(new_name));
                lib.follow_rename(&saved.scenario, &renamed);
            }
            lib.report(
                storage::write(&saved.key, &renamed, saved.saved_at)
                    .map(|()| format!("Renamed to “{shown}”.")),
            );
        }
    };
    let cancel_rename = move |_| {
        renaming.set(None);
        if let Some(button) = rename_button.get() {
            let _ = button.focus();
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
    // Drawn again after its rename: focus returns to its Rename button.
    {
        let me = (key.clone(), saved.scenario.name.clone());
        Effect::new(move |_| {
            let mine = lib.focus_key.with(|k| k.as_ref() == Some(&me));
            if let (true, Some(button)) = (mine, rename_button.get()) {
                let _ = button.focus();
                lib.focus_key.set(None);
            }
        });
    }
    // The entry Save updates is marked, so the list says which one the header is editing.
    let on_screen = {
        let key = key.clone();
        move || lib.open.with(|o| o.as_ref().is_some_and(|o| o.key == key))
    };
    let rename_input = NodeRef::<html::Input>::new();
    // The field takes focus when renaming starts.
    Effect::new(move |_| {
        if let Some(input) = rename_input.get() {
            let _ = input.focus();
        }
    });

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
                        <input id=format!("rename-{key}") type="text" node_ref=rename_input
                            prop:value=move || renaming.get().unwrap_or_default()
                            aria-invalid=move || if rename_error.with(Option::is_some) { "true" } else { "false" }
                            on:input=move |ev| renaming.set(Some(event_target_value(&ev))) />
                        <button type="submit" class="primary">"Save name"</button>
                        <button type="button" class="secondary" on:click=cancel_rename>"Cancel"</button>
                        <p class="field-error" role="alert">{move || rename_error.get()}</p>
                    </form>
                </Show>
                <p class="saved-meta">{summary.clone()} " · saved " {format::date_time(saved.saved_at)}</p>
                {move || on_screen().then(|| view! {
                    <p class="saved-open">
                        {if lib.unsaved.get() { "On screen, with unsaved changes" } else { "On screen" }}
                    </p>
                })}
            </div>
            {move || asking.get().then(|| {
                let open_now = open_now.clone();
                view! {
                    <div class="notice open-question" role="alertdialog" data-testid="open-unsaved">
                        <p><strong>{question.clone()}</strong></p>
                        <div class="transfer-actions">
                            <button type="button" class="secondary" data-testid="open-unsaved-cancel"
                                on:click=move |_| asking.set(false)>"Keep my changes"</button>
                            <button type="button" class="primary" data-testid="open-unsaved-confirm"
                                on:click=move |_| open_now()>{format!("Open “{name}” anyway")}</button>
                        </div>
                    </div>
                }
            })}
            <div class="saved-actions">
                <button type="button" class="primary" on:click=open>"Open"</button>
                <button type="button" class="secondary" node_ref=rename_button on:click=start_rename>"Rename"</button>
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
