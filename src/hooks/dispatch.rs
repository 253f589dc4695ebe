//! The one way a component changes the scenario: it names the edit, the model's reducer checks
//! it on a copy, and the signal is written only when the edit is valid and changes something.

use leptos::prelude::*;

use crate::model::edit::{apply, Edit, EditError};
use crate::model::scenario::Scenario;

/// Applies `edit` to the scenario signal; a refused edit leaves it untouched and says why.
pub fn dispatch(scenario: RwSignal<Scenario>, edit: Edit) -> Result<(), EditError> {
    if let Some(next) = scenario.with_untracked(|s| apply(s, edit))? {
        scenario.set(next);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::Field;

    #[test]
    fn only_valid_changes_notify() {
        let owner = Owner::new();
        owner.set();
        let scenario = RwSignal::new(Scenario::default());
        let runs = RwSignal::new(0);
        let seen = Memo::new(move |_| {
            runs.update_untracked(|n| *n += 1);
            scenario.with(|s| s.reply)
        });
        assert_eq!(seen.get(), 20.0);
        assert!(dispatch(scenario, Edit::Set(Field::Reply, 120.0)).is_err());
        assert!(dispatch(scenario, Edit::Set(Field::Reply, 20.0)).is_ok());
        assert_eq!(seen.get(), 20.0);
        assert_eq!(
            runs.get_untracked(),
            1,
            "a refused or empty edit writes nothing"
        );
        assert!(dispatch(scenario, Edit::Set(Field::Reply, 30.0)).is_ok());
        assert_eq!(seen.get(), 30.0);
        assert_eq!(runs.get_untracked(), 2);
    }
}
