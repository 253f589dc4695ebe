//! Numbers written for people, in the user's own locale, through the browser's
//! `Intl.NumberFormat`: it knows every locale and costs the bundle nothing.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use leptos::prelude::{Get, Signal};
use wasm_bindgen::JsValue;

use crate::model::allowance::Limit;
use crate::model::compare::{Cell, Change};
use crate::model::cost::{Figure, OutputKind};
use crate::model::currency::Currency;
use crate::model::number::{Notation, Unit};

struct Formatters {
    count: Function,
    whole: Function,
    percent: Function,
    date: Function,
}

thread_local! {
    static NOTATION: Notation = notation_of_locale();
    static FORMATTERS: Formatters = Formatters {
        count: number(&[], 0, 1),
        whole: number(&[], 0, 0),
        percent: number(&[("style", "percent")], 0, 1),
        date: date(),
    };
}

/// The marks the rep's locale writes numbers with (`1,234.5`, `1.234,5`, `1 234,5`), so a
/// field reads what the page writes: read once from the same `Intl.NumberFormat` locale that
/// formats every figure.
pub fn notation() -> Notation {
    NOTATION.with(|n| *n)
}

fn notation_of_locale() -> Notation {
    let parts = Intl::NumberFormat::new(&Array::new(), &Object::new()).format_to_parts(1_234_567.5);
    let (mut decimal, mut group, mut integers) = ('.', None, Vec::new());
    for part in parts.iter() {
        let read = |key: &str| {
            Reflect::get(&part, &key.into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        let value = read("value");
        match read("type").as_str() {
            "decimal" => decimal = value.chars().next().unwrap_or('.'),
            "group" => group = value.chars().next(),
            "integer" => integers.push(value.chars().count()),
            _ => {}
        }
    }
    // The group next to the decimal mark, and the one before it ("12,34,567" in India).
    let size = |from_end: usize| {
        integers
            .len()
            .checked_sub(from_end)
            .and_then(|i| integers.get(i))
            .and_then(|n| u8::try_from(*n).ok())
            .filter(|n| (1..=4).contains(n))
    };
    let primary = size(1).filter(|_| integers.len() > 1).unwrap_or(3);
    let secondary = size(2).filter(|_| integers.len() > 2).unwrap_or(primary);
    Notation::typed(
        decimal,
        group.filter(|g| *g != decimal),
        (primary, secondary),
    )
}

pub use crate::model::words::*;

/// A sentence of the model, its numbers written in the reader's locale with the digits the
/// model rounded them to (`model::rounding`), its words and plurals as the model wrote them.
pub fn sentence(s: &Sentence) -> String {
    s.write(currency(), &|n, value| num(n, value))
}

/// A number of a sentence, already rounded, in the reader's locale.
fn num(n: Num, value: f64) -> String {
    match (n, n.shown(currency())) {
        (Num::Money(_), shown) => in_currency(currency(), shown.digits(), value),
        (Num::Usd(_) | Num::UsdWhole(_), shown) => {
            in_currency(Currency::USD, shown.digits(), value)
        }
        (Num::Percent(_), _) => call(|f| &f.percent, value / 100.0),
        (Num::Average(_), _) => call(|f| &f.count, value),
        (Num::Whole(_), _) => call(|f| &f.whole, value),
    }
}

/// A count with its noun: "1 InMail", "62.5 InMails", "under 1 meeting".
pub fn counted(value: f64, noun: Noun) -> String {
    sentence(&Sentence::new().counted(Num::Average(value), noun))
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

fn number(pairs: &[(&str, &str)], min_digits: u8, max_digits: u8) -> Function {
    let options = options(pairs);
    let _ = Reflect::set(
        &options,
        &"minimumFractionDigits".into(),
        &min_digits.into(),
    );
    let _ = Reflect::set(
        &options,
        &"maximumFractionDigits".into(),
        &max_digits.into(),
    );
    Intl::NumberFormat::new(&Array::new(), &options).format()
}

fn date() -> Function {
    let options = options(&[("dateStyle", "medium"), ("timeStyle", "short")]);
    Intl::DateTimeFormat::new(&Array::new(), &options).format()
}

fn call(pick: impl Fn(&Formatters) -> &Function, value: f64) -> String {
    FORMATTERS.with(|f| {
        pick(f)
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| value.to_string())
    })
}

thread_local! {
    /// The scenario's currency, as the page follows it ([`follow_currency`]).
    static CURRENCY: RefCell<Option<Signal<Currency>>> = const { RefCell::new(None) };
    /// A currency that overrides the followed one while a saved scenario is drawn.
    static SHOWING: std::cell::Cell<Option<Currency>> = const { std::cell::Cell::new(None) };
    /// A formatter per currency and number of decimals, made on first use.
    static MONEY: RefCell<Vec<(Currency, u8, Function)>> = const { RefCell::new(Vec::new()) };
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

fn in_currency(currency: Currency, digits: u8, value: f64) -> String {
    let f = MONEY.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((_, _, f)) = m.iter().find(|(c, d, _)| *c == currency && *d == digits) {
            return f.clone();
        }
        let f = number(
            &[("style", "currency"), ("currency", currency.code())],
            digits,
            digits,
        );
        m.push((currency, digits, f.clone()));
        f
    });
    f.call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value} {currency}"))
}

/// The scenario's currency at its minor unit: `$1.58`, `1,58 €`, `¥15,000`. A positive amount
/// that would round to nothing reads "under $0.01", so a real cost never looks like none.
pub fn money(value: f64) -> String {
    sentence(&Sentence::new().num(Num::Money(value)))
}

/// Whole units of the scenario's currency, for a chart's axis: `$10`, `10 €`.
pub fn money_whole(value: f64) -> String {
    in_currency(currency(), 0, value)
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
        call(|f| &f.whole, (value + 1e-9).floor())
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
    call(|f| &f.date, millis)
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
