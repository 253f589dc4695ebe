//! The page's views: one tool (or a few) on screen at a time, named in the link as `view=`
//! (docs/link-format.md#parameters), so a link opens the tool it was sent from.
//!
//! Every view is one row of `with_view_table!`: the enum, the tabs, the dispatch to each
//! view's folder and chunk (`src/views/mod.rs`) and the browser tests' list of views (written
//! by `tests/view_table.rs`) all read it.
//! Adding a view is a folder under `src/views/` and one row here.

/// Calls `$callback!` with the table of views, one row a view, in the order of the tabs:
///
/// `Variant "key" "Tab label" folder chunk "answer";`
///
/// - `key`: the `view=` value in the link, and the panel's `data-view`;
/// - `folder`: the module under `src/views/` whose `view(page)` builds it, and whose CSS is
///   bundled with the page's styles;
/// - `chunk`: the WebAssembly chunk its code is split into (`main` is built into the main
///   module, so it never waits for a download; views that share most of their code share one);
/// - `answer`: the CSS selector of the element that answers the view's question, which the
///   browser tests expect on the first screen.
macro_rules! with_view_table {
    ($callback:ident) => {
        $callback! {
            Calculator "calculator" "Calculator" calculator main "[data-testid=month-answer]";
            FirstMove "first-move" "First move" first_move prospects "[data-testid=first-move]";
            BestPlan "plans" "Best plan" best_plan models "[data-testid=plans-answer]";
            Uncertainty "uncertainty" "How sure" uncertainty models "[data-testid=uncertainty-answer]";
            Bank "bank" "Credit bank" bank models "[data-testid=bank-answer]";
            List "list" "A list" list prospects "[data-testid=list-answer]";
            Safety "safety" "Safety" safety checks "[data-testid=risk-level]";
            Sequences "sequences" "Sequences" sequences prospects "[data-testid=sequence-usage]";
            Messages "messages" "Messages" messages checks "[data-testid=message-count]";
            Metrics "metrics" "Metrics" metrics checks ".metric-list";
            Own "own" "Your numbers" own own "[data-testid=own-answer]";
            Compare "compare" "Saved & compare" compare compare "#panel-compare .saved";
        }
    };
}
// The page's views dispatch from it (src/views/mod.rs); the model module has no views.
#[cfg_attr(not(feature = "page"), allow(unused_imports))]
pub(crate) use with_view_table;

/// The chunk most visits open after the calculator, fetched first once the page has time.
pub const MOST_USED_CHUNK: &str = "models";

/// One row of the table of views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewSpec {
    pub view: View,
    /// The `view=` value.
    pub key: &'static str,
    /// The tab's name.
    pub label: &'static str,
    /// Its folder under `src/views/`.
    pub folder: &'static str,
    /// The WebAssembly chunk its code is in; `main` is the main module.
    pub chunk: &'static str,
    /// The selector of its answer.
    pub answer: &'static str,
}

macro_rules! define_views {
    ($($variant:ident $key:literal $label:literal $folder:ident $chunk:ident $answer:literal;)*) => {
        /// A view of the page. Its variants are in the order of the tabs, so a view's row is
        /// `VIEWS[view as usize]`; the first is the default.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
        pub enum View {
            #[default]
            $($variant,)*
        }

        /// The table of views, in the order of the tabs.
        pub const VIEWS: &[ViewSpec] = &[$(ViewSpec {
            view: View::$variant,
            key: $key,
            label: $label,
            folder: stringify!($folder),
            chunk: stringify!($chunk),
            answer: $answer,
        },)*];

        impl View {
            /// Every view, in the order of the tabs.
            pub const ALL: [View; VIEWS.len()] = [$(View::$variant,)*];
        }
    };
}
with_view_table!(define_views);

impl View {
    /// This view's row of the table.
    pub fn spec(self) -> &'static ViewSpec {
        &VIEWS[self as usize]
    }

    /// The `view=` value.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The tab's name.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    pub fn from_key(key: &str) -> Option<View> {
        VIEWS.iter().find(|s| s.key == key).map(|s| s.view)
    }

    /// The views whose code the page fetches once it has time, other than `first` (on screen,
    /// fetched already): the most used chunk first (Best plan, How sure and the credit bank
    /// share it), then the others in the order of the tabs; the main module's views need none.
    pub fn fetched_later(first: View) -> Vec<View> {
        let mut later: Vec<View> = View::ALL
            .into_iter()
            .filter(|v| *v != first && v.spec().chunk != "main")
            .collect();
        later.sort_by_key(|v| v.spec().chunk != MOST_USED_CHUNK);
        later
    }

    /// The view after or before this one, wrapping, for arrow keys on the tabs.
    pub fn step(self, forward: bool) -> View {
        let (i, n) = (self as usize, View::ALL.len());
        View::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_used_chunk_is_fetched_first_and_the_main_modules_views_never() {
        let later = View::fetched_later(View::Safety);
        assert!(!later.contains(&View::Safety) && !later.contains(&View::Calculator));
        assert_eq!(later.len(), View::ALL.len() - 2);
        let models: Vec<bool> = later
            .iter()
            .map(|v| v.spec().chunk == MOST_USED_CHUNK)
            .collect();
        assert!(models.iter().take_while(|m| **m).count() == models.iter().filter(|m| **m).count());
        assert!(models[0], "{later:?}");
    }

    #[test]
    fn each_row_is_its_views_and_keys_round_trip() {
        for (i, v) in View::ALL.into_iter().enumerate() {
            assert_eq!(v.spec().view, v, "row {i} is out of order");
            assert_eq!(View::from_key(v.key()), Some(v));
            assert_eq!(v.step(true).step(false), v);
        }
        assert_eq!(View::default(), View::Calculator);
        assert_eq!(View::Calculator.spec().chunk, "main");
        assert_eq!(View::Calculator.step(false), View::ALL[View::ALL.len() - 1]);
        assert_eq!(View::from_key("bank"), Some(View::Bank));
        assert_eq!(View::from_key("plan"), None);
    }

    #[test]
    fn keys_labels_and_folders_are_unique() {
        for (i, a) in VIEWS.iter().enumerate() {
            for b in &VIEWS[i + 1..] {
                assert_ne!(a.key, b.key);
                assert_ne!(a.label, b.label);
                assert_ne!(a.folder, b.folder);
            }
        }
    }
}
