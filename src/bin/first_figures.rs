//! The page's model module: the model alone (no Leptos), compiled by the build to its own small
//! WebAssembly (`scripts/first-figures.mjs`) and run by the boot script while the app
//! downloads, so a link's own answer and figures are on screen before the app is. One model,
//! two entry points: the figures are `model::first_figures`, written through the same
//! `locale` (the browser's `Intl`) as the app writes them.

use firstmove::locale;
use firstmove::model::first_figures::of_link;
use firstmove::model::rounding::exact;
use wasm_bindgen::prelude::wasm_bindgen;

/// The link's figures, one a line: test id, text, exact value (empty for none), separated by
/// tabs; empty when the app must draw the first screen itself (another view, a notice).
#[wasm_bindgen]
pub fn figures(query: &str) -> String {
    let Some(first) = of_link(query) else {
        return String::new();
    };
    first
        .figures
        .iter()
        .map(|f| {
            let value = exact(f.value);
            let shown = locale::sentence(&f.sentence, first.currency);
            format!("{}\t{shown}\t{value}\n", f.test_id)
        })
        .collect()
}

fn main() {}
