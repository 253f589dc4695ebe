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

#[cfg(test)]
mod tests {
    #[test]
    fn cuts_long_text_only() {
        assert_eq!(super::shorten("short", 10), "short");
        assert_eq!(super::shorten("abcdef", 3), "abc…");
        assert_eq!(super::shorten("ééééé", 4), "éééé…");
    }

    #[test]
    fn one_is_singular() {
        assert_eq!(super::counted(1.0, "note", "notes"), "1 note");
        assert_eq!(super::counted(0.0, "note", "notes"), "0 notes");
        assert_eq!(super::counted(125.0, "note", "notes"), "125 notes");
    }
}
