//! The browser's `Intl`: it knows every locale and costs the bundle nothing. Each formatter is
//! made once and kept.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::Style;
use crate::model::currency::Currency;
use crate::model::number::Notation;

struct Formatters {
    count: Function,
    whole: Function,
    percent: Function,
    date: Function,
}

thread_local! {
    static FORMATTERS: Formatters = Formatters {
        count: number(&[], 0, 1),
        whole: number(&[], 0, 0),
        percent: number(&[("style", "percent")], 0, 1),
        date: date(),
    };
    /// A formatter per currency and number of decimals, made on first use.
    static MONEY: RefCell<Vec<(Currency, u8, Function)>> = const { RefCell::new(Vec::new()) };
}

pub fn notation() -> Notation {
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

pub fn plain(style: Style, value: f64) -> String {
    FORMATTERS.with(|f| {
        let formatter = match style {
            Style::Count => &f.count,
            Style::Whole => &f.whole,
            Style::Percent => &f.percent,
            Style::Date => &f.date,
        };
        write(formatter, value).unwrap_or_else(|| value.to_string())
    })
}

pub fn money(currency: Currency, digits: u8, value: f64) -> String {
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
    write(&f, value).unwrap_or_else(|| format!("{value} {currency}"))
}

fn write(formatter: &Function, value: f64) -> Option<String> {
    formatter
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
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
