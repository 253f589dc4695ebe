//! docs/model.md#metrics: actual counts placed on the guide's benchmark bands.

use firstmove::model::cost::MEETING_BENCHMARK;
use firstmove::model::metrics::{check, metrics, Contradiction, Counts, Grade, COUNT};

fn counts() -> Counts {
    Counts {
        invites_sent: Some(400.0),
        accepted: Some(100.0),
        inmails_sent: Some(50.0),
        inmail_replies: Some(10.0),
        other_replies: Some(30.0),
        meetings: Some(10.0),
        spend: Some(1000.0),
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
            accepted: Some(accepted),
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
            inmail_replies: Some(r),
            ..counts()
        })[1]
            .grade
    };
    assert_eq!(reply(7.0), Some(Grade::Poor)); // 14 %
    assert_eq!(reply(8.0), Some(Grade::Below)); // 16 %
    assert_eq!(reply(16.0), Some(Grade::Above)); // 32 %
    let cost = |spend: f64| {
        metrics(&Counts {
            spend: Some(spend),
            ..counts()
        })[3]
            .grade
    };
    assert_eq!(cost(400.0), Some(Grade::Above));
    assert_eq!(cost(1500.0), Some(Grade::Within));
    assert_eq!(cost(1600.0), Some(Grade::Poor));
    // The band the cost is graded on is the one its line names.
    let (low, high) = MEETING_BENCHMARK;
    assert_eq!(
        metrics(&counts())[3].band,
        format!("${low}–${high} a meeting in B2B SaaS")
    );
}

#[test]
fn nothing_to_divide_by_is_no_value_and_impossible_counts_are_named() {
    let m = metrics(&Counts::default());
    assert!(m.iter().all(|x| x.value.is_none() && x.grade.is_none()));
    let bad = Counts {
        accepted: Some(500.0),
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
        invites_sent: Some(200.0),
        accepted: Some(300.0),
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
        meetings: Some(50.0),
        ..counts()
    });
    assert!(more_meetings[2].grade.is_none() && more_meetings[3].grade.is_none());
}

/// A count the rep did not give is not a zero: no meetings counted (LinkedIn's export cannot
/// tell them) is no meeting rate, not "0 % · needs work".
#[test]
fn an_absent_count_is_no_figure_and_no_grade() {
    let from_export = Counts {
        meetings: None,
        spend: None,
        other_replies: None,
        ..counts()
    };
    let m = metrics(&from_export);
    assert_eq!(m[2].value, None, "no meeting rate without meetings");
    assert_eq!(m[2].grade, None);
    assert_eq!(m[3].value, None);
    assert_eq!(
        m[1].value,
        Some(20.0),
        "InMail reply stands on its own counts"
    );
    // Meetings with only the InMail replies given: the replies from connections are not
    // known, so neither is the meeting rate (nor a "more meetings than replies" contradiction).
    let half = Counts {
        meetings: Some(30.0),
        ..from_export
    };
    assert_eq!(metrics(&half)[2].value, None);
    assert!(check(&half).is_empty());
    // A 0 the rep typed is a figure.
    let typed = Counts {
        meetings: Some(0.0),
        other_replies: Some(0.0),
        ..from_export
    };
    assert_eq!(metrics(&typed)[2].value, Some(0.0));
    assert_eq!(metrics(&typed)[2].grade, Some(Grade::Poor));
}

#[test]
fn counts_are_read_by_the_shared_parser() {
    assert_eq!(COUNT.parse("1e2"), Ok(100.0));
    assert!(COUNT.parse("2.5").is_err());
    assert!(COUNT.parse("-3").is_err());
    assert!(COUNT.parse("1,000").is_err());
}
