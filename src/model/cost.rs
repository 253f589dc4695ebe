//! The cost model: one month of outreach in steady state, per channel and in total. Divisions that
//! have nothing to divide by become named values of [`Figure`], never NaN or infinity.

use super::fields::Field;
use super::plans::PlanId;
use super::scenario::Scenario;
use super::units::{labour, WEEKS_PER_MONTH};
use super::week;

/// What a meeting costs in B2B SaaS, the rep's time included, in US dollars (docs/model.md#facts-and-defaults).
pub const MEETING_BENCHMARK: (f64, f64) = (50.0, 150.0);

/// A computed figure, or the reason there is none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    Value(f64),
    /// The plan has no InMail credits.
    NotOnPlan,
    /// Nothing to divide the cost by.
    NoReplies,
    NoMeetings,
}

impl Figure {
    pub fn value(self) -> Option<f64> {
        match self {
            Figure::Value(v) => Some(v),
            _ => None,
        }
    }

    /// What to show in place of a number.
    pub fn absence(self) -> Option<&'static str> {
        match self {
            Figure::Value(_) => None,
            Figure::NotOnPlan => Some("not available on this plan"),
            Figure::NoReplies => Some("no replies"),
            Figure::NoMeetings => Some("no meetings"),
        }
    }

    /// `amount / by`, or `none` when `by` is zero.
    fn ratio(amount: f64, by: f64, none: Figure) -> Figure {
        if by > 0.0 {
            Figure::Value(amount / by)
        } else {
            none
        }
    }
}

/// A first move's channel in the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChannelId {
    Inmail,
    OpenProfile,
    Connection,
}

impl ChannelId {
    pub const ALL: [ChannelId; 3] = [
        ChannelId::Inmail,
        ChannelId::OpenProfile,
        ChannelId::Connection,
    ];

    /// The rates a channel's cost per meeting reads, so a flag on one marks the channel.
    pub fn rates(self) -> &'static [Field] {
        match self {
            ChannelId::Inmail => &[Field::Reply, Field::Meet],
            ChannelId::OpenProfile => &[Field::OpenReply, Field::Meet],
            ChannelId::Connection => &[
                Field::Accept,
                Field::ConnectionReply,
                Field::Uplift,
                Field::Meet,
            ],
        }
    }

    /// Its part of a test id: `inmail` in `channel-cost-inmail`.
    pub fn key(self) -> &'static str {
        match self {
            ChannelId::Inmail => "inmail",
            ChannelId::OpenProfile => "open-profile",
            ChannelId::Connection => "connection",
        }
    }

    /// The test id of its cost per meeting in the calculator's answer: `channel-cost-inmail`.
    pub fn cost_test_id(self) -> String {
        format!("channel-cost-{}", self.key())
    }

    pub fn label(self) -> &'static str {
        match self {
            ChannelId::Inmail => "InMail",
            ChannelId::OpenProfile => "Open Profile messages",
            ChannelId::Connection => "Connection requests",
        }
    }
}

/// What a channel costs to use, in words, so a labour-only channel never reads as "$0.00".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charge {
    /// It carries the plan's price.
    Subscription,
    /// Included in the plan: only the rep's time.
    IncludedInPlan,
    /// Free on every plan: only the rep's time.
    FreeOnEveryPlan,
}

impl Charge {
    pub fn words(self) -> &'static str {
        match self {
            Charge::Subscription => "carries the plan's price",
            Charge::IncludedInPlan => "included in the plan",
            Charge::FreeOnEveryPlan => "free on every plan",
        }
    }
}

/// One channel's month: how many touches, what they yield and what they cost.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelMonth {
    pub volume: f64,
    pub replies: f64,
    pub meetings: f64,
    /// The plan price this channel carries (docs/model.md#cost-model: InMail carries the subscription).
    pub spend: f64,
    /// The rep's time on this channel's touches, at the hourly cost.
    pub labour: f64,
    /// Minutes one touch of this channel takes.
    pub minutes: f64,
    /// `spend + labour`.
    pub cost: f64,
    pub charge: Charge,
    pub cost_per_reply: Figure,
    pub cost_per_meeting: Figure,
}

impl ChannelMonth {
    fn new(volume: f64, replies: f64, meet: f64, spend: f64, labour: f64, charge: Charge) -> Self {
        let meetings = replies * meet;
        let cost = spend + labour;
        ChannelMonth {
            volume,
            replies,
            meetings,
            spend,
            labour,
            minutes: 0.0,
            cost,
            charge,
            cost_per_reply: Figure::ratio(cost, replies, Figure::NoReplies),
            cost_per_meeting: Figure::ratio(cost, meetings, Figure::NoMeetings),
        }
    }

    fn taking(mut self, minutes: f64) -> Self {
        self.minutes = minutes;
        self
    }
}

/// Everything the calculator shows for a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Costs {
    pub cost_per_credit: Figure,
    pub effective_cost_per_inmail: Figure,
    pub inmails_per_month: Figure,
    pub cost_per_message: Figure,
    pub invites_per_month: f64,
    /// Invitations a week planned above the weekly cap: they cannot go out (docs/model.md#cost-model).
    pub invites_over_cap: f64,
    /// The month's acceptance after the personalized notes' uplift.
    pub blended_acceptance: f64,
    pub labour: f64,
    /// The rep's hour.
    pub hourly: f64,
    /// Whether the plan may message Open Profile members for free.
    pub open_on_plan: bool,
    /// Whether the rep's time is priced (an hourly cost above 0). While it is not, the totals
    /// leave it out and the labour-only channels are "free", not "$0.00".
    pub labour_counted: bool,
    /// All channels together: the plan price plus all labour, against all replies.
    pub total: ChannelMonth,
    pub inmail: ChannelMonth,
    pub open_profile: ChannelMonth,
    pub connection: ChannelMonth,
}

impl Costs {
    pub fn channel(&self, id: ChannelId) -> &ChannelMonth {
        match id {
            ChannelId::Inmail => &self.inmail,
            ChannelId::OpenProfile => &self.open_profile,
            ChannelId::Connection => &self.connection,
        }
    }

    /// The month's answer: the channels in use that book meetings at the lowest cost per
    /// meeting (tied ones together), and that cost; `None` when none books a meeting.
    pub fn cheapest(&self) -> Option<(Vec<ChannelId>, f64)> {
        let ranked: Vec<(ChannelId, f64)> = self
            .by_cost_per_meeting()
            .into_iter()
            .filter(|(id, _)| self.channel(*id).volume > 0.0)
            .collect();
        let &(_, best) = ranked.first()?;
        let ids = ranked
            .iter()
            .filter(|(_, v)| *v <= best)
            .map(|(id, _)| *id)
            .collect();
        Some((ids, best))
    }

    /// The channels that book meetings, cheapest per meeting first (ties keep the order of
    /// [`ChannelId::ALL`]).
    pub fn by_cost_per_meeting(&self) -> Vec<(ChannelId, f64)> {
        let mut ranked: Vec<(ChannelId, f64)> = ChannelId::ALL
            .into_iter()
            .filter_map(|id| self.channel(id).cost_per_meeting.value().map(|v| (id, v)))
            .collect();
        ranked.sort_by(|a, b| a.1.total_cmp(&b.1));
        ranked
    }
}

/// Computes docs/model.md#cost-model for a valid scenario.
pub fn compute(s: &Scenario) -> Costs {
    compute_sustaining(s, week::sustainable_inmails(s))
}

/// docs/model.md#cost-model with the InMails a month the plan sustains already known (How sure's draws look
/// them up in a table rather than search the bank 10,000 times).
pub fn compute_sustaining(s: &Scenario, sustainable: f64) -> Costs {
    let price = s.price;
    let credits = s.credits;
    let reply = s.reply / 100.0;
    let open = s.open;
    let open_reply = s.get(Field::OpenReply) / 100.0;
    let meet = s.meet / 100.0;

    // Each reply refunds its credit, which is sent again: C + Cr + Cr² + … = C / (1 − r), or
    // less where refunds come back too slowly (docs/model.md#credit-bank).
    let premium_messages = sustainable + open;
    let invites = week::invites_sent(s) * WEEKS_PER_MONTH;
    let blended_acceptance = blended_acceptance(s, invites);
    // Each channel's touches at its own minutes (each follows the minutes per touch).
    let per_touch = |f: Field| labour(s.hourly, s.get(f));

    // InMail carries the subscription, also where the plan's credits are set to 0: requests
    // and Open Profile messages never carry the plan price (docs/model.md#cost-model), and the channels still
    // add up to the month's total.
    let spend_of = |id: ChannelId| if id == ChannelId::Inmail { price } else { 0.0 };
    let charge_of = |id: ChannelId, otherwise: Charge| {
        if id == ChannelId::Inmail && price > 0.0 {
            Charge::Subscription
        } else {
            otherwise
        }
    };
    // A channel's month: its sends and replies, its share of the spend, and the rep's time at
    // its own minutes per send.
    let channel = |id: ChannelId, sends: f64, replies: f64, minutes: Field, charge: Charge| {
        ChannelMonth::new(
            sends,
            replies,
            meet,
            spend_of(id),
            per_touch(minutes) * sends,
            charge_of(id, charge),
        )
        .taking(s.get(minutes))
    };
    let inmail = channel(
        ChannelId::Inmail,
        sustainable,
        sustainable * reply,
        Field::MinInmail,
        Charge::IncludedInPlan,
    );
    let open_profile = channel(
        ChannelId::OpenProfile,
        open,
        open * open_reply,
        Field::MinOpen,
        Charge::IncludedInPlan,
    );
    let connection = channel(
        ChannelId::Connection,
        invites,
        invites * blended_acceptance * s.conv / 100.0,
        Field::MinInvite,
        Charge::FreeOnEveryPlan,
    );

    let labour = inmail.labour + open_profile.labour + connection.labour;
    let total = ChannelMonth::new(
        sustainable + open + invites,
        inmail.replies + open_profile.replies + connection.replies,
        meet,
        price,
        labour,
        Charge::Subscription,
    );
    let on_plan = |f: f64| {
        if credits > 0.0 {
            Figure::Value(f)
        } else {
            Figure::NotOnPlan
        }
    };
    Costs {
        cost_per_credit: on_plan(price / credits),
        effective_cost_per_inmail: on_plan(price * (1.0 - reply) / credits),
        inmails_per_month: on_plan(sustainable),
        cost_per_message: Figure::ratio(price, premium_messages, Figure::NotOnPlan),
        invites_per_month: invites,
        invites_over_cap: week::invites_over_cap(s),
        blended_acceptance,
        labour,
        hourly: s.hourly,
        open_on_plan: s.plan.plan().open_profile,
        labour_counted: s.hourly > 0.0,
        total,
        inmail,
        open_profile,
        connection,
    }
}

/// Why InMail and connection requests never cost the same per meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoBreakEven {
    /// The plan has no InMail credits.
    NoInmail,
    /// No hourly cost is set: requests then cost nothing.
    TimeNotCounted,
    /// Requests take 0 minutes: they cost nothing.
    RequestsTakeNoTime,
    /// No accepted request ever replies (acceptance, reply of accepted or meeting rate 0).
    NoRequestMeetings,
    /// Even at a reply rate just below 100 % an InMail meeting costs more than a request
    /// meeting: its own minutes cost more than a request meeting's.
    InmailNeverCheaper,
}

impl NoBreakEven {
    /// Why, in a rep's words, after "none: ".
    pub fn words(self) -> &'static str {
        match self {
            NoBreakEven::NoInmail => "this plan has no InMail",
            NoBreakEven::TimeNotCounted => "while your time is not counted, requests cost nothing",
            NoBreakEven::RequestsTakeNoTime => "at 0 minutes a request, requests cost nothing",
            NoBreakEven::NoRequestMeetings => "no accepted request books a meeting",
            NoBreakEven::InmailNeverCheaper => {
                "even at a reply rate near 100% an InMail meeting costs more than a request meeting"
            }
        }
    }
}

/// docs/model.md#best-plan-and-channel-mix's break-even: the InMail reply rate, as a fraction, at which an InMail meeting costs
/// the same as a connection-request meeting, `(P/C + H·M/60) / (H·M/(60·a·q) + P/C)`, each `M`
/// the minutes of its own channel and `a` the month's acceptance ("with channel costs as in
/// §2": the notes' uplift included), so at it the per-channel table shows two equal costs. It
/// needs no request to be sent: it compares what a request meeting would cost.
pub fn break_even(s: &Scenario) -> Result<f64, NoBreakEven> {
    if s.credits <= 0.0 || !s.plan.plan().is_premium() {
        return Err(NoBreakEven::NoInmail);
    }
    if s.hourly <= 0.0 {
        return Err(NoBreakEven::TimeNotCounted);
    }
    let per_invite = labour(s.hourly, s.get(Field::MinInvite));
    if per_invite <= 0.0 {
        return Err(NoBreakEven::RequestsTakeNoTime);
    }
    let replying = request_acceptance(s) * s.conv / 100.0;
    if replying <= 0.0 || s.meet <= 0.0 {
        return Err(NoBreakEven::NoRequestMeetings);
    }
    let per_credit = s.price / s.credits;
    let per_inmail = labour(s.hourly, s.get(Field::MinInmail));
    let r = (per_credit + per_inmail) / (per_invite / replying + per_credit);
    // The reply rate must stay below 100 %: a break-even there is none the rep can reach.
    if r >= 0.9995 {
        return Err(NoBreakEven::InmailNeverCheaper);
    }
    Ok(r)
}

/// The break-even as an option, for figures that only need the rate.
pub fn break_even_reply(s: &Scenario) -> Option<f64> {
    break_even(s).ok()
}

/// The acceptance a request meeting's cost reads: the month's, as the per-channel table counts
/// it (where no request is sent, the rep's own rate).
fn request_acceptance(s: &Scenario) -> f64 {
    blended_acceptance(s, week::invites_sent(s) * WEEKS_PER_MONTH)
}

/// What a connection-request meeting costs, whether or not the month sends requests: the time
/// of the requests it takes, at the month's acceptance. Where requests are sent it is the
/// per-channel table's figure; the reply curve and the break-even compare InMail with it.
pub fn request_meeting_cost(s: &Scenario) -> Figure {
    let books = request_acceptance(s) * s.conv / 100.0 * s.meet / 100.0;
    Figure::ratio(
        labour(s.hourly, s.get(Field::MinInvite)),
        books,
        Figure::NoMeetings,
    )
}

/// The inputs above their benchmark band, with the band: figures built on them are accepted
/// but shown as "if", not as the guides' expectation.
pub fn above_band(s: &Scenario) -> Vec<(Field, &'static str)> {
    Field::ALL
        .into_iter()
        // A following field repeats the flag of the field it follows.
        .filter(|&f| f != Field::OpenReply || s.open_reply.is_some())
        // A figure measured in the rep's own export is no "what if", whatever the guides say.
        .filter(|&f| s.measured_source(f).is_none())
        .filter_map(|f| f.above_band(s.get(f)).map(|band| (f, band)))
        .collect()
}

/// Personalized notes a month whose uplift is counted: a free account's quota (docs/model.md#facts-and-defaults). A
/// premium plan sends those too (it can do all that a free account does, docs/model.md#cost-model); its notes
/// beyond them are what the rep's own acceptance rate already describes.
pub fn uplifted_notes() -> f64 {
    f64::from(PlanId::Free.plan().note_quota.unwrap_or(0))
}

/// Acceptance over a month's `invites` invitations (docs/model.md#cost-model): the first [`uplifted_notes`]
/// accept `uplift` better, the rest at the rep's rate. The same on every plan, so a premium
/// plan never books fewer meetings than Free with the same week.
pub fn blended_acceptance(s: &Scenario, invites: f64) -> f64 {
    let accept = s.accept / 100.0;
    if invites <= 0.0 {
        return accept;
    }
    let notes = uplifted_notes().min(invites);
    (notes * uplifted_acceptance(s) + (invites - notes) * accept) / invites
}

/// Acceptance of a request with a personalized note whose uplift is counted.
pub fn uplifted_acceptance(s: &Scenario) -> f64 {
    (s.accept / 100.0 * (1.0 + s.uplift / 100.0)).min(1.0)
}

/// The figures the page shows with a `data-testid` (docs/link-format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    CostPerCredit,
    EffectiveCostPerInmail,
    InmailsPerMonth,
    CostPerMessage,
    InvitesPerMonth,
    Replies,
    Meetings,
    CostPerReply,
    CostPerMeeting,
}

/// How an output is written for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    Money,
    Count,
}

impl Output {
    pub const ALL: [Output; 9] = [
        Output::CostPerMeeting,
        Output::CostPerReply,
        Output::Meetings,
        Output::Replies,
        Output::CostPerCredit,
        Output::EffectiveCostPerInmail,
        Output::InmailsPerMonth,
        Output::CostPerMessage,
        Output::InvitesPerMonth,
    ];

    pub fn test_id(self) -> &'static str {
        match self {
            Output::CostPerCredit => "cost-per-credit",
            Output::EffectiveCostPerInmail => "effective-cost-per-inmail",
            Output::InmailsPerMonth => "inmails-per-month",
            Output::CostPerMessage => "cost-per-message",
            Output::InvitesPerMonth => "invites-per-month",
            Output::Replies => "replies",
            Output::Meetings => "meetings",
            Output::CostPerReply => "cost-per-reply",
            Output::CostPerMeeting => "cost-per-meeting",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Output::CostPerCredit => "Cost per InMail credit",
            Output::EffectiveCostPerInmail => "Effective cost per InMail",
            Output::InmailsPerMonth => "InMails a month your credits cover",
            Output::CostPerMessage => "Cost per premium message",
            Output::InvitesPerMonth => "Connection requests a month",
            Output::Replies => "Replies a month",
            Output::Meetings => "Meetings a month",
            Output::CostPerReply => "Cost per reply",
            Output::CostPerMeeting => "Cost per meeting",
        }
    }

    pub fn kind(self) -> OutputKind {
        match self {
            Output::InmailsPerMonth
            | Output::InvitesPerMonth
            | Output::Replies
            | Output::Meetings => OutputKind::Count,
            _ => OutputKind::Money,
        }
    }

    /// The formula, in named quantities.
    pub fn formula(self) -> &'static str {
        match self {
            Output::CostPerCredit => "plan price ÷ InMail credits a month",
            Output::EffectiveCostPerInmail => {
                "plan price × (1 − InMail reply rate) ÷ InMail credits a month: each reply refunds its credit, which is sent again"
            }
            Output::InmailsPerMonth => {
                "InMail credits a month ÷ (1 − InMail reply rate): each reply refunds its credit, which is sent again; fewer where replies come too late for the refunds to keep that up"
            }
            Output::CostPerMessage => {
                "plan price ÷ (InMails your credits cover a month + Open Profile messages a month)"
            }
            Output::InvitesPerMonth => "connection requests a week, up to the weekly cap, × 52 ÷ 12",
            Output::Replies => {
                "InMails × InMail reply rate + Open Profile messages × their reply rate + requests × acceptance × reply rate of accepted connections (the 5 personalized notes a month a free account may send, on every plan, accept with the note uplift)"
            }
            Output::Meetings => "replies × meeting rate",
            Output::CostPerReply => {
                "(plan price + your time) ÷ replies; your time = hourly cost × each channel's minutes (per request, InMail or Open Profile message) ÷ 60 × its sends"
            }
            Output::CostPerMeeting => {
                "(plan price + your time) ÷ meetings; your time = hourly cost × each channel's minutes (per request, InMail or Open Profile message) ÷ 60 × its sends"
            }
        }
    }

    /// The inputs the formula reads, so the page can list their values and sources
    /// (`tests/memo_keys.rs` holds each figure to them).
    pub fn inputs(self) -> Vec<Field> {
        use Field::*;
        // What the month's sends and replies read, on every channel.
        const SENDS: [Field; 10] = [
            Credits,
            Reply,
            Delay,
            Open,
            OpenReply,
            Invites,
            WeeklyCap,
            Accept,
            ConnectionReply,
            Uplift,
        ];
        match self {
            Output::CostPerCredit => vec![Price, Credits],
            Output::EffectiveCostPerInmail => vec![Price, Credits, Reply],
            Output::InmailsPerMonth => vec![Credits, Reply, Delay],
            Output::CostPerMessage => vec![Price, Credits, Reply, Delay, Open],
            Output::InvitesPerMonth => vec![Invites, WeeklyCap],
            Output::Replies => SENDS.to_vec(),
            Output::Meetings => [&SENDS[..], &[Meet]].concat(),
            Output::CostPerReply | Output::CostPerMeeting => [
                &[Price][..],
                &SENDS,
                &[Meet, Hourly, Minutes, MinInvite, MinInmail, MinOpen],
            ]
            .concat(),
        }
    }

    /// This output's figure in a computed month.
    pub fn of(self, c: &Costs) -> Figure {
        match self {
            Output::CostPerCredit => c.cost_per_credit,
            Output::EffectiveCostPerInmail => c.effective_cost_per_inmail,
            Output::InmailsPerMonth => c.inmails_per_month,
            Output::CostPerMessage => c.cost_per_message,
            Output::InvitesPerMonth => Figure::Value(c.invites_per_month),
            Output::Replies => Figure::Value(c.total.replies),
            Output::Meetings => Figure::Value(c.total.meetings),
            Output::CostPerReply => c.total.cost_per_reply,
            Output::CostPerMeeting => c.total.cost_per_meeting,
        }
    }
}
