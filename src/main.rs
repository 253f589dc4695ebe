//! Entry point of the WebAssembly build: mount the page in place of its prerendered first
//! screen (`#shell`, the same markup, so nothing moves).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(firstmove::App);
    // Removed in the same task as the mount, so no frame ever shows both.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
}
