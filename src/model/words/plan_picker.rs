//! What the plan picker says of a plan (docs/model.md#facts-and-defaults): its price, credits, bank, notes and Open
//! Profile access, each with its source, and the line under another currency that asks for the
//! price the rep pays (nothing is converted).

use super::{Num, Sentence};
use crate::model::plans::{Billing, Plan};
use crate::model::scenario::{Scenario, DEFAULT_HOURLY};
use crate::model::sources::{self, Cite};

/// The plan's facts, a line each, with the source of each.
pub fn facts(p: &Plan, billing: Billing) -> Vec<(Sentence, Cite)> {
    let price = p.price_for(billing);
    let billed = match billing {
        Billing::Yearly if p.bills_yearly() => " billed yearly",
        _ => "",
    };
    let price = if price == 0.0 {
        Sentence::words(format!("No subscription ({})", p.price_as_of))
    } else {
        Sentence::new().num(Num::Usd(price)).text(format!(
            " a month{billed}, US list price ({}, {})",
            p.price_range, p.price_as_of
        ))
    };
    let credits = if p.credits == 0 {
        Sentence::words(format!("No InMail credits: {}", p.credits_note))
    } else {
        let mut line = Sentence::new()
            .num(Num::Whole(f64::from(p.credits)))
            .text(" InMail credits a month");
        if !p.credits_note.is_empty() {
            line.push_text(format!(" ({})", p.credits_note));
        }
        line
    };
    let mut out = vec![(price, p.price_source), (credits, p.credits_source)];
    if p.bank_cap > 0 {
        let bank = match p.bank_months {
            Some(months) => Sentence::new()
                .text("Unused credits bank up to ")
                .num(Num::Whole(f64::from(months)))
                .text(" months of credits (")
                .num(Num::Whole(f64::from(p.bank_cap)))
                .text(" at the plan's own)"),
            None => Sentence::new()
                .text("Unused credits bank up to ")
                .num(Num::Whole(f64::from(p.bank_cap)))
                .text(": more credits a month would not fit"),
        };
        out.push((bank, p.bank_source));
    }
    out.push((Sentence::words(p.notes_note), p.notes_source));
    out.push((
        Sentence::words(if p.open_profile {
            "Free messages to Open Profile members"
        } else {
            "No free Open Profile messages: they need a premium plan"
        }),
        sources::OUTBOUND,
    ));
    out
}

/// Under another currency than the dollar: what is a US figure and should be typed as paid.
pub fn currency_note(s: &Scenario) -> Option<Sentence> {
    if s.currency.is_usd() {
        return None;
    }
    let p = s.plan.plan();
    let mut asks: Vec<Sentence> = Vec::new();
    let list_price = p.price_for(s.billing);
    if list_price > 0.0 && s.price == list_price {
        asks.push(
            Sentence::new()
                .text("the plan price is LinkedIn's US list price in dollars (")
                .num(Num::Usd(list_price))
                .text("): type the price you pay"),
        );
    }
    if s.hourly == DEFAULT_HOURLY {
        asks.push(
            Sentence::new()
                .text("your hour (")
                .num(Num::UsdWhole(DEFAULT_HOURLY))
                .text(") is a US sales rep's cost: type yours"),
        );
    }
    if asks.is_empty() {
        return None;
    }
    Some(
        Sentence::words(format!("Nothing is converted to {}: ", s.currency))
            .then(Sentence::joined(asks, "; "))
            .text("."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::currency::Currency;
    use crate::model::plans::PlanId;

    #[test]
    fn another_currency_asks_for_the_price_paid_in_dollars_not_zero() {
        let s = Scenario {
            currency: Currency::parse("GBP").unwrap(),
            ..Scenario::default()
        };
        let note = currency_note(&s).unwrap().plain(s.currency);
        assert_eq!(note, "Nothing is converted to GBP: the plan price is LinkedIn's US list price in dollars ($99.00): type the price you pay; your hour ($50) is a US sales rep's cost: type yours.");
        assert!(currency_note(&Scenario::default()).is_none());
    }

    #[test]
    fn a_free_account_says_it_has_no_open_profile_messages() {
        let lines: Vec<String> = facts(PlanId::Free.plan(), Billing::Monthly)
            .into_iter()
            .map(|(l, _)| l.plain(Currency::USD))
            .collect();
        assert!(lines.iter().any(|l| l.starts_with("No free Open Profile")));
    }
}
