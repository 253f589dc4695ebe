//! What several test files build alike: a drawn scenario's InMail side on any plan.

use firstmove::model::plans::PlanId;
use firstmove::model::scenario::Scenario;

/// A scenario on `plan` with these InMail figures, as the page would accept them: credits and
/// Open Profile messages only on a premium plan, and no more credits than a fixed bank cap
/// allows (docs/model.md#facts-and-defaults).
pub fn inmails_on(plan: PlanId, price: f64, credits: f64, reply: f64, open: f64) -> Scenario {
    let mut s = Scenario::for_plan(plan);
    let premium = plan.plan().is_premium();
    s.price = price;
    let most = plan.plan().credits_max().unwrap_or(1000.0);
    s.credits = if premium { credits.min(most) } else { 0.0 };
    s.reply = reply;
    s.open = if premium { open } else { 0.0 };
    s
}
