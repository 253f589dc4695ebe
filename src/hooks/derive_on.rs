//! Derived values that recompute only when the part of the scenario they read changes, so
//! dragging the reply rate does not redo the first move or the safety check.

use leptos::prelude::*;

use crate::model::scenario::Scenario;

/// `compute(scenario)`, recomputed only when `key(scenario)` changes, or when another signal
/// that `compute` reads changes (only the scenario is read untracked).
pub fn derive_on<K, T>(
    scenario: Signal<Scenario>,
    key: impl Fn(&Scenario) -> K + Send + Sync + 'static,
    compute: impl Fn(&Scenario) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    K: PartialEq + Send + Sync + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    let key = Memo::new(move |_| scenario.with(&key));
    Memo::new(move |_| {
        // Read, not just track: a memo that is never read never runs, and so would never
        // subscribe to the scenario.
        key.with(|_| ());
        scenario.with_untracked(&compute)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::safety::{assess, safety_inputs, Risk};

    #[test]
    fn recomputes_when_its_slice_changes_and_only_then() {
        let owner = Owner::new();
        owner.set();
        let scenario = RwSignal::new(Scenario {
            invites: 130.0,
            cap: 200.0,
            ..Scenario::default()
        });
        let runs = RwSignal::new(0);
        let safety = derive_on(scenario.into(), safety_inputs, move |s| {
            runs.update_untracked(|n| *n += 1);
            assess(s).level
        });
        assert_eq!(safety.get(), Risk::Watch);
        scenario.update(|s| s.days = 6.0);
        assert_eq!(safety.get(), Risk::Safe);
        assert_eq!(runs.get_untracked(), 2);
        scenario.update(|s| s.reply = 33.0);
        assert_eq!(safety.get(), Risk::Safe);
        assert_eq!(
            runs.get_untracked(),
            2,
            "a reply edit does not reassess safety"
        );
    }

    #[test]
    fn other_signals_read_by_the_computation_still_trigger_it() {
        let owner = Owner::new();
        owner.set();
        let scenario = RwSignal::new(Scenario::default());
        let extra = RwSignal::new(1.0);
        let sum = derive_on(scenario.into(), |s| s.cap, move |s| s.cap + extra.get());
        assert_eq!(sum.get(), 101.0);
        extra.set(2.0);
        assert_eq!(sum.get(), 102.0);
        scenario.update(|s| s.cap = 50.0);
        assert_eq!(sum.get(), 52.0);
    }
}
