//! The month's answer and the figures of CONTRACT.md. Per channel comes first, so a free
//! channel cannot make a plan look cheap by diluting the blended figure; each figure has its
//! `data-testid`, the unrounded value for machines, the formatted value for people, and how it
//! was computed from which sources.

use leptos::prelude::*;

use crate::components::sources::Sources;
use crate::format;
use crate::model::cost::{ChannelId, Charge, Costs, Output, OutputKind};
use crate::model::fields::Field;
use crate::model::scenario::Scenario;

/// The inputs above their benchmark band, shared by every figure that reads them.
pub type Flags = Memo<Vec<(Field, &'static str)>>;

/// The month's answer: what a meeting costs on each channel, the cheapest named.
#[component]
pub fn MonthAnswer(costs: Memo<Costs>, flags: Flags) -> impl IntoView {
    let counted = Memo::new(move |_| costs.with(|c| c.labour_counted));
    let time_left_out = move || !counted.get();
    view! {
        <section class="month-answer" aria-labelledby="answer-title">
            <h2 id="answer-title">"What a meeting costs, per channel"</h2>
            <ChannelAnswer costs flags />
            <p class="note time-note" data-testid="time-note" class:hidden=move || !time_left_out()>
                "These costs leave out your time (labour cost is $0 an hour), so connection requests and Open Profile messages show as free. "
                "The guides' $50–$150 a meeting includes it: set a labour cost to compare."
            </p>
        </section>
    }
}

/// Every figure of CONTRACT.md for the month, all channels together.
#[component]
pub fn Results(scenario: Memo<Scenario>, costs: Memo<Costs>, flags: Flags) -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">"All channels together, one month"</h2>
            <div class="cards">
                {Output::ALL.map(|output| view! { <ResultCard output scenario costs flags /> }).into_iter().collect_view()}
            </div>
        </section>
    }
}

/// The month's answer in words: the cheapest channel per meeting.
fn answer_text(cheapest: Option<&(Vec<ChannelId>, f64)>) -> String {
    let Some((ids, best)) = cheapest else {
        return "No channel books a meeting with these figures.".to_string();
    };
    let what = ids
        .iter()
        .map(|id| id.label())
        .collect::<Vec<_>>()
        .join(" and ");
    if *best == 0.0 {
        format!("Cheapest per meeting: {what}, which cost only your time (not counted here).")
    } else {
        format!(
            "Cheapest per meeting: {what}, at {} a meeting.",
            format::money(*best)
        )
    }
}

/// How a channel's cost per meeting reads.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    NotOnPlan,
    NonePlanned,
    /// Labour only, and labour is not counted.
    FreeTime,
    Money,
}

/// Per channel, what a meeting costs, cheapest first named: the month's answer. Each row
/// formats only when its own figure or state changes.
#[component]
fn ChannelAnswer(costs: Memo<Costs>, flags: Flags) -> impl IntoView {
    let cheapest = Memo::new(move |_| costs.with(Costs::cheapest));
    let rows = ChannelId::ALL.map(|id| {
        let figure = Memo::new(move |_| costs.with(|c| c.channel(id).cost_per_meeting));
        let state = Memo::new(move |_| {
            costs.with(|c| {
                let ch = c.channel(id);
                let shown = if id == ChannelId::Inmail && c.inmails_per_month.value().is_none() {
                    Shown::NotOnPlan
                } else if ch.volume == 0.0 {
                    Shown::NonePlanned
                } else if ch.labour_only() && !c.labour_counted {
                    Shown::FreeTime
                } else {
                    Shown::Money
                };
                (shown, ch.charge, c.labour_counted)
            })
        });
        let shown = move || match state.get().0 {
            Shown::NotOnPlan => "not available on this plan".to_string(),
            Shown::NonePlanned => "none planned".to_string(),
            Shown::FreeTime if figure.get().value().is_some() => "free: only your time".to_string(),
            _ => format::figure(figure.get(), OutputKind::Money),
        };
        let what_if = flagged_among(flags, id.rates());
        let how = move || {
            let (shown, charge, counted) = state.get();
            if shown == Shown::NotOnPlan {
                return "InMail needs a premium plan with credits".to_string();
            }
            let flagged = what_if.get();
            if !flagged.is_empty() {
                return format!("what if: {} above the guides' band", flagged.join(", "));
            }
            match charge {
                Charge::Subscription if counted => "carries the plan's price plus your time".to_string(),
                Charge::IncludedInPlan | Charge::FreeOnEveryPlan if counted => {
                    format!("{}: your time only", charge.words())
                }
                other => other.words().to_string(),
            }
        };
        view! {
            <li class:what-if=move || !what_if.with(Vec::is_empty)>
                <span class="channel-name">{id.label()}</span>
                <strong data-testid=format!("channel-cost-{}", channel_key(id))
                    data-value=move || figure.get().value().map(|v| v.to_string()).unwrap_or_default()>
                    {shown}
                </strong>
                <span class="channel-how">{how}</span>
            </li>
        }
    });
    view! {
        <div class="channel-answer">
            <p class="answer" data-testid="month-answer">{move || cheapest.with(|c| answer_text(c.as_ref()))}</p>
            <ul class="channel-costs" aria-label="Cost per meeting, per channel">
                {rows.into_iter().collect_view()}
            </ul>
        </div>
    }
}

/// The labels of the flagged inputs among `fields`: a figure that reads one is a "what if".
fn flagged_among(flags: Flags, fields: &'static [Field]) -> Memo<Vec<&'static str>> {
    Memo::new(move |_| {
        flags.with(|f| {
            f.iter()
                .filter(|(field, _)| fields.contains(field))
                .map(|(field, _)| field.spec().label)
                .collect()
        })
    })
}

/// The test-id part of a channel.
pub fn channel_key(id: ChannelId) -> &'static str {
    match id {
        ChannelId::Inmail => "inmail",
        ChannelId::OpenProfile => "open-profile",
        ChannelId::Connection => "connection",
    }
}

/// The month's answer, pinned under the tabs on a phone so it stays in sight while the inputs
/// below it are edited. Hidden from wide layouts, where the answer column stays in view.
#[component]
pub fn SummaryBar(costs: Memo<Costs>) -> impl IntoView {
    let cheapest = Memo::new(move |_| costs.with(Costs::cheapest));
    let meetings = Memo::new(move |_| costs.with(|c| c.total.meetings));
    let best = move || {
        cheapest.with(|c| match c {
            Some((ids, v)) if *v > 0.0 => format!("{} {}", ids[0].label(), format::money(*v)),
            Some((ids, _)) => format!("{}: only your time", ids[0].label()),
            None => "no meetings".to_string(),
        })
    };
    view! {
        <div class="summary-bar" aria-hidden="true">
            <span>"Cheapest per meeting: " <strong>{best}</strong></span>
            <span>"Meetings a month " <strong>{move || format::people(meetings.get())}</strong></span>
        </div>
    }
}

/// One figure, with a "what if" mark when an input it reads is above its benchmark band.
#[component]
fn ResultCard(
    output: Output,
    scenario: Memo<Scenario>,
    costs: Memo<Costs>,
    flags: Flags,
) -> impl IntoView {
    let figure = Memo::new(move |_| costs.with(|c| output.of(c)));
    let per_outcome = matches!(output, Output::CostPerMeeting | Output::CostPerReply);
    let what_if = flagged_among(flags, output.inputs());
    let shown = move || {
        let f = figure.get();
        let free = per_outcome && f.value() == Some(0.0);
        if free {
            "Free: only your time".to_string()
        } else {
            format::figure(f, output.kind())
        }
    };
    let counted = Memo::new(move |_| costs.with(|c| c.labour_counted));
    let qualifier = move || {
        let time = per_outcome && !counted.get();
        let flagged = what_if.get();
        let mut parts = Vec::new();
        if time {
            parts.push("leaves out your time".to_string());
        }
        if !flagged.is_empty() {
            parts.push(format!(
                "what if: {} above the guides' band",
                flagged.join(", ")
            ));
        }
        parts.join(" · ")
    };
    // The explanation is rendered only while open, so edits do not redraw nine hidden lists.
    let open = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    };
    view! {
        <div class="card" class:card-what-if=move || !what_if.with(Vec::is_empty)>
            <p class="card-label" id=format!("{}-label", output.test_id())>{output.label()}</p>
            <p
                class="card-value"
                class:card-absent=move || figure.get().value().is_none()
                data-testid=output.test_id()
                data-value=move || figure.get().value().map(|v| v.to_string()).unwrap_or_default()
                data-what-if=move || if what_if.with(Vec::is_empty) { "false" } else { "true" }
                aria-labelledby=format!("{}-label", output.test_id())
            >
                {shown}
            </p>
            <p class="card-qualifier">{qualifier}</p>
            <details class="card-how" on:toggle=on_toggle>
                <summary>"How is this computed?"</summary>
                <Show when=move || open.get()>
                    <div class="card-how-body" data-testid=format!("{}-how", output.test_id())>
                        <p class="formula">{output.formula()}</p>
                        <Explanation output scenario />
                    </div>
                </Show>
            </details>
        </div>
    }
}

/// The inputs a figure reads, with their values and where each came from.
#[component]
fn Explanation(output: Output, scenario: Memo<Scenario>) -> impl IntoView {
    let items = move || {
        scenario.with(|s| {
            output
                .inputs()
                .iter()
                .filter(|&&f| f != Field::Uplift || !s.plan.plan().is_premium())
                .map(|&f| {
                    let spec = f.spec();
                    view! {
                        <li>
                            {spec.label} ": " <strong>{format::input(s.get(f), spec.unit())}</strong>
                            " — " {source_of(s, f)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="inputs-used">{items}</ul> }
}

/// Where a value in force comes from: the guide or plan that gave the default, or the user.
fn source_of(s: &Scenario, field: Field) -> AnyView {
    let plan = s.plan.plan();
    if !s.is_default(field) {
        return view! { <span class="source">"your figure"</span> }.into_any();
    }
    match field {
        Field::Price => view! {
            <span class="source">{format!("{} price, {}. ", plan.name, plan.price_as_of)}</span>
            <Sources cite=plan.price_source />
        }
        .into_any(),
        Field::Credits => view! {
            <span class="source">{format!("{}. ", plan.name)}</span>
            <Sources cite=plan.credits_source />
        }
        .into_any(),
        Field::OpenReply => {
            view! { <span class="source">"follows the InMail reply rate (an assumption)"</span> }
                .into_any()
        }
        _ => view! { <Sources cite=field.spec().source /> }.into_any(),
    }
}
