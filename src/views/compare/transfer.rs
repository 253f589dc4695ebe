//! Export and import of the saved scenarios: a JSON file to keep or to move to another browser.
//! An import adds what is new; where a name is already saved it asks whether to keep both,
//! replace the saved one or skip, and nothing is overwritten until the user says so.

use leptos::prelude::*;

use crate::browser;
use crate::format;
use crate::hooks::saved_library::use_saved_library;
use crate::model::scenario_file::{clashes, export, import, plan_import, Clashes, Import, OnClash, Write};
use crate::model::text;
use crate::storage;

#[component]
pub fn Transfer() -> impl IntoView {
    let lib = use_saved_library();
    let status = RwSignal::new(None::<Result<String, String>>);
    // An import waiting for the user's answer about names that are already saved.
    let pending = RwSignal::new(None::<(Import, Clashes)>);
    let saved = move || {
        lib.library
            .with_untracked(|l| l.as_ref().map(|l| l.saved.clone()).unwrap_or_default())
    };

    let has_saved = move || {
        lib.library
            .with(|l| l.as_ref().is_ok_and(|l| !l.saved.is_empty()))
    };
    let download = move |ev: leptos::ev::MouseEvent| {
        let file = export(&saved(), browser::now());
        browser::set_link_href(&ev, &browser::data_url("application/json", &file));
    };

    let apply = move |import: Import, on_clash: OnClash| {
        let writes = plan_import(&import.scenarios, &saved(), on_clash);
        let total = writes.len();
        let mut failed = None;
        for w in writes {
            let result = match w {
                Write::New(s, at) => storage::save_new_at(&s, at).map(|_| ()),
                Write::Over(key, s, at) => storage::write(&key, &s, at),
            };
            if let Err(e) = result {
                failed = Some(e.to_string());
                break;
            }
        }
        let skipped = import.skipped.len();
        let mut message = match &failed {
            None => format!(
                "Imported {}.",
                format::counted(total as f64, format::SCENARIO)
            ),
            Some(e) => format!("The import stopped: {}", text::ended(e)),
        };
        let refused: Vec<String> = import
            .scenarios
            .iter()
            .filter(|i| !i.notices.is_empty())
            .take(5)
            .map(|i| format!("“{}”: {}", i.scenario.display_name(), i.notices.join("; ")))
            .collect();
        if !refused.is_empty() {
            message.push_str(&format!(
                " Read with notes (values refused are left at their defaults): {}.",
                refused.join(" · ")
            ));
        }
        if skipped > 0 {
            let reasons: Vec<String> = import
                .skipped
                .iter()
                .take(5)
                .map(|(n, why)| format!("entry {n}: {why}"))
                .collect();
            message.push_str(&format!(
                " {skipped} could not be read ({}).",
                reasons.join("; ")
            ));
        }
        status.set(Some(if failed.is_some() {
            Err(message)
        } else {
            Ok(message)
        }));
        lib.reload();
    };

    let open_file = move |ev: leptos::ev::Event| {
        browser::read_picked_file(&ev, move |read| {
            let parsed = read.and_then(|text| {
                import(&text).map_err(|e| format!("Not imported: {}", text::ended(&e.to_string())))
            });
            match parsed {
                Err(e) => status.set(Some(Err(e))),
                Ok(incoming) => {
                    let taken = clashes(&incoming.scenarios, &saved());
                    if taken.names.is_empty() {
                        apply(incoming, OnClash::KeepBoth);
                    } else {
                        status.set(None);
                        pending.set(Some((incoming, taken)));
                    }
                }
            }
        });
    };
    let answer = move |on_clash: Option<OnClash>| {
        if let Some((incoming, _)) = pending.get_untracked() {
            pending.set(None);
            match on_clash {
                Some(choice) => apply(incoming, choice),
                None => status.set(Some(Ok("Import canceled: nothing changed.".to_string()))),
            }
        }
    };

    view! {
        <div class="transfer" data-testid="transfer">
            <h3>"Export and import"</h3>
            <p class="note">"Keep your saved scenarios in a file, or move them to another browser. The file stays on your computer."</p>
            <div class="transfer-actions">
                <Show when=has_saved>
                    <a class="button primary" download="firstmove-scenarios.json" href="#" data-testid="export"
                        on:click=download>"Export all (JSON)"</a>
                </Show>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                    data-testid="import" on:change=open_file />
                <label class="button secondary" for="import-file">"Import a file…"</label>
            </div>
            {move || pending.with(|p| p.as_ref().map(|(incoming, taken)| view! {
                <div class="notice" role="alertdialog" aria-labelledby="clash-title" data-testid="import-clash">
                    <p id="clash-title"><strong>{format!(
                        "{} of the {} in the file {} a name you have already saved: {}.",
                        taken.scenarios, format::counted(incoming.scenarios.len() as f64, format::SCENARIO),
                        if taken.scenarios == 1 { "has" } else { "have" }, taken.names.join(", ")
                    )}</strong></p>
                    <div class="transfer-actions">
                        <button type="button" class="primary" data-testid="clash-keep" on:click=move |_| answer(Some(OnClash::KeepBoth))>"Keep both"</button>
                        <button type="button" class="secondary" data-testid="clash-replace" on:click=move |_| answer(Some(OnClash::Replace))>"Replace mine"</button>
                        <button type="button" class="secondary" data-testid="clash-skip" on:click=move |_| answer(Some(OnClash::Skip))>"Skip those"</button>
                        <button type="button" class="link-button" on:click=move |_| answer(None)>"Cancel"</button>
                    </div>
                </div>
            }))}
            <p class="saved-status" role="status" data-testid="transfer-status"
                class:status-error=move || matches!(status.get(), Some(Err(_)))>
                {move || status.get().map(|s| s.unwrap_or_else(|e| e))}
            </p>
        </div>
    }
}
