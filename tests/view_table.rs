//! The table of views (`src/model/view.rs`) is the one list of views: this test writes what
//! cannot read it at run time from it, and fails when what it found was stale, so a changed
//! row is one `cargo test` away from everywhere it shows:
//! - the static frame's tabs in `index.html`, painted before any WebAssembly;
//! - `tests/e2e/views.json`, the browser tests' list of views, their chunks and answers.

use std::fs;
use std::path::Path;

use firstmove::model::view::{View, VIEWS};

const BEGIN: &str = "<!-- The tabs, from the table of views (tests/view_table.rs writes them). -->";
const END: &str = "<!-- End of the tabs. -->";

/// Writes `path` when its text is not `want`, and says so.
fn write_if_stale(path: &Path, want: &str) -> bool {
    let have = fs::read_to_string(path).unwrap_or_default();
    if have == want {
        return false;
    }
    fs::write(path, want).unwrap();
    true
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The static frame's tabs, the first selected, as the app draws them.
fn static_tabs(indent: &str) -> String {
    VIEWS
        .iter()
        .map(|s| {
            format!(
                "{indent}<span class=\"tab\" data-view=\"{}\" aria-selected=\"{}\">{}</span>\n",
                s.key,
                s.view == View::default(),
                escape(s.label)
            )
        })
        .collect()
}

#[test]
fn index_html_has_the_tables_tabs() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let html = fs::read_to_string(&path).unwrap();
    let begin = html
        .find(BEGIN)
        .expect("index.html has the tabs' opening marker")
        + BEGIN.len();
    let end = html[begin..]
        .find(END)
        .expect("index.html has the tabs' closing marker")
        + begin;
    let line_start = html[..end].rfind('\n').unwrap() + 1;
    let indent = &html[line_start..end];
    let want = format!("{}\n{}{indent}", &html[..begin], static_tabs(indent)) + &html[end..];
    assert!(
        !write_if_stale(&path, &want),
        "index.html's static tabs were stale and have been rewritten from the table of views: \
         run the tests again and commit index.html"
    );
}

#[test]
fn the_browser_tests_list_is_the_table() {
    let rows: Vec<String> = VIEWS
        .iter()
        .map(|s| {
            format!(
                "  {{ \"key\": {:?}, \"label\": {:?}, \"chunk\": {:?}, \"answer\": {:?} }}",
                s.key, s.label, s.chunk, s.answer
            )
        })
        .collect();
    let want = format!("[\n{}\n]\n", rows.join(",\n"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/views.json");
    assert!(
        !write_if_stale(&path, &want),
        "tests/e2e/views.json was stale and has been rewritten from the table of views: run the \
         tests again and commit it"
    );
}
