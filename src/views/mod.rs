//! The page's views, one folder each, dispatched from the table of views
//! (`crate::model::view::with_view_table!`): each folder's `view(page)` builds it, and its row
//! names the chunk its code is in. The calculator's chunk is `main`, the main WebAssembly
//! module, so the first figure never waits for another download; every other view is in a
//! chunk fetched the first time one of its views is shown or once the page is idle. Views that
//! share most of their code share a chunk, so opening one is a few requests rather than one
//! per scrap of shared code (the splitter puts code that two chunks share in a chunk of its
//! own).
//!
//! The split happens after linking: each view's entry is marked as a split point, and the
//! post-build hook (`scripts/split-wasm.mjs`) cuts the module at those points. Native builds
//! and tests call the entries directly.

use leptos::prelude::*;

use crate::components::share_bar::Notices;
use crate::model::scenario::Scenario;
use crate::model::view::View;

/// What a view is given: the page's signals, all `Copy`, as a split point's arguments must
/// be owned.
#[derive(Clone, Copy)]
pub struct Page {
    /// The scenario every input writes.
    pub scenario: RwSignal<Scenario>,
    /// The view on screen.
    pub view: RwSignal<View>,
    /// Where an opened scenario's refused values are announced.
    pub notices: Notices,
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

/// One view's entry points, in module `entries::<folder>`: `open` builds it (fetching its chunk
/// first), `preload` fetches the chunk without building it, and `now` builds it at once if its
/// code is in the main module. A failed fetch is an error, not a trap.
// Skipped by rustfmt, which indents the attribute's arguments further on every run.
#[rustfmt::skip]
macro_rules! entry {
    ($folder:ident, main) => {
        pub mod $folder {
            use leptos::prelude::{AnyView, IntoAny};

            pub fn now(page: crate::views::Page) -> Option<AnyView> {
                Some(crate::views::$folder::view(page).into_any())
            }

            pub async fn open(page: crate::views::Page) -> Result<AnyView, crate::views::ChunkFailed> {
                Ok(crate::views::$folder::view(page).into_any())
            }

            pub async fn preload() -> Result<(), crate::views::ChunkFailed> {
                Ok(())
            }
        }
    };
    ($folder:ident, $chunk:ident) => {
        pub mod $folder {
            use leptos::prelude::{AnyView, IntoAny};

            pub fn now(_: crate::views::Page) -> Option<AnyView> {
                None
            }

            #[::leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload(preload)
            )]
            pub fn open(page: crate::views::Page) -> Result<AnyView, crate::views::ChunkFailed> {
                Ok(crate::views::$folder::view(page).into_any())
            }
        }
    };
}

/// The view folders, their entries, and the dispatch from a [`View`] to them.
macro_rules! define_dispatch {
    ($($variant:ident $key:literal $label:literal $folder:ident $chunk:ident $answer:literal;)*) => {
        $(pub mod $folder;)*

        /// Each view's entry points (see `entry!`).
        mod entries {
            $(entry!($folder, $chunk);)*
        }

        /// Builds view `v` at once if its code is in the main module, else `None`.
        pub fn open_now(v: View, page: Page) -> Option<AnyView> {
            match v {
                $(View::$variant => entries::$folder::now(page),)*
            }
        }

        /// Builds view `v`, fetching its chunk first if it is not yet loaded.
        pub async fn open(v: View, page: Page) -> Result<AnyView, ChunkFailed> {
            match v {
                $(View::$variant => entries::$folder::open(page).await,)*
            }
        }

        /// Fetches view `v`'s chunk without building it, so a later switch is instant.
        pub async fn preload(v: View) -> Result<(), ChunkFailed> {
            match v {
                $(View::$variant => Ok(entries::$folder::preload().await?),)*
            }
        }
    };
}
crate::model::view::with_view_table!(define_dispatch);
