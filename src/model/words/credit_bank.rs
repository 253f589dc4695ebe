//! What the credit bank says (docs/model.md#credit-bank): how many InMails a month the plan keeps up (the
//! calculator's figure), what sending more or less loses, and the first year from an empty
//! bank. Every figure it names is one its table or the calculator shows, rounded the same way.

use super::{Num, Sentence, CREDIT, INMAIL};
use crate::model::bank::{Bank, BankInput, Steady};
use crate::model::rounding;
use crate::model::scenario::Scenario;

/// Credits in words: "1 credit", "2.5 credits", "no credits".
pub fn credits(c: f64) -> Sentence {
    if rounding::average(c).is_zero() {
        Sentence::words("no credits")
    } else {
        Sentence::new().counted(Num::Average(c), CREDIT)
    }
}

/// Why a plan has no bank: a free account is told what grants credits, a premium plan whose
/// credits were set to 0 is told that it grants none.
pub fn no_bank(s: &Scenario) -> Sentence {
    Sentence::words(if s.plan.plan().is_premium() {
        "With its InMail credits set to 0 this plan grants no credits, so there is no bank: set the monthly credits above 0 to see one."
    } else {
        "A free account has no InMail credits, so there is no bank: a premium plan grants them each month."
    })
}

/// The answer: what the plan covers, and what sending the rep's InMails a month does.
pub fn answer(s: &Scenario, input: BankInput, st: &Steady) -> Sentence {
    let mut out = Sentence::new()
        .text("Your plan covers ")
        .counted(Num::Average(st.sustains), INMAIL)
        .text(" a month, the calculator's figure");
    out.push_text(if st.held_back_from.is_some() {
        "."
    } else {
        ": every credit granted and every refunded credit spent again."
    });
    if let Some(full) = st.held_back_from {
        out = out
            .text(" With replies refunding ")
            .num(Num::Whole(f64::from(input.delay)))
            .text(" days later, the bank builds up slowly: sending more falls short even in the second year, though once refunds have built up its credits and reply rate would cover ")
            .num(Num::Average(full))
            .text(" a month.");
    }
    let sends = Num::Average(input.inmails);
    let per_credit = if s.credits > 0.0 {
        s.price / s.credits
    } else {
        0.0
    };
    let lost_money = per_credit * st.lost;
    out.push_text(" ");
    if !rounding::average(st.lost).is_zero() {
        out = out
            .text("Sending ")
            .num(sends)
            .text(" a month, in the second year you lose ")
            .then(credits(st.lost))
            .text(" a month to expiry and the cap");
        if rounding::money(lost_money, s.currency).is_zero() {
            out.text(".")
        } else {
            out.text(": ")
                .num(Num::Money(lost_money))
                .text(" a month paid for and never used.")
        }
    } else if !rounding::average(st.short).is_zero() {
        out.text("Sending ")
            .num(sends)
            .text(" a month asks for more: ")
            .num(Num::Average(st.short))
            .text(" a month cannot go out, even in the second year.")
    } else {
        out.text("Sending ")
            .num(sends)
            .text(" a month, from the second year no credit is lost and the bank never runs dry.")
    }
}

/// The first year from an empty bank, in a sentence: what falls short, expires or is cut.
pub fn first_year(bank: &Bank, input: BankInput) -> Sentence {
    let first = bank.months.first().copied().unwrap_or_default();
    let later_short = bank.total.short - first.short;
    let mut parts: Vec<Sentence> = Vec::new();
    if !rounding::average(later_short).is_zero() {
        parts.push(
            Sentence::new()
                .counted(Num::Average(bank.total.short), INMAIL)
                .text(" fall short over the year while refunds build up (month 12 sends ")
                .num(Num::Average(bank.months.last().map_or(0.0, |m| m.sent)))
                .text(")"),
        );
    } else if !rounding::average(first.short).is_zero() {
        parts.push(
            Sentence::new()
                .text("month 1 falls ")
                .num(Num::Average(first.short))
                .text(" short while the first refunds are on their way"),
        );
    }
    if !rounding::average(bank.total.expired).is_zero() {
        parts.push(credits(bank.total.expired).text(" expire unused"));
    }
    if !rounding::average(bank.total.cut).is_zero() {
        parts.push(
            credits(bank.total.cut)
                .text(" do not fit under the cap of ")
                .num(Num::Average(input.cap)),
        );
    }
    let mut out = Sentence::words("The first year, from an empty bank: ");
    if parts.is_empty() {
        out.push_text("nothing is short, expired or cut");
    }
    out.then(Sentence::joined(parts, ", "))
        .text("; the bank holds ")
        .then(credits(bank.balance()))
        .text(" at the end of month 12.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::bank::{simulate, steady};
    use crate::model::currency::Currency;

    #[test]
    fn the_default_bank_keeps_up_the_calculators_figure_to_a_tenth() {
        let s = Scenario::default();
        let input = BankInput::of(&s);
        let st = steady(input).unwrap();
        let text = answer(&s, input, &st).plain(Currency::USD);
        assert!(
            text.starts_with("Your plan covers 62.5 InMails a month"),
            "{text}"
        );
        assert!(
            text.contains("Sending 62.5 a month, from the second year no credit is lost"),
            "{text}"
        );
        let year = first_year(&simulate(input), input).plain(Currency::USD);
        assert!(year.starts_with("The first year"), "{year}");
    }
}
