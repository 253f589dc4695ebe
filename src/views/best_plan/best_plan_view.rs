//! The best plan and mix (docs/model.md#best-plan-and-channel-mix): for every plan, the week's invitations, InMails and Open
//! Profile messages that book the most meetings within the rep's hours, caps and list; which
//! plan books the most and which costs least per meeting; what limits the current plan and what
//! an hour more or the next plan up would add.

use leptos::prelude::*;

use crate::components::chart::{Chart, Rows, XTicks, BOTTOM, LEFT, RIGHT, TITLE_Y, TOP};
use crate::components::number_input::NumberInput;
use crate::components::stat::Stat;
use crate::model::rounding::exact;
use crate::components::wide_table::WideTable;
use crate::format;
use crate::hooks::derive_on;
use crate::model::fields::Field;
use crate::model::mix::{nothing_to_plan, plan_inputs, best_weeks, Mix, PlanWeek, BestWeeks};
use crate::model::plans::PlanId;
use crate::model::scale::{nice_ceiling, ticks, Linear};
use crate::model::scenario::Scenario;
use crate::model::returns;
use crate::model::words::best_plan as words;
use crate::model::words::returns as return_words;
use super::return_chart::ReturnChart;

#[component]
pub fn BestPlan(scenario: Memo<Scenario>) -> impl IntoView {
    let result = derive_on(scenario.into(), plan_inputs, best_weeks);
    let current = Memo::new(move |_| {
        let plan = scenario.with(|s| s.plan);
        result.with(|r| r.week(plan).clone())
    });
    let problem = Memo::new(move |_| scenario.with(nothing_to_plan));
    // What each plan's best month returns, where a deal value and a win rate are given.
    let returns = Memo::new(move |_| {
        scenario.with(|s| result.with(|r| returns::by_plan(&s.deal, r, s.hourly)))
    });
    let highest = Memo::new(move |_| returns.with(|p| p.as_deref().and_then(returns::highest_return)));
    let plan_returns = Memo::new(move |_| returns.get().unwrap_or_default());
    let always = Signal::derive(|| None);
    let mix =
        move |f: fn(&Mix) -> f64| Signal::derive(move || exact(Some(current.with(|w| f(&w.mix)))));
    let mix_text = move |f: fn(&Mix) -> f64| {
        Signal::derive(move || format::count(current.with(|w| f(&w.mix))))
    };
    // Each sentence is the model's, from the same figures the table shows.
    let said = move |f: fn(&BestWeeks, &Scenario) -> crate::model::words::Sentence| {
        move || scenario.with(|s| result.with(|r| format::sentence(&f(r, s))))
    };
    let answer = move || match problem.get() {
        Some(why) => why.to_string(),
        None => said(words::answer)(),
    };
    let against_calculator = said(words::against_calculator);
    let limit_text = said(words::limits);
    let gains = said(words::gains);

    let table = move || {
        scenario.with(|s| {
            result.with(|r| {
                std::iter::once(plan_row(&r.calculator, s, r, true))
                    .chain(r.weeks.iter().map(|w| plan_row(w, s, r, false)))
                    .collect_view()
            })
        })
    };

    view! {
        <section class="plans tool" aria-labelledby="plans-title">
            <h2 id="plans-title">"Which plan, and how to split your week"</h2>
            <div class="tool-answer">
                <p class="answer" data-testid="plans-answer">{answer}</p>
                <p class="note" data-testid="plans-vs-calculator">{against_calculator}</p>
                <div class="stats">
                    <Stat test_id="best-plan-meetings" label="Most meetings"
                        value=Signal::derive(move || result.with(|r| r.most_meetings.map(|p| p.key().to_string()).unwrap_or_default()))
                        text=Signal::derive(move || result.with(|r| r.most_meetings.map(|p| p.plan().name.to_string()).unwrap_or_else(|| "none books a meeting".to_string()))) />
                    <Stat test_id="best-plan-cost" label="Lowest cost per meeting"
                        value=Signal::derive(move || result.with(|r| r.lowest_cost.map(|p| p.key().to_string()).unwrap_or_default()))
                        text=Signal::derive(move || result.with(|r| r.lowest_cost.map(|p| p.plan().name.to_string()).unwrap_or_else(|| "none books a meeting".to_string()))) />
                    <Stat test_id="best-plan-return" label="Highest return"
                        value=Signal::derive(move || highest.with(|h| h.map(|h| h.plan.key().to_string()).unwrap_or_default()))
                        text=Signal::derive(move || highest.with(|h| h.map_or_else(|| "give a deal value and win rate".to_string(), |h| h.plan.plan().name.to_string()))) />
                </div>
                <p class="note" data-testid="plans-return">{move || highest.with(|h| format::sentence(&return_words::highest_return(h.as_ref())))}</p>
                <h3>{move || format!("Your best week on {}", current.with(|w| w.plan.plan().name))}</h3>
                <div class="stats">
                    <Stat test_id="mix-invites" label="Connection requests" value=mix(|m| m.invites) text=mix_text(|m| m.invites) />
                    <Stat test_id="mix-inmails" label="InMails" value=mix(|m| m.inmails) text=mix_text(|m| m.inmails) />
                    <Stat test_id="mix-open" label="Open Profile messages" value=mix(|m| m.open) text=mix_text(|m| m.open) />
                    <Stat test_id="mix-meetings" label="Meetings a week"
                        value=Signal::derive(move || exact(Some(current.with(|w| w.meetings_week))))
                        text=Signal::derive(move || format::count(current.with(|w| w.meetings_week))) />
                </div>
                <p class="note" data-testid="mix-binding"
                    data-value=move || current.with(|w| w.binding.first().map(|l| l.key()).unwrap_or_default())>
                    {limit_text}
                </p>
                <p class="note" data-testid="plans-gains">{gains}</p>
                <MixChart result />
                <Show when=move || returns.with(Option::is_some)>
                    <ReturnChart plans=plan_returns />
                </Show>
            </div>
            <div class="tool-side">
                <NumberInput scope="plans" field=Field::Hours scenario disabled=always follows="what your calculator week takes" />
                <NumberInput scope="plans" field=Field::List scenario disabled=always follows="the people your calculator week reaches" />
                <NumberInput scope="plans" field=Field::OpenShare scenario disabled=always follows="your calculator week" />
                <NumberInput scope="plans" field=Field::WeeklyCap scenario disabled=always />
                <NumberInput scope="plans" field=Field::MinInvite scenario disabled=always follows="the minutes per message or request" />
                <NumberInput scope="plans" field=Field::MinInmail scenario disabled=always follows="the minutes per message or request" />
                <NumberInput scope="plans" field=Field::MinOpen scenario disabled=always follows="the minutes per message or request" />
            </div>
            <div class="tool-wide">
                <WideTable caption="Every plan with its best week" test_id="plans-table" stack_on_phone=true
                    columns=&COLUMNS>
                    {table}
                </WideTable>
            </div>
        </section>
    }
}

/// The table's columns; on a phone each cell carries its column's name.
const COLUMNS: [&str; 8] = [
    "Plan",
    "Requests",
    "InMails",
    "Open Profile",
    "Meetings a week",
    "A month",
    "Cost per meeting",
    "Without your time",
];

/// A plan's row; `calculator` marks the calculator's own week on the rep's plan, the row every
/// plan's best week is read against.
fn plan_row(w: &PlanWeek, s: &Scenario, r: &BestWeeks, calculator: bool) -> impl IntoView {
    let cost = |with_time: bool| format::sentence(&words::row_cost(w, s, with_time));
    let mut tags = Vec::new();
    if calculator {
        tags.push("your calculator week");
    } else {
        if w.plan == s.plan {
            tags.push("yours, best mix");
        }
        if Some(w.plan) == r.most_meetings {
            tags.push("most meetings");
        }
        if Some(w.plan) == r.lowest_cost {
            tags.push("lowest cost");
        }
    }
    view! {
        <tr class:current=w.plan == s.plan && !calculator class:calculator-row=calculator
            data-plan=if calculator { "calculator".to_string() } else { w.plan.key().to_string() }>
            <th scope="row">{w.plan.plan().name}
                {(!tags.is_empty()).then(|| view! { <span class="tag">{tags.join(" · ")}</span> })}
            </th>
            <td data-label=COLUMNS[1]>{format::count(w.mix.invites)}</td>
            <td data-label=COLUMNS[2]>{format::count(w.mix.inmails)}</td>
            <td data-label=COLUMNS[3]>{format::count(w.mix.open)}</td>
            <td data-label=COLUMNS[4]>{format::count(w.meetings_week)}</td>
            <td data-label=COLUMNS[5]>{format::count(w.meetings_month())}</td>
            <td data-label=COLUMNS[6] class="words">{cost(true)}</td>
            <td data-label=COLUMNS[7] class="words">{cost(false)}</td>
        </tr>
    }
}

/// A plan's name short enough for a chart's label column on a phone.
pub fn short_name(plan: PlanId) -> &'static str {
    match plan {
        PlanId::Free => "Free",
        PlanId::PremiumCareer => "Career",
        PlanId::PremiumBusiness => "Business",
        PlanId::RecruiterLite => "Recruiter Lite",
        PlanId::SalesNavCore => "Sales Nav",
    }
}

/// A stacked bar per plan of the week's touches: requests, InMails and Open Profile messages.
#[component]
fn MixChart(result: Memo<BestWeeks>) -> impl IntoView {
    let top = Memo::new(move |_| {
        result.with(|r| {
            nice_ceiling(
                r.weeks
                    .iter()
                    .map(|w| w.mix.invites + w.mix.inmails + w.mix.open)
                    .fold(0.0, f64::max),
            )
        })
    });
    let row = (BOTTOM - TOP) / PlanId::ALL.len() as f64;
    let x_ticks = Signal::derive(move || {
        let x = Linear {
            from: (0.0, top.get()),
            to: (LEFT + 90.0, RIGHT),
        };
        ticks(top.get(), 4)
            .into_iter()
            .map(|v| (x.at(v), format::count(v)))
            .collect()
    });
    let bars = PlanId::ALL
        .into_iter()
        .enumerate()
        .map(|(i, plan)| {
            let mix = move || result.with(|r| r.week(plan).mix);
            let x = move |v: f64| {
                Linear {
                    from: (0.0, top.get()),
                    to: (LEFT + 90.0, RIGHT),
                }
                .at(v)
            };
            let y = TOP + row * i as f64 + row * 0.2;
            let h = row * 0.6;
            let start = LEFT + 90.0;
            let seg = move |part: usize| {
                let m = mix();
                let parts = [m.invites, m.inmails, m.open];
                let before: f64 = parts[..part].iter().sum();
                (x(before), x(before + parts[part]) - x(before))
            };
            view! {
                <text class="axis" x=start - 8.0 y=y + h * 0.7 text-anchor="end">{short_name(plan)}</text>
                <rect class="seg seg-invites" x=move || seg(0).0 width=move || seg(0).1 y=y height=h />
                <rect class="seg seg-inmails" x=move || seg(1).0 width=move || seg(1).1 y=y height=h />
                <rect class="seg seg-open" x=move || seg(2).0 width=move || seg(2).1 y=y height=h />
            }
        })
        .collect_view();
    let rows: Rows = Signal::derive(move || {
        result.with(|r| {
            r.weeks
                .iter()
                .map(|w| {
                    vec![
                        w.plan.plan().name.to_string(),
                        format::count(w.mix.invites),
                        format::count(w.mix.inmails),
                        format::count(w.mix.open),
                    ]
                })
                .collect()
        })
    });
    let description = Signal::derive(move || {
        result.with(|r| {
            r.weeks
                .iter()
                .map(|w| {
                    format!(
                        "{}: {}, {}, {}",
                        w.plan.plan().name,
                        format::counted(w.mix.invites, format::REQUEST),
                        format::counted(w.mix.inmails, format::INMAIL),
                        format::counted(w.mix.open, format::OPEN_PROFILE_MESSAGE)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    let legend = || {
        view! {
            <span class="key key-invites">"connection requests"</span>
            <span class="key key-inmails">"InMails"</span>
            <span class="key key-open">"Open Profile messages"</span>
        }
    };
    view! {
        <Chart id="mix-chart" title="The best week on each plan" description
            header=&["Plan", "Requests", "InMails", "Open Profile"] rows legend>
            {bars}
            <XTicks ticks=x_ticks />
            <text class="axis" x=(LEFT + 90.0 + RIGHT) / 2.0 y=TITLE_Y text-anchor="middle">"first moves a week"</text>
        </Chart>
    }
}
