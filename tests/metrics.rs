//! SPEC §8: actual counts placed on the guide's benchmark bands.

use firstmove::model::metrics::{check, metrics, Contradiction, Counts, Grade, COUNT};

fn counts() -> Counts {
    Counts {
        invites_sent: 400.0,
        accepted: 100.0,
        inmails_sent: 50.0,
        inmail_replies: 10.0,
        other_replies: 30.0,
        meetings: 10.0,
        spend: 1000.0,
    }
}

#[test]
fn computes_the_four_metrics() {
    let m = metrics(&counts());
    let values: Vec<_> = m.iter().map(|x| x.value.unwrap()).collect();
    assert_eq!(values, [25.0, 20.0, 25.0, 100.0]);
    assert!(m.iter().all(|x| x.grade == Some(Grade::Within)));
}

#[test]
fn bands_at_their_edges() {
    let grade = |accepted: f64| {
        metrics(&Counts {
            accepted,
            ..counts()
        })[0]
            .grade
    };
    assert_eq!(grade(79.0), Some(Grade::Poor)); // 19.75 %
    assert_eq!(grade(80.0), Some(Grade::Within)); // 20 %
    assert_eq!(grade(120.0), Some(Grade::Within)); // 30 %
    assert_eq!(grade(124.0), Some(Grade::Above)); // 31 %
    let reply = |r: f64| {
        metrics(&Counts {
            inmail_replies: r,
            ..counts()
        })[1]
            .grade
    };
    assert_eq!(reply(7.0), Some(Grade::Poor)); // 14 %
    assert_eq!(reply(8.0), Some(Grade::Below)); // 16 %
    assert_eq!(reply(16.0), Some(Grade::Above)); // 32 %
    let cost = |spend: f64| metrics(&Counts { spend, ..counts() })[3].grade;
    assert_eq!(cost(400.0), Some(Grade::Above));
    assert_eq!(cost(1500.0), Some(Grade::Within));
    assert_eq!(cost(1600.0), Some(Grade::Poor));
}

#[test]
fn nothing_to_divide_by_is_no_value_and_impossible_counts_are_named() {
    let m = metrics(&Counts::default());
    assert!(m.iter().all(|x| x.value.is_none() && x.grade.is_none()));
    let bad = Counts {
        accepted: 500.0,
        ..counts()
    };
    assert_eq!(check(&bad), [Contradiction::AcceptedOverSent]);
    assert!(check(&counts()).is_empty());
}

/// 300 accepted of 200 sent is not "150 % · better than the band": no value, no grade, a
/// message that says which counts disagree.
#[test]
fn contradictory_counts_get_a_message_and_no_grade() {
    let bad = Counts {
        invites_sent: 200.0,
        accepted: 300.0,
        ..counts()
    };
    let m = metrics(&bad);
    assert_eq!(m[0].value, None);
    assert_eq!(m[0].grade, None);
    assert_eq!(m[0].contradiction, Some(Contradiction::AcceptedOverSent));
    assert!(Contradiction::AcceptedOverSent
        .to_string()
        .starts_with("More invitations accepted than sent"));
    // The other metrics still stand.
    assert_eq!(m[1].grade, Some(Grade::Within));
    let more_meetings = metrics(&Counts {
        meetings: 50.0,
        ..counts()
    });
    assert!(more_meetings[2].grade.is_none() && more_meetings[3].grade.is_none());
}

#[test]
fn counts_are_read_by_the_shared_parser() {
    assert_eq!(COUNT.parse("1e2"), Ok(100.0));
    assert!(COUNT.parse("2.5").is_err());
    assert!(COUNT.parse("-3").is_err());
    assert!(COUNT.parse("1,000").is_err());
}
