//! Echoing untrusted text back in a message: bounded, so a pasted page cannot flood it.

/// At most `max` characters of `text`, with "…" where it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max).chain(['…']).collect()
    }
}

/// A whole count with its noun in a message of plain text: "1 invitation", "125 invitations".
/// Sentences that state figures beside the page's own are `words::Sentence`s, whose plurals
/// follow the number as shown.
pub fn counted(n: f64, one: &str, other: &str) -> String {
    format!("{n} {}", if n == 1.0 { one } else { other })
}

/// A clause ended as a sentence: a full stop added unless it already ends in one, so a
/// reason that is its own sentence never reads "…instead..".
pub fn ended(clause: &str) -> String {
    let clause = clause.trim_end();
    if clause.ends_with(['.', '!', '?']) {
        clause.to_string()
    } else {
        format!("{clause}.")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cuts_long_text_only() {
        assert_eq!(super::shorten("short", 10), "short");
        assert_eq!(super::shorten("abcdef", 3), "abc…");
        assert_eq!(super::shorten("ééééé", 4), "éééé…");
    }

    #[test]
    fn a_sentence_ends_once() {
        assert_eq!(super::ended("full"), "full.");
        assert_eq!(
            super::ended("Storage is full. Share a link instead."),
            "Storage is full. Share a link instead."
        );
    }

    #[test]
    fn one_is_singular() {
        assert_eq!(super::counted(1.0, "note", "notes"), "1 note");
        assert_eq!(super::counted(0.0, "note", "notes"), "0 notes");
        assert_eq!(super::counted(125.0, "note", "notes"), "125 notes");
    }
}
