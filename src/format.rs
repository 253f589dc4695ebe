//! Numbers written for people, in the user's own locale, through the browser's
//! `Intl.NumberFormat`: it knows every locale and costs the bundle nothing.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use leptos::prelude::{Get, Signal};
use wasm_bindgen::JsValue;

use crate::model::allowance::Limit;
use crate::model::compare::Cell;
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
    static PLURALS: Plurals = Plurals {
        whole: plural_rules(0),
        tenths: plural_rules(1),
    };
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

struct Plurals {
    whole: Intl::PluralRules,
    tenths: Intl::PluralRules,
}

/// English plural rules (the page's words are English, whatever locale writes its numbers),
/// rounding as the figure is shown, so 0.96 credits shown as "1" is "1 credit".
fn plural_rules(max_digits: u8) -> Intl::PluralRules {
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &"maximumFractionDigits".into(),
        &max_digits.into(),
    );
    Intl::PluralRules::new(&Array::of1(&"en".into()), &options)
}

/// A noun the page counts, in its two English forms, and how its count is shown.
#[derive(Clone, Copy, Debug)]
pub struct Noun {
    pub one: &'static str,
    pub other: &'static str,
    /// Whole like people and messages ([`people`]), or to a tenth like credits ([`count`]).
    pub whole: bool,
}

impl Noun {
    const fn whole(one: &'static str, other: &'static str) -> Noun {
        Noun {
            one,
            other,
            whole: true,
        }
    }
}

pub const INMAIL: Noun = Noun::whole("InMail", "InMails");
pub const MEETING: Noun = Noun::whole("meeting", "meetings");
pub const REQUEST: Noun = Noun::whole("request", "requests");
pub const CONNECTION_REQUEST: Noun = Noun::whole("connection request", "connection requests");
pub const OPEN_PROFILE_MESSAGE: Noun = Noun::whole("Open Profile message", "Open Profile messages");
pub const INVITATION: Noun = Noun::whole("invitation", "invitations");
pub const REPLY: Noun = Noun::whole("reply", "replies");
pub const PERSON_WHO_ACCEPTED: Noun = Noun::whole("person who accepted", "people who accepted");
pub const PROSPECT: Noun = Noun::whole("prospect", "prospects");
pub const NEW_PROSPECT: Noun = Noun::whole("new prospect", "new prospects");
pub const SENDING_DAY: Noun = Noun::whole("sending day", "sending days");
pub const PROBLEM: Noun = Noun::whole("problem", "problems");
pub const ROW: Noun = Noun::whole("row", "rows");
pub const SCENARIO: Noun = Noun::whole("scenario", "scenarios");
pub const CREDIT: Noun = Noun {
    one: "credit",
    other: "credits",
    whole: false,
};
pub const HOUR: Noun = Noun {
    one: "hour",
    other: "hours",
    whole: false,
};

/// A count with its noun: "1 InMail", "433 InMails", "under 1 meeting", "2.5 credits". Every
/// count the page writes before a noun goes through here, so none reads "1 InMails".
pub fn counted(value: f64, noun: Noun) -> String {
    let (number, shown) = if noun.whole {
        // "under 1 meeting": the noun of the one that is not quite there.
        let shown = if value > 0.0 && value < 0.5 {
            1.0
        } else {
            value.round()
        };
        (people(value), shown)
    } else {
        (count(value), value)
    };
    let one = PLURALS.with(|p| {
        let rules = if noun.whole { &p.whole } else { &p.tenths };
        rules.select(shown) == "one"
    });
    format!("{number} {}", if one { noun.one } else { noun.other })
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

/// The scenario's currency with cents: `$1.58`, `1,58 €`. A positive amount that would round
/// to `$0.00` reads "under $0.01", so a real cost never looks like none.
pub fn money(value: f64) -> String {
    let c = currency();
    if value > 0.0 && value < 0.005 {
        format!("under {}", in_currency(c, 2, 0.01))
    } else {
        in_currency(c, 2, value)
    }
}

/// Whole units of the scenario's currency, for a chart's axis: `$10`, `10 €`.
pub fn money_whole(value: f64) -> String {
    in_currency(currency(), 0, value)
}

/// US dollars whatever the scenario's currency: LinkedIn's list prices.
pub fn usd(value: f64) -> String {
    in_currency(Currency::USD, 2, value)
}

/// An amount with at most one decimal, for what is not people or messages (credits, a
/// day's pace): `14.4`.
pub fn count(value: f64) -> String {
    call(|f| &f.count, value)
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

/// What a week uses of one limit: credits net of refunds to a tenth, sends whole.
pub fn usage(limit: Limit, value: f64) -> String {
    if limit == Limit::Credits {
        count(value)
    } else {
        people(value)
    }
}

/// People and messages are whole: `433`, and "under 1" for an expected value between 0 and 1,
/// which would otherwise round to a misleading 0. `data-value` keeps the exact figure.
pub fn people(value: f64) -> String {
    if value > 0.0 && value < 0.5 {
        "under 1".to_string()
    } else {
        call(|f| &f.whole, value.round())
    }
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
pub fn figure(figure: Figure, kind: OutputKind) -> String {
    match (figure.value(), kind) {
        (Some(v), OutputKind::Money) => money(v),
        (Some(v), OutputKind::Count) => people(v),
        (None, _) => figure.absence().unwrap_or_default().to_string(),
    }
}

/// A cell of the comparison table.
pub fn cell(cell: Cell) -> String {
    match cell {
        Cell::Plan(plan) => plan.plan().name.to_string(),
        Cell::Input(value, unit) => input(value, unit),
        Cell::Output(f, kind) => figure(f, kind),
        Cell::Count(v) => people(v),
        Cell::Amount(v) => count(v),
        Cell::Absent(words) => words.to_string(),
        Cell::Currency(c) => c.code().to_string(),
    }
}
