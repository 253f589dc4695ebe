//! The scenario as one view reads it: live while the view is on screen, frozen while it is
//! hidden. A hidden view keeps its inputs, drafts and pasted lists (it stays mounted) but does
//! no work on an edit: its memo stops tracking the scenario until the view is shown again.

use leptos::prelude::*;

use crate::model::scenario::Scenario;
use crate::model::view::View;

/// `scenario` for the components of view `mine`.
pub fn use_view_scenario(
    scenario: RwSignal<Scenario>,
    view: RwSignal<View>,
    mine: View,
) -> Memo<Scenario> {
    Memo::new(move |previous: Option<&Scenario>| match previous {
        Some(frozen) if view.get() != mine => frozen.clone(),
        _ => scenario.get(),
    })
}

/// The scenario signal every edit goes to, provided by the page.
pub fn use_scenario_writer() -> RwSignal<Scenario> {
    expect_context::<RwSignal<Scenario>>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_view_does_no_work_until_shown() {
        let owner = Owner::new();
        owner.set();
        let scenario = RwSignal::new(Scenario::default());
        let view = RwSignal::new(View::Calculator);
        let list = use_view_scenario(scenario, view, View::List);
        let runs = RwSignal::new(0);
        let derived = Memo::new(move |_| {
            runs.update_untracked(|n| *n += 1);
            list.with(|s| s.reply)
        });
        assert_eq!(derived.get(), 20.0);
        for reply in [21.0, 22.0, 23.0] {
            scenario.update(|s| s.reply = reply);
            assert_eq!(derived.get(), 20.0, "a hidden view shows what it showed");
        }
        assert_eq!(runs.get_untracked(), 1, "and recomputes nothing");
        view.set(View::List);
        assert_eq!(derived.get(), 23.0, "shown again, it catches up at once");
        scenario.update(|s| s.reply = 24.0);
        assert_eq!(derived.get(), 24.0);
    }
}
