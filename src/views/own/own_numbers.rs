//! The "Your numbers" view: pick or drop LinkedIn's export (the zip or its CSV files), see
//! what was read and skipped, each figure with its counts and how it was counted, the
//! invitations to withdraw, and copy the figures into the scenario.

use leptos::prelude::*;

use crate::browser;
use crate::model::rounding::exact;
use crate::linkedin_files;
use crate::format;
use crate::hooks::dispatch;
use crate::model::date;
use crate::model::edit::Edit;
use crate::model::own_figures::{figures, withdraw_csv, Figure, Shown};
use crate::model::linkedin_export::{ExportReader, Reading, DEFAULT_WEEKS};
use crate::model::profile_url::profile_link;
use crate::model::measured::weeks_words;
use crate::model::use_my_numbers::{use_my_numbers, Copied};
use crate::views::Page;

/// The windows offered, in weeks.
const WINDOWS: [u32; 6] = [4, 8, 12, 26, 52, 104];
/// Invitations to withdraw drawn on the page; the download has them all.
const WITHDRAW_SHOWN: usize = 50;

#[component]
pub fn OwnNumbers(page: Page) -> impl IntoView {
    // The rows read so far (only what the counts need); a new drop adds its files.
    let reader = StoredValue::new(ExportReader::default());
    let version = RwSignal::new(0u32);
    let weeks = RwSignal::new(DEFAULT_WEEKS);
    let busy = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<Vec<Copied>>);
    let reading = Memo::new(move |_| {
        version.track();
        let weeks = weeks.get();
        reader.with_value(|r| (!r.is_empty()).then(|| r.reading(weeks)))
    });
    let shown = Memo::new(move |_| reading.with(|r| r.as_ref().map(figures)));
    // A list read in this tab looks its rows up in the network the export tells.
    let tab_network = crate::hooks::use_tab_network();
    Effect::new(move |_| {
        let network = reading.with(|r| {
            r.as_ref()
                .map(|r| r.network.clone())
                .filter(|n| !n.is_empty())
        });
        tab_network.set(network);
    });

    // Files picked while others are read: they end that read, and are read next.
    let waiting = StoredValue::new(None::<Vec<web_sys::File>>);
    let read_files = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        copied.set(None);
        if busy.with_untracked(Option::is_some) {
            waiting.set_value(Some(files));
            return;
        }
        busy.set(Some("Reading your files…".into()));
        leptos::task::spawn_local(async move {
            let mut taken = ExportReader::default();
            reader.update_value(|r| std::mem::swap(r, &mut taken));
            let progress = move |name: &str, bytes: f64| {
                busy.set(Some(format!(
                    "Reading {name}: {} MB so far…",
                    format::count(bytes / (1024.0 * 1024.0))
                )));
            };
            let cancelled = move || waiting.with_value(Option::is_some);
            let watch = linkedin_files::Watch {
                progress: &progress,
                cancelled: &cancelled,
            };
            let mut files = files;
            loop {
                linkedin_files::read_all(files, &mut taken, &watch).await;
                match waiting.try_update_value(Option::take).flatten() {
                    Some(next) => files = next,
                    None => break,
                }
            }
            reader.set_value(taken);
            version.update(|v| *v += 1);
            busy.set(None);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| read_files(browser::take_picked_files(&ev));
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read_files(linkedin_files::dropped_files(&ev));
    };
    let forget = move |_| {
        reader.set_value(ExportReader::default());
        version.update(|v| *v += 1);
        copied.set(None);
    };
    let use_numbers = move |_| {
        let Some(r) = reading.get_untracked() else {
            return;
        };
        let (next, done) = use_my_numbers(&page.scenario.get_untracked(), &r);
        let _ = dispatch(page.scenario, Edit::Replace(Box::new(next)));
        copied.set(Some(done));
    };
    let can_use = move || {
        shown.with(|f| {
            f.as_ref().is_some_and(|f| {
                f.iter()
                    .any(|x| x.shown == Shown::Percent && x.value.is_some())
            })
        })
    };

    view! {
        <section class="own tool" aria-labelledby="own-title">
            <h2 id="own-title">"Your numbers, from your LinkedIn export"</h2>
            <div class="tool-side">
                <p class="note">
                    "On LinkedIn: Me → Settings → Data privacy → “Get a copy of your data”. Pick the files "
                    "“Connections”, “Invitations” and “Messages” (or the larger archive); LinkedIn emails a link to a zip. "
                    "Open the zip here, or its CSV files. They are read in this browser: nothing is uploaded or stored, "
                    "and only the figures you choose to use go into the link."
                </p>
                <div class="drop-zone" class:dragging=move || dragging.get() data-testid="own-drop"
                    on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop>
                    <label class="file-pick">"Open the export's zip or CSV files: "
                        <input type="file" multiple accept=".zip,.csv,application/zip,text/csv"
                            data-testid="own-file" on:change=on_pick
                            prop:disabled=move || busy.with(Option::is_some) />
                    </label>
                    <p>"or drop them here."</p>
                </div>
                <label class="own-window">"Count over the last "
                    <select data-testid="own-window" on:change=move |ev| {
                        if let Ok(w) = event_target_value(&ev).parse::<u32>() { weeks.set(w); }
                    }>
                        {WINDOWS.map(|w| view! {
                            <option value=w.to_string() selected=move || weeks.get() == w>{weeks_words(w)}</option>
                        }).collect_view()}
                    </select>
                    " of the export"
                </label>
                <p class="own-status" role="status" data-testid="own-status">{move || busy.get()}</p>
            </div>
            <div class="tool-answer own-answer" data-testid="own-answer">
                {move || match reading.get() {
                    None => view! {
                        <p class="empty">"Open your export: your connections a week, pending invitations, acceptance and reply rates appear here, each with the counts behind it."</p>
                    }.into_any(),
                    Some(r) => view! {
                        <FilesRead r=r.clone() />
                        <div class="own-figures">
                            {shown.get().unwrap_or_default().into_iter().map(|f| view! { <OwnFigure f /> }).collect_view()}
                        </div>
                        <Withdraw r />
                    }.into_any(),
                }}
                <Show when=move || reading.with(Option::is_some)>
                    <div class="own-actions">
                        <button type="button" class="primary" data-testid="own-use"
                            prop:disabled=move || !can_use() on:click=use_numbers>"Use my numbers"</button>
                        <button type="button" on:click=forget prop:disabled=move || busy.with(Option::is_some)>"Forget these files"</button>
                    </div>
                    <p class="note">"Use my numbers puts your invitations a week, acceptance and reply rates into the calculator and every other view, each marked with its source; acceptance and InMail reply counts also narrow How sure's bands."</p>
                </Show>
                {move || copied.get().map(|done| view! {
                    <div class="own-copied" role="status" data-testid="own-copied">
                        <p>"Your numbers are in the scenario (the link carries the figures, never the files):"</p>
                        <ul>{done.into_iter().map(|d| view! { <li>{copied_words(&d)}</li> }).collect_view()}</ul>
                    </div>
                })}
            </div>
        </section>
    }
}

/// What was read: the owner, the dates, each file with its rows or why it was skipped.
#[component]
fn FilesRead(r: Reading) -> impl IntoView {
    let range = match (r.first_day, r.last_day) {
        (Some(a), Some(b)) => format!("dates from {} to {}", date::iso(a), date::iso(b)),
        _ => "no dates found".to_string(),
    };
    let owner = r.owner.clone().map_or_else(
        || "the owner is not named".to_string(),
        |o| format!("the export of {o}"),
    );
    view! {
        <div class="own-files" data-testid="own-files">
            <p>{format!("Read: {owner}, {range}; counted over the {} up to the last date.", weeks_words(r.weeks))}</p>
            <ul>
                {r.files.into_iter().map(|f| match f.skipped {
                    None => view! { <li class="read">{f.name} ": " {format::counted(f.rows as f64, format::ROW)}</li> }.into_any(),
                    Some(why) => view! { <li class="skipped">{f.name} ": skipped, " {why}</li> }.into_any(),
                }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn OwnFigure(f: Figure) -> impl IntoView {
    let text = match (f.value, f.shown) {
        (None, _) => "not in your export".to_string(),
        (Some(v), Shown::Percent) => format::percent(v),
        (Some(v), Shown::PerWeek) => format::count(v),
        (Some(v), Shown::Whole) => format::people(v),
    };
    view! {
        <div class="own-figure" class:absent=f.value.is_none()>
            <span class="stat-label">{f.label}</span>
            <strong class="stat-value" data-testid=f.testid
                data-value=exact(f.value)>{text}</strong>
            <p class="own-counts">{f.counts}</p>
            {f.caution.map(|c| view! { <p class="own-caution">{c}</p> })}
            <details class="term"><summary>"How it was counted"</summary><p>{f.how}</p></details>
        </div>
    }
}

/// The invitations pending 30 days or more, to withdraw, with a download of them all.
#[component]
fn Withdraw(r: Reading) -> impl IntoView {
    if r.to_withdraw.is_empty() {
        return None;
    }
    let csv = withdraw_csv(&r);
    let now = r.last_day.unwrap_or(0);
    let total = r.invitations_old.unwrap_or(r.to_withdraw.len());
    let listed = r.to_withdraw.len();
    let rows = r
        .to_withdraw
        .into_iter()
        .take(WITHDRAW_SHOWN)
        .map(|i| {
            let days = now - i.sent;
            let name = if i.to.is_empty() {
                "(no name)".to_string()
            } else {
                i.to
            };
            // Linked only where the address is plainly a LinkedIn profile.
            let who = match profile_link(&i.url) {
                Some(link) => {
                    view! { <a href=link target="_blank" rel="noopener noreferrer">{name}</a> }
                        .into_any()
                }
                None => view! { <span>{name}</span> }.into_any(),
            };
            view! { <li>{who} {format!(": sent {}, pending {days} days", date::iso(i.sent))}</li> }
        })
        .collect_view();
    Some(view! {
        <details class="own-withdraw" data-testid="own-withdraw">
            <summary>{format!("Invitations to withdraw ({total})")}</summary>
            <ul>{rows}</ul>
            {(listed > WITHDRAW_SHOWN).then(|| view! { <p class="note">{format!("The first {WITHDRAW_SHOWN} shown; the download has the oldest {listed}.")}</p> })}
            <a download="invitations-to-withdraw.csv" href="#"
                on:click=move |ev| browser::set_link_href(&ev, &browser::data_url("text/csv", &csv))>
                "Download the list (CSV)"
            </a>
        </details>
    })
}

fn copied_words(d: &Copied) -> String {
    match d {
        Copied::Set(field, value) => {
            let spec = field.spec();
            let shown = if spec.suffix == "%" {
                format::percent(*value)
            } else {
                format!("{} {}", format::people(*value), spec.suffix)
            };
            format!("{}: {shown}", spec.label)
        }
        Copied::Kept(field, why) => format!("{}: unchanged, {why}", field.spec().label),
    }
}
