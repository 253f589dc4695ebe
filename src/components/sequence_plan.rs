//! Sequences (SPEC §6): the guide's three sequences as timelines, and what N new prospects a
//! week consume against the caps and yield, with the first cap that breaks.

use leptos::prelude::*;

use crate::format;
use crate::model::recommend::{Recommendation, SequenceId};
use crate::model::scenario::Scenario;
use crate::model::sequences::{load, Channel, SOURCE};

#[component]
pub fn SequencePlan(
    scenario: RwSignal<Scenario>,
    /// The first move's recommendation, whose sequence is the default here.
    advice: Memo<Recommendation>,
) -> impl IntoView {
    // The recommended sequence until the user picks one.
    let picked = RwSignal::new(None::<SequenceId>);
    let recommended = Memo::new(move |_| advice.with(|a| a.sequence));
    let sequence = move || {
        picked
            .get()
            .or(recommended.get())
            .unwrap_or(SequenceId::ConnectionFirst)
    };
    let prospects = RwSignal::new(25.0);
    let open_share = RwSignal::new(0.0);
    let error = RwSignal::new(None::<String>);
    let weekly = Memo::new(move |_| {
        scenario.with(|s| load(s, sequence(), prospects.get(), open_share.get() / 100.0))
    });

    let number = move |target: RwSignal<f64>, max: f64, what: &'static str| {
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            match text.trim().parse::<f64>() {
                Ok(v) if v.is_finite() && (0.0..=max).contains(&v) => {
                    error.set(None);
                    target.set(v);
                }
                _ => error.set(Some(format!(
                    "{what}: “{text}” must be a number from 0 to {max}."
                ))),
            }
        }
    };

    let usage = move || {
        let l = weekly.get();
        scenario.with(|s| {
            let per_week = crate::model::cost::WEEKS_PER_MONTH;
            [
                ("Invitations", l.invites, Some(s.cap)),
                (
                    "InMail credits (net of refunds)",
                    l.credits,
                    Some(s.credits / per_week),
                ),
                (
                    "Open Profile messages",
                    l.open_profile,
                    Some(s.open / per_week),
                ),
                ("Cold emails", l.emails, None),
                ("Replies", l.replies, None),
                ("Meetings", l.meetings, None),
            ]
            .map(|(what, used, cap)| {
                let over = cap.is_some_and(|c| used > c);
                view! {
                    <tr class:over-cap=over>
                        <th scope="row">{what}</th>
                        <td>{format::count(used)}</td>
                        <td>{cap.map(format::count).unwrap_or_else(|| "—".to_string())}</td>
                    </tr>
                }
            })
            .into_iter()
            .collect_view()
        })
    };

    view! {
        <section class="sequences" aria-labelledby="sequences-title">
            <h2 id="sequences-title">"Sequence"</h2>
            <div class="segmented" role="radiogroup" aria-label="Sequence">
                {SequenceId::ALL.map(|id| view! {
                    <label class="segment">
                        <input type="radio" name="sequence" prop:checked=move || sequence() == id
                            on:change=move |_| picked.set(Some(id)) />
                        <span>{id.sequence().name}</span>
                    </label>
                }).into_iter().collect_view()}
            </div>
            <p class="note">
                {move || format!("Best for {}. ", sequence().sequence().best_for)}
                {move || (recommended.get() == Some(sequence())).then_some("Recommended for this prospect. ")}
                <span class="source">{SOURCE}</span>
            </p>
            <ol class="timeline" data-testid="sequence-timeline">
                {move || sequence().sequence().steps.iter().map(|st| view! {
                    <li class=format!("step step-{}", channel_class(st.channel))>
                        <span class="step-day">{format!("Day {}", st.day)}</span>
                        <span>{st.action}</span>
                    </li>
                }).collect_view()}
            </ol>
            <div class="left-counts">
                <div class="left-input">
                    <label for="seq-prospects">"New prospects a week"</label>
                    <input id="seq-prospects" type="text" inputmode="decimal" prop:value="25"
                        on:input=number(prospects, 1000.0, "New prospects a week") />
                </div>
                <div class="left-input">
                    <label for="seq-open">"Share with an Open Profile (%)"</label>
                    <input id="seq-open" type="text" inputmode="decimal" prop:value="0"
                        on:input=number(open_share, 100.0, "Share with an Open Profile") />
                </div>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <table class="usage" data-testid="sequence-usage">
                <thead><tr><th scope="col">"A week"</th><th scope="col">"Used"</th><th scope="col">"Available"</th></tr></thead>
                <tbody>{usage}</tbody>
            </table>
            <p class="warning" data-testid="sequence-warning" class:hidden=move || weekly.get().breaks.is_none()>
                {move || weekly.get().breaks.map(|b| format!("At this volume {b}."))}
            </p>
        </section>
    }
}

fn channel_class(c: Channel) -> &'static str {
    match c {
        Channel::Invite => "invite",
        Channel::Inmail => "inmail",
        Channel::Message => "message",
        Channel::Email => "email",
    }
}
