//! The month per channel: volume, replies, meetings and what each costs, so the rep sees which
//! first move pays for itself.

use leptos::prelude::*;

use crate::format;
use crate::model::cost::{Channel, Costs, Figure, Kind};

/// Picks one channel out of a month.
type ChannelOf = fn(&Costs) -> &Channel;

/// The table's rows: a name, a note, and which channel of the month they show.
const ROWS: [(&str, &str, ChannelOf); 4] = [
    ("InMail", "refunded credits resent", |c| &c.inmail),
    ("Open Profile", "free with premium", |c| &c.open_profile),
    (
        "Connection requests",
        "free; replies after acceptance",
        |c| &c.connection,
    ),
    ("All channels", "plan price plus labour", |c| &c.total),
];

#[component]
pub fn Breakdown(costs: Memo<Costs>) -> impl IntoView {
    // Each cell memoizes its number and formats only when it changes, so an edit rewrites
    // the few text nodes whose figures moved, not the table.
    let rows = ROWS.map(|(name, note, channel)| {
        let cell = move |pick: fn(&Channel) -> Figure, kind: Kind| {
            let figure = Memo::new(move |_| costs.with(|c| pick(channel(c))));
            move || per(figure.get(), kind)
        };
        view! {
            <tr class:total=name == "All channels">
                <th scope="row">{name} <span class="row-note">{note}</span></th>
                <td data-label="Sent">{cell(|ch| Figure::Value(ch.volume), Kind::Count)}</td>
                <td data-label="Replies">{cell(|ch| Figure::Value(ch.replies), Kind::Count)}</td>
                <td data-label="Meetings">{cell(|ch| Figure::Value(ch.meetings), Kind::Count)}</td>
                <td data-label="Cost">{cell(|ch| Figure::Value(ch.cost), Kind::Money)}</td>
                <td data-label="Per reply">{cell(|ch| ch.cost_per_reply, Kind::Money)}</td>
                <td data-label="Per meeting">{cell(|ch| ch.cost_per_meeting, Kind::Money)}</td>
            </tr>
        }
    });
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
                    <tbody>{rows.into_iter().collect_view()}</tbody>
                </table>
            </div>
            <p class="note">
                "The plan price pays for InMail and Open Profile messages, so it is shared between them by volume; "
                "connection requests cost only your time. With no premium messages, the price is counted against connections."
            </p>
        </section>
    }
}

/// A figure for a table cell: an absent one is a dash (the row's note says why).
fn per(figure: Figure, kind: Kind) -> String {
    match figure {
        Figure::Value(_) => format::figure(figure, kind),
        _ => "—".to_string(),
    }
}
