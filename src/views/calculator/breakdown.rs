//! The month per channel: volume, replies, meetings and what each costs. InMail carries the
//! plan's price; Open Profile messages and connection requests cost only the rep's time, and
//! say so in words rather than as "$0.00".

use leptos::prelude::*;

use crate::components::wide_table::ScrollRegion;
use crate::format;
use crate::model::cost::{ChannelId, Costs};
use crate::model::rounding::exact;
use crate::model::words::calculator::{table, table_note, TableRow};

/// The part of a channel's public test id (docs/link-format.md#test-ids: `channel-cost-per-meeting-<key>`).
fn table_key(id: ChannelId) -> &'static str {
    match id {
        ChannelId::Inmail => "inmail",
        ChannelId::OpenProfile => "open",
        ChannelId::Connection => "requests",
    }
}

/// Rows of the table: the three channels, then all together.
const ROWS: usize = 4;

#[component]
pub fn Breakdown(costs: Memo<Costs>) -> impl IntoView {
    let rows = (0..ROWS).map(|i| {
        // Each row formats only when its own figures change.
        let row = Memo::new(move |_| costs.with(|c| table(c).swap_remove(i)));
        let cell = move |pick: fn(&TableRow) -> String| move || row.with(pick);
        view! {
            <tr class:total=i == ROWS - 1>
                <th scope="row">{move || row.with(|r| r.name)} <span class="row-note">{cell(|r| format::sentence(&r.note))}</span></th>
                <td data-label="Sent">{cell(|r| format::count(r.sent))}</td>
                <td data-label="Replies">{cell(|r| format::count(r.replies))}</td>
                <td data-label="Meetings">{cell(|r| format::count(r.meetings))}</td>
                <td data-label="Cost">{cell(|r| format::sentence(&r.cost))}</td>
                <td data-label="Per reply">{cell(|r| format::sentence(&r.per_reply))}</td>
                <td data-label="Per meeting"
                    data-testid=move || row.with(|r| r.channel.map(|id| format!("channel-cost-per-meeting-{}", table_key(id))))
                    data-value=move || row.with(|r| r.channel.map(|_| exact(r.per_meeting_value)))>
                    {cell(|r| format::sentence(&r.per_meeting))}
                </td>
            </tr>
        }
    }).collect_view();
    view! {
        <section class="breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title">"Per channel, one month"</h2>
            <ScrollRegion label="Per-channel table">
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
            </ScrollRegion>
            <p class="note">{move || costs.with(|c| format::sentence(&table_note(c)))}</p>
        </section>
    }
}
