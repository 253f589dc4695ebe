//! InMail cost per meeting against the reply rate (docs/model.md#cost-model and #best-plan-and-channel-mix): where an InMail meeting costs
//! more or less than a connection-request meeting, the break-even between them, and the rep's
//! own rate. Near a zero reply rate the cost grows without bound, so the curve leaves the axis
//! there: it is cut where it crosses the top and the cut is marked, never flattened into a
//! plateau that is not there.

use leptos::prelude::*;

use crate::model::words::how_sure;
use crate::components::chart::{
    money_tick, y_scale, Chart, Rows, XTicks, YGrid, BOTTOM, LEFT, RIGHT, TITLE_Y, TOP,
};
use crate::format;
use crate::model::cost::Figure;
use crate::model::scale::{nice_ceiling, ticks, under_ceiling, Clipped, Linear};
use crate::model::uncertainty::{Cost, CurvePoint};

/// The data table lists every fifth point of the curve (5 %, 10 %, … of a 60 % reach).
const TABLE_EVERY: usize = 5;

#[component]
pub fn ReplyCurveChart(
    curve: Memo<(Vec<CurvePoint>, Figure)>,
    break_even: Memo<Option<f64>>,
    reply: Memo<f64>,
) -> impl IntoView {
    let reach = Memo::new(move |_| curve.with(|(p, _)| p.last().map_or(60.0, |p| p.reply)));
    let request = Memo::new(move |_| curve.with(|(_, r)| r.value()));
    // A plan without credits has no InMail cost to draw: the chart says so instead.
    let no_inmail = Memo::new(move |_| curve.with(|(p, _)| p.is_empty()));
    let at_reply = move |r: f64| {
        curve.with(|(points, _)| {
            points
                .iter()
                .min_by(|a, b| (a.reply - r).abs().total_cmp(&(b.reply - r).abs()))
                .and_then(|p| p.inmail)
        })
    };
    // Room for a request meeting and the rep's own cost with space above, and for every point
    // the data table lists, so the chart and its table never disagree.
    let top = Memo::new(move |_| {
        let mine = at_reply(reply.get()).unwrap_or(0.0);
        let first_row = curve
            .with(|(p, _)| p.get(TABLE_EVERY - 1).and_then(|p| p.inmail))
            .unwrap_or(0.0);
        nice_ceiling(
            (request.get().unwrap_or(0.0) * 2.5)
                .max(mine * 2.5)
                .max(first_row),
        )
    });
    let clipped = Memo::new(move |_| {
        curve.with(|(points, _)| {
            let line: Vec<(f64, f64)> = points
                .iter()
                .filter_map(|p| p.inmail.map(|c| (p.reply, c)))
                .collect();
            under_ceiling(&line, top.get())
        })
    });
    // The reply rate below which the curve is above the axis (it only falls as the rate rises).
    let cut_below = Memo::new(move |_| clipped.with(|c| c.above.last().map(|&(_, to)| to)));
    let x = move |r: f64| {
        Linear {
            from: (0.0, reach.get()),
            to: (LEFT, RIGHT),
        }
        .at(r)
    };
    let path = move || {
        let y = y_scale(top.get());
        clipped.with(|Clipped { runs, .. }| {
            runs.iter()
                .flat_map(|run| {
                    run.iter().enumerate().map(move |(i, &(r, c))| {
                        format!(
                            "{}{:.1},{:.1}",
                            if i == 0 { "M" } else { "L" },
                            x(r),
                            y.at(c)
                        )
                    })
                })
                .collect::<String>()
        })
    };
    let cut_x = move || cut_below.get().map(x);
    let request_y = move || y_scale(top.get()).at(request.get().unwrap_or(0.0));
    let even_x = move || break_even.get().map(x).unwrap_or(-10.0);
    let mine_x = move || x(reply.get());
    let mine_y = move || y_scale(top.get()).at(at_reply(reply.get()).unwrap_or(0.0));
    let x_ticks = Signal::derive(move || {
        ticks(reach.get(), 6)
            .into_iter()
            .map(|r| (x(r), format::percent(r)))
            .collect()
    });
    let request_words = move || match Cost::of(request.get()) {
        Cost::NoMeetings => "nothing: requests book no meeting".to_string(),
        cost => format::sentence(&how_sure::cost(cost)),
    };
    let cut_words = move || {
        cut_below.get().map(|r| {
            format!(
                "the InMail cost runs above {} below a {} reply rate",
                money_tick(top.get()),
                format::percent(r)
            )
        })
    };
    let rows: Rows = Signal::derive(move || {
        curve.with(|(points, _)| {
            points
                .iter()
                .skip(TABLE_EVERY - 1)
                .step_by(TABLE_EVERY)
                .map(|p| {
                    vec![
                        format::percent(p.reply),
                        p.inmail
                            .map(format::money)
                            .unwrap_or_else(|| "no meetings".to_string()),
                    ]
                })
                .collect()
        })
    });
    let description = Signal::derive(move || {
        let request = request_words();
        if no_inmail.get() {
            return format!("This plan has no InMail credits, so there is no InMail cost to draw; a request meeting costs {request}.");
        }
        let cut = cut_words()
            .map(|w| format!(" The axis stops at {}: {w}.", money_tick(top.get())))
            .unwrap_or_default();
        match break_even.get() {
            Some(r) => format!(
                "InMail cost per meeting falls as the reply rate rises and matches a request meeting ({request}) at {}.{cut}",
                format::percent(r)
            ),
            None => format!("InMail cost per meeting falls as the reply rate rises; a request meeting costs {request}, and the two never meet.{cut}"),
        }
    });
    let legend = move || {
        view! {
            <span class:hidden=no_inmail>
                <span class="key key-curve">"InMail cost per meeting"</span>
                <span class="key key-request" class:hidden=move || request.get().is_none()>
                    {move || format!("a request meeting: {}", request_words())}
                </span>
                <span class="key key-dot">{move || format!("your reply rate, {}", format::percent(reply.get()))}</span>
                <span class="key key-even" class:hidden=move || break_even.get().is_none()>
                    {move || break_even.get().map(|r| format!("break-even at {}", format::percent(r))).unwrap_or_default()}
                </span>
                <span class="key key-cut" data-testid="reply-curve-cut" class:hidden=move || cut_below.get().is_none()>
                    {move || cut_words().map(|w| format!("off the scale: {w}")).unwrap_or_default()}
                </span>
            </span>
        }
    };
    view! {
        <Chart id="reply-curve-chart" title="InMail cost per meeting against the reply rate" description
            header=&["InMail reply rate", "InMail cost per meeting"] rows legend>
            <g class:hidden=no_inmail class="curve-plot"
                data-top=move || top.get().to_string()
                data-cut-below=move || cut_below.get().map(|r| r.to_string()).unwrap_or_default()>
                // Not drawn without a curve: hidden labels would still be read out.
                {move || (!no_inmail.get()).then(|| view! { <YGrid top label=money_tick /> })}
                <line class="limit" x1=LEFT x2=RIGHT y1=request_y y2=request_y class:hidden=move || request.get().is_none() />
                <line class="marker" x1=even_x x2=even_x y1=TOP y2=BOTTOM class:hidden=move || break_even.get().is_none() />
                <path class="curve" d=path />
                // Where the curve leaves the top: a dashed stretch along the top edge and an
                // arrow up, so the cut reads as "higher", not as a ceiling.
                <g class="cut-mark" class:hidden=move || cut_below.get().is_none()>
                    <line class="cut" x1=LEFT x2=move || cut_x().unwrap_or(LEFT) y1=TOP y2=TOP />
                    <path class="cut-arrow" d=move || {
                        let x = cut_x().unwrap_or(LEFT);
                        format!("M{:.1},{:.1}L{x:.1},{:.1}L{:.1},{:.1}", x - 5.0, TOP + 7.0, TOP - 3.0, x + 5.0, TOP + 7.0)
                    } />
                </g>
                <circle class="dot" cx=mine_x cy=mine_y r="5" />
                {move || (!no_inmail.get()).then(|| view! { <XTicks ticks=x_ticks /> })}
                <text class="axis" x=(LEFT + RIGHT) / 2.0 y=TITLE_Y text-anchor="middle">"InMail reply rate"</text>
            </g>
            <text class="axis" class:hidden=move || !no_inmail.get() x=(LEFT + RIGHT) / 2.0 y=(TOP + BOTTOM) / 2.0 text-anchor="middle">
                {move || if no_inmail.get() { "This plan has no InMail credits: there is no InMail cost to draw." } else { "" }}
            </text>
        </Chart>
    }
}
