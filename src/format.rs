//! Numbers written for people, in the user's own locale, through the browser's
//! `Intl.NumberFormat`: it knows every locale and costs the bundle nothing.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::compare::Cell;
use crate::model::cost::{Figure, Kind};
use crate::model::fields::Unit;

struct Formatters {
    money: Function,
    count: Function,
    percent: Function,
    date: Function,
}

thread_local! {
    static FORMATTERS: Formatters = Formatters {
        money: number(&[("style", "currency"), ("currency", "USD")], 2, 2),
        count: number(&[], 0, 1),
        percent: number(&[("style", "percent")], 0, 1),
        date: date(),
    };
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

/// US dollars with cents: `$1.58`.
pub fn money(value: f64) -> String {
    call(|f| &f.money, value)
}

/// A count with at most one decimal: `433.3`.
pub fn count(value: f64) -> String {
    call(|f| &f.count, value)
}

/// A percent given as a percent (`20.0` is `20%`).
pub fn percent(value: f64) -> String {
    call(|f| &f.percent, value / 100.0)
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
pub fn figure(figure: Figure, kind: Kind) -> String {
    match (figure.value(), kind) {
        (Some(v), Kind::Money) => money(v),
        (Some(v), Kind::Count) => count(v),
        (None, _) => figure.absence().unwrap_or_default().to_string(),
    }
}

/// A cell of the comparison table.
pub fn cell(cell: Cell) -> String {
    match cell {
        Cell::Plan(plan) => plan.plan().name.to_string(),
        Cell::Input(value, unit) => input(value, unit),
        Cell::Output(f, kind) => figure(f, kind),
    }
}
