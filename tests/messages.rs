//! docs/model.md#messages: templates, placeholders, limits.

use firstmove::model::messages::{body_limit, check, fill, placeholders, MessageKind, TEMPLATES};

#[test]
fn every_template_has_placeholders_and_fits_its_limit_unfilled() {
    assert_eq!(
        TEMPLATES
            .iter()
            .filter(|t| t.kind == MessageKind::Note)
            .count(),
        4
    );
    assert_eq!(
        TEMPLATES
            .iter()
            .filter(|t| t.kind == MessageKind::Inmail)
            .count(),
        3
    );
    assert_eq!(
        TEMPLATES
            .iter()
            .filter(|t| t.kind == MessageKind::FollowUp)
            .count(),
        3
    );
    for t in &TEMPLATES {
        assert!(!placeholders(t.body).is_empty(), "{}", t.name);
        assert_eq!(
            check(t.body, body_limit(t.kind, false)).over_by,
            0,
            "{}",
            t.name
        );
        assert_eq!(t.subject.is_some(), t.kind == MessageKind::Inmail);
    }
}

#[test]
fn placeholders_are_found_once_in_order() {
    assert_eq!(
        placeholders("[First name], [a] and [First name] [b]"),
        ["First name", "a", "b"]
    );
    assert!(placeholders("no brackets [ here").is_empty());
    assert!(placeholders("[]").is_empty());
}

#[test]
fn filling_replaces_only_what_has_a_value() {
    let values = vec![
        ("First name".to_string(), "Ada".to_string()),
        ("topic".to_string(), "  ".to_string()),
    ];
    let out = fill(
        "[First name], saw your post about [topic]. [First name]!",
        &values,
    );
    assert_eq!(out, "Ada, saw your post about [topic]. Ada!");
    assert_eq!(check(&out, None).unfilled, ["topic"]);
}

#[test]
fn limits_by_channel_and_account() {
    assert_eq!(body_limit(MessageKind::Note, false), Some(200));
    assert_eq!(body_limit(MessageKind::Note, true), Some(300));
    assert_eq!(body_limit(MessageKind::Inmail, true), Some(2000));
    assert_eq!(body_limit(MessageKind::FollowUp, true), None);
    let long = "é".repeat(205);
    let c = check(&long, Some(200));
    assert_eq!((c.length, c.over_by), (205, 5));
}
