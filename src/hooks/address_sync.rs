//! Keeps the address bar a share link of what is on screen: edits replace the current history
//! entry (at most every 120 ms, as Chromium ignores floods of `replaceState`), switching view
//! pushes a new one, and Back or Forward switch the view back without touching the inputs.
//! Whether a phone shows every input (`inputs=all`) is kept the way an edit is.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser;
use crate::model::address::{self, encode_link};
use crate::model::scenario::Scenario;
use crate::model::view::View;

/// Whether a phone shows every input of the calculator, not only the first ones; the page
/// provides it, the calculator's "More inputs" button sets it, the address keeps it.
#[derive(Clone, Copy)]
pub struct AllInputs(pub RwSignal<bool>);

/// The share link of what is on screen when called: the scenario, the view and the inputs
/// shown. Made where the page's context is (a component or hook), called from anywhere: a
/// timer or an event handler has no context to read.
pub fn use_page_link(scenario: RwSignal<Scenario>) -> impl Fn() -> String + Copy + 'static {
    let view = expect_context::<RwSignal<View>>();
    let AllInputs(all) = expect_context::<AllInputs>();
    move || scenario.with_untracked(|s| encode_link(s, view.get_untracked(), all.get_untracked()))
}

/// Shortest gap between two address rewrites while editing.
const THROTTLE: Duration = Duration::from_millis(120);

pub fn use_address_sync(scenario: RwSignal<Scenario>, view: RwSignal<View>) {
    let write_pending = StoredValue::new(false);
    // Set while a view change comes from the history, so it is not pushed again.
    let from_history = StoredValue::new(false);
    let AllInputs(all_inputs) = expect_context::<AllInputs>();
    let link = use_page_link(scenario);

    Effect::new(move |first: Option<()>| {
        scenario.track();
        all_inputs.track();
        if first.is_none() || write_pending.get_value() {
            return;
        }
        write_pending.set_value(true);
        set_timeout(
            move || {
                write_pending.set_value(false);
                browser::replace_query(&link());
            },
            THROTTLE,
        );
    });

    Effect::new(move |previous: Option<View>| {
        let shown = view.get();
        // Setting the view it already shows (its own tab clicked again) adds no entry.
        if previous.is_none_or(|p| p == shown) {
            return shown;
        }
        if from_history.get_value() {
            from_history.set_value(false);
            // The entry keeps its view; its inputs become the ones on screen.
            browser::replace_query(&link());
        } else {
            browser::push_query(&link());
        }
        shown
    });

    browser::listen(leptos::ev::popstate, move |_| {
        let shown = address::parse(&browser::current_query()).view;
        if shown != view.get_untracked() {
            from_history.set_value(true);
            view.set(shown);
        } else {
            // Same view (a jump of several entries): the entry still takes the inputs on screen.
            browser::replace_query(&link());
        }
    });
}
