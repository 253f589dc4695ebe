//! Derived values that recompute only when the part of the scenario they read changes, so
//! dragging the reply rate does not redo the first move or the safety check.

use leptos::prelude::*;

use crate::model::scenario::Scenario;

/// `compute(scenario)`, recomputed only when `key(scenario)` changes.
pub fn derive_on<K, T>(
    scenario: RwSignal<Scenario>,
    key: impl Fn(&Scenario) -> K + Send + Sync + 'static,
    compute: impl Fn(&Scenario) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    K: PartialEq + Send + Sync + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    let key = Memo::new(move |_| scenario.with(&key));
    Memo::new(move |_| {
        key.track();
        scenario.with_untracked(&compute)
    })
}
