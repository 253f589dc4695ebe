//! The rep's network from the LinkedIn export read in this tab (Your numbers), for a list read
//! in the same tab (docs/model.md#the-list-knows-the-network). Held for the tab only: the files
//! are never stored, and another tab or a reload starts without it.

use leptos::prelude::*;

use crate::model::network::Network;

/// The network the export tells, `None` until an export with connections or invitations is read.
#[derive(Clone, Copy)]
pub struct TabNetwork(pub RwSignal<Option<Network>>);

/// Made once for the page, so the Your numbers and list views share it.
pub fn provide_tab_network() {
    provide_context(TabNetwork(RwSignal::new(None)));
}

pub fn use_tab_network() -> RwSignal<Option<Network>> {
    expect_context::<TabNetwork>().0
}
