//! The month's answer and the figures of docs/link-format.md. Per channel comes first, so a free
//! channel cannot make a plan look cheap by diluting the blended figure; each figure has its
//! `data-testid`, the unrounded value for machines, the formatted value for people, and how it
//! was computed from which sources.

use leptos::prelude::*;

use crate::components::sources::Sources;
use crate::format;
use crate::model::cost::{ChannelId, Costs, Output};
use crate::model::currency::Currency;
use crate::model::fields::Field;
use crate::model::rounding::exact;
use crate::model::scenario::Scenario;
use crate::model::words::calculator as words;

/// The inputs above their benchmark band, shared by every figure that reads them.
pub type Flags = Memo<Vec<(Field, &'static str)>>;

/// The month's answer: what a meeting costs on each channel, the cheapest named.
#[component]
pub fn MonthAnswer(scenario: Memo<Scenario>, costs: Memo<Costs>, flags: Flags) -> impl IntoView {
    let counted = Memo::new(move |_| costs.with(|c| c.labour_counted));
    let currency = Memo::new(move |_| scenario.with(|s| s.currency));
    let over_cap =
        Memo::new(move |_| scenario.with(|s| costs.with(|c| words::over_cap(c, s.invites, s.cap))));
    view! {
        <section class="month-answer" aria-labelledby="answer-title">
            <h2 id="answer-title">"What a meeting costs, per channel"</h2>
            <ChannelAnswer costs flags currency />
            <p class="warning" data-testid="over-cap" class:hidden=move || over_cap.with(Option::is_none)>
                {move || over_cap.with(|o| o.as_ref().map(format::sentence))}
            </p>
            <p class="note time-note" data-testid="time-note" class:hidden=move || counted.get()>
                {format::sentence(&words::time_note())}
            </p>
        </section>
    }
}

/// Every figure of docs/link-format.md for the month, all channels together.
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

/// Per channel, what a meeting costs, cheapest first named: the month's answer. Each row
/// formats only when its own figure or state changes.
#[component]
fn ChannelAnswer(costs: Memo<Costs>, flags: Flags, currency: Memo<Currency>) -> impl IntoView {
    let answer = Memo::new(move |_| costs.with(|c| words::month_answer(c, currency.get())));
    let rows = ChannelId::ALL.map(|id| {
        let figure = Memo::new(move |_| costs.with(|c| c.channel(id).cost_per_meeting));
        let shown = Memo::new(move |_| costs.with(|c| words::channel_cost(c, id)));
        let carries = Memo::new(move |_| costs.with(|c| words::channel_carries(c, id)));
        let what_if = flagged_among(flags, id.rates().to_vec());
        let how = move || {
            let flagged = what_if.get();
            if !flagged.is_empty() {
                return format!("what if: {} above the guides' band", flagged.join(", "));
            }
            carries.with(format::sentence)
        };
        view! {
            <li class:what-if=move || !what_if.with(Vec::is_empty)>
                <span class="channel-name">{id.label()}</span>
                <strong data-testid=id.cost_test_id()
                    data-value=move || exact(figure.get().value())>
                    {move || shown.with(format::sentence)}
                </strong>
                <span class="channel-how">{how}</span>
            </li>
        }
    });
    view! {
        <div class="channel-answer">
            <p class="answer" data-testid="month-answer">{move || answer.with(format::sentence)}</p>
            <ul class="channel-costs" aria-label="Cost per meeting, per channel">
                {rows.into_iter().collect_view()}
            </ul>
        </div>
    }
}

/// The labels of the flagged inputs among `fields`: a figure that reads one is a "what if".
fn flagged_among(flags: Flags, fields: Vec<Field>) -> Memo<Vec<&'static str>> {
    Memo::new(move |_| {
        flags.with(|f| {
            f.iter()
                .filter(|(field, _)| fields.contains(field))
                .map(|(field, _)| field.spec().label)
                .collect()
        })
    })
}

/// The month's answer, pinned under the tabs on a phone so it stays in sight while the inputs
/// below it are edited. Hidden from wide layouts, where the answer column stays in view.
#[component]
pub fn SummaryBar(costs: Memo<Costs>) -> impl IntoView {
    let best = Memo::new(move |_| costs.with(words::summary));
    let meetings = Memo::new(move |_| costs.with(|c| c.total.meetings));
    let best = move || best.with(format::sentence);
    view! {
        <div class="summary-bar" aria-hidden="true">
            <span>"Cheapest per meeting: " <strong>{best}</strong></span>
            <span>"Meetings a month " <strong>{move || format::count(meetings.get())}</strong></span>
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
    let what_if = flagged_among(flags, output.inputs());
    let card = Memo::new(move |_| costs.with(|c| words::card(c, output)));
    let shown = move || card.with(format::sentence);
    let left_out = Memo::new(move |_| costs.with(|c| words::card_qualifier(c, output)));
    let qualifier = move || {
        let flagged = what_if.get();
        let mut parts = Vec::new();
        let left_out = left_out.with(format::sentence);
        if !left_out.is_empty() {
            parts.push(left_out);
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
                data-value=move || exact(figure.get().value())
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
                .into_iter()
                .map(|f| {
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
