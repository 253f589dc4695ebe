//! Entry point of the WebAssembly build: mount the page and drop the loading message.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(firstmove::App);
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading") {
        loading.remove();
    }
}
