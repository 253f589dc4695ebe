//! Charts as hand-written SVG: a few rects, lines and a path cost far fewer bytes than a chart
//! crate, follow the colour tokens (light and dark) through CSS, scale to any width through the
//! view box, and update by changing attributes: the SVG and its elements are built once.
//! Every chart has a caption, a description that states what it shows, and its data as a table
//! on request.

use leptos::prelude::*;

use super::wide_table::ScrollRegion;
use crate::model::scale::Linear;

/// The view box every chart draws in; CSS scales it to the width available.
pub const WIDTH: f64 = 600.0;
pub const HEIGHT: f64 = 256.0;
/// The plot area inside the view box, leaving room for the axis labels.
pub const LEFT: f64 = 64.0;
pub const RIGHT: f64 = WIDTH - 12.0;
pub const TOP: f64 = 12.0;
pub const BOTTOM: f64 = HEIGHT - 52.0;
/// Baselines under the plot: the x axis's tick labels, then its title. Far enough apart that
/// neither touches the plot or the other at a phone's larger type.
pub const TICK_Y: f64 = BOTTOM + 24.0;
pub const TITLE_Y: f64 = BOTTOM + 47.0;

/// The data of a chart as table rows, built only while the table is open.
pub type Rows = Signal<Vec<Vec<String>>>;

/// A chart's frame: caption, the drawing with its text alternative, and the data table.
#[component]
pub fn Chart(
    /// Names the chart in the page (`data-chart`) and its description's id.
    id: &'static str,
    title: &'static str,
    /// What the chart shows, in words, for screen readers.
    #[prop(into)]
    description: Signal<String>,
    header: &'static [&'static str],
    rows: Rows,
    /// What each mark means, as text under the drawing: a key never sits on a line.
    #[prop(optional, into)]
    legend: Option<ViewFn>,
    children: Children,
) -> impl IntoView {
    let desc_id = format!("{id}-desc");
    let open = RwSignal::new(false);
    let table = move || {
        open.get().then(|| {
            rows.get()
                .into_iter()
                .map(|row| {
                    let mut cells = row.into_iter();
                    let head = cells.next().unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{head}</th>
                            {cells.map(|cell| view! { <td>{cell}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="chart" data-chart=id>
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=title
                aria-describedby=desc_id.clone()>
                {children()}
            </svg>
            {legend.map(|legend| view! { <p class="chart-legend" aria-hidden="true">{legend.run()}</p> })}
            <p class="visually-hidden" id=desc_id>{move || description.get()}</p>
            <details class="chart-data" on:toggle=move |ev| {
                open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }>
                <summary>"Show the data"</summary>
                <ScrollRegion label=format!("{title}: the data")>
                    <table>
                        <thead><tr>{header.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                        <tbody>{table}</tbody>
                    </table>
                </ScrollRegion>
            </details>
        </figure>
    }
}

/// The vertical scale from 0 to `top`.
pub fn y_scale(top: f64) -> Linear {
    Linear {
        from: (0.0, top),
        to: (BOTTOM, TOP),
    }
}

/// Three gridlines (0, half, top) with their labels.
#[component]
pub fn YGrid(
    #[prop(into)] top: Signal<f64>,
    /// Writes a gridline's figure.
    label: fn(f64) -> String,
) -> impl IntoView {
    [0.0, 0.5, 1.0]
        .map(|share| {
            let y = move || y_scale(1.0).at(share);
            view! {
                <line class="grid" x1=LEFT x2=RIGHT y1=y y2=y />
                <text class="axis" x=LEFT - 6.0 y=move || y() + 4.0 text-anchor="end">
                    {move || label(top.get() * share)}
                </text>
            }
        })
        .into_iter()
        .collect_view()
}

/// `count` bars side by side whose heights follow `values` against `top`, each labelled below.
#[component]
pub fn Bars(
    count: usize,
    #[prop(into)] values: Signal<Vec<f64>>,
    #[prop(into)] top: Signal<f64>,
    /// The label under each bar (`None` for no label).
    label: fn(usize) -> Option<String>,
    /// Highlights a bar (e.g. the bins between the 10th and 90th percentile).
    #[prop(into, optional)]
    marked: Option<Signal<Vec<bool>>>,
) -> impl IntoView {
    let slot = (RIGHT - LEFT) / count as f64;
    (0..count)
        .map(|i| {
            let value = move || values.with(|v| v.get(i).copied().unwrap_or(0.0));
            let y = move || y_scale(top.get()).at(value());
            let x = LEFT + slot * i as f64 + slot * 0.15;
            let on = move || marked.is_some_and(|m| m.with(|m| m.get(i).copied().unwrap_or(false)));
            view! {
                <rect class="bar" class:marked=on x=x width=slot * 0.7 y=y height=move || BOTTOM - y() />
                {label(i).map(|text| view! {
                    <text class="axis" x=x + slot * 0.35 y=TICK_Y text-anchor="middle">{text}</text>
                })}
            }
        })
        .collect_view()
}

/// Labels along the x axis, each with a short tick: `(x in chart units, label)`.
#[component]
pub fn XTicks(#[prop(into)] ticks: Signal<Vec<(f64, String)>>) -> impl IntoView {
    move || {
        ticks
            .get()
            .into_iter()
            .map(|(x, label)| {
                view! {
                    <line class="tick" x1=x x2=x y1=BOTTOM y2=BOTTOM + 5.0 />
                    <text class="axis x-tick" x=x y=TICK_Y text-anchor="middle">{label}</text>
                }
            })
            .collect_view()
    }
}

/// A money figure on an axis: whole units from 10 (and for 0), cents below (`$0.25`).
pub fn money_tick(v: f64) -> String {
    if v >= 10.0 || v == 0.0 {
        crate::format::money_whole(v)
    } else {
        crate::format::money(v)
    }
}
