//! A team in one table (`model::team`, `model::compare::differences`, docs/model.md#a-team):
//! teammates' links pasted in any format the page ever wrote, refused lines named with why,
//! the team's month added up, and each figure against the first column.

use firstmove::model::compare::{compare, differences, Cell, Change};
use firstmove::model::cost::{compute, Figure, OutputKind};
use firstmove::model::currency::Currency;
use firstmove::model::safety::Risk;
use firstmove::model::team::{read_links, team, NotALink, LINKS_MAX};

#[test]
fn every_link_format_the_page_wrote_opens_and_other_lines_are_named() {
    let pasted = "\
https://firstmove.example/?v=2&name=Alex&invites=80#top
?v=2&name=Bea&reply=30

v=2&name=Cal&reply=abc&meet=30
https://firstmove.example/?plan=sales_nav_core&reply=25&inmails=50
https://firstmove.example/
just some words
https://example.com/search?q=linkedin
https://www.youtube.com/watch?v=dQw4w9WgXcQ
https://firstmove.example/?v=2&view=plans
";
    let (opened, refused) = read_links(pasted);
    let names: Vec<_> = opened
        .iter()
        .map(|p| (p.line, p.scenario.display_name().to_string()))
        .collect();
    assert_eq!(
        names,
        [
            (1, "Alex".to_string()),
            (2, "Bea".to_string()),
            (4, "Cal".to_string()),
            (5, "Untitled scenario".to_string()),
            (6, "Untitled scenario".to_string()),
            (10, "Untitled scenario".to_string()),
        ]
    );
    assert_eq!(opened[0].scenario.invites, 80.0);
    // A refused value is named; the rest of the link is read.
    assert_eq!(opened[2].notices.len(), 1);
    assert_eq!(opened[2].notices[0].param, "reply");
    assert_eq!(opened[2].scenario.meet, 30.0);
    // A link without `v` is of format 1: the rep's time is not counted, as it always opened.
    assert_eq!(opened[3].scenario.hourly, 0.0);
    assert_eq!(opened[3].scenario.reply, 25.0);
    let why: Vec<_> = refused.iter().map(|r| (r.line, r.reason)).collect();
    assert_eq!(
        why,
        [
            (7, NotALink::NoQuery),
            (8, NotALink::NothingKnown),
            (9, NotALink::NothingKnown)
        ]
    );
    assert_eq!(
        refused[0].to_string(),
        "Line 7 (“just some words”): not a share link: a FirstMove link has its figures after “?”"
    );
}

#[test]
fn a_paste_reads_at_most_a_team() {
    let pasted = "?v=2&invites=10\n".repeat(LINKS_MAX + 3);
    let (opened, refused) = read_links(&pasted);
    assert_eq!(opened.len(), LINKS_MAX);
    assert_eq!(refused.len(), 3);
    assert!(refused.iter().all(|r| r.reason == NotALink::TooMany));
}

#[test]
fn the_team_adds_up_each_reps_month() {
    let (opened, _) = read_links(
        "?v=2&name=A&invites=80\n?v=2&name=B&reply=30&deal=10000&win=25\n?v=2&name=C&invites=200&cap=200&days=5",
    );
    let reps: Vec<_> = opened.iter().map(|p| &p.scenario).collect();
    let t = team(&reps);
    let months: Vec<_> = reps.iter().map(|s| compute(s)).collect();
    let meetings: f64 = months.iter().map(|c| c.total.meetings).sum();
    let spend: f64 = months.iter().map(|c| c.total.cost).sum();
    assert_eq!(t.reps, 3);
    assert!((t.meetings - meetings).abs() < 1e-9);
    assert!((t.spend - spend).abs() < 1e-9);
    assert!((t.cost_per_meeting.unwrap() - spend / meetings).abs() < 1e-9);
    // Only B gave a deal value and a win rate: $2,500 a meeting.
    let (won, given) = t.won.unwrap();
    assert_eq!(given, 1);
    assert!((won - months[1].total.meetings * 2_500.0).abs() < 1e-9);
    // 200 invitations over 5 days is 40 a day: above the safe pace.
    assert_eq!(t.safety[0], Risk::Safe);
    assert_ne!(t.safety[2], Risk::Safe);
    assert!(t.one_currency);
}

#[test]
fn each_figure_against_the_first_column_at_the_pages_rounding() {
    let (opened, _) = read_links("?v=2&name=A\n?v=2&name=B&reply=30\n?v=2&name=C&cur=EUR&reply=30");
    let reps: Vec<_> = opened.iter().map(|p| &p.scenario).collect();
    let currencies: Vec<Currency> = reps.iter().map(|s| s.currency).collect();
    let rows = compare(&reps);
    let row = |label: &str| rows.iter().find(|r| r.label == label).unwrap();
    let reply = differences(row("InMail reply rate"), &currencies);
    assert_eq!(reply[0], None, "the first column is the base");
    assert_eq!(
        reply[1],
        Some(Change::More(Cell::Input(
            10.0,
            firstmove::model::number::Unit::Percent
        )))
    );
    let accept = differences(row("Acceptance rate"), &currencies);
    assert_eq!(accept[1], Some(Change::Same));
    // Money in another currency than the first's is not compared: nothing is converted.
    let cost = differences(row("Cost per meeting"), &currencies);
    assert!(matches!(
        cost[1],
        Some(Change::Less(Cell::Output(
            Figure::Value(_),
            OutputKind::Money
        )))
    ));
    assert_eq!(cost[2], None);
    // A plan or a level has no difference to say.
    assert!(differences(row("Plan"), &currencies)
        .iter()
        .all(Option::is_none));
    let t = team(&reps);
    assert!(!t.one_currency);
}
