//! A build step, not part of the page: writes the page's first screen as HTML on standard
//! output, with the default scenario's real figures, rendered natively by the same Leptos
//! components the app mounts (Leptos's `ssr`, under this binary's own `prerender` feature, as
//! `csr` and `ssr` are not built together). `scripts/postbuild.mjs` puts it in the built
//! `index.html`, so the first response already holds the answer; the app replaces it with the
//! same markup when it mounts, so nothing moves. Numbers are in US English
//! (`locale`); the boot script has another locale's written before they show.

use leptos::prelude::*;

fn main() {
    let owner = Owner::new();
    let html = owner.with(|| view! { <firstmove::App /> }.to_html());
    print!("{html}");
}
