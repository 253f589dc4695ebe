//! Messages: a first message checked against the guides' rules.

pub mod message_writer;

use super::view_chunk;

view_chunk!(checks, |page| {
    let s = crate::hooks::use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Messages,
    );
    leptos::view! { <message_writer::MessageWriter scenario=s /> }
});
