//! Numbers written for people, in the user's own locale, through the browser's
//! `Intl.NumberFormat`: it knows every locale and costs the bundle nothing.

use std::cell::RefCell;

use leptos::prelude::{Get, Signal};

use crate::model::allowance::Limit;
use crate::model::compare::{Cell, Change};
use crate::model::cost::{Figure, OutputKind};
use crate::model::currency::Currency;
use crate::model::number::Unit;

pub use crate::locale::notation;
use crate::locale::{self, Style};

pub use crate::model::words::*;

/// A sentence of the model in the reader's locale, money in the scenario's currency
/// (see [`locale::sentence`]).
pub fn sentence(s: &Sentence) -> String {
    locale::sentence(s, currency())
}

/// A count with its noun: "1 InMail", "62.5 InMails", "under 1 meeting".
pub fn counted(value: f64, noun: Noun) -> String {
    sentence(&Sentence::new().counted(Num::Average(value), noun))
}

thread_local! {
    /// The scenario's currency, as the page follows it ([`follow_currency`]).
    static CURRENCY: RefCell<Option<Signal<Currency>>> = const { RefCell::new(None) };
    /// A currency that overrides the followed one while a saved scenario is drawn.
    static SHOWING: std::cell::Cell<Option<Currency>> = const { std::cell::Cell::new(None) };
}

/// Money is written in this currency from now on. Reading it tracks: a figure drawn with
/// [`money`] is drawn again when the currency changes.
pub fn follow_currency(currency: Signal<Currency>) {
    CURRENCY.with(|c| *c.borrow_mut() = Some(currency));
}

fn currency() -> Currency {
    SHOWING
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| CURRENCY.with(|c| c.borrow().map(|s| s.get()).unwrap_or_default()))
}

/// Draws `f` with money in `currency`: a saved scenario's figures are in its own currency,
/// not the open scenario's.
pub fn in_scenario_currency<T>(currency: Currency, f: impl FnOnce() -> T) -> T {
    let before = SHOWING.with(|s| s.replace(Some(currency)));
    let out = f();
    SHOWING.with(|s| s.set(before));
    out
}

/// The scenario's currency at its minor unit: `$1.58`, `1,58 €`, `¥15,000`. A positive amount
/// that would round to nothing reads "under $0.01", so a real cost never looks like none.
pub fn money(value: f64) -> String {
    sentence(&Sentence::new().num(Num::Money(value)))
}

/// Whole units of the scenario's currency, for a chart's axis: `$10`, `10 €`.
pub fn money_whole(value: f64) -> String {
    locale::money_at(currency(), 0, value)
}

/// US dollars whatever the scenario's currency: LinkedIn's list prices.
pub fn usd(value: f64) -> String {
    sentence(&Sentence::new().num(Num::Usd(value)))
}

/// An average with at most one decimal: `14.4`, `62.5`, `100`; "under 0.1" for a positive
/// figure that would round to 0.
pub fn count(value: f64) -> String {
    sentence(&Sentence::new().num(Num::Average(value)))
}

/// A week's allowance of one limit, the same in every view: credits net of refunds to a
/// tenth (a refund returns part of a week's credit), invitations, notes and Open Profile
/// messages as the whole sends they allow.
pub fn allowance(limit: Limit, value: f64) -> String {
    if limit == Limit::Credits {
        count(value)
    } else {
        locale::plain(Style::Whole, (value + 1e-9).floor())
    }
}

/// A whole count (people in a list, counts the rep typed): `433`, and "under 1" for a
/// fraction of one. `data-value` keeps the exact figure.
pub fn people(value: f64) -> String {
    sentence(&Sentence::new().num(Num::Whole(value)))
}

/// A percent given as a percent (`20.0` is `20%`), to a tenth.
pub fn percent(value: f64) -> String {
    sentence(&Sentence::new().num(Num::Percent(value)))
}

/// A save time (milliseconds since the epoch) as a local date and time.
pub fn date_time(millis: f64) -> String {
    locale::plain(Style::Date, millis)
}

/// An input's value with its unit.
pub fn input(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Usd => money(value),
        Unit::Percent => percent(value),
        Unit::Count => count(value),
    }
}

/// A computed figure, or the words for its absence.
pub fn figure(f: Figure, kind: OutputKind) -> String {
    sentence(&crate::model::words::calculator::figure(f, kind))
}

/// A cell of the comparison table.
/// A difference from the first column, signed: "+$12.00", "−3.1", "no difference".
pub fn change(c: Change) -> String {
    match c {
        Change::Same => "no difference".to_string(),
        Change::More(by) => format!("+{}", cell(by)),
        Change::Less(by) => format!("−{}", cell(by)),
    }
}

pub fn cell(cell: Cell) -> String {
    match cell {
        Cell::Plan(plan) => plan.plan().name.to_string(),
        Cell::Input(value, unit) => input(value, unit),
        Cell::Output(f, kind) => figure(f, kind),
        Cell::Amount(v) => count(v),
        Cell::Absent(words) => words.to_string(),
        Cell::Currency(c) => c.code().to_string(),
        Cell::Safety(r) => r.label().to_string(),
    }
}
