//! The month per channel: volume, replies, meetings and what each costs. InMail carries the
//! plan's price; Open Profile messages and connection requests cost only the rep's time, and
//! say so in words rather than as "$0.00".

use leptos::prelude::*;

use crate::components::wide_table::ScrollRegion;
use crate::format;
use crate::model::cost::{ChannelId, ChannelMonth, Costs, Figure};

/// A row of the table: a channel, or all of them together.
#[derive(Clone, Copy, PartialEq)]
enum Row {
    Channel(ChannelId),
    Total,
}

impl Row {
    fn name(self) -> &'static str {
        match self {
            Row::Channel(id) => id.label(),
            Row::Total => "All channels, blended",
        }
    }

    fn of(self, c: &Costs) -> &ChannelMonth {
        match self {
            Row::Channel(id) => c.channel(id),
            Row::Total => &c.total,
        }
    }
}

const ROWS: [Row; 4] = [
    Row::Channel(ChannelId::Inmail),
    Row::Channel(ChannelId::OpenProfile),
    Row::Channel(ChannelId::Connection),
    Row::Total,
];

/// A money cell: words where the channel costs only time and time is not counted.
fn money_cell(c: &Costs, ch: &ChannelMonth, figure: Figure) -> String {
    match figure {
        Figure::Value(_) if ch.labour_only() && !c.labour_counted => "free".to_string(),
        Figure::Value(_) => format::figure(figure, crate::model::cost::OutputKind::Money),
        _ => "—".to_string(),
    }
}

#[component]
pub fn Breakdown(costs: Memo<Costs>) -> impl IntoView {
    let rows = ROWS.map(|row| {
        let note = Memo::new(move |_| {
            costs.with(|c| {
                let ch = row.of(c);
                let time = if c.labour_counted {
                    "plus your time"
                } else {
                    "your time not counted"
                };
                match row {
                    Row::Total if ch.spend == 0.0 => format!("no subscription, {time}"),
                    Row::Total => format!("plan price, {time}"),
                    Row::Channel(ChannelId::Inmail) if c.inmails_per_month.value().is_none() => {
                        "needs a premium plan with credits".to_string()
                    }
                    Row::Channel(ChannelId::Connection) => {
                        format!("{}; replies after acceptance", ch.charge.words())
                    }
                    Row::Channel(_) => ch.charge.words().to_string(),
                }
            })
        });
        // Each cell formats only when its own figures change.
        let cell = move |pick: fn(&Costs, &ChannelMonth) -> String| {
            Memo::new(move |_| costs.with(|c| pick(c, row.of(c))))
        };
        let sent = cell(|_, ch| format::people(ch.volume));
        let replies = cell(|_, ch| format::people(ch.replies));
        let meetings = cell(|_, ch| format::people(ch.meetings));
        let cost = cell(|c, ch| {
            if ch.volume == 0.0 && ch.spend == 0.0 {
                "—".to_string()
            } else if ch.labour_only() && !c.labour_counted {
                ch.charge.words().to_string()
            } else {
                format::money(ch.cost)
            }
        });
        let per_reply = cell(|c, ch| money_cell(c, ch, ch.cost_per_reply));
        let per_meeting = cell(|c, ch| money_cell(c, ch, ch.cost_per_meeting));
        view! {
            <tr class:total=row == Row::Total>
                <th scope="row">{row.name()} <span class="row-note">{move || note.get()}</span></th>
                <td data-label="Sent">{move || sent.get()}</td>
                <td data-label="Replies">{move || replies.get()}</td>
                <td data-label="Meetings">{move || meetings.get()}</td>
                <td data-label="Cost">{move || cost.get()}</td>
                <td data-label="Per reply">{move || per_reply.get()}</td>
                <td data-label="Per meeting">{move || per_meeting.get()}</td>
            </tr>
        }
    });
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
                    <tbody>{rows.into_iter().collect_view()}</tbody>
                </table>
            </ScrollRegion>
            <p class="note">
                "InMail carries the plan's price: the subscription is what buys the credits. Open Profile messages are included in the plan and connection requests are free on every plan, so they cost only your time. "
                "Where the plan has no InMail credits, its price falls on what it does buy."
            </p>
        </section>
    }
}
