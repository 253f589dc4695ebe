//! What the calculator says of a month, in words beside its figures: the cheapest channel, each
//! channel's cost per meeting and what it carries, the per-channel table, the figures' cards
//! and the notes under them. One place decides how a cost of no money reads, so the answer, the
//! channel list and the table never disagree (docs/model.md#cost-model: never a bare "$0.00").

use super::{list, Noun, Num, Sentence, CONNECTION_REQUEST};
use crate::model::cost::{
    ChannelId, ChannelMonth, Charge, Costs, Figure, Output, OutputKind, MEETING_BENCHMARK,
};
use crate::model::currency::Currency;
use crate::model::rounding;

/// Why a channel that is used costs no money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoMoney {
    /// No plan price of its own, and the rep's time is not counted (no hourly cost).
    TimeNotCounted,
    /// No plan price of its own, and its touches take 0 minutes.
    NoMinutes,
}

impl NoMoney {
    /// Why a month's figure of `ch` costs no money, if it does not.
    pub fn of(c: &Costs, ch: &ChannelMonth) -> Option<NoMoney> {
        if ch.cost > 0.0 {
            None
        } else if !c.labour_counted {
            Some(NoMoney::TimeNotCounted)
        } else {
            Some(NoMoney::NoMinutes)
        }
    }

    /// The words beside a channel in the month's answer.
    pub fn brief(self) -> &'static str {
        match self {
            NoMoney::TimeNotCounted => "free: only your time, not counted",
            NoMoney::NoMinutes => "free: no plan price, 0 minutes a message",
        }
    }

    /// The word in a table cell; the row's note says why.
    pub fn cell(self) -> &'static str {
        "free"
    }
}

/// How a channel stands on the rep's plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The plan does not offer it (InMail without credits, Open Profile on a free account).
    NotOnPlan,
    /// Offered, but the month sends none.
    NonePlanned,
    /// Used, at no money cost.
    Free(NoMoney),
    /// Used, at a money cost (or booking no meeting).
    Priced,
}

impl Standing {
    pub fn of(c: &Costs, id: ChannelId) -> Standing {
        let ch = c.channel(id);
        let offered = match id {
            ChannelId::Inmail => c.inmails_per_month.value().is_some(),
            ChannelId::OpenProfile => c.open_on_plan,
            ChannelId::Connection => true,
        };
        if !offered {
            Standing::NotOnPlan
        } else if ch.volume <= 0.0 {
            Standing::NonePlanned
        } else if let Some(why) = NoMoney::of(c, ch).filter(|_| ch.meetings > 0.0) {
            Standing::Free(why)
        } else {
            Standing::Priced
        }
    }
}

/// A channel's cost per meeting as the answer lists it: an amount, or words.
pub fn channel_cost(c: &Costs, id: ChannelId) -> Sentence {
    match Standing::of(c, id) {
        Standing::NotOnPlan => Sentence::words("not available on this plan"),
        Standing::NonePlanned => Sentence::words("none planned"),
        Standing::Free(why) => Sentence::words(why.brief()),
        Standing::Priced => figure(c.channel(id).cost_per_meeting, OutputKind::Money),
    }
}

/// What a channel's cost carries, in words: the plan price, the rep's time, or why it is free.
pub fn channel_carries(c: &Costs, id: ChannelId) -> Sentence {
    let ch = c.channel(id);
    match (Standing::of(c, id), id) {
        (Standing::NotOnPlan, ChannelId::Inmail) => {
            Sentence::words("InMail needs a premium plan with credits")
        }
        (Standing::NotOnPlan, _) => Sentence::words("Open Profile messages need a premium plan"),
        (Standing::Free(NoMoney::TimeNotCounted), _) => {
            Sentence::words(format!("{}; your time is not counted", ch.charge.words()))
        }
        (Standing::Free(NoMoney::NoMinutes), _) => Sentence::new()
            .text(format!("{}, and at ", ch.charge.words()))
            .counted(Num::Average(0.0), super::MINUTE)
            .text(" a message it takes none of your time"),
        _ => Sentence::words(match ch.charge {
            Charge::Subscription if time_counted(c, ch) => {
                "carries the plan's price plus your time".to_string()
            }
            Charge::Subscription => "carries the plan's price".to_string(),
            other if time_counted(c, ch) => format!("{}: your time only", other.words()),
            other => other.words().to_string(),
        }),
    }
}

/// Whether a channel's touches cost some of the rep's counted time.
fn time_counted(c: &Costs, ch: &ChannelMonth) -> bool {
    c.labour_counted && ch.minutes > 0.0
}

/// The month's answer: the channels in use that are cheapest per meeting as shown (tied ones
/// together), or why a meeting costs no money.
pub fn month_answer(c: &Costs, currency: Currency) -> Sentence {
    let ranked: Vec<(ChannelId, f64)> = c
        .by_cost_per_meeting()
        .into_iter()
        .filter(|(id, _)| c.channel(*id).volume > 0.0)
        .collect();
    let Some(&(first, best)) = ranked.first() else {
        return Sentence::words("No channel books a meeting with these figures.");
    };
    let shown = |v: f64| rounding::money(v, currency);
    let tied: Vec<ChannelId> = ranked
        .iter()
        .filter(|(_, v)| shown(*v) == shown(best))
        .map(|(id, _)| *id)
        .collect();
    let names = list(
        &tied
            .iter()
            .map(|id| id.label().to_string())
            .collect::<Vec<_>>(),
    );
    let plural = tied.len() > 1 || first != ChannelId::Inmail;
    let cost = if plural { "cost" } else { "costs" };
    match NoMoney::of(c, c.channel(first)) {
        Some(NoMoney::TimeNotCounted) => Sentence::words(format!(
            "Cheapest per meeting: {names}, which {cost} only your time, and your time is not counted (no labor cost is set)."
        )),
        Some(NoMoney::NoMinutes) => Sentence::words(format!(
            "Cheapest per meeting: {names}, which carry no plan price and take none of your time at 0 minutes a message."
        )),
        None => Sentence::new()
            .text(format!("Cheapest per meeting: {names}, at "))
            .num(Num::Money(best))
            .text(" a meeting."),
    }
}

/// The pinned summary on a phone: the cheapest channel's cost per meeting, in brief.
pub fn summary(c: &Costs) -> Sentence {
    match c.cheapest() {
        Some((ids, v)) if v > 0.0 => Sentence::new()
            .text(format!("{} ", ids[0].label()))
            .num(Num::Money(v)),
        Some((ids, _)) => match NoMoney::of(c, c.channel(ids[0])) {
            Some(NoMoney::NoMinutes) => Sentence::words(format!("{}: free", ids[0].label())),
            _ => Sentence::words(format!("{}: only your time", ids[0].label())),
        },
        None => Sentence::words("no meetings"),
    }
}

/// A computed figure, rounded as every view rounds it, or the words for its absence.
pub fn figure(f: Figure, kind: OutputKind) -> Sentence {
    match (f.value(), kind) {
        (Some(v), OutputKind::Money) => Sentence::new().num(Num::Money(v)),
        (Some(v), OutputKind::Count) => Sentence::new().num(Num::Average(v)),
        (None, _) => Sentence::words(f.absence().unwrap_or_default()),
    }
}

/// A card's figure: a cost per reply or meeting of no money says why.
pub fn card(c: &Costs, output: Output) -> Sentence {
    let f = output.of(c);
    let per_outcome = matches!(output, Output::CostPerMeeting | Output::CostPerReply);
    if per_outcome && f.value() == Some(0.0) {
        return Sentence::words(match NoMoney::of(c, &c.total) {
            Some(NoMoney::NoMinutes) => "Free: no plan price, 0 minutes a message",
            _ => "Free: only your time",
        });
    }
    // A credit or a message of a plan priced at nothing costs nothing: said, never "$0.00".
    if output.kind() == OutputKind::Money && f.value() == Some(0.0) {
        return Sentence::words("Free: no plan price");
    }
    figure(f, output.kind())
}

/// Under a card: what the figure leaves out, and what the calculator could not send.
pub fn card_qualifier(c: &Costs, output: Output) -> Sentence {
    let per_outcome = matches!(output, Output::CostPerMeeting | Output::CostPerReply);
    if per_outcome && !c.labour_counted {
        return Sentence::words("leaves out your time");
    }
    if output == Output::InvitesPerMonth && c.invites_over_cap > 0.0 {
        return Sentence::new()
            .text("your weekly cap holds back ")
            .counted(Num::Average(c.invites_over_cap), CONNECTION_REQUEST)
            .text(" a week");
    }
    Sentence::new()
}

/// The requests a week that cannot go out, said where the figures are: the calculator counts
/// only the cap's worth (docs/model.md#cost-model), and Safety explains the cap.
pub fn over_cap(c: &Costs, invites: f64, cap: f64) -> Option<Sentence> {
    (c.invites_over_cap > 0.0).then(|| {
        Sentence::new()
            .text("Only ")
            .num(Num::Whole(cap))
            .text(" of your ")
            .counted(Num::Whole(invites), CONNECTION_REQUEST)
            .text(" a week go out: the other ")
            .num(Num::Whole(c.invites_over_cap))
            .text(" are above your weekly invitation cap, so every figure here counts ")
            .num(Num::Whole(cap))
            .text(" a week. Sending more risks a restriction and a week's cooldown (see Safety).")
    })
}

/// The note shown while the rep's time is not counted.
pub fn time_note() -> Sentence {
    Sentence::new()
        .text("These costs leave out your time (no labor cost is set), so connection requests and Open Profile messages show as free. The guides' ")
        .then(benchmark())
        .text(" a meeting includes it: set a labor cost to compare.")
}

/// The guides' cost per meeting, "$50–$150": a US benchmark, written in dollars.
pub fn benchmark() -> Sentence {
    Sentence::new()
        .num(Num::UsdWhole(MEETING_BENCHMARK.0))
        .text("–")
        .num(Num::UsdWhole(MEETING_BENCHMARK.1))
}

/// One row of the per-channel table, each figure as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// The channel, `None` for the row of all channels together.
    pub channel: Option<ChannelId>,
    pub name: &'static str,
    pub note: Sentence,
    /// Sends, replies and meetings a month, rounded so the channels add up to the total row.
    pub sent: f64,
    pub replies: f64,
    pub meetings: f64,
    pub cost: Sentence,
    pub per_reply: Sentence,
    pub per_meeting: Sentence,
    /// The exact cost per meeting, for `data-value`; `None` where the row books none.
    pub per_meeting_value: Option<f64>,
}

/// The per-channel table: a row per channel, then all of them together.
pub fn table(c: &Costs) -> Vec<TableRow> {
    // Each column's parts add up to the month's figure as its card shows it.
    let parts = |f: fn(&ChannelMonth) -> f64| {
        let values: Vec<f64> = ChannelId::ALL.iter().map(|id| f(c.channel(*id))).collect();
        let total = f(&c.total);
        let mut shown = rounding::parts(&values, total, 1);
        // The total row: the parts' sum, or the exact figure where that rounds to nothing, so
        // it reads "under 0.1" as the card does.
        let sum: f64 = shown.iter().sum();
        shown.push(if sum > 0.0 { sum } else { total.max(0.0) });
        shown
    };
    let (sent, replies, meetings) = (
        parts(|ch| ch.volume),
        parts(|ch| ch.replies),
        parts(|ch| ch.meetings),
    );
    let mut rows: Vec<TableRow> = ChannelId::ALL
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let ch = c.channel(id);
            let standing = Standing::of(c, id);
            let money = |f: Figure| match standing {
                Standing::Free(why) if f.value().is_some() => Sentence::words(why.cell()),
                _ if f.value().is_some() => figure(f, OutputKind::Money),
                _ => Sentence::words("—"),
            };
            TableRow {
                channel: Some(id),
                name: id.label(),
                note: channel_note(c, id),
                sent: sent[i],
                replies: replies[i],
                meetings: meetings[i],
                cost: cost_cell(c, ch),
                per_reply: money(ch.cost_per_reply),
                per_meeting: money(ch.cost_per_meeting),
                per_meeting_value: ch.cost_per_meeting.value(),
            }
        })
        .collect();
    let total = &c.total;
    let free = NoMoney::of(c, total).filter(|_| total.meetings > 0.0);
    let money = |f: Figure| match (free, f.value()) {
        (Some(why), Some(_)) => Sentence::words(why.cell()),
        (None, Some(_)) => figure(f, OutputKind::Money),
        _ => Sentence::words("—"),
    };
    rows.push(TableRow {
        channel: None,
        name: "All channels together",
        note: Sentence::words(
            match (total.spend > 0.0, c.labour_counted, total.labour > 0.0) {
                (true, true, true) => "the plan's price plus your time",
                (true, false, _) => "the plan's price; your time not counted",
                (true, true, false) => "the plan's price; 0 minutes a message",
                (false, true, true) => "no plan price; your time",
                (false, false, _) => "no plan price; your time not counted",
                (false, true, false) => "no plan price; 0 minutes a message",
            },
        ),
        sent: sent[3],
        replies: replies[3],
        meetings: meetings[3],
        cost: cost_cell(c, total),
        per_reply: money(total.cost_per_reply),
        per_meeting: money(total.cost_per_meeting),
        per_meeting_value: total.cost_per_meeting.value(),
    });
    rows
}

/// What a row costs a month: an amount, "—" for a channel not used, or why it costs no money.
fn cost_cell(c: &Costs, ch: &ChannelMonth) -> Sentence {
    if ch.volume <= 0.0 && ch.spend <= 0.0 {
        return Sentence::words("—");
    }
    match NoMoney::of(c, ch) {
        Some(why) => Sentence::words(why.cell()),
        None => Sentence::new().num(Num::Money(ch.cost)),
    }
}

/// Under the table: who carries what, as this plan has it.
pub fn table_note(c: &Costs) -> Sentence {
    let mut out = String::new();
    if c.inmails_per_month.value().is_some() {
        out.push_str(
            "InMail carries the plan's price: the subscription is what buys the credits. ",
        );
    } else if c.total.spend > 0.0 {
        out.push_str("With its InMail credits at 0, the plan's price sits on InMail all the same: requests and Open Profile messages never carry it. ");
    }
    if c.open_on_plan {
        out.push_str("Open Profile messages are included in the plan and connection requests are free on every plan, so they cost only the time they take. ");
    } else {
        out.push_str("Connection requests are free on every plan, so they cost only the time they take; Open Profile messages and InMail need a premium plan. ");
    }
    out.push_str("The row of all channels carries all of it.");
    Sentence::words(out)
}

/// A channel's note in the table: what it carries, as the answer above says it.
fn channel_note(c: &Costs, id: ChannelId) -> Sentence {
    let carries = channel_carries(c, id);
    match (id, Standing::of(c, id)) {
        (ChannelId::Inmail, Standing::NotOnPlan) if c.channel(id).spend > 0.0 => {
            Sentence::words("the plan's price; no InMail while its credits are 0")
        }
        (ChannelId::Connection, Standing::NotOnPlan | Standing::Priced | Standing::Free(_)) => {
            carries.text("; replies after acceptance")
        }
        _ => carries,
    }
}

/// A count with its noun, as an average ("62.5 InMails").
pub fn average(value: f64, noun: Noun) -> Sentence {
    Sentence::new().counted(Num::Average(value), noun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::cost::compute;
    use crate::model::plans::PlanId;
    use crate::model::scenario::Scenario;

    fn plain(s: Sentence) -> String {
        s.plain(Currency::USD)
    }

    #[test]
    fn no_minutes_is_free_in_words_not_zero_dollars() {
        let s = Scenario {
            minutes: 0.0,
            credits: 0.0,
            ..Scenario::default()
        };
        let c = compute(&s);
        let answer = plain(month_answer(&c, Currency::USD));
        assert!(answer.contains("0 minutes a message"), "{answer}");
        for row in table(&c) {
            for cell in [row.cost, row.per_reply, row.per_meeting] {
                assert!(!plain(cell).contains("$0.00"));
            }
        }
    }

    #[test]
    fn a_free_account_has_no_open_profile_row() {
        let c = compute(&Scenario::for_plan(PlanId::Free));
        assert_eq!(
            plain(channel_carries(&c, ChannelId::OpenProfile)),
            "Open Profile messages need a premium plan"
        );
        assert_eq!(
            Standing::of(&c, ChannelId::OpenProfile),
            Standing::NotOnPlan
        );
    }

    #[test]
    fn the_tables_parts_add_up() {
        let c = compute(&Scenario {
            open: 90.0,
            ..Scenario::default()
        });
        let rows = table(&c);
        let sum = |f: fn(&TableRow) -> f64| rows[..3].iter().map(f).sum::<f64>();
        assert!((sum(|r| r.replies) - rows[3].replies).abs() < 1e-9);
        assert!((sum(|r| r.meetings) - rows[3].meetings).abs() < 1e-9);
        assert!((sum(|r| r.sent) - rows[3].sent).abs() < 1e-9);
    }
}
