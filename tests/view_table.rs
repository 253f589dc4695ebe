//! The table of views (`src/model/view.rs`) is the one list of views: this test writes what
//! cannot read it at run time from it, and fails when what it found was stale, so a changed
//! row is one `cargo test` away from everywhere it shows: `tests/e2e/views.json`, the browser
//! tests' list of views, their chunks and answers. (The first screen in `index.html`, tabs
//! included, is rendered from the app itself at build time: `scripts/prerender.mjs`.)

use std::fs;
use std::path::Path;

use firstmove::model::view::VIEWS;

/// Writes `path` when its text is not `want`, and says so.
fn write_if_stale(path: &Path, want: &str) -> bool {
    let have = fs::read_to_string(path).unwrap_or_default();
    if have == want {
        return false;
    }
    fs::write(path, want).unwrap();
    true
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
