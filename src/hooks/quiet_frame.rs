//! Heavy derived work kept off the input path: it runs one animation frame after the inputs
//! stop changing, so a slider drag stays as fast as the calculator, and the result follows
//! within a frame of the drag settling.

use leptos::prelude::*;

/// `compute(scenario)` into a signal, recomputed one quiet frame after `key(scenario)` last
/// changed; `None` until the first run. Also returns how long the last run took, in ms.
pub fn use_quiet_frame<K, T>(
    scenario: Signal<crate::model::scenario::Scenario>,
    key: impl Fn(&crate::model::scenario::Scenario) -> K + Send + Sync + 'static,
    compute: fn(&crate::model::scenario::Scenario) -> T,
) -> (ReadSignal<Option<T>>, ReadSignal<f64>)
where
    K: PartialEq + Send + Sync + 'static,
    T: Send + Sync + 'static,
{
    let (result, set_result) = signal(None);
    let (took, set_took) = signal(0.0);
    let key = Memo::new(move |_| scenario.with(&key));
    let edits = StoredValue::new(0u64);
    let waiting = StoredValue::new(false);
    let job = Job {
        scenario,
        compute,
        edits,
        waiting,
        set_result,
        set_took,
    };
    Effect::new(move |_| {
        // Read, not just track: a memo that is never read never runs, so never subscribes.
        key.with(|_| ());
        edits.update_value(|n| *n += 1);
        if !waiting.get_value() {
            waiting.set_value(true);
            job.after_quiet_frame(edits.get_value());
        }
    });
    (result, took)
}

/// What a scheduled run needs; every part is a copyable handle.
struct Job<T: Send + Sync + 'static> {
    scenario: Signal<crate::model::scenario::Scenario>,
    compute: fn(&crate::model::scenario::Scenario) -> T,
    edits: StoredValue<u64>,
    waiting: StoredValue<bool>,
    set_result: WriteSignal<Option<T>>,
    set_took: WriteSignal<f64>,
}

impl<T: Send + Sync + 'static> Clone for Job<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Job<T> {}

impl<T: Send + Sync + 'static> Job<T> {
    /// Waits for a frame in which no edit arrived, then runs.
    fn after_quiet_frame(self, seen: u64) {
        request_animation_frame(move || {
            let now = self.edits.get_value();
            if now != seen {
                self.after_quiet_frame(now);
                return;
            }
            self.waiting.set_value(false);
            let start = crate::browser::clock();
            let value = self.scenario.with_untracked(self.compute);
            self.set_took.set(crate::browser::clock() - start);
            self.set_result.set(Some(value));
        });
    }
}
