//! A number a person types into a field. The text is kept verbatim while it is refused, the
//! scenario meanwhile holds the figure from before this edit (`model::before_edit`), and the
//! draft gives way when the figure is changed from elsewhere (a slider, a plan, an opened
//! scenario).

use leptos::prelude::*;

use super::view_scenario::use_scenario_writer;
use crate::model::before_edit::BeforeEdit;
use crate::model::edit::Edit;
use crate::model::number::Notation;
use crate::model::scenario::{Invalid, Scenario};

/// The text a person is typing, from their first keystroke until it is committed or replaced.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    text: String,
    /// Where this edit began.
    before: BeforeEdit,
    /// The figure after the last keystroke: any other figure was set from elsewhere.
    wrote: Option<f64>,
    refused: Option<String>,
}

/// A typed number's state and what the input's events call.
#[derive(Clone, Copy)]
pub struct TypedNumber {
    /// What the input shows: the draft, or the figure in the rep's notation.
    pub text: Signal<String>,
    /// Why the draft is refused and which figure stands meanwhile.
    pub error: Signal<Option<String>>,
    /// A keystroke (`input` event): the field's whole new text.
    pub input: Callback<String>,
    draft: RwSignal<Option<Draft>>,
    /// The figure in the scenario.
    current: Memo<Option<f64>>,
}

impl TypedNumber {
    /// The text was committed (`change`): a draft that reads gives way to the figure's own text;
    /// a refused one stays, with its reason, and the edit goes on from where it began.
    pub fn commit(&self) {
        if self.error.get_untracked().is_none() {
            self.draft.set(None);
        }
    }

    /// The figure was set another way (slider, "follow again"): the draft is dropped.
    pub fn clear(&self) {
        self.draft.set(None);
    }

    /// Whether a draft is left over from before the figure changed elsewhere.
    fn is_stale(&self) -> bool {
        let now = self.current.get_untracked();
        self.draft
            .with_untracked(|d| d.as_ref().is_some_and(|d| d.wrote != now))
    }
}

/// A typed number over the figure `figure` of `scenario` (`None` shows an empty field), read
/// and written in `notation` (the page passes `format::notation()`, the rep's locale). `begin`
/// captures the figure when an edit begins; `read` turns the text into an edit.
pub fn use_typed_number(
    scenario: Memo<Scenario>,
    notation: Notation,
    figure: impl Fn(&Scenario) -> Option<f64> + Copy + Send + Sync + 'static,
    begin: impl Fn(&Scenario) -> BeforeEdit + Send + Sync + 'static,
    read: impl Fn(&str, &Notation) -> Result<Edit, Invalid> + Send + Sync + 'static,
) -> TypedNumber {
    let typed = typed_number(scenario, notation, figure, begin, read);
    // Once the figure is set from elsewhere, the draft is gone for good, even if the figure
    // later comes back to what the draft wrote.
    Effect::new(move |_| {
        typed.current.track();
        if typed.is_stale() {
            typed.clear();
        }
    });
    typed
}

/// The hook without its effect (effects need the browser's executor; tests run natively).
fn typed_number(
    scenario: Memo<Scenario>,
    notation: Notation,
    figure: impl Fn(&Scenario) -> Option<f64> + Copy + Send + Sync + 'static,
    begin: impl Fn(&Scenario) -> BeforeEdit + Send + Sync + 'static,
    read: impl Fn(&str, &Notation) -> Result<Edit, Invalid> + Send + Sync + 'static,
) -> TypedNumber {
    let write = use_scenario_writer();
    let draft = RwSignal::new(None::<Draft>);
    let current = Memo::new(move |_| scenario.with(figure));
    // The draft while it is the edit in progress: not once the figure moved without it.
    let live = move |d: &Option<Draft>| d.as_ref().filter(|d| d.wrote == current.get()).cloned();

    let input = Callback::new(move |text: String| {
        // The edit begins at its first keystroke and lasts until the draft is committed or
        // replaced, whatever figures its prefixes made in between.
        let before = untrack(|| draft.with(|d| live(d).map(|d| d.before)))
            .unwrap_or_else(|| write.with_untracked(&begin));
        let step = write.with_untracked(|s| before.keystroke(s, read(&text, &notation), &notation));
        if let Some(next) = step.next {
            write.set(next);
        }
        draft.set(Some(Draft {
            text,
            before,
            wrote: write.with_untracked(figure),
            refused: step.refused,
        }));
    });

    TypedNumber {
        text: Signal::derive(move || {
            draft
                .with(|d| live(d).map(|d| d.text))
                .or_else(|| current.get().map(|v| notation.write(v)))
                .unwrap_or_default()
        }),
        error: Signal::derive(move || draft.with(|d| live(d).and_then(|d| d.refused))),
        input,
        draft,
        current,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::Field;

    const DE_DE: Notation = Notation::typed(',', Some('.'), (3, 3));

    #[test]
    fn a_refused_draft_stays_verbatim_while_the_figure_from_before_stands() {
        let owner = Owner::new();
        owner.set();
        let writer = RwSignal::new(Scenario::default());
        provide_context(writer);
        let scenario = Memo::new(move |_| writer.get());
        let field = Field::Invites;
        let typed = typed_number(
            scenario,
            DE_DE,
            move |s| Some(s.get(field)),
            move |s| BeforeEdit::field(s, field),
            move |text, n| Edit::typed(field, text, n),
        );
        assert_eq!(typed.text.get(), "100");
        for (text, figure) in [("1", 1.0), ("1.", 100.0), ("1.0", 100.0), ("1.05", 100.0)] {
            typed.input.run(text.to_string());
            assert_eq!(typed.text.get(), text, "what was typed stays");
            assert_eq!(writer.with(|s| s.invites), figure, "after {text}");
        }
        assert!(typed
            .error
            .get()
            .is_some_and(|e| e.ends_with("Still using 100, the figure before your edit.")));
        typed.commit();
        assert_eq!(
            typed.text.get(),
            "1.05",
            "a refused draft survives leaving the field"
        );
        typed.input.run("1.000".to_string());
        assert_eq!(
            (writer.with(|s| s.invites), typed.error.get()),
            (1000.0, None)
        );
        typed.commit();
        assert_eq!(
            typed.text.get(),
            "1000",
            "committed, the field shows the figure"
        );
        typed.input.run("abc".to_string());
        assert!(typed
            .error
            .get()
            .is_some_and(|e| e.ends_with("Still using 1000, the figure before your edit.")));
        writer.update(|s| s.invites = 50.0);
        assert_eq!(
            (typed.text.get(), typed.error.get()),
            ("50".to_string(), None),
            "a figure set elsewhere replaces the draft"
        );
    }
}
