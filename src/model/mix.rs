//! The best plan and channel mix of docs/model.md#best-plan-and-channel-mix: for each plan, the week's invitations, InMails and
//! Open Profile messages that book the most meetings within the rep's hours, the caps and the
//! list. It is a linear programme in three variables with box limits and two shared limits
//! (time and the list), so the optimum is a vertex: every vertex is enumerated and the best
//! kept, which is exact where a greedy by meetings per minute is not.

use super::cost::{uplifted_acceptance, uplifted_notes};
use super::fields::Field;
use super::plans::PlanId;
use super::scenario::Scenario;
use super::units::{labour, WEEKS_PER_MONTH};
use super::week;

/// Open Profile messages a week: the third-party "up to 800 a month".
pub const OPEN_PROFILE_WEEKLY: f64 = 800.0 * 12.0 / 52.0;
/// Slack for "this limit is reached" on sums of floats.
const TIGHT: f64 = 1e-7;

/// A limit that can bind the week's mix (reached at the optimum), in the order
/// docs/model.md#best-plan-and-channel-mix names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Binding {
    Time,
    Invites,
    Credits,
    OpenProfile,
    List,
}

impl Binding {
    pub const ALL: [Binding; 5] = [
        Binding::Time,
        Binding::Invites,
        Binding::Credits,
        Binding::OpenProfile,
        Binding::List,
    ];

    /// The key of `mix-binding` (docs/link-format.md#test-ids).
    pub fn key(self) -> &'static str {
        match self {
            Binding::Time => "time",
            Binding::Invites => "invites",
            Binding::Credits => "credits",
            Binding::OpenProfile => "open_profile",
            Binding::List => "list",
        }
    }

    /// What the limit is, in a rep's words.
    pub fn words(self) -> &'static str {
        match self {
            Binding::Time => "your hours a week",
            Binding::Invites => "your weekly invitation cap",
            Binding::Credits => "the InMails your credits cover",
            Binding::OpenProfile => "your Open Profile prospects",
            Binding::List => "the prospects on your list",
        }
    }
}

/// One plan's week as a linear programme: what each move yields and costs in time, and the
/// limits on each.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lp {
    /// Meetings per invitation, InMail and Open Profile message.
    pub yield_invite: f64,
    pub yield_inmail: f64,
    pub yield_open: f64,
    /// Meetings per invitation among the first [`Lp::notes`] of the week, whose
    /// personalized note's uplift counts (docs/model.md#cost-model).
    pub yield_noted: f64,
    /// Invitations a week whose note's uplift counts: a free account's quota a month, a week's
    /// share of it.
    pub notes: f64,
    /// Minutes per invitation, InMail and Open Profile message.
    pub min_invite: f64,
    pub min_inmail: f64,
    pub min_open: f64,
    /// Minutes available a week.
    pub minutes: f64,
    /// Upper limits of each channel a week.
    pub max_invite: f64,
    pub max_inmail: f64,
    pub max_open: f64,
    /// One first move per prospect: at most this many touches in all.
    pub list: f64,
}

/// A week's mix.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Mix {
    pub invites: f64,
    pub inmails: f64,
    pub open: f64,
}

impl Mix {
    /// People the mix reaches: one first move each.
    pub fn touches(&self) -> f64 {
        self.invites + self.inmails + self.open
    }
}

/// A limit `a · x ≤ b` on a mix of (invitations, InMails, Open Profile messages).
type Row = ([f64; 3], f64);

impl Lp {
    /// The programme for `plan` under the scenario: the current plan with the user's own price
    /// and credits, any other with its defaults; the rates, hours, cap and list are the user's.
    pub fn of(s: &Scenario, plan: PlanId) -> Lp {
        let premium = plan.plan().is_premium();
        let rate = |f: Field| s.get(f) / 100.0;
        let meet = rate(Field::Meet);
        let list = s.get(Field::List);
        Lp {
            yield_invite: meet * rate(Field::Accept) * rate(Field::ConnectionReply),
            yield_inmail: meet * rate(Field::Reply),
            yield_open: meet * rate(Field::OpenReply),
            yield_noted: meet * uplifted_acceptance(s) * rate(Field::ConnectionReply),
            notes: uplifted_notes() / WEEKS_PER_MONTH,
            min_invite: s.get(Field::MinInvite),
            min_inmail: s.get(Field::MinInmail),
            min_open: s.get(Field::MinOpen),
            minutes: 60.0 * s.get(Field::Hours),
            max_invite: s.cap,
            max_inmail: week::sustainable_on(s, plan) / WEEKS_PER_MONTH,
            max_open: if premium {
                OPEN_PROFILE_WEEKLY.min(rate(Field::OpenShare) * list)
            } else {
                0.0
            },
            list,
        }
    }

    /// Meetings a week: the first [`Lp::notes`] invitations at their uplifted yield.
    pub fn meetings(&self, x: Mix) -> f64 {
        let noted = x.invites.min(self.notes).max(0.0);
        self.yield_noted * noted
            + self.yield_invite * (x.invites - noted)
            + self.yield_inmail * x.inmails
            + self.yield_open * x.open
    }

    pub fn minutes_used(&self, x: Mix) -> f64 {
        self.min_invite * x.invites + self.min_inmail * x.inmails + self.min_open * x.open
    }

    /// Whether a mix keeps every limit (to a relative slack for float sums).
    pub fn allows(&self, x: Mix) -> bool {
        let within = |v: f64, max: f64| v >= -TIGHT && v <= max + TIGHT * (1.0 + max.abs());
        within(x.invites, self.max_invite)
            && within(x.inmails, self.max_inmail)
            && within(x.open, self.max_open)
            && within(self.minutes_used(x), self.minutes)
            && within(x.touches(), self.list)
    }

    /// The limits a mix reaches, in the order docs/model.md#best-plan-and-channel-mix names them. A channel the plan does not offer (no
    /// credits, no Open Profile) is not a limit that binds: it was never available.
    pub fn binding(&self, x: Mix) -> Vec<Binding> {
        let reached = |v: f64, max: f64| v >= max - TIGHT * (1.0 + max.abs());
        let offered = |max: f64| max > TIGHT;
        Binding::ALL
            .into_iter()
            .filter(|limit| match limit {
                Binding::Time => reached(self.minutes_used(x), self.minutes),
                Binding::Invites => offered(self.max_invite) && reached(x.invites, self.max_invite),
                Binding::Credits => offered(self.max_inmail) && reached(x.inmails, self.max_inmail),
                Binding::OpenProfile => offered(self.max_open) && reached(x.open, self.max_open),
                Binding::List => reached(x.touches(), self.list),
            })
            .collect()
    }

    /// The same programme with one more unit of `limit`: an hour, an invitation, an InMail, an
    /// Open Profile message or a prospect a week.
    pub fn relaxed(&self, limit: Binding) -> Lp {
        let mut p = *self;
        match limit {
            Binding::Time => p.minutes += 60.0,
            Binding::Invites => p.max_invite += 1.0,
            Binding::Credits => p.max_inmail += 1.0,
            Binding::OpenProfile => p.max_open += 1.0,
            Binding::List => p.list += 1.0,
        }
        p
    }

    /// The mix that books the most meetings; among equals, the one that takes the fewest
    /// minutes, then the most invitations (free on every plan). Meetings grow with invitations
    /// in two straight pieces (the noted ones first), so the best of the two linear programmes,
    /// one per piece, is the best overall.
    pub fn solve(&self) -> Mix {
        let limits: [Row; 8] = [
            ([1.0, 0.0, 0.0], self.max_invite),
            ([0.0, 1.0, 0.0], self.max_inmail),
            ([0.0, 0.0, 1.0], self.max_open),
            ([-1.0, 0.0, 0.0], 0.0),
            ([0.0, -1.0, 0.0], 0.0),
            ([0.0, 0.0, -1.0], 0.0),
            (
                [self.min_invite, self.min_inmail, self.min_open],
                self.minutes,
            ),
            ([1.0, 1.0, 1.0], self.list),
        ];
        // Up to the noted invitations, then from them on.
        let mut noted = limits.to_vec();
        noted.push(([1.0, 0.0, 0.0], self.notes));
        let mut beyond = limits.to_vec();
        beyond.push(([-1.0, 0.0, 0.0], -self.notes));
        let mut best = Mix::default();
        for rows in [&noted, &beyond] {
            if let Some(x) = self.best_vertex(rows) {
                if self.better(x, best) {
                    best = x;
                }
            }
        }
        best
    }

    /// The best vertex of the region the rows bound, by [`Lp::better`]; `None` where the
    /// region is empty.
    fn best_vertex(&self, rows: &[Row]) -> Option<Mix> {
        let keeps = |x: Mix| {
            let v = [x.invites, x.inmails, x.open];
            rows.iter().all(|(a, b)| {
                a[0] * v[0] + a[1] * v[1] + a[2] * v[2] <= b + TIGHT * (1.0 + b.abs())
            })
        };
        let mut best: Option<Mix> = None;
        for i in 0..rows.len() {
            for j in i + 1..rows.len() {
                for k in j + 1..rows.len() {
                    let Some(v) = solve3(
                        [rows[i].0, rows[j].0, rows[k].0],
                        [rows[i].1, rows[j].1, rows[k].1],
                    ) else {
                        continue;
                    };
                    let x = Mix {
                        invites: v[0].max(0.0),
                        inmails: v[1].max(0.0),
                        open: v[2].max(0.0),
                    };
                    if keeps(x) && self.allows(x) && best.is_none_or(|b| self.better(x, b)) {
                        best = Some(x);
                    }
                }
            }
        }
        best
    }

    fn better(&self, x: Mix, than: Mix) -> bool {
        let (a, b) = (self.meetings(x), self.meetings(than));
        let scale = TIGHT * (1.0 + a.abs().max(b.abs()));
        if (a - b).abs() > scale {
            return a > b;
        }
        let (ta, tb) = (self.minutes_used(x), self.minutes_used(than));
        if (ta - tb).abs() > TIGHT * (1.0 + ta.max(tb)) {
            return ta < tb;
        }
        x.invites > than.invites + TIGHT
    }
}

/// Solves a 3 × 3 system by Cramer's rule; `None` when it has no single solution.
fn solve3(a: [[f64; 3]; 3], b: [f64; 3]) -> Option<[f64; 3]> {
    let det = |m: [[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(a);
    if d.abs() < 1e-12 {
        return None;
    }
    let mut x = [0.0; 3];
    for (col, out) in x.iter_mut().enumerate() {
        let mut m = a;
        for row in 0..3 {
            m[row][col] = b[row];
        }
        *out = det(m) / d;
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// One plan's best week and what it costs.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanWeek {
    pub plan: PlanId,
    /// The price the month carries: the user's on the current plan, the default elsewhere.
    pub price: f64,
    pub mix: Mix,
    pub meetings_week: f64,
    pub minutes_week: f64,
    /// The limits the mix reaches, in the order docs/model.md#best-plan-and-channel-mix names them (the first is `mix-binding`).
    pub binding: Vec<Binding>,
    /// `(P + H/60 · minutes · 52/12) / (meetings · 52/12)`; `None` with no meetings.
    pub cost_per_meeting: Option<f64>,
    /// The same without the rep's time.
    pub cost_per_meeting_no_labour: Option<f64>,
    /// Whether the plan's price is known in the scenario's currency: the rep's own plan, a
    /// free one, or any plan in US dollars (LinkedIn's list prices). Another plan's price in
    /// another currency is not known, so its costs are left out, never converted.
    pub priced: bool,
}

impl PlanWeek {
    pub fn meetings_month(&self) -> f64 {
        self.meetings_week * WEEKS_PER_MONTH
    }

    /// The month's spend: the plan and the rep's time.
    pub fn monthly_cost(&self, hourly: f64) -> f64 {
        self.price + labour(hourly, self.minutes_week) * WEEKS_PER_MONTH
    }
}

/// The best week on `plan` for the scenario.
pub fn plan_week(s: &Scenario, plan: PlanId) -> PlanWeek {
    let problem = Lp::of(s, plan);
    week_on(s, plan, &problem, problem.solve())
}

/// The calculator's own week (its requests, InMails and Open Profile messages) on the rep's
/// plan, costed as the best plan costs a week: the row every other plan is read against.
pub fn calculator_week(s: &Scenario) -> PlanWeek {
    let problem = Lp::of(s, s.plan);
    let w = week::Week::of(s);
    let mix = Mix {
        invites: w.invites,
        inmails: w.inmails,
        open: w.open,
    };
    week_on(s, s.plan, &problem, mix)
}

/// `mix` on `plan`, with its meetings, minutes, limits reached and costs.
fn week_on(s: &Scenario, plan: PlanId, problem: &Lp, mix: Mix) -> PlanWeek {
    let meetings_week = problem.meetings(mix);
    let minutes_week = problem.minutes_used(mix);
    let price = if plan == s.plan {
        s.price
    } else {
        plan.plan().price
    };
    let priced = plan == s.plan || s.currency.is_usd() || price == 0.0;
    let month = meetings_week * WEEKS_PER_MONTH;
    let per_meeting = |cost: f64| (priced && month > 0.0).then(|| cost / month);
    PlanWeek {
        plan,
        price,
        mix,
        meetings_week,
        minutes_week,
        binding: problem.binding(mix),
        cost_per_meeting: per_meeting(price + labour(s.hourly, minutes_week) * WEEKS_PER_MONTH),
        cost_per_meeting_no_labour: per_meeting(price),
        priced,
    }
}

/// Every plan's best week, and the answers drawn from them.
#[derive(Clone, Debug, PartialEq)]
pub struct BestWeeks {
    /// In the order of [`PlanId::ALL`].
    pub weeks: Vec<PlanWeek>,
    /// The calculator's week on the rep's plan.
    pub calculator: PlanWeek,
    /// The most meetings (ties: the cheaper month); `None` when no plan books one.
    pub most_meetings: Option<PlanId>,
    /// The lowest cost per meeting (ties: more meetings); `None` when no plan books one.
    pub lowest_cost: Option<PlanId>,
    /// Meetings a week one more hour would add on the current plan.
    pub one_more_hour: f64,
    /// Each limit the current plan's best week reaches, in the order docs/model.md#best-plan-and-channel-mix names them, with the meetings a
    /// week one more of it (an hour, an invitation, an InMail, an Open Profile message, a
    /// prospect) would add. Several may be reached at once, where more of one alone adds
    /// nothing.
    pub gains: Vec<(Binding, f64)>,
    /// The next plan up from the current one and the meetings a week it would add.
    pub next_plan: Option<(PlanId, f64)>,
}

impl BestWeeks {
    pub fn week(&self, plan: PlanId) -> &PlanWeek {
        week_of(&self.weeks, plan)
    }

    /// The limits whose one more unit adds meetings: what limits the rep's plan now.
    pub fn limiting(&self) -> Vec<Binding> {
        self.gains
            .iter()
            .filter(|(_, gain)| *gain > GAIN_DUST)
            .map(|(limit, _)| *limit)
            .collect()
    }
}

/// Meetings a week below this are float dust, not a gain.
const GAIN_DUST: f64 = 1e-9;

/// A plan's week among weeks kept in the order of [`PlanId::ALL`].
fn week_of(weeks: &[PlanWeek], plan: PlanId) -> &PlanWeek {
    &weeks[PlanId::ALL.iter().position(|p| *p == plan).unwrap_or(0)]
}

/// Why the programme has nothing to plan, in words; `None` when it has.
pub fn nothing_to_plan(s: &Scenario) -> Option<&'static str> {
    if s.get(Field::Hours) <= 0.0 {
        Some("With no hours a week for LinkedIn there is no time for a first move: set your hours above 0.")
    } else if s.get(Field::List) <= 0.0 {
        Some("With no new prospects this week there is no one to contact: set your list above 0.")
    } else {
        None
    }
}

/// The plans a seller steps up through, by price (docs/model.md#best-plan-and-channel-mix). Recruiter Lite is a recruiting
/// seat: it stays in the table but is never the next plan up.
const SELLING_LADDER: [PlanId; 4] = [
    PlanId::Free,
    PlanId::PremiumCareer,
    PlanId::PremiumBusiness,
    PlanId::SalesNavCore,
];

/// The next plan up for a seller: Free, Premium Career, Premium Business, Sales Navigator
/// Core, which has none; Recruiter Lite has none either.
pub fn next_plan_up(plan: PlanId) -> Option<PlanId> {
    let at = SELLING_LADDER.iter().position(|p| *p == plan)?;
    SELLING_LADDER.get(at + 1).copied()
}

/// What [`best_weeks`] reads: everything but the name, the prospect and the counts; the page
/// solves again only when this changes (`tests/memo_keys.rs` holds it to what `best_weeks` reads).
pub fn plan_inputs(s: &Scenario) -> impl PartialEq + Send + Sync + 'static {
    Scenario {
        name: String::new(),
        prospect: Default::default(),
        counts: Default::default(),
        ..s.clone()
    }
}

/// Solves every plan for the scenario (docs/model.md#best-plan-and-channel-mix).
pub fn best_weeks(s: &Scenario) -> BestWeeks {
    let weeks: Vec<PlanWeek> = PlanId::ALL.into_iter().map(|p| plan_week(s, p)).collect();
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()));
    let mut most = &weeks[0];
    for w in &weeks[1..] {
        let more =
            w.meetings_week > most.meetings_week && !close(w.meetings_week, most.meetings_week);
        let tie_cheaper = close(w.meetings_week, most.meetings_week)
            && w.monthly_cost(s.hourly) < most.monthly_cost(s.hourly);
        if more || tie_cheaper {
            most = w;
        }
    }
    let mut lowest: Option<&PlanWeek> = None;
    for w in &weeks {
        let Some(cost) = w.cost_per_meeting else {
            continue;
        };
        let better = match lowest.and_then(|l| l.cost_per_meeting.map(|c| (l, c))) {
            None => true,
            Some((l, best)) => {
                (cost < best && !close(cost, best))
                    || (close(cost, best) && w.meetings_week > l.meetings_week)
            }
        };
        if better {
            lowest = Some(w);
        }
    }
    let problem = Lp::of(s, s.plan);
    let current = week_of(&weeks, s.plan).meetings_week;
    let gain = |limit: Binding| {
        let more = problem.relaxed(limit);
        more.meetings(more.solve()) - current
    };
    let gains = week_of(&weeks, s.plan)
        .binding
        .iter()
        .map(|&limit| (limit, gain(limit).max(0.0)))
        .collect();
    let next_plan =
        next_plan_up(s.plan).map(|next| (next, week_of(&weeks, next).meetings_week - current));
    BestWeeks {
        most_meetings: (most.meetings_week > 0.0).then_some(most.plan),
        lowest_cost: lowest.map(|w| w.plan),
        calculator: calculator_week(s),
        one_more_hour: gain(Binding::Time).max(0.0),
        gains,
        weeks,
        next_plan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cramer_solves_and_refuses_singular_systems() {
        let x = solve3(
            [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [1.0, 1.0, 1.0]],
            [1.0, 4.0, 6.0],
        );
        assert_eq!(x, Some([1.0, 2.0, 3.0]));
        assert_eq!(
            solve3(
                [[1.0, 0.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]],
                [1.0, 2.0, 3.0]
            ),
            None
        );
    }
}
