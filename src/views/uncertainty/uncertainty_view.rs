//! How sure the figures are (docs/model.md#cost-model and #best-plan-and-channel-mix): the band of meetings and cost per meeting over
//! 10,000 draws of the rates, the chance InMail beats connection requests, the break-even reply
//! rate, and three charts: the draws, each rate's swing, and cost per meeting against the
//! reply rate.

use leptos::prelude::*;

use crate::components::chart::{
    money_tick, Bars, Chart, Rows, XTicks, YGrid, BOTTOM, LEFT, RIGHT, TITLE_Y, TOP,
};
use crate::components::number_input::NumberInput;
use crate::components::stat::Stat;
use crate::model::rounding::exact;
use crate::format;
use crate::hooks::{derive_on, dispatch, use_quiet_frame, use_scenario_writer};
use crate::model::cost::break_even_reply;
use crate::model::edit::Edit;
use crate::model::fields::Field;
use crate::model::scale::{nice_ceiling, ticks, ticks_between, Linear};
use crate::model::returns::won_percentiles;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::{
    reply_curve, spread, spread_inputs, time_left_out, tornado, varied, Cost, Percentiles, Spread,
    Swing, BINS, DRAWS,
};
use crate::model::words::how_sure as words;

/// Rows of the tornado: one per rate that can vary.
const SWINGS: usize = 5;

#[component]
pub fn UncertaintyView(scenario: Memo<Scenario>) -> impl IntoView {
    let (band, took) = use_quiet_frame(scenario.into(), spread_inputs, spread);
    let swings = derive_on(scenario.into(), spread_inputs, tornado);
    let curve = derive_on(scenario.into(), spread_inputs, reply_curve);
    let bands = derive_on(scenario.into(), spread_inputs, varied);
    let time_out = Memo::new(move |_| scenario.with(time_left_out));
    let counts_line = Memo::new(move |_| bands.with(|v| format::sentence(&words::counts_note(v))));
    let break_even = Memo::new(move |_| scenario.with(break_even_reply).map(|r| r * 100.0));
    let apart = Memo::new(move |_| bands.with(|v| scenario.with(|s| words::usable_measured(v, s))));
    let won = Memo::new(move |_| {
        band.with(|b| {
            let b = b.as_ref()?;
            scenario.with(|s| won_percentiles(&s.deal, b.meetings))
        })
    });
    let won_stat = move |f: fn(&Percentiles) -> f64| {
        (
            Signal::derive(move || exact(won.with(|w| w.as_ref().map(f)))),
            Signal::derive(move || won.with(|w| w.as_ref().map(|w| format::money(f(w))).unwrap_or_default())),
        )
    };
    let (won_p10, won_p10_text) = won_stat(|p| p.p10);
    let (won_p50, won_p50_text) = won_stat(|p| p.p50);
    let (won_p90, won_p90_text) = won_stat(|p| p.p90);
    let write = use_scenario_writer();
    let always = Signal::derive(|| None);
    let pick = move |f: fn(&Spread) -> f64| {
        Signal::derive(move || exact(band.with(|b| b.as_ref().map(f))))
    };
    let average = move |f: fn(&Spread) -> f64| {
        Signal::derive(move || {
            band.with(|b| {
                b.as_ref()
                    .map_or_else(|| "…".to_string(), |b| format::count(f(b)))
            })
        })
    };
    let from_draws = move |f: fn(
        &Spread,
        &[crate::model::uncertainty::Varied],
        &Scenario,
    ) -> crate::model::words::Sentence| {
        move || {
            band.with(|b| match b {
                None => "Working out the simulated months…".to_string(),
                Some(b) => bands.with(|v| scenario.with(|s| format::sentence(&f(b, v, s)))),
            })
        }
    };
    let answer = from_draws(|b, v, _| words::answer(b, v));
    let calculator_line = from_draws(words::against_calculator);
    let wins_text = Signal::derive(move || {
        band.with(|b| match b {
            None => "…".to_string(),
            Some(b) => scenario.with(|s| format::sentence(&words::wins_text(b, s))),
        })
    });
    let break_even_text =
        Signal::derive(move || scenario.with(|s| format::sentence(&words::break_even_text(s))));
    let break_even_note = Memo::new(move |_| {
        scenario.with(|s| words::break_even_note(s).map(|n| format::sentence(&n)))
    });
    // Each rate whose counts say otherwise, with a button that puts the measured rate in the
    // scenario, rounded as it is shown so the field reads back what the button said.
    let use_measured = move || {
        apart
            .get()
            .into_iter()
            .map(|(field, rounded)| {
                let label = format!(
                    "Use the measured {}: {}",
                    words::rate_name(field),
                    format::percent(rounded)
                );
                view! {
                    <button type="button" class="secondary" data-testid=format!("use-measured-{}", field.spec().key)
                        on:click=move |_| { let _ = dispatch(write, Edit::Set(field, rounded)); }>
                        {label}
                    </button>
                }
            })
            .collect_view()
    };

    view! {
        <section class="uncertainty tool" aria-labelledby="uncertainty-title"
            data-draws-ms=move || format!("{:.2}", took.get())>
            <h2 id="uncertainty-title">"How sure are these figures?"</h2>
            <div class="tool-answer">
                <p class="answer" data-testid="uncertainty-answer">{answer}</p>
                <p class="note" data-testid="sure-calculator">{calculator_line}</p>
                <div class="actions">{use_measured}</div>
                <div class="stats">
                    <Stat test_id="meetings-calculator" label="Meetings a month, your calculator's figure"
                        value=pick(|b| b.calculator) text=average(|b| b.calculator) />
                    <Stat test_id="meetings-p10" label="Low (1 simulated month in 10 below)"
                        value=pick(|b| b.meetings.p10) text=average(|b| b.meetings.p10) />
                    <Stat test_id="meetings-p50" label="Middle"
                        value=pick(|b| b.meetings.p50) text=average(|b| b.meetings.p50) />
                    <Stat test_id="meetings-p90" label="High (1 in 10 above)"
                        value=pick(|b| b.meetings.p90) text=average(|b| b.meetings.p90) />
                    <Stat test_id="inmail-wins-chance" label="Chance an InMail meeting costs less than a request meeting"
                        value=Signal::derive(move || exact(band.with(|b| b.as_ref().and_then(|b| b.inmail_wins))))
                        text=wins_text />
                    <Stat test_id="break-even-reply" label="InMail reply rate at which both cost the same"
                        value=Signal::derive(move || exact(break_even.get())) text=break_even_text />
                </div>
                <div class="stats" class:hidden=move || won.with(Option::is_none)>
                    <Stat test_id="won-p10" label="Won revenue a month at your deal value and win rate, low" value=won_p10 text=won_p10_text />
                    <Stat test_id="won-p50" label="Middle" value=won_p50 text=won_p50_text />
                    <Stat test_id="won-p90" label="High" value=won_p90 text=won_p90_text />
                </div>
                <p class="note" data-testid="break-even-note" class:hidden=move || break_even_note.with(Option::is_none)>
                    {move || break_even_note.get()}
                </p>
                <p class="note time-note" data-testid="sure-time-note" class:hidden=move || !time_out.get()>
                    {format::sentence(&words::time_note())}
                </p>
                <p class="note" data-testid="sure-bands">{move || bands.with(|v| format::sentence(&words::bands_note(v)))}</p>
                <p class="note" data-testid="sure-narrowed" class:hidden=move || counts_line.with(String::is_empty)>
                    {counts_line}
                </p>
            </div>
            <div class="tool-side">
                <NumberInput scope="sure" field=Field::Reply scenario disabled=always />
                <NumberInput scope="sure" field=Field::Accept scenario disabled=always />
                <NumberInput scope="sure" field=Field::ConnectionReply scenario disabled=always />
                <NumberInput scope="sure" field=Field::Meet scenario disabled=always />
                <NumberInput scope="sure" field=Field::Hourly scenario disabled=always />
                <NumberInput scope="sure" field=Field::Minutes scenario disabled=always />
            </div>
            <div class="tool-wide charts">
                <DrawsChart band />
                <TornadoChart swings base=Memo::new(move |_| scenario.with(|s| Cost::of(crate::model::cost::compute(s).total.cost_per_meeting.value()))) />
                <super::reply_curve_chart::ReplyCurveChart curve break_even reply=Memo::new(move |_| scenario.with(|s| s.reply)) />
            </div>
        </section>
    }
}

/// `f` of the draws, or the empty value until the first draws arrive.
fn from_band<T: Default>(band: ReadSignal<Option<Spread>>, f: impl FnOnce(&Spread) -> T) -> T {
    band.with(|b| b.as_ref().map(f).unwrap_or_default())
}

/// The histogram of meetings over the draws, the 10th–90th percentile bins marked.
#[component]
fn DrawsChart(band: ReadSignal<Option<Spread>>) -> impl IntoView {
    let counts = Signal::derive(move || {
        from_band(band, |b| {
            b.histogram
                .counts
                .iter()
                .map(|&c| f64::from(c))
                .collect::<Vec<f64>>()
        })
    });
    let top = Signal::derive(move || {
        nice_ceiling(counts.with(|c| c.iter().fold(0.0, |a: f64, &v| a.max(v))))
    });
    let marked = Signal::derive(move || from_band(band, Spread::in_band));
    // The bins run from the lowest draw at LEFT to the highest at RIGHT: round figures between.
    let x_ticks = Signal::derive(move || {
        from_band(band, |b| {
            let (low, high) = (b.histogram.low, b.histogram.high);
            let x = Linear {
                from: (low, high),
                to: (LEFT, RIGHT),
            };
            ticks_between(low, high, 5)
                .into_iter()
                .map(|v| (x.at(v), format::count(v)))
                .collect()
        })
    });
    let rows: Rows = Signal::derive(move || {
        from_band(band, |b| {
            (0..BINS)
                .map(|i| {
                    let (lo, hi) = b.histogram.bin(i);
                    vec![
                        format!("{}–{}", format::count(lo), format::count(hi)),
                        b.histogram.counts[i].to_string(),
                    ]
                })
                .collect()
        })
    });
    let description = Signal::derive(move || {
        band.with(|b| match b {
            Some(b) => format!(
                "{} simulated months of meetings, from {} to {}; the middle 8 in 10 lie between {} and {}.",
                format::people(DRAWS as f64),
                format::count(b.histogram.low),
                format::count(b.histogram.high),
                format::count(b.meetings.p10),
                format::count(b.meetings.p90)
            ),
            None => "Working out the simulated months.".to_string(),
        })
    });
    view! {
        <Chart id="draws-chart" title="Meetings a month over 10,000 simulated months" description
            header=&["Meetings a month", "Simulated months"] rows>
            <YGrid top label=|v| format!("{v:.0}") />
            <Bars count=BINS values=counts top label=|_| None marked />
            <XTicks ticks=x_ticks />
            <text class="axis" x=(LEFT + RIGHT) / 2.0 y=TITLE_Y text-anchor="middle">"meetings a month (marked: the middle 8 in 10)"</text>
        </Chart>
    }
}

/// A rate's band around the user's figure, as the note and the tornado both show it.
fn band_text(low: f64, high: f64) -> String {
    format!("{}–{}", format::percent(low), format::percent(high))
}

/// A cost per meeting in a table cell: an amount, or the short words for one.
fn cost_cell(cost: Cost) -> String {
    match cost {
        Cost::Amount(v) => format::money(v),
        other => other.brief().unwrap_or_default().to_string(),
    }
}

/// Cost per meeting as each rate alone sweeps its band: the widest swing on top.
#[component]
fn TornadoChart(swings: Memo<Vec<Swing>>, base: Memo<Cost>) -> impl IntoView {
    // Whether any end has a money cost; with none, no rate moves the cost and the chart says so.
    let priced = Memo::new(move |_| {
        base.get().amount().is_some()
            || swings.with(|s| {
                s.iter().any(|w| {
                    w.at_low.is_some_and(|v| v > 0.0) || w.at_high.is_some_and(|v| v > 0.0)
                })
            })
    });
    let span = Memo::new(move |_| {
        swings.with(|s| {
            let high = s
                .iter()
                .flat_map(|w| [w.at_low, w.at_high])
                .flatten()
                .chain(base.get().amount())
                .fold(0.0, f64::max);
            nice_ceiling(high)
        })
    });
    let x = move |v: f64| {
        Linear {
            from: (0.0, span.get()),
            to: (LEFT + 120.0, RIGHT),
        }
        .at(v)
    };
    let row_height = (BOTTOM - TOP) / SWINGS as f64;
    let rows = (0..SWINGS)
        .map(|i| {
            let swing = move || swings.with(|s| s.get(i).copied());
            let ends = move || {
                swing()
                    .and_then(|w| Some((w.at_low?, w.at_high?)))
                    .map(|(a, b)| (x(a.min(b)), x(a.max(b))))
                    .unwrap_or((LEFT + 120.0, LEFT + 120.0))
            };
            let y = TOP + row_height * i as f64;
            let label = move || swing().map(|w| short_label(w.field)).unwrap_or_default();
            let range = move || {
                swing()
                    .map(|w| band_text(w.low_rate, w.high_rate))
                    .unwrap_or_default()
            };
            view! {
                <g class:hidden=move || swing().is_none()>
                    <text class="axis" x=LEFT + 112.0 y=y + row_height * 0.45 text-anchor="end">{label}</text>
                    <text class="axis small" x=LEFT + 112.0 y=y + row_height * 0.8 text-anchor="end">{range}</text>
                    <rect class="bar" class:hidden=move || !priced.get() x=move || ends().0 width=move || (ends().1 - ends().0).max(1.0)
                        y=y + row_height * 0.2 height=row_height * 0.6 />
                </g>
            }
        })
        .collect_view();
    let base_x = move || x(base.get().amount().unwrap_or(0.0));
    let x_ticks = Signal::derive(move || {
        if !priced.get() {
            return Vec::new();
        }
        ticks(span.get(), 4)
            .into_iter()
            .map(|v| (x(v), money_tick(v)))
            .collect()
    });
    let rows_data: Rows = Signal::derive(move || {
        swings.with(|s| {
            s.iter()
                .map(|w| {
                    vec![
                        w.field.spec().label.to_string(),
                        band_text(w.low_rate, w.high_rate),
                        cost_cell(w.low_cost()),
                        cost_cell(w.high_cost()),
                    ]
                })
                .collect()
        })
    });
    let description = Signal::derive(move || {
        swings.with(|s| format::sentence(&words::tornado(s, base.get(), priced.get())))
    });
    view! {
        <Chart id="tornado-chart" title="What moves the cost per meeting most" description
            header=&["Rate", "Band (8 simulated months in 10)", "Cost per meeting at the low end", "At the high end"] rows=rows_data>
            {rows}
            <g class:hidden=move || !priced.get()>
                <line class="limit" x1=base_x x2=base_x y1=TOP y2=BOTTOM />
                <text class="axis" x=base_x y=TOP - 2.0 text-anchor="middle">
                    {move || base.get().amount().map(|b| format!("now {}", format::money(b))).unwrap_or_default()}
                </text>
                <XTicks ticks=x_ticks />
                <text class="axis" x=(LEFT + 120.0 + RIGHT) / 2.0 y=TITLE_Y text-anchor="middle">"cost per meeting"</text>
            </g>
            <g class:hidden=move || priced.get()>
                <text class="axis" x=(LEFT + 120.0 + RIGHT) / 2.0 y=(TOP + BOTTOM) / 2.0 - 8.0 text-anchor="middle">
                    {move || match (priced.get(), base.get()) {
                        (true, _) => "",
                        (false, Cost::NoMeetings) => "No rate books a meeting",
                        (false, _) => "No rate moves the cost per meeting:",
                    }}
                </text>
                <text class="axis" x=(LEFT + 120.0 + RIGHT) / 2.0 y=(TOP + BOTTOM) / 2.0 + 10.0 text-anchor="middle">
                    {move || match (priced.get(), base.get()) {
                        (true, _) => "",
                        (false, Cost::NoMeetings) => "with these figures.",
                        (false, _) => "it is nothing but your time, which is not counted.",
                    }}
                </text>
            </g>
        </Chart>
    }
}

/// A rate's name short enough for a chart's label column on a phone.
fn short_label(field: Field) -> &'static str {
    match field {
        Field::Reply => "InMail reply",
        Field::OpenReply => "Open Profile reply",
        Field::Accept => "Acceptance",
        Field::ConnectionReply => "Reply of accepted",
        Field::Meet => "Meeting rate",
        other => other.spec().label,
    }
}
