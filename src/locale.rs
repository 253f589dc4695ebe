//! The reader's locale, with no Leptos: the marks they type numbers with, and a model
//! sentence's numbers written as they read them. Both the app and the model module that
//! writes a shared link's first figures (`src/bin/first_figures.rs`) write through here, so a
//! figure reads the same whichever wrote it.
//!
//! In the browser every number goes through `Intl` ([`intl`]); the build's native prerender
//! of the page (`src/bin/prerender.rs`) writes US English ([`en_us`]), and the browser tests
//! hold the two to each other on the prerendered page.

use crate::model::currency::Currency;
use crate::model::number::Notation;
use crate::model::words::{Num, Sentence};

#[cfg(not(target_arch = "wasm32"))]
mod en_us;
#[cfg(target_arch = "wasm32")]
mod intl;

#[cfg(not(target_arch = "wasm32"))]
use en_us as backend;
#[cfg(target_arch = "wasm32")]
use intl as backend;

/// How a number that is not money is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// An average: at most one decimal, `62.5`.
    Count,
    /// A whole count: `433`.
    Whole,
    /// A share, given as a fraction (`0.2` is `20%`), to a tenth of a percent.
    Percent,
    /// A time, given as milliseconds since the epoch: a medium date and a short time.
    Date,
}

thread_local! {
    static NOTATION: Notation = backend::notation();
}

/// The marks the rep's locale writes numbers with (`1,234.5`, `1.234,5`, `1 234,5`), so a
/// field reads what the page writes: read once from the same locale that formats every figure.
pub fn notation() -> Notation {
    NOTATION.with(|n| *n)
}

/// A sentence of the model, its numbers written in the reader's locale with the digits the
/// model rounded them to (`model::rounding`), its words and plurals as the model wrote them.
pub fn sentence(s: &Sentence, currency: Currency) -> String {
    s.write(currency, &|n, value| num(n, value, currency))
}

/// A number of a sentence, already rounded, in the reader's locale.
fn num(n: Num, value: f64, currency: Currency) -> String {
    match (n, n.shown(currency)) {
        (Num::Money(_), shown) => money_at(currency, shown.digits(), value),
        (Num::Usd(_) | Num::UsdWhole(_), shown) => money_at(Currency::USD, shown.digits(), value),
        (Num::Percent(_), _) => plain(Style::Percent, value / 100.0),
        (Num::Average(_), _) => plain(Style::Count, value),
        (Num::Whole(_), _) => plain(Style::Whole, value),
    }
}

/// A number that is not money, in the reader's locale.
pub fn plain(style: Style, value: f64) -> String {
    backend::plain(style, value)
}

/// Money in `currency` with exactly `digits` decimals: `$1.58`, `1,58 €`.
pub fn money_at(currency: Currency, digits: u8, value: f64) -> String {
    backend::money(currency, digits, value)
}
