//! List mode: paste or open a CSV of prospects and get a first move per row, the week's totals
//! per channel and whether they fit the caps. Nothing leaves the browser.

use leptos::prelude::*;

use crate::browser::{self, Ended, Flow, Pace};
use crate::components::wide_table::ScrollRegion;
use crate::format;
use crate::hooks::derive_on;
use crate::model::allowance::Limit;
use crate::model::prospect::{Flag, Prospect, Relationship};
use crate::hooks::use_tab_network;
use crate::model::prospect_list::{
    decide, list_inputs, moves_csv, overflow, template, Column, Knowledge, ListReader, ParsedList,
};
use crate::model::words::capitalized;
use crate::model::words::list::{network as network_words, titled as title_words};
use crate::model::scenario::Scenario;

/// Rows drawn on the page; the download has them all.
const ROWS_SHOWN: usize = 100;

#[component]
pub fn ProspectList(scenario: Memo<Scenario>) -> impl IntoView {
    // What a file put in the text area (emptied when a file is read); typing is read as it
    // is typed, and never written back into the text area.
    let loaded = RwSignal::new(String::new());
    let file_error = RwSignal::new(None::<String>);
    // The list as read, the file it came from, and how far a reading has got.
    let parsed = RwSignal::new(None::<ParsedList>);
    let from_file = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    // Each reading's number: a newer paste or file ends the one before it.
    let generation = StoredValue::new(0u32);
    let start = move || {
        generation.update_value(|g| *g += 1);
        generation.get_value()
    };
    let current = move |mine: u32| generation.get_value() == mine;
    // The answers a row does not give, set once for the whole list.
    let defaults = RwSignal::new(Prospect::default());
    // Decide the list again when it, the defaults or the plan's figures change, not on every
    // slider tick.
    // The rep's network, where their LinkedIn export was read in this tab; job titles mark
    // the C-suite unless the rep turns it off.
    let network = use_tab_network();
    let titles = RwSignal::new(true);
    let report = derive_on(scenario.into(), list_inputs, move |s| {
        parsed.with(|p| {
            defaults.with(|d| {
                network.with(|n| {
                    let knowledge = Knowledge {
                        network: n.as_ref(),
                        titles: titles.get(),
                    };
                    p.as_ref().map(|p| decide(s, p, d, knowledge)).unwrap_or_default()
                })
            })
        })
    });
    let has_title = move || report.with(|r| r.mapping.iter().any(|(_, c)| *c == Column::Title));
    let network_line = move || {
        report.with(|r| format::sentence(&network_words(r, network.with(Option::is_some))))
    };
    let has_rows = move || parsed.with(Option::is_some);

    let read_text = move |text: String| {
        let mine = start();
        from_file.set(None);
        file_error.set(None);
        if text.trim().is_empty() {
            parsed.set(None);
            status.set(None);
            return;
        }
        leptos::task::spawn_local(async move {
            let mut reader = ListReader::new(Some(text.len() as u64));
            let mut pace = Pace::new();
            for piece in text.as_bytes().chunks(browser::PIECE) {
                if !current(mine) || reader.stopped() {
                    break;
                }
                reader.push(piece);
                pace.breathe().await;
            }
            if current(mine) {
                parsed.set(Some(reader.finish()));
                status.set(None);
            }
        });
    };
    let open_file = move |ev: leptos::ev::Event| {
        let Some(file) = browser::take_picked_files(&ev).into_iter().next() else {
            return;
        };
        let mine = start();
        let name = file.name();
        file_error.set(None);
        status.set(Some(format!("Reading {name}…")));
        leptos::task::spawn_local(async move {
            let mut reader = ListReader::new(Some(file.size() as u64));
            let mut ended = Ended::Whole;
            if !reader.stopped() {
                let mut pace = Pace::new();
                let mut read = 0usize;
                ended = browser::read_pieces(file.stream(), &mut pace, &mut |piece| {
                    if !current(mine) {
                        return Flow::Stop;
                    }
                    reader.push(piece);
                    read += piece.len();
                    status.set(Some(format!(
                        "Reading {name}: {} MB so far…",
                        format::count(read as f64 / (1024.0 * 1024.0))
                    )));
                    if reader.stopped() {
                        Flow::Stop
                    } else {
                        Flow::More
                    }
                })
                .await;
            }
            if !current(mine) {
                return;
            }
            status.set(None);
            if ended == Ended::Failed {
                file_error.set(Some(format!(
                    "Could not read “{name}”: the browser failed to read the file."
                )));
                return;
            }
            loaded.set(String::new());
            from_file.set(Some(name));
            parsed.set(Some(reader.finish()));
        });
    };
    let data_url = |text: String| browser::data_url("text/csv", &text);
    // The download is built when clicked: encoding thousands of rows on every edit would cost
    // more than the list itself.
    let download_moves = move |ev: leptos::ev::MouseEvent| {
        browser::set_link_href(&ev, &data_url(report.with(moves_csv)));
    };
    let overflow_text = move || report.with(|r| overflow(r).map(|o| format::sentence(&o)));

    view! {
        <section class="prospect-list tool" aria-labelledby="list-title">
            <h2 id="list-title">"A whole list"</h2>
            <div class="tool-side">
            <p class="note">
                "One prospect a row, a header naming the columns (the template has them all). "
                <a download="firstmove-prospects.csv" href=data_url(template())>"Download the template"</a>
                ". The file is read here and never uploaded."
            </p>
            <div class="list-inputs">
                <label for="list-csv">"Paste CSV"</label>
                <textarea id="list-csv" rows="6" spellcheck="false"
                    placeholder=template()
                    prop:value=move || loaded.get()
                    on:input=move |ev| read_text(event_target_value(&ev))></textarea>
                <label class="file-pick">"Or open a CSV file: "
                    <input type="file" accept=".csv,text/csv" on:change=open_file />
                </label>
                <p class="field-error" role="alert">{move || file_error.get()}</p>
                <p class="note" role="status" data-testid="list-status">
                    {move || status.get().or_else(|| from_file.get().map(|name| format!("Read from {name}; type or paste above to replace it.")))}
                </p>
            </div>
            <ListDefaults defaults />
            </div>
            <div class="tool-answer list-answer" data-testid="list-answer">
            <Show when=move || !has_rows()>
                <p class="empty">"Paste a list or open a CSV: this week's move for each prospect, and whether the week's invitations, notes, credits and Open Profile messages cover them, appear here."</p>
            </Show>
            {move || report.with(|r| r.refused.clone()).map(|problem| view! {
                <p class="notice" role="alert" data-testid="list-refused">{format!("This list could not be read: {problem}")}</p>
            })}
            <Show when=move || has_rows() && report.with(|r| r.refused.is_none())>
                <p class="warning" data-testid="list-overflow" class:hidden=move || overflow_text().is_none()>
                    {overflow_text}
                </p>
                <details class="list-mapping" data-testid="list-mapping">
                    <summary>{move || report.with(|r| format!("How the {} columns were read", r.mapping.len() + r.columns_unlisted))}</summary>
                    <ul>
                        {move || report.with(|r| r.mapping.clone()).into_iter().map(|(header, column)| view! {
                            <li><strong>{header}</strong> ": " {column.words()}</li>
                        }).collect_view()}
                        {move || report.with(|r| r.columns_unlisted).checked_sub(1).map(|more| view! {
                            <li>{format!("and {} more, kept as they are and written back with the results", format::people(more as f64 + 1.0))}</li>
                        })}
                    </ul>
                    <Show when=has_title>
                        <label class="check">
                            <input type="checkbox" data-testid="list-titles" prop:checked=move || titles.get()
                                on:change=move |ev| titles.set(event_target_checked(&ev)) />
                            " Mark the C-suite from job titles"
                        </label>
                        <p class="note" data-testid="list-titled">{move || report.with(|r| format::sentence(&title_words(r)))}</p>
                    </Show>
                </details>
                <p class="note" data-testid="list-network">{network_line}</p>
                <div data-testid="list-totals" class="list-totals">
                    <h3>"This week"</h3>
                    <ul class="totals">
                        {move || report.with(|r| r.totals.clone()).into_iter().filter(|(_, n)| *n > 0).map(|(m, n)| view! {
                            <li data-move=m.key() data-count=n.to_string()><strong>{n}</strong> " × " {m.label()}</li>
                        }).collect_view()}
                    </ul>
                    <table class="usage">
                        <thead><tr><th scope="col">"This week"</th><th scope="col">"Used"</th><th scope="col">"Allowed"</th><th scope="col">""</th></tr></thead>
                        <tbody>
                            {move || report.with(|r| r.caps.clone()).into_iter().map(|c| {
                                let fits = c.fits();
                                view! {
                                    <tr class:over-cap=!fits>
                                        <th scope="row">{limit_label(c.limit)}</th>
                                        <td>{amount(c.limit, c.used)}</td>
                                        <td>{c.available.map(|a| format::allowance(c.limit, a)).unwrap_or_else(|| "unlimited".to_string())}</td>
                                        <td>{if fits { "fits" } else { "over" }}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {move || {
                    let (errors, count) = report.with(|r| (r.errors.clone(), r.error_count));
                    (count > 0).then(|| view! {
                        <div class="notice" role="alert" data-testid="list-errors">
                            <p>
                                <strong>{format!("{} in the list", format::counted(count as f64, format::PROBLEM))}</strong>
                                "; rows with a bad cell were skipped, the others are below"
                                {(count > errors.len()).then(|| format!(" (the first {} are listed)", errors.len()))}
                                ":"
                            </p>
                            <ul>{errors.into_iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <p>
                    {move || {
                        let n = report.with(|r| r.moves.len());
                        let prospects = format::counted(n as f64, format::PROSPECT);
                        if n > ROWS_SHOWN { format!("{prospects}; the first {ROWS_SHOWN} are shown. ") } else { format!("{prospects}. ") }
                    }}
                    <a download="firstmove-moves.csv" href="#" on:click=download_moves>"Download every move (CSV)"</a>
                </p>
                <ScrollRegion label="First move per prospect">
                    <table data-testid="list-rows">
                        <thead><tr><th scope="col">"Line"</th><th scope="col">"Name"</th><th scope="col">"First move"</th><th scope="col">"Why"</th></tr></thead>
                        <tbody>
                            {move || report.with(|r| r.moves.iter().take(ROWS_SHOWN).cloned().collect::<Vec<_>>()).into_iter().map(|r| view! {
                                <tr data-move=r.first.key()>
                                    <td>{r.line}</td><td class="name-cell">{r.name}</td><td>{r.first.label()}</td>
                                    <td>{r.rule.title()}
                                        {r.known.map(|k| view! { <br /><span class="note" data-known=k.key()>{capitalized(&k.words())}</span> })}
                                        {r.titled.then(|| view! { <br /><span class="note">"C-suite from the job title"</span> })}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </ScrollRegion>
            </Show>
            </div>
        </section>
    }
}

/// What each row of the allowance table counts.
fn limit_label(limit: Limit) -> &'static str {
    match limit {
        Limit::Invitations => "Invitations (weekly cap)",
        Limit::Notes => "Personalized notes (this month)",
        Limit::Credits => "InMail credits, net of refunds",
        Limit::OpenProfile => "Open Profile messages (≈ a week of 800 a month)",
    }
}

/// Sends are whole; credits net of refunds keep a decimal.
fn amount(limit: Limit, value: f64) -> String {
    if limit == Limit::Credits {
        format::count(value)
    } else {
        format::people(value)
    }
}

/// The answers every row takes where the file says nothing: a CRM export names people, not
/// whether they have an Open Profile or how they were met.
#[component]
fn ListDefaults(defaults: RwSignal<Prospect>) -> impl IntoView {
    let flags = Flag::ALL
        .into_iter()
        .filter(|f| !matches!(f, Flag::Pending | Flag::Closed))
        .map(|flag| {
            let id = format!("list-default-{}", flag.key());
            view! {
                <label class="check">
                    <input type="checkbox" id=id
                        prop:checked=move || defaults.with(|d| d.flag(flag))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            defaults.update(|d| d.set_flag(flag, on));
                        } />
                    {flag.question()}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="list-defaults" data-testid="list-defaults">
            <legend>"For every row, unless its file says otherwise"</legend>
            <label for="list-default-rel">"Relationship "
                <select id="list-default-rel" on:change=move |ev| {
                    if let Some(r) = Relationship::from_key(&event_target_value(&ev)) {
                        defaults.update(|d| d.relationship = r);
                    }
                }>
                    {Relationship::ALL.map(|r| view! {
                        <option value=r.key() prop:selected=move || defaults.with(|d| d.relationship == r)>{r.label()}</option>
                    }).into_iter().collect_view()}
                </select>
            </label>
            {flags}
        </fieldset>
    }
}
