//! How sure the figures are (SPEC §2 and §9): the band of meetings and cost per meeting over
//! 10,000 draws of the rates, the chance InMail beats connection requests, the break-even reply
//! rate, and three charts: the draws, each rate's swing, and cost per meeting against the
//! reply rate.

use leptos::prelude::*;

use crate::components::chart::{
    money_tick, Bars, Chart, Rows, XTicks, YGrid, BOTTOM, LEFT, RIGHT, TITLE_Y, TOP,
};
use crate::components::number_input::NumberInput;
use crate::components::stat::{exact, Stat};
use crate::format;
use crate::hooks::{derive_on, use_quiet_frame};
use crate::model::cost::break_even_reply;
use crate::model::fields::Field;
use crate::model::scale::{nice_ceiling, ticks, ticks_between, Linear};
use crate::model::scenario::Scenario;
use crate::model::uncertainty::{
    reply_curve, spread, spread_inputs, time_left_out, tornado, varied, Cost, CostBand, OwnCounts,
    Spread, Swing, Varied, BINS, DRAWS, NOTHING,
};

/// Rows of the tornado: one per rate that can vary.
const SWINGS: usize = 5;

#[component]
pub fn UncertaintyView(scenario: Memo<Scenario>) -> impl IntoView {
    let (band, took) = use_quiet_frame(scenario.into(), spread_inputs, spread);
    let swings = derive_on(scenario.into(), spread_inputs, tornado);
    let curve = derive_on(scenario.into(), spread_inputs, reply_curve);
    let bands = derive_on(scenario.into(), spread_inputs, varied);
    let time_out = Memo::new(move |_| scenario.with(time_left_out));
    let counts_line = Memo::new(move |_| bands.with(|v| counts_note(v)));
    let break_even = Memo::new(move |_| scenario.with(break_even_reply).map(|r| r * 100.0));
    let always = Signal::derive(|| None);
    let pick = move |f: fn(&Spread) -> f64| {
        Signal::derive(move || exact(band.with(|b| b.as_ref().map(f))))
    };
    let people = move |f: fn(&Spread) -> f64| {
        Signal::derive(move || {
            band.with(|b| {
                b.as_ref()
                    .map_or_else(|| "…".to_string(), |b| format::people(f(b)))
            })
        })
    };

    let answer = move || {
        band.with(|b| {
            let Some(b) = b else {
                return "Working out the band…".to_string();
            };
            let m = b.meetings;
            let cost = match b.cost_band() {
                CostBand::Range(c) => format!(
                    " Each meeting costs {} to {}, {} in the middle.",
                    format::money(c.p10),
                    format::money(c.p90),
                    format::money(c.p50)
                ),
                CostBand::Nothing => format!(
                    " Each meeting costs {NOTHING}: this plan has no price, so no draw has a money cost."
                ),
                CostBand::Unbounded => " In more than 1 draw in 10 no meeting is booked at all, so the cost per meeting has no upper end.".to_string(),
            };
            let narrowed = if bands.with(|v| v.iter().any(Varied::narrowed)) {
                " and narrowed by your own counts where you gave them"
            } else {
                ""
            };
            format!(
                "With the draws centred on your own figures, each rate spread as widely as its benchmark band{narrowed}, a month books {} to {} meetings (8 draws in 10 fall in between), {} in the middle.{cost}",
                format::people(m.p10),
                format::people(m.p90),
                format::people(m.p50),
            )
        })
    };
    let wins_text = Signal::derive(move || {
        band.with(|b| match b.as_ref().map(|b| b.inmail_wins) {
            None => "…".to_string(),
            Some(None) => "no InMail or no requests to compare".to_string(),
            Some(Some(p)) => format::percent(p * 100.0),
        })
    });
    let break_even_text = Signal::derive(move || match break_even.get() {
        Some(r) => format::percent(r),
        None => scenario.with(|s| {
            if s.credits <= 0.0 {
                "none: this plan has no InMail".to_string()
            } else if s.hourly <= 0.0 {
                "none while your time is not counted: requests then cost nothing".to_string()
            } else {
                "none: no accepted request replies".to_string()
            }
        }),
    });

    view! {
        <section class="uncertainty tool" aria-labelledby="uncertainty-title"
            data-draws-ms=move || format!("{:.2}", took.get())>
            <h2 id="uncertainty-title">"How sure are these figures?"</h2>
            <div class="tool-answer">
                <p class="answer" data-testid="uncertainty-answer">{answer}</p>
                <div class="stats">
                    <Stat test_id="meetings-p10" label="Meetings a month, low (1 in 10 below)"
                        value=pick(|b| b.meetings.p10) text=people(|b| b.meetings.p10) />
                    <Stat test_id="meetings-p50" label="Middle"
                        value=pick(|b| b.meetings.p50) text=people(|b| b.meetings.p50) />
                    <Stat test_id="meetings-p90" label="High (1 in 10 above)"
                        value=pick(|b| b.meetings.p90) text=people(|b| b.meetings.p90) />
                    <Stat test_id="inmail-wins-chance" label="Chance an InMail meeting costs less than a request meeting"
                        value=Signal::derive(move || exact(band.with(|b| b.as_ref().and_then(|b| b.inmail_wins))))
                        text=wins_text />
                    <Stat test_id="break-even-reply" label="InMail reply rate at which both cost the same"
                        value=Signal::derive(move || exact(break_even.get())) text=break_even_text />
                </div>
                <p class="note time-note" data-testid="sure-time-note" class:hidden=move || !time_out.get()>
                    "These costs leave out your time: no labour cost is set. "
                    "The guides' $50–$150 a meeting includes the rep's time, so set a labour cost to compare."
                </p>
                <p class="note" data-testid="sure-bands">{move || bands.with(|v| bands_note(v))}</p>
                <p class="note" data-testid="sure-narrowed" class:hidden=move || counts_line.with(String::is_empty)>
                    {counts_line}
                </p>
            </div>
            <div class="tool-side">
                <NumberInput scope="sure" field=Field::Reply scenario disabled=always />
                <NumberInput scope="sure" field=Field::Accept scenario disabled=always />
                <NumberInput scope="sure" field=Field::Conv scenario disabled=always />
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
                "{} draws of meetings a month, from {} to {}; the middle 8 in 10 lie between {} and {}.",
                format::people(DRAWS as f64),
                format::count(b.histogram.low),
                format::count(b.histogram.high),
                format::people(b.meetings.p10),
                format::people(b.meetings.p90)
            ),
            None => "Working out the draws.".to_string(),
        })
    });
    view! {
        <Chart id="draws-chart" title="Meetings a month over 10,000 draws" description
            header=&["Meetings a month", "Draws"] rows>
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

/// A cost per meeting in the page's words: an amount, or what stands in for one.
pub(super) fn cost_text(cost: Cost) -> String {
    match cost {
        Cost::Amount(v) => format::money(v),
        other => other.words().unwrap_or_default().to_string(),
    }
}

/// A cost per meeting in a table cell: an amount, or the short words for one.
fn cost_cell(cost: Cost) -> String {
    match cost {
        Cost::Amount(v) => format::money(v),
        other => other.brief().unwrap_or_default().to_string(),
    }
}

/// A rate's name inside a sentence.
fn rate_name(field: Field) -> &'static str {
    match field {
        Field::Reply => "InMail reply",
        Field::OpenReply => "Open Profile reply",
        Field::Accept => "acceptance",
        Field::Conv => "reply of accepted connections",
        Field::Meet => "meetings of replies",
        other => other.spec().label,
    }
}

/// How the draws are made, with each rate's band: the same band the tornado sweeps.
fn bands_note(bands: &[Varied]) -> String {
    let head = format!(
        "{} draws, the same every time for the same figures. The draws are centred on your own figures, each with a spread as wide, for its size, as its benchmark band",
        format::people(DRAWS as f64)
    );
    if bands.is_empty() {
        return format!("{head}; here no rate has room to vary.");
    }
    let each = bands
        .iter()
        .map(|v| {
            let benchmark = band_text(v.benchmark.0, v.benchmark.1);
            let like = match v.borrowed_from {
                None => format!("the guides' {benchmark}"),
                Some(f) => format!("the {} band, {benchmark}", rate_name(f)),
            };
            if v.narrowed() {
                return format!(
                    "{} {} (your {} narrowed by your own counts)",
                    rate_name(v.field),
                    band_text(v.low, v.high),
                    format::percent(v.figure),
                );
            }
            format!(
                "{} {} (your {} ± {} of it, as wide as {like})",
                rate_name(v.field),
                band_text(v.low, v.high),
                format::percent(v.figure),
                format::percent(v.relative * 100.0),
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    format!("{head}. 8 draws in 10 fall within: {each}.")
}

/// A rate's counts as the rep entered them in Metrics: "31 replies from 140 InMails".
fn counts_text(field: Field, c: OwnCounts) -> String {
    let (k, n) = (c.successes, c.trials);
    match field {
        Field::Reply => format!(
            "{} from {}",
            format::counted(k, format::REPLY),
            format::counted(n, format::INMAIL)
        ),
        Field::Accept => format!(
            "{} of {} accepted",
            format::people(k),
            format::counted(n, format::INVITATION)
        ),
        Field::Conv => format!(
            "{} from {}",
            format::counted(k, format::REPLY),
            format::counted(n, format::PERSON_WHO_ACCEPTED)
        ),
        Field::Meet => format!(
            "{} from {}",
            format::counted(k, format::MEETING),
            format::counted(n, format::REPLY)
        ),
        _ => format!("{} of {}", format::people(k), format::people(n)),
    }
}

/// A rate's name at the start of a sentence.
fn rate_title(field: Field) -> String {
    let name = rate_name(field);
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What the rep's own counts did to each rate's band: narrowed it, or were left out because
/// they cannot all be true. Empty where no rate has counts.
fn counts_note(bands: &[Varied]) -> String {
    bands
        .iter()
        .filter_map(|v| {
            let c = v.counts?;
            let counted = counts_text(v.field, c);
            let Some(rate) = c.rate() else {
                return Some(format!(
                    "{}: your own counts are left out, since {counted} cannot be; check them in Metrics.",
                    rate_title(v.field)
                ));
            };
            Some(format!(
                "{}: narrowed by your own counts, {counted}. 8 draws in 10 now fall within {} instead of {}, centred on {}: your {} weighed with the {} you counted.",
                rate_title(v.field),
                band_text(v.low, v.high),
                band_text(v.unnarrowed.0, v.unnarrowed.1),
                format::percent(v.centre()),
                format::percent(v.figure),
                format::percent(rate),
            ))
        })
        .collect::<Vec<_>>()
        .join(" ")
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
        if !priced.get() && base.get() == Cost::NoMeetings {
            return "No rate books a meeting with these figures.".to_string();
        }
        if !priced.get() {
            return format!(
                "Cost per meeting stays at {NOTHING}, whichever rate moves: set a labour cost to see what moves it."
            );
        }
        swings.with(|s| match s.first() {
            Some(w) => format!(
                "Cost per meeting moves most with the {}: {} at {} and {} at {}.",
                w.field.spec().label.to_lowercase(),
                cost_text(w.low_cost()),
                format::percent(w.low_rate),
                cost_text(w.high_cost()),
                format::percent(w.high_rate)
            ),
            None => "No rate varies.".to_string(),
        })
    });
    view! {
        <Chart id="tornado-chart" title="What moves the cost per meeting most" description
            header=&["Rate", "Band (8 draws in 10)", "Cost per meeting at the low end", "At the high end"] rows=rows_data>
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
        Field::Conv => "Reply of accepted",
        Field::Meet => "Meeting rate",
        other => other.spec().label,
    }
}
