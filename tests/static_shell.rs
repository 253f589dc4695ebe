//! The static frame in index.html, painted before the WebAssembly arrives, names the same
//! tools in the same order as the app's tabs, so nothing changes but the figures when the app
//! replaces it.

use firstmove::model::view::View;

#[test]
fn the_static_frame_has_the_apps_tabs_in_order() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let shell = &html[html.find(r#"<div id="shell""#).expect("a static frame")..];
    let mut rest = shell;
    for v in View::ALL {
        let tab = format!(r#"data-view="{}""#, v.key());
        let at = rest.find(&tab).unwrap_or_else(|| {
            panic!(
                "the frame lacks the {} tab, or has it out of order",
                v.key()
            )
        });
        rest = &rest[at..];
        let text_start = rest.find('>').expect("a tab's text") + 1;
        let text_end = text_start + rest[text_start..].find('<').expect("a tab's end");
        let label = v.label().replace('&', "&amp;");
        assert_eq!(
            &rest[text_start..text_end],
            label,
            "the {} tab's label",
            v.key()
        );
    }
    assert_eq!(
        shell.matches(r#"class="tab""#).count(),
        View::ALL.len(),
        "one tab per view"
    );
}
