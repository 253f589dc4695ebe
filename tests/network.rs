//! A list that knows the rep's network (`model::network`, docs/model.md#the-list-knows-the-network):
//! profile links looked up over the forms files write them in, pending invitations by the days
//! they waited, and a list decided with an export read beside it.

use firstmove::model::date::day_of;
use firstmove::model::linkedin_export::{read, InputFile, DEFAULT_WEEKS};
use firstmove::model::network::{to_withdraw, Known, Network};
use firstmove::model::prospect::Prospect;
use firstmove::model::prospect_list::{decide, moves_csv, read_text, Knowledge};
use firstmove::model::recommend::{Move, Rule};
use firstmove::model::scenario::Scenario;

fn day(m: u32, d: u32) -> i64 {
    day_of(2026, m, d).unwrap()
}

fn network() -> Network {
    Network::new(
        ["https://www.linkedin.com/in/ada-lovelace".to_string()],
        [
            ("https://www.linkedin.com/in/bo".to_string(), day(2, 20)),
            ("https://www.linkedin.com/in/cy".to_string(), day(2, 19)),
            ("https://www.linkedin.com/in/di".to_string(), day(2, 5)),
            ("https://www.linkedin.com/in/ed".to_string(), day(2, 4)),
            // Pending and a connection: the connection wins.
            (
                "https://www.linkedin.com/in/ada-lovelace".to_string(),
                day(1, 1),
            ),
        ],
        day(3, 6),
    )
}

#[test]
fn a_profile_matches_whatever_form_its_link_takes() {
    let n = network();
    for same in [
        "https://www.linkedin.com/in/ada-lovelace",
        "http://www.linkedin.com/in/ada-lovelace",
        "https://linkedin.com/in/ada-lovelace",
        "https://www.linkedin.com/in/ada-lovelace/",
        "https://www.linkedin.com/in/ada-lovelace?utm_source=crm&trk=x",
        "HTTPS://WWW.LinkedIn.com/in/Ada-Lovelace",
        "  www.linkedin.com/in/ada-lovelace  ",
    ] {
        assert_eq!(n.lookup(same), Some(Known::Connection), "{same}");
    }
    for other in [
        // A Sales Navigator lead link names the same person another way: no match.
        "https://www.linkedin.com/sales/lead/ada-lovelace",
        "https://www.linkedin.com/in/ada-lovelace-2",
        "",
    ] {
        assert_eq!(n.lookup(other), None, "{other}");
    }
}

#[test]
fn pending_invitations_by_the_days_they_waited() {
    // The export's newest date is 6 March; days are counted to it.
    let n = network();
    let days = |who: &str| n.lookup(&format!("https://www.linkedin.com/in/{who}"));
    assert_eq!(days("bo"), Some(Known::Pending { days: 14 }));
    assert_eq!(days("cy"), Some(Known::Pending { days: 15 }));
    assert_eq!(days("di"), Some(Known::Pending { days: 29 }));
    assert_eq!(days("ed"), Some(Known::Pending { days: 30 }));
    assert!(!to_withdraw(29) && to_withdraw(30));
    assert_eq!(Known::Pending { days: 29 }.key(), "pending");
    assert_eq!(Known::Pending { days: 30 }.key(), "withdraw");
}

/// A CRM file with a connection, invitations pending 13, 14, 29 and 30 days, and a stranger.
#[test]
fn a_list_read_beside_the_export_follows_what_it_says() {
    let n = Network::new(
        ["https://www.linkedin.com/in/ada".to_string()],
        [13, 14, 29, 30].map(|d| (format!("https://www.linkedin.com/in/p{d}"), day(3, 6) - d)),
        day(3, 6),
    );
    let csv = "Name,LinkedIn URL,Job Title\n\
               Ada,https://linkedin.com/in/ada/,VP Sales\n\
               P13,https://www.linkedin.com/in/p13,Head of Sales\n\
               P14,https://www.linkedin.com/in/p14?trk=crm,Director\n\
               P29,https://www.linkedin.com/in/p29,Director\n\
               P30,http://www.linkedin.com/in/P30,Director\n\
               Zed,https://www.linkedin.com/in/zed,Chief Executive Officer\n";
    let list = read_text(csv);
    let s = Scenario::default();
    let knowing = Knowledge {
        network: Some(&n),
        titles: true,
    };
    let r = decide(&s, &list, &Prospect::default(), knowing);
    let got: Vec<(&str, Move, Rule, Option<&str>)> = r
        .moves
        .iter()
        .map(|m| (m.name.as_str(), m.first, m.rule, m.known.map(Known::key)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Ada",
                Move::DirectMessage,
                Rule::Connected,
                Some("connection")
            ),
            ("P13", Move::Wait, Rule::PendingRecent, Some("pending")),
            ("P14", Move::Inmail, Rule::Pending, Some("pending")),
            ("P29", Move::Inmail, Rule::Pending, Some("pending")),
            ("P30", Move::Inmail, Rule::Pending, Some("withdraw")),
            // A stranger whose title names the C-suite: an InMail on Sales Navigator.
            ("Zed", Move::Inmail, Rule::SeniorOrUrgent, None),
        ]
    );
    assert_eq!(r.known_count(), 5);
    assert_eq!(r.titled_lines(), [7]);
    // The results file says which rows the export decided and which title made a row C-suite.
    let out = moves_csv(&r);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("line,name,link,first_move,rule,linkedin_export,c_suite_from_title,Job Title")
    );
    assert!(out.contains(",connection,,VP Sales"), "{out}");
    assert!(out.contains(",withdraw,,Director"), "{out}");
    assert!(out.contains(",,yes,Chief Executive Officer"), "{out}");

    // Without an export, and with titles off, the same file is decided as before.
    let plain = decide(
        &s,
        &list,
        &Prospect::default(),
        Knowledge {
            network: None,
            titles: false,
        },
    );
    assert!(plain.moves.iter().all(|m| m.known.is_none() && !m.titled));
    assert!(plain.moves.iter().all(|m| m.first == Move::ConnectWithNote));
    assert!(moves_csv(&plain).starts_with("line,name,link,first_move,rule,Job Title\n"));
}

/// The network an export's files tell: connections, and outgoing invitations not accepted.
#[test]
fn an_export_tells_the_network() {
    let files = vec![
        InputFile {
            name: "Connections.csv".to_string(),
            text: "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                   Ada,L,https://www.linkedin.com/in/ada,,,,01 Mar 2026\n"
                .to_string(),
        },
        InputFile {
            name: "Invitations.csv".to_string(),
            text: "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n\
                   Me,Bo,\"1/20/26, 2:37 PM\",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/bo\n\
                   Cy,Me,\"1/21/26, 2:37 PM\",,INCOMING,https://www.linkedin.com/in/cy,https://www.linkedin.com/in/me\n"
                .to_string(),
        },
    ];
    let r = read(&files, DEFAULT_WEEKS);
    let n = &r.network;
    assert_eq!(
        n.lookup("https://www.linkedin.com/in/ada"),
        Some(Known::Connection)
    );
    // Sent 20 January, the export's newest date 1 March: 40 days.
    assert_eq!(
        n.lookup("linkedin.com/in/bo/"),
        Some(Known::Pending { days: 40 })
    );
    // An incoming invitation is not one the rep sent.
    assert_eq!(n.lookup("https://www.linkedin.com/in/cy"), None);
    // Your numbers counts the same invitation to withdraw.
    assert_eq!(r.invitations_old, Some(1));
}

/// Connections alone make a network: an export without `Invitations.csv` still tells the list
/// who is a connection.
#[test]
fn connections_alone_make_a_network() {
    let files = vec![InputFile {
        name: "Connections.csv".to_string(),
        text: "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
               Ada,L,https://www.linkedin.com/in/ada,,,,01 Mar 2026\n"
            .to_string(),
    }];
    let r = read(&files, DEFAULT_WEEKS);
    assert_eq!(
        r.network.lookup("https://linkedin.com/in/ada/"),
        Some(Known::Connection)
    );
    assert_eq!(r.invitations_out, None);
}
