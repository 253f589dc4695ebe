//! SPEC §8: actual counts placed on the guide's benchmark bands.

use firstmove::model::metrics::{check, metrics, Counts, Grade};

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
    assert_eq!(check(&bad), ["More invitations accepted than sent."]);
    assert!(check(&counts()).is_empty());
}
