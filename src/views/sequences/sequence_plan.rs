//! Sequences: the calculator's week as the guide's sequences (the default, so the view opens on
//! the same week as the calculator), the guide's three sequences as timelines, the one fitted
//! to this prospect, and what N such prospects a week use of the weekly allowances and yield,
//! with the first allowance that breaks.

use leptos::prelude::*;

use crate::components::number_input::NumberInput;
use crate::components::sources::Sources;
use crate::format;
use crate::model::allowance::{Limit, Weekly};
use crate::model::fields::Field;
use crate::model::recommend::Recommendation;
use crate::model::scenario::Scenario;
use crate::model::sequences::{calculator_week, load, Load, SequenceId, Step, SOURCE};
use crate::model::words::sequences as words;

/// Which timeline is shown: the calculator's week, the one fitted to this prospect, or one of
/// the guide's as written.
#[derive(Clone, Copy, PartialEq)]
enum Pick {
    CalculatorWeek,
    ForProspect,
    Guide(SequenceId),
}

/// One row of the weekly usage table.
struct UsageRow {
    /// For tests: `data-usage`.
    key: &'static str,
    label: &'static str,
    used: String,
    allowed: Option<f64>,
    /// The allowance the row is checked against, if any.
    limit: Option<Limit>,
}

#[component]
pub fn SequencePlan(
    scenario: Memo<Scenario>,
    /// The first move's recommendation, whose fitted sequence is the default here.
    advice: Memo<Recommendation>,
) -> impl IntoView {
    let picked = RwSignal::new(Pick::CalculatorWeek);
    let plan = Memo::new(move |_| scenario.with(calculator_week));
    // The timelines on screen: one per group of the calculator's week, or the one picked.
    let timelines = Memo::new(move |_| match picked.get() {
        Pick::CalculatorWeek => plan.with(|p| {
            p.groups
                .iter()
                .map(|g| (Some(g.id.sequence().name), g.id.sequence().steps.to_vec()))
                .collect::<Vec<_>>()
        }),
        Pick::ForProspect => advice.with(|a| {
            a.sequence
                .as_ref()
                .map(|p| vec![(None, p.steps.clone())])
                .unwrap_or_default()
        }),
        Pick::Guide(id) => vec![(None, id.sequence().steps.to_vec())],
    });
    let weekly = Memo::new(move |_| -> Load {
        match picked.get() {
            Pick::CalculatorWeek => plan.with(|p| p.load.clone()),
            _ => {
                let steps: Vec<Step> = timelines
                    .with(|t| t.first().map(|(_, steps)| steps.clone()))
                    .unwrap_or_default();
                scenario.with(|s| {
                    load(
                        s,
                        &steps,
                        s.get(Field::List),
                        s.get(Field::OpenShare) / 100.0,
                    )
                })
            }
        }
    });
    let sized_by_list = move || picked.get() != Pick::CalculatorWeek;
    let week = Memo::new(move |_| scenario.with(Weekly::of));

    let always = Signal::derive(|| None);

    let usage = move || {
        let l = weekly.get();
        let w = week.get();
        let row = |key, label, used, allowed, limit| UsageRow {
            key,
            label,
            used,
            allowed,
            limit,
        };
        let rows = [
            row(
                "invitations",
                "Invitations",
                format::count(l.invites),
                Some(w.invitations),
                Some(Limit::Invitations),
            ),
            row(
                "inmails",
                "InMails sent",
                format::count(l.inmails),
                None,
                None,
            ),
            row(
                "credits",
                "InMail credits, net of refunds",
                format::count(l.credits_net),
                Some(w.credits_net),
                Some(Limit::Credits),
            ),
            row(
                "open-profile",
                "Open Profile messages",
                format::count(l.open_profile),
                Some(w.open_profile),
                Some(Limit::OpenProfile),
            ),
            row("emails", "Cold emails", format::count(l.emails), None, None),
            row("replies", "Replies", format::count(l.replies), None, None),
            row(
                "meetings",
                "Meetings",
                format::count(l.meetings),
                None,
                None,
            ),
        ];
        rows.map(
            |UsageRow {
                 key,
                 label: what,
                 used,
                 allowed: available,
                 limit,
             }| {
                let over = limit.is_some_and(|lim| {
                    l.usage().of(lim) > w.available(lim).unwrap_or(f64::INFINITY) + 1e-9
                });
                view! {
                    <tr class:over-cap=over data-usage=key>
                        <th scope="row">{what}</th>
                        <td class="used">{used}</td>
                        <td class="allowed">{match (available, limit) {
                            // An average week, to a tenth as its use is shown.
                            (Some(a), Some(_)) => format::count(a),
                            _ => "—".to_string(),
                        }}</td>
                    </tr>
                }
            },
        )
        .into_iter()
        .collect_view()
    };
    let option = move |pick: Pick, label: &'static str| {
        view! {
            <label class="segment">
                <input type="radio" name="sequence" prop:checked=move || picked.get() == pick
                    on:change=move |_| picked.set(pick) />
                <span>{label}</span>
            </label>
        }
    };

    view! {
        <section class="sequences tool" aria-labelledby="sequences-title">
            <h2 id="sequences-title">"Sequence"</h2>
            <div class="tool-side">
            <div class="segmented" role="radiogroup" aria-label="Sequence">
                {option(Pick::CalculatorWeek, "Your calculator week")}
                {option(Pick::ForProspect, "For this prospect")}
                {SequenceId::ALL.map(|id| option(Pick::Guide(id), id.sequence().name)).into_iter().collect_view()}
            </div>
            <p class="note">
                {move || match picked.get() {
                    Pick::CalculatorWeek => plan.with(|p| scenario.with(|s| format!("{} ", format::sentence(&words::calculator_week(p, s))))),
                    Pick::ForProspect => advice.with(|a| match &a.sequence {
                        Some(p) => format!("The {} sequence, starting with the first move and keeping only the steps this prospect allows. ", p.id.sequence().name),
                        None => "This prospect needs no sequence: the first move is the plan for now. Pick one of the Outbound System guide's sequences to size a week of new prospects. ".to_string(),
                    }),
                    Pick::Guide(id) => format!("As the guide writes it; best for {}. ", id.sequence().best_for),
                }}
                <Sources cite=SOURCE />
            </p>
            <div data-testid="sequence-timeline">
                {move || timelines.get().into_iter().map(|(name, steps)| view! {
                    {name.map(|n| view! { <h3 class="timeline-name">{n}</h3> })}
                    <ol class="timeline">
                        {steps.into_iter().map(|st: Step| view! {
                            <li class=format!("step step-{}", st.touch.key()) data-touch=st.touch.key()>
                                <span class="step-day">{format!("Day {}", st.day)}</span>
                                <span>{st.action}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                }).collect_view()}
            </div>
            </div>
            <div class="tool-answer">
            <Show when=sized_by_list>
                <NumberInput scope="seq" field=Field::List scenario disabled=always follows="the people your calculator week reaches" />
                <NumberInput scope="seq" field=Field::OpenShare scenario disabled=always follows="your calculator week" />
            </Show>
            <table class="usage" data-testid="sequence-usage">
                <thead><tr><th scope="col">"A week"</th><th scope="col">"Used"</th><th scope="col">"Allowed"</th></tr></thead>
                <tbody>{usage}</tbody>
            </table>
            <p class="warning" data-testid="sequence-warning" class:hidden=move || weekly.get().breaks.is_none()>
                {move || weekly.with(|l| week.with(|w| words::breaks(l, w).map(|b| format::sentence(&b))))}
            </p>
            </div>
        </section>
    }
}
