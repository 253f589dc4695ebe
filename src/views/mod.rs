//! The page's views, one folder each. The calculator is built into the main WebAssembly
//! module, so the first figure never waits for another download; every other view is in a
//! chunk (`view_chunk!`), fetched the first time one of its views is shown or once the page is
//! idle. Views that share most of their code share a chunk, so opening one is a few requests
//! rather than one per scrap of shared code (the splitter puts code that two chunks share in
//! a chunk of its own):
//! - `models`: the credit bank, how sure and best plan (charts, the draws, the mix);
//! - `prospects`: first move, sequences and a list (the recommendation rules);
//! - `checks`: safety, messages and metrics;
//! - `compare`: saved scenarios, comparison, export and import;
//! - `own`: the rep's LinkedIn export, read (zip and CSV) and counted.
//!
//! The split happens after linking: each view's `open` is marked as a split point, and the
//! post-build hook (`scripts/split-wasm.mjs`) cuts the module at those points. Native builds
//! and tests call `open` directly.

use leptos::prelude::*;

use crate::model::address::Notice;
use crate::model::scenario::Scenario;
use crate::model::view::View;

pub mod bank;
pub mod calculator;
pub mod compare;
pub mod first_move;
pub mod list;
pub mod messages;
pub mod metrics;
pub mod own;
pub mod plans;
pub mod safety;
pub mod sequences;
pub mod uncertainty;

/// What a view is given: the page's signals, all `Copy`, as a split point's arguments must
/// be owned.
#[derive(Clone, Copy)]
pub struct Page {
    /// The scenario every input writes.
    pub scenario: RwSignal<Scenario>,
    /// The view on screen.
    pub view: RwSignal<View>,
    /// Where an opened scenario's refused values are announced.
    pub notices: RwSignal<Option<(String, Vec<Notice>)>>,
}

/// A view's chunk could not be fetched: offline before it was cached, or a new release
/// replaced the files this page was built with.
#[derive(Debug, Clone, Copy)]
pub struct ChunkFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// Declares a view's entry point, `open`, as a split point in chunk `$chunk`, and `preload`,
/// which fetches the chunk without building the view. A failed fetch is an error, not a trap.
// Skipped by rustfmt, which indents the attribute's arguments further on every run.
#[rustfmt::skip]
macro_rules! view_chunk {
    ($chunk:ident, |$page:ident| $body:expr) => {
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(preload)
        )]
        pub fn open(
            $page: $crate::views::Page,
        ) -> ::core::result::Result<::leptos::prelude::AnyView, $crate::views::ChunkFailed> {
            ::core::result::Result::Ok(::leptos::prelude::IntoAny::into_any($body))
        }
    };
}
pub(crate) use view_chunk;

/// Builds view `v`, fetching its chunk first if it is not yet loaded.
pub async fn open(v: View, page: Page) -> Result<AnyView, ChunkFailed> {
    match v {
        View::Calculator => Ok(calculator::open(page).into_any()),
        View::FirstMove => first_move::open(page).await,
        View::List => list::open(page).await,
        View::Safety => safety::open(page).await,
        View::Sequences => sequences::open(page).await,
        View::Messages => messages::open(page).await,
        View::Metrics => metrics::open(page).await,
        View::Own => own::open(page).await,
        View::Bank => bank::open(page).await,
        View::Uncertainty => uncertainty::open(page).await,
        View::Plans => plans::open(page).await,
        View::Compare => compare::open(page).await,
    }
}

/// Fetches view `v`'s chunk without building it, so a later switch is instant.
pub async fn preload(v: View) -> Result<(), ChunkFailed> {
    match v {
        View::Calculator => Ok(()),
        View::FirstMove => Ok(first_move::preload().await?),
        View::List => Ok(list::preload().await?),
        View::Safety => Ok(safety::preload().await?),
        View::Sequences => Ok(sequences::preload().await?),
        View::Messages => Ok(messages::preload().await?),
        View::Metrics => Ok(metrics::preload().await?),
        View::Own => Ok(own::preload().await?),
        View::Bank => Ok(bank::preload().await?),
        View::Uncertainty => Ok(uncertainty::preload().await?),
        View::Plans => Ok(plans::preload().await?),
        View::Compare => Ok(compare::preload().await?),
    }
}
