//! Messages: a first message checked against the guides' rules.

pub mod message_writer;

pub fn view(page: super::Page) -> impl leptos::prelude::IntoView {
    let s = crate::hooks::use_view_scenario(
        page.scenario,
        page.view,
        crate::model::view::View::Messages,
    );
    leptos::view! { <message_writer::MessageWriter scenario=s /> }
}
