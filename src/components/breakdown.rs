//! The month per channel: volume, replies, meetings and what each costs, so the rep sees which
//! first move pays for itself.

use leptos::prelude::*;

use crate::format;
use crate::model::cost::{Costs, Figure, Kind};

#[component]
pub fn Breakdown(costs: Memo<Costs>) -> impl IntoView {
    let rows = move || {
        costs.with(|c| {
            [
                ("InMail", "refunded credits resent", &c.inmail),
                ("Open Profile", "free with premium", &c.open_profile),
                (
                    "Connection requests",
                    "free; replies after acceptance",
                    &c.connection,
                ),
                ("All channels", "plan price plus labour", &c.total),
            ]
            .map(|(name, note, ch)| {
                let is_total = name == "All channels";
                view! {
                    <tr class:total=is_total>
                        <th scope="row">{name} <span class="row-note">{note}</span></th>
                        <td data-label="Sent">{format::count(ch.volume)}</td>
                        <td data-label="Replies">{format::count(ch.replies)}</td>
                        <td data-label="Meetings">{format::count(ch.meetings)}</td>
                        <td data-label="Cost">{format::money(ch.cost)}</td>
                        <td data-label="Per reply">{per(ch.cost_per_reply)}</td>
                        <td data-label="Per meeting">{per(ch.cost_per_meeting)}</td>
                    </tr>
                }
            })
            .into_iter()
            .collect_view()
        })
    };
    view! {
        <section class="breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title">"Per channel, one month"</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="breakdown-title">
                <table class="stack-on-phone" data-testid="channel-breakdown">
                    <thead>
                        <tr>
                            <th scope="col">"Channel"</th>
                            <th scope="col">"Sent"</th>
                            <th scope="col">"Replies"</th>
                            <th scope="col">"Meetings"</th>
                            <th scope="col">"Cost"</th>
                            <th scope="col">"Per reply"</th>
                            <th scope="col">"Per meeting"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="note">
                "The plan price pays for InMail and Open Profile messages, so it is shared between them by volume; "
                "connection requests cost only your time. With no premium messages, the price is counted against connections."
            </p>
        </section>
    }
}

fn per(figure: Figure) -> String {
    match figure {
        Figure::Value(_) => format::figure(figure, Kind::Money),
        _ => "—".to_string(),
    }
}
