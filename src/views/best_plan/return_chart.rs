//! Won revenue against spend by plan (docs/model.md#what-the-meetings-return): two bars a plan,
//! each plan's best month at the rep's deal value and win rate, beside what that month costs.

use leptos::prelude::*;

use super::best_plan_view::short_name;
use crate::components::chart::{money_tick, Chart, Rows, XTicks, BOTTOM, LEFT, RIGHT, TITLE_Y, TOP};
use crate::format;
use crate::model::plans::PlanId;
use crate::model::returns::PlanReturn;
use crate::model::scale::{nice_ceiling, ticks, Linear};

/// Where the bars start: after the plans' names.
const START: f64 = LEFT + 90.0;

#[component]
pub fn ReturnChart(plans: Memo<Vec<PlanReturn>>) -> impl IntoView {
    let top = Memo::new(move |_| {
        plans.with(|p| nice_ceiling(p.iter().map(|p| p.won.max(p.spend)).fold(0.0, f64::max)))
    });
    let x = move |v: f64| {
        Linear {
            from: (0.0, top.get()),
            to: (START, RIGHT),
        }
        .at(v)
    };
    let x_ticks = Signal::derive(move || {
        ticks(top.get(), 4)
            .into_iter()
            .map(|v| (x(v), money_tick(v)))
            .collect()
    });
    let row = (BOTTOM - TOP) / PlanId::ALL.len() as f64;
    // One row per plan the catalogue has; a plan not priced in this currency draws no bars.
    let bars = PlanId::ALL
        .into_iter()
        .enumerate()
        .map(|(i, plan)| {
            let of = move |f: fn(&PlanReturn) -> f64| {
                move || plans.with(|p| p.iter().find(|p| p.plan == plan).map_or(0.0, f))
            };
            let (spend, won) = (of(|p| p.spend), of(|p| p.won));
            let y = TOP + row * i as f64 + row * 0.15;
            let h = row * 0.35;
            view! {
                <text class="axis" x=START - 8.0 y=y + h * 1.3 text-anchor="end">{short_name(plan)}</text>
                <rect class="seg seg-spend" x=START width=move || x(spend()) - START y=y height=h />
                <rect class="seg seg-won" x=START width=move || x(won()) - START y=y + h height=h />
            }
        })
        .collect_view();
    let rows: Rows = Signal::derive(move || {
        plans.with(|p| {
            p.iter()
                .map(|p| {
                    vec![
                        p.plan.plan().name.to_string(),
                        format::money(p.spend),
                        format::money(p.won),
                    ]
                })
                .collect()
        })
    });
    let description = Signal::derive(move || {
        plans.with(|p| {
            p.iter()
                .map(|p| {
                    format!(
                        "{}: {} spent, {} won",
                        p.plan.plan().name,
                        format::money(p.spend),
                        format::money(p.won)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    let legend = || {
        view! {
            <span class="key key-spend">"spend: plan and your time"</span>
            <span class="key key-won">"won revenue"</span>
        }
    };
    view! {
        <Chart id="return-chart" title="Won revenue against spend, each plan's best month" description
            header=&["Plan", "Spend a month", "Won revenue a month"] rows legend>
            {bars}
            <XTicks ticks=x_ticks />
            <text class="axis" x=(START + RIGHT) / 2.0 y=TITLE_Y text-anchor="middle">"a month"</text>
        </Chart>
    }
}
