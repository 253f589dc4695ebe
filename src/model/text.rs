//! Echoing untrusted text back in a message: bounded, so a pasted page cannot flood it.

/// At most `max` characters of `text`, with "…" where it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max).chain(['…']).collect()
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
}
