//! The best plan and mix (SPEC §9): for every plan, the week's invitations, InMails and Open
//! Profile messages that book the most meetings within the rep's hours, caps and list; which
//! plan books the most and which costs least per meeting; what limits the current plan and what
//! an hour more or the next plan up would add.

use leptos::prelude::*;

use crate::components::chart::{Chart, Rows, XTicks, BOTTOM, LEFT, RIGHT, TITLE_Y, TOP};
use crate::components::number_input::NumberInput;
use crate::components::stat::{exact, Stat};
use crate::components::wide_table::WideTable;
use crate::format;
use crate::hooks::derive_on;
use crate::model::cost::compute;
use crate::model::fields::Field;
use crate::model::mix::{nothing_to_plan, plans, Limit, Mix, PlanWeek, Plans};
use crate::model::plans::PlanId;
use crate::model::scale::{nice_ceiling, ticks, Linear};
use crate::model::scenario::Scenario;
use crate::model::week::{shortfalls, up_to_tenth, Shortfall};

/// What the programme reads: everything but the name, the prospect and the counts.
fn plan_inputs(s: &Scenario) -> Scenario {
    Scenario {
        name: String::new(),
        prospect: Default::default(),
        counts: Default::default(),
        ..s.clone()
    }
}

/// Why the best plan's week is smaller than the calculator's, in a rep's words.
fn shortfall_words(gap: Shortfall) -> String {
    match gap {
        Shortfall::Hours { given, needed } => format!(
            "it has {} a week instead of the {} your calculator week takes",
            format::counted(given, format::HOUR),
            format::count(up_to_tenth(needed))
        ),
        Shortfall::List { given, needed } => format!(
            "it has {} a week instead of the {} your calculator week reaches",
            format::counted(given, format::NEW_PROSPECT),
            format::people(needed)
        ),
        Shortfall::OpenProfile { given, needed } => format!(
            "only {} of your prospects have an Open Profile, against the {} of your calculator week",
            format::people(given),
            format::counted(needed, format::OPEN_PROFILE_MESSAGE)
        ),
        Shortfall::Cap { given, needed } => format!(
            "your weekly cap of {} is below the {} of your calculator week",
            format::people(given),
            format::counted(needed, format::CONNECTION_REQUEST)
        ),
    }
}

#[component]
pub fn BestPlan(scenario: Memo<Scenario>) -> impl IntoView {
    let result = derive_on(scenario.into(), plan_inputs, plans);
    let current = Memo::new(move |_| {
        let plan = scenario.with(|s| s.plan);
        result.with(|r| r.week(plan).clone())
    });
    let problem = Memo::new(move |_| scenario.with(nothing_to_plan));
    let always = Signal::derive(|| None);
    let hourly = Memo::new(move |_| scenario.with(|s| s.hourly));
    let mix =
        move |f: fn(&Mix) -> f64| Signal::derive(move || exact(Some(current.with(|w| f(&w.mix)))));
    let mix_text = move |f: fn(&Mix) -> f64| {
        Signal::derive(move || format::people(current.with(|w| f(&w.mix))))
    };

    let answer = move || {
        if let Some(why) = problem.get() {
            return why.to_string();
        }
        result.with(|r| {
            let Some(most) = r.most_meetings.map(|p| r.week(p)) else {
                return "No plan books a meeting with these rates: raise the reply, acceptance or meeting rate.".to_string();
            };
            let mut text = format!(
                "{} books the most: {} a month with its best mix",
                most.plan.plan().name,
                format::counted(most.meetings_month(), format::MEETING),
            );
            match r.lowest_cost.map(|p| r.week(p)) {
                Some(cheap) if cheap.cost_per_meeting == Some(0.0) => text.push_str(&format!(
                    "; {} costs least per meeting: nothing but your time, which is not counted (set a labour cost to compare).",
                    cheap.plan.plan().name,
                )),
                Some(cheap) => text.push_str(&format!(
                    "; {} costs least per meeting ({}).",
                    cheap.plan.plan().name,
                    cheap.cost_per_meeting.map(format::money).unwrap_or_default()
                )),
                None => text.push_str("; no plan books a meeting, so none has a cost per meeting."),
            }
            text
        })
    };
    let against_calculator = move || {
        let (calculator, gaps) = scenario.with(|s| (compute(s).total.meetings, shortfalls(s)));
        let best = current.with(|w| w.meetings_month());
        let name = current.with(|w| w.plan.plan().name);
        let mut text = format!(
            "Your calculator week books {} a month; the best mix on {name} books {}",
            format::counted(calculator, format::MEETING),
            format::people(best),
        );
        // A smaller limit is the reason only when the best mix books fewer.
        if gaps.is_empty() || best + 1e-9 >= calculator {
            text.push_str(if best > calculator + 1e-9 {
                ", by moving first moves to the channels that book more per minute."
            } else {
                ": your calculator week is already the best split."
            });
            return text;
        }
        let why: Vec<String> = gaps.iter().map(|g| shortfall_words(*g)).collect();
        text.push_str(&format!(", because {}.", why.join(", and ")));
        text
    };
    let limit_text = move || {
        current.with(|w| match w.binding.first() {
            Some(limit) => format!("What limits {} now: {}.", w.plan.plan().name, limit.words()),
            None => format!(
                "Nothing limits {}: no channel books a meeting.",
                w.plan.plan().name
            ),
        })
    };
    let gains = move || {
        result.with(|r| {
            let hour = r.one_more_hour * crate::model::cost::WEEKS_PER_MONTH;
            let time_binds = current.with(|w| w.binding.contains(&Limit::Time));
            let mut text = if !time_binds {
                "One more hour a week would add nothing: your hours are not what limits this week"
                    .to_string()
            } else {
                format!(
                    "One more hour a week would add {} a month",
                    format::counted(hour, format::MEETING)
                )
            };
            match r.next_plan {
                Some((next, more)) => {
                    let month = more * crate::model::cost::WEEKS_PER_MONTH;
                    let change = if month >= 0.0 {
                        format!("add {} a month", format::people(month))
                    } else {
                        format!("book {} fewer a month", format::people(-month))
                    };
                    let extra = r.week(next).monthly_cost(hourly.get())
                        - current.with(|w| w.monthly_cost(hourly.get()));
                    let price = if !r.week(next).priced {
                        format!("(type its price in {} to compare its cost)", scenario.with(|s| s.currency))
                    } else if extra.abs() < 0.005 {
                        "at the same cost a month".to_string()
                    } else if extra > 0.0 {
                        format!("for {} more a month", format::money(extra))
                    } else {
                        format!("and save {} a month", format::money(-extra))
                    };
                    text.push_str(&format!(
                        "; the next plan up, {}, would {change} {price}.",
                        next.plan().name,
                    ));
                }
                None if scenario.with(|s| s.plan) == PlanId::RecruiterLite => text.push_str(
                    "; Recruiter Lite is a recruiting seat, so no seller's plan is above it to compare.",
                ),
                None => text.push_str("; Sales Navigator Core is the top of the sellers' plans."),
            }
            text
        })
    };

    let table = move || {
        result.with(|r| {
            let plan = scenario.with(|s| s.plan);
            r.weeks.iter().map(|w| plan_row(w, plan, r)).collect_view()
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
                </div>
                <h3>{move || format!("Your best week on {}", current.with(|w| w.plan.plan().name))}</h3>
                <div class="stats">
                    <Stat test_id="mix-invites" label="Connection requests" value=mix(|m| m.invites) text=mix_text(|m| m.invites) />
                    <Stat test_id="mix-inmails" label="InMails" value=mix(|m| m.inmails) text=mix_text(|m| m.inmails) />
                    <Stat test_id="mix-open" label="Open Profile messages" value=mix(|m| m.open) text=mix_text(|m| m.open) />
                    <Stat test_id="mix-meetings" label="Meetings a week"
                        value=Signal::derive(move || exact(Some(current.with(|w| w.meetings_week))))
                        text=Signal::derive(move || format::people(current.with(|w| w.meetings_week))) />
                </div>
                <p class="note" data-testid="mix-binding"
                    data-value=move || current.with(|w| w.binding.first().map(|l| l.key()).unwrap_or_default())>
                    {limit_text}
                </p>
                <p class="note" data-testid="plans-gains">{gains}</p>
                <MixChart result />
            </div>
            <div class="tool-side">
                <NumberInput scope="plans" field=Field::Hours scenario disabled=always follows="what your calculator week takes" />
                <NumberInput scope="plans" field=Field::List scenario disabled=always follows="the people your calculator week reaches" />
                <NumberInput scope="plans" field=Field::OpenShare scenario disabled=always follows="your calculator week" />
                <NumberInput scope="plans" field=Field::Cap scenario disabled=always />
                <NumberInput scope="plans" field=Field::MinInvite scenario disabled=always follows="the minutes per touch" />
                <NumberInput scope="plans" field=Field::MinInmail scenario disabled=always follows="the minutes per touch" />
                <NumberInput scope="plans" field=Field::MinOpen scenario disabled=always follows="the minutes per touch" />
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

fn plan_row(w: &PlanWeek, current: PlanId, r: &Plans) -> impl IntoView {
    let cost = |c: Option<f64>| match c {
        Some(v) if v > 0.0 => format::money(v),
        Some(_) => "only your time (not counted)".to_string(),
        None if !w.priced => "its price in your currency is not known".to_string(),
        None => "no meetings".to_string(),
    };
    let mut tags = Vec::new();
    if w.plan == current {
        tags.push("yours");
    }
    if Some(w.plan) == r.most_meetings {
        tags.push("most meetings");
    }
    if Some(w.plan) == r.lowest_cost {
        tags.push("lowest cost");
    }
    view! {
        <tr class:current=w.plan == current data-plan=w.plan.key()>
            <th scope="row">{w.plan.plan().name}
                {(!tags.is_empty()).then(|| view! { <span class="tag">{tags.join(" · ")}</span> })}
            </th>
            <td data-label=COLUMNS[1]>{format::people(w.mix.invites)}</td>
            <td data-label=COLUMNS[2]>{format::people(w.mix.inmails)}</td>
            <td data-label=COLUMNS[3]>{format::people(w.mix.open)}</td>
            <td data-label=COLUMNS[4]>{format::people(w.meetings_week)}</td>
            <td data-label=COLUMNS[5]>{format::people(w.meetings_month())}</td>
            <td data-label=COLUMNS[6] class="words">{cost(w.cost_per_meeting)}</td>
            <td data-label=COLUMNS[7] class="words">{cost(w.cost_per_meeting_no_labour)}</td>
        </tr>
    }
}

/// A plan's name short enough for a chart's label column on a phone.
fn short_name(plan: PlanId) -> &'static str {
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
fn MixChart(result: Memo<Plans>) -> impl IntoView {
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
                        format::people(w.mix.invites),
                        format::people(w.mix.inmails),
                        format::people(w.mix.open),
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
