//! The rep's own numbers from LinkedIn's data export (docs/model.md#your-numbers), against fixtures written by
//! hand after the documented formats, with every figure counted by hand in the comments.

use firstmove::model::date::{day_of, iso};
use firstmove::model::linkedin_export::{
    read, ExportReader, InputFile, Reading, DEFAULT_WEEKS, MAX_FILE_BYTES,
};
use firstmove::model::profile_url::normalize_url;

fn file(name: &str) -> InputFile {
    let path = format!(
        "{}/tests/fixtures/linkedin/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    InputFile {
        name: name.to_string(),
        text: std::fs::read_to_string(path).unwrap(),
    }
}

fn all() -> Vec<InputFile> {
    [
        "Connections.csv",
        "Invitations.csv",
        "messages.csv",
        "Profile.csv",
    ]
    .map(file)
    .to_vec()
}

fn percent(r: &Reading) -> [Option<f64>; 3] {
    [r.accept, r.conv, r.reply].map(|c| c.and_then(|c| c.percent()))
}

#[test]
fn the_fixture_counts_as_counted_by_hand() {
    let r = read(&all(), DEFAULT_WEEKS);
    assert!(r.files.iter().all(|f| f.skipped.is_none()), "{:?}", r.files);
    assert_eq!(r.owner.as_deref(), Some("Rep Owner"));
    // The newest date is Ada's reply on 7 March; the window is the 84 days before it.
    assert_eq!(r.last_day, day_of(2026, 3, 7));
    assert_eq!(r.first_day, day_of(2025, 10, 1));
    // Ada, Bo, the hidden profile and Di connected in the window; Cy in November did not.
    assert_eq!(r.connections_in_window, Some(4));
    assert_eq!(r.connections_per_week, Some(4.0 / 12.0));
    // Eve, Fay and Hal are outgoing; Gus's is incoming. Eve (56 days) and Hal (34) are older
    // than 30 days; Fay's and Hal's carry a note.
    assert_eq!(r.invitations_out, Some(3));
    assert_eq!(r.invitations_old, Some(2));
    assert_eq!(r.invitations_noted, Some(2));
    assert_eq!(
        r.notes_by_month,
        vec![("2026-02".to_string(), 1), ("2026-03".to_string(), 1)]
    );
    let withdraw: Vec<(&str, String)> = r
        .to_withdraw
        .iter()
        .map(|i| (i.to.as_str(), iso(i.sent)))
        .collect();
    assert_eq!(
        withdraw,
        [
            ("Eve Early", "2026-01-10".to_string()),
            ("Hal Hold", "2026-02-01".to_string())
        ]
    );
    assert_eq!(r.to_withdraw[0].url, "https://www.linkedin.com/in/eve");
    // Only pending invitations are listed: acceptance is 4 made of 4 + 3, an upper estimate.
    assert!(!r.accepted_listed);
    let accept = r.accept.unwrap();
    assert_eq!((accept.k, accept.n, accept.upper_estimate), (4, 7, true));
    // Opened by the owner in the window, one other person each: Ada (a connection since the day
    // before, replied) and Bo (a connection, no reply); Zed (not a connection, replied) and Di
    // (messaged before connecting, no reply). Yan opened c5, c6 is too old, c7 is a group.
    let conv = r.conv.unwrap();
    let reply = r.reply.unwrap();
    assert_eq!((conv.k, conv.n), (1, 2));
    assert_eq!((reply.k, reply.n), (1, 2));
    assert_eq!(percent(&r), [Some(400.0 / 7.0), Some(50.0), Some(50.0)]);
}

#[test]
fn a_list_with_accepted_invitations_counts_acceptance_directly() {
    let mut files = all();
    let invitations = &mut files[1].text;
    invitations.push_str("Rep Owner,Ada Lovelace,\"3/1/26, 9:00 AM\",,OUTGOING,https://www.linkedin.com/in/rep,https://www.linkedin.com/in/ada/\n");
    let r = read(&files, DEFAULT_WEEKS);
    assert!(r.accepted_listed);
    // Sent in the window: Eve, Fay, Hal and Ada; accepted: Ada.
    let accept = r.accept.unwrap();
    assert_eq!((accept.k, accept.n, accept.upper_estimate), (1, 4, false));
    assert_eq!(r.invitations_out, Some(4));
    assert_eq!(
        r.invitations_old,
        Some(2),
        "an accepted invitation is not one to withdraw"
    );
}

#[test]
fn an_old_export_without_urls_matches_connections_by_name() {
    let strip = |text: &str, drop: &[usize]| -> String {
        text.lines()
            .map(|l| {
                if l.contains(',') && !l.starts_with('"') && !l.starts_with("Notes") {
                    l.split(',')
                        .enumerate()
                        .filter(|(i, _)| !drop.contains(i))
                        .map(|(_, c)| c)
                        .collect::<Vec<_>>()
                        .join(",")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut files = all();
    // Connections without URL (column 2); the company "Gamma, Inc." is quoted, so drop it too.
    files[0].text = strip(&files[0].text.replace("\"Gamma, Inc.\"", "Gamma"), &[2]);
    assert!(!files[0].text.contains("linkedin.com"));
    let r = read(&files, DEFAULT_WEEKS);
    let (conv, reply) = (r.conv.unwrap(), r.reply.unwrap());
    assert_eq!((conv.k, conv.n, reply.k, reply.n), (1, 2, 1, 2));
}

#[test]
fn without_a_profile_the_owner_is_the_busiest_sender() {
    let files: Vec<InputFile> = all()
        .into_iter()
        .filter(|f| f.name != "Profile.csv")
        .collect();
    let r = read(&files, DEFAULT_WEEKS);
    assert_eq!(r.owner.as_deref(), Some("Rep Owner"));
    assert_eq!(r.conv.map(|c| (c.k, c.n)), Some((1, 2)));
}

#[test]
fn what_the_export_cannot_tell_is_absent() {
    // Messages alone: nobody can be told a connection, and there is no acceptance.
    let r = read(&[file("messages.csv")], DEFAULT_WEEKS);
    assert_eq!((r.conv, r.reply, r.accept), (None, None, None));
    assert_eq!(r.connections_per_week, None);
    assert_eq!(r.invitations_out, None);
}

/// Newer exports quote every header and add draft columns. A draft was never sent: it opens
/// no conversation and counts as no message (docs/model.md#your-numbers), so an unsent InMail draft to a
/// stranger is not "1 of 2 unanswered".
#[test]
fn a_draft_is_no_message() {
    let messages = "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\",\"IS MESSAGE DRAFT\",\"IS CONVERSATION DRAFT\"
c3,,Rep Owner,https://www.linkedin.com/in/rep,Zed Zero,https://www.linkedin.com/in/zed,2026-03-02 10:00:00 UTC,Quick question,An InMail body,INBOX,,No,No
c3,,Zed Zero,https://www.linkedin.com/in/zed,Rep Owner,https://www.linkedin.com/in/rep,2026-03-03 11:00:00 UTC,,Not interested,INBOX,,No,No
c9,,Rep Owner,https://www.linkedin.com/in/rep,Xia Xu,https://www.linkedin.com/in/xia,2026-03-04 10:00:00 UTC,Draft,Never sent,DRAFT,,Yes,Yes
";
    let files = vec![
        file("Connections.csv"),
        file("Profile.csv"),
        InputFile {
            name: "messages.csv".to_string(),
            text: messages.to_string(),
        },
    ];
    let r = read(&files, DEFAULT_WEEKS);
    // Only Zed's InMail was sent, and it was answered.
    assert_eq!(r.reply.map(|c| (c.k, c.n)), Some((1, 1)));
    let rows = r.files.iter().find(|f| f.name == "messages.csv").unwrap();
    assert_eq!(rows.rows, 2, "the draft is not a message read");
}

#[test]
fn a_window_of_four_weeks_counts_less() {
    let r = read(&all(), 4);
    // From 8 February: Ada, Bo, the hidden profile and Di; of the invitations only Fay's
    // (1 March) is in it: Eve's (10 January) and Hal's (1 February) fall out.
    assert_eq!(r.connections_in_window, Some(4));
    assert_eq!(r.connections_per_week, Some(1.0));
    assert_eq!(r.accept.map(|a| (a.k, a.n)), Some((4, 5)));
}

#[test]
fn foreign_and_damaged_files_are_named_and_skipped() {
    let files = vec![
        InputFile {
            name: "Basic_LinkedInDataExport_03-07-2026/Ad_Targeting.csv".to_string(),
            text: "a,b\n1,2\n".to_string(),
        },
        InputFile {
            name: "Connections.csv".to_string(),
            text: "colour,size\nblue,3\n".to_string(),
        },
        file("Invitations.csv"),
    ];
    let r = read(&files, DEFAULT_WEEKS);
    let reasons: Vec<_> = r.files.iter().map(|f| f.skipped.clone()).collect();
    assert!(reasons[0]
        .as_deref()
        .unwrap()
        .contains("not a file FirstMove reads"));
    assert!(
        reasons[1].as_deref().unwrap().contains("Connected On")
            || reasons[1].as_deref().unwrap().contains("connected on")
    );
    assert_eq!(reasons[2], None);
    assert_eq!(r.connections_per_week, None);
    // Without Connections.csv the acceptance has nothing to divide: absent.
    assert_eq!(r.accept, None);
}

/// A name in the withdraw list is linked only to a LinkedIn profile: any other host, a user or
/// port in the address, or a script is shown as text.
#[test]
fn only_linkedin_profiles_are_linked() {
    use firstmove::model::profile_url::profile_link;
    assert_eq!(
        profile_link("https://www.linkedin.com/in/ada-lovelace/"),
        Some("https://www.linkedin.com/in/ada-lovelace".into())
    );
    assert_eq!(
        profile_link("http://uk.linkedin.com/in/ada?trk=x"),
        Some("https://uk.linkedin.com/in/ada".into())
    );
    assert!(profile_link("https://www.linkedin.com/sales/lead/ACwAA,NAME").is_some());
    for hostile in [
        "https://evil.example/",
        "https://evil.example/in/ada",
        "@evil.example/x",
        "https://linkedin.com@evil.example/in/ada",
        "https://www.linkedin.com.evil.example/in/ada",
        "https://evil-linkedin.com/in/ada",
        "https://www.linkedin.com:8080/in/ada",
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "https://www.linkedin.com/feed/",
        "https://www.linkedin.com/in/",
        "https://www.linkedin.com/in/a\"onmouseover=x",
        "",
    ] {
        assert_eq!(profile_link(hostile), None, "{hostile}");
    }
}

#[test]
fn profile_links_reduce_to_one_form() {
    for url in [
        "https://www.linkedin.com/in/ada",
        "http://linkedin.com/in/ada/",
        "HTTPS://WWW.LINKEDIN.COM/in/Ada?trk=x",
        " www.linkedin.com/in/ada ",
    ] {
        assert_eq!(
            normalize_url(url),
            "https://www.linkedin.com/in/ada",
            "{url}"
        );
    }
    assert_eq!(normalize_url(""), "");
}

/// Reads the files through the streaming reader, each cut into chunks at the given sizes.
fn read_in_chunks(files: &[InputFile], sizes: &[usize], weeks: u32) -> Reading {
    let mut reader = ExportReader::default();
    for file in files {
        reader.begin(&file.name, None).unwrap();
        let mut bytes = file.text.as_bytes();
        let mut i = 0;
        while !bytes.is_empty() {
            let n = sizes[i % sizes.len()].clamp(1, bytes.len());
            reader.push(&bytes[..n]).unwrap();
            bytes = &bytes[n..];
            i += 1;
        }
        reader.end();
    }
    reader.reading(weeks)
}

#[test]
fn a_file_read_in_chunks_counts_as_read_whole() {
    // One byte at a time cuts every quoted line break and every multi-byte character.
    for sizes in [&[1][..], &[2, 3, 5], &[7], &[64 * 1024]] {
        assert_eq!(
            read_in_chunks(&all(), sizes, DEFAULT_WEEKS),
            read(&all(), DEFAULT_WEEKS),
            "chunks of {sizes:?}"
        );
    }
}

#[test]
fn one_reading_serves_every_window() {
    let mut reader = ExportReader::default();
    for f in all() {
        reader.begin(&f.name, None).unwrap();
        reader.push(f.text.as_bytes()).unwrap();
        reader.end();
    }
    for weeks in [1, 4, 12, 52] {
        assert_eq!(reader.reading(weeks), read(&all(), weeks), "{weeks} weeks");
    }
}

#[test]
fn bytes_that_are_not_utf8_stop_the_file_with_its_reason() {
    let mut reader = ExportReader::default();
    reader.begin("Connections.csv", None).unwrap();
    reader.push(b"First Name,Last Name,Connected On\n").unwrap();
    // "Jos\xe9": Latin-1, as a spreadsheet might save it again.
    let err = reader.push(b"Jos\xe9,Ruiz,01 Mar 2026\n").unwrap_err();
    assert!(
        err.contains("not UTF-8") && err.contains("byte 37"),
        "{err}"
    );
    let r = reader.reading(DEFAULT_WEEKS);
    assert_eq!(r.files[0].skipped.as_deref(), Some(err.as_str()));
    // None of its rows count.
    assert_eq!(r.connections_in_window, None);
}

#[test]
fn a_file_cut_in_a_character_is_called_cut_short() {
    let mut reader = ExportReader::default();
    reader.begin("Profile.csv", None).unwrap();
    reader
        .push("First Name,Last Name\nZoë".as_bytes()[..24].as_ref())
        .unwrap();
    reader.end();
    let r = reader.reading(DEFAULT_WEEKS);
    assert!(r.files[0].skipped.as_deref().unwrap().contains("cut short"));
    assert_eq!(r.owner, None);
}

#[test]
fn a_file_past_the_bound_is_refused_before_or_while_read() {
    let mut reader = ExportReader::default();
    let err = reader
        .begin("messages.csv", Some(200 * 1024 * 1024))
        .unwrap_err();
    assert!(err.contains("200 MB") && err.contains("100 MB"), "{err}");
    // A size not known ahead (an inflating zip entry) stops as it passes the bound.
    reader.begin("messages.csv", None).unwrap();
    let header = b"CONVERSATION ID,FROM,DATE\n";
    reader.push(header).unwrap();
    // Rows of a kilobyte: the size bound is what stops them, not a line's.
    let mut row = vec![b'x'; 1023];
    row.push(b'\n');
    let chunk = row.repeat(1024);
    let mut refused = None;
    for _ in 0..=MAX_FILE_BYTES / chunk.len() as u64 {
        if let Err(e) = reader.push(&chunk) {
            refused = Some(e);
            break;
        }
    }
    assert!(refused.unwrap().contains("unpacks to more"));
    assert_eq!(reader.reading(DEFAULT_WEEKS).files.len(), 2);
}

/// A quote opened and never closed is found by its line within a megabyte, never read to the
/// end of a large file.
#[test]
fn an_unclosed_quote_stops_the_file_at_its_line() {
    let mut reader = ExportReader::default();
    reader.begin("messages.csv", None).unwrap();
    let head = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,A,u,B,v,2026-03-01 10:00:00 UTC,\"never closed\n";
    reader.push(head.as_bytes()).unwrap();
    let chunk = "more text\n".repeat(10_000);
    let mut refused = None;
    for _ in 0..200 {
        if let Err(e) = reader.push(chunk.as_bytes()) {
            refused = Some(e);
            break;
        }
    }
    let why = refused.expect("stopped within a few MB");
    assert!(why.contains("line 2 opens a quote"), "{why}");
}

#[test]
fn a_csv_with_a_wrong_header_stops_early() {
    let mut reader = ExportReader::default();
    reader.begin("Invitations.csv", None).unwrap();
    let rows = "colour,size\n".repeat(200);
    let err = reader.push(rows.as_bytes()).unwrap_err();
    assert!(err.contains("sent at"), "{err}");
}

#[test]
fn a_file_begun_again_replaces_the_first() {
    let mut reader = ExportReader::default();
    for text in [
        "Connected On\n01 Mar 2026\n",
        "Connected On\n01 Mar 2026\n02 Mar 2026\n",
    ] {
        reader.begin("Connections.csv", None).unwrap();
        reader.push(text.as_bytes()).unwrap();
        reader.end();
    }
    assert_eq!(reader.reading(DEFAULT_WEEKS).connections_in_window, Some(2));
}

#[test]
fn use_my_numbers_copies_the_measured_figures_and_their_window() {
    use firstmove::model::address::{encode, parse};
    use firstmove::model::fields::Field;
    use firstmove::model::scenario::Scenario;
    use firstmove::model::use_my_numbers::{use_my_numbers, Copied};

    let r = read(&all(), DEFAULT_WEEKS);
    let (s, done) = use_my_numbers(&Scenario::default(), &r);
    // Acceptance 4 of 7 = 57.1 %. The file lists only pending invitations, so invitations a
    // week cannot be counted: the rep's 100 stands, and the page says why.
    assert_eq!(s.accept, 57.1);
    assert_eq!(s.invites, 100.0);
    assert_eq!(
        s.conv,
        r.conv
            .unwrap()
            .percent()
            .map(|p| (p * 10.0).round() / 10.0)
            .unwrap()
    );
    assert!(
        matches!(&done[0], Copied::Kept(Field::Invites, why) if why.contains("only pending")),
        "{done:?}"
    );
    assert!(
        done[1..].iter().all(|d| matches!(d, Copied::Set(..))),
        "{done:?}"
    );
    assert_eq!(
        (s.counts.invites_sent, s.counts.accepted),
        (Some(7.0), Some(4.0))
    );
    assert_eq!(
        (s.counts.inmails_sent, s.counts.inmail_replies),
        (Some(2.0), Some(1.0))
    );
    // The export cannot tell meetings: they stay absent, never 0 (docs/model.md#your-numbers).
    assert_eq!(s.counts.meetings, None);
    assert_eq!(s.counts.other_replies, None);
    // The fixture lists only pending invitations: acceptance is an upper estimate, and says so.
    let source = s.measured_source(Field::Accept).unwrap();
    assert!(
        source.starts_with("your LinkedIn export, 12 weeks to 2026-03-07 (an upper estimate"),
        "{source}"
    );
    assert_eq!(
        s.measured_source(Field::ConnectionReply).unwrap(),
        "your LinkedIn export, 12 weeks to 2026-03-07"
    );

    // The link carries the figures, their window and the caveat, and reads back to the same
    // scenario; whoever opens it reads "a LinkedIn export", not "your" (docs/model.md#your-numbers).
    let link = encode(&s);
    assert!(
        link.contains("own=12w.2026-03-07.accept.conv.reply.upper"),
        "{link}"
    );
    let back = parse(&link);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    // The same scenario, but for whose export it is: the link never says "your".
    assert_eq!(encode(&back.scenario), link);
    let mut here = back.scenario.clone();
    if let Some(m) = &mut here.measured {
        m.read_here = true;
    }
    assert_eq!(here, s);
    let teammate = back.scenario.measured_source(Field::Accept).unwrap();
    assert!(
        teammate.starts_with(
            "measured from a LinkedIn export, 12 weeks to 2026-03-07 (an upper estimate"
        ),
        "{teammate}"
    );

    // A figure the rep changes is theirs again; the others keep their source.
    let mut edited = s.clone();
    edited.set(Field::Accept, 30.0).unwrap();
    assert_eq!(edited.measured_source(Field::Accept), None);
    assert!(edited.measured_source(Field::ConnectionReply).is_some());
    assert!(!encode(&edited).contains(".accept"));
}

#[test]
fn a_rate_the_export_cannot_tell_keeps_the_rep_s_figure() {
    use firstmove::model::scenario::Scenario;
    use firstmove::model::use_my_numbers::{use_my_numbers, Copied};

    let r = read(&[file("Invitations.csv")], DEFAULT_WEEKS);
    let before = Scenario::default();
    let (s, done) = use_my_numbers(&before, &r);
    assert_eq!(s, before);
    assert!(done
        .iter()
        .all(|d| matches!(d, Copied::Kept(_, why) if why.starts_with("not measured"))));
}

#[test]
fn own_reads_in_one_order_and_drops_a_refused_figure() {
    use firstmove::model::address::{encode, parse};
    let p = parse("v=2&accept=40&reply=30&own=12w.2026-03-07.reply.accept");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(parse(&encode(&p.scenario)).scenario, p.scenario);
    assert!(encode(&p.scenario).contains("own=12w.2026-03-07.accept.reply"));
    // accept=abc is refused: 28 stands, and it is not the export's.
    let p = parse("v=2&accept=abc&reply=30&own=12w.2026-03-07.accept.reply");
    let m = p.scenario.measured.unwrap();
    assert_eq!(m.fields, [firstmove::model::fields::Field::Reply]);
}

#[test]
fn a_bad_own_parameter_is_named_and_ignored() {
    use firstmove::model::address::parse;
    for bad in [
        "own=12.2026-03-07.accept",
        "own=12w.2026-02-30.accept",
        "own=12w.2026-03-07.price",
        "own=12w.2026-03-07",
        "own=12w.2026-03-07.accept.accept",
    ] {
        let p = parse(&format!("v=2&{bad}"));
        assert_eq!(p.scenario.measured, None, "{bad}");
        assert_eq!(p.notices.len(), 1, "{bad}");
        assert!(p.notices[0].to_string().contains("own"), "{}", p.notices[0]);
    }
}

#[test]
fn the_view_says_each_figure_with_its_counts_or_why_not() {
    use firstmove::model::own_figures::{figures, withdraw_csv};
    let r = read(&all(), DEFAULT_WEEKS);
    let f = figures(&r);
    let by = |id: &str| f.iter().find(|x| x.testid == id).unwrap().clone();
    assert_eq!(by("own-accept").counts, "4 of 7 invitations accepted");
    assert!(by("own-accept").caution.unwrap().contains("upper estimate"));
    assert_eq!(by("own-invitations-old").value, Some(2.0));
    assert_eq!(by("own-conv").value, Some(50.0));
    for x in &f {
        for code in ["SPEC", "§", "Guide 0"] {
            assert!(!x.how.contains(code) && !x.counts.contains(code), "{x:?}");
        }
    }
    let csv = withdraw_csv(&r);
    assert_eq!(
        csv.lines().nth(1),
        Some("Eve Early,https://www.linkedin.com/in/eve,2026-01-10,56")
    );

    // Only Invitations.csv: the rates say why they are missing.
    let r = read(&[file("Invitations.csv")], DEFAULT_WEEKS);
    let f = figures(&r);
    let accept = f.iter().find(|x| x.testid == "own-accept").unwrap();
    assert_eq!(accept.value, None);
    assert!(
        accept.counts.starts_with("not in your export"),
        "{}",
        accept.counts
    );
}

#[test]
fn a_name_that_is_a_formula_is_written_as_text() {
    use firstmove::model::csv::quote;
    assert_eq!(quote("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(quote("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(quote("Ada"), "Ada");
}

#[test]
fn a_file_that_fails_keeps_what_an_earlier_one_gave() {
    let mut reader = ExportReader::default();
    let good = file("Connections.csv");
    reader.begin(&good.name, None).unwrap();
    reader.push(good.text.as_bytes()).unwrap();
    reader.end();
    let before = reader.reading(DEFAULT_WEEKS).connections_in_window;
    // A second Connections.csv: one with a wrong header, one cut by bytes that are not UTF-8.
    reader.begin("Connections.csv", None).unwrap();
    reader.push(b"colour,size\nblue,3\n").unwrap();
    reader.end();
    reader.begin("Connections.csv", None).unwrap();
    reader.push(b"Connected On\n01 Mar 2026\n").unwrap();
    assert!(reader.push(b"\xff").is_err());
    let r = reader.reading(DEFAULT_WEEKS);
    assert_eq!(r.connections_in_window, before);
    assert_eq!(r.files.len(), 3);
    assert!(r.files[1..].iter().all(|f| f.skipped.is_some()));
}

#[test]
fn a_measured_figure_above_the_band_is_no_what_if() {
    use firstmove::model::address::parse;
    use firstmove::model::cost::above_band;
    use firstmove::model::fields::Field;
    let typed = parse("v=2&accept=57.1").scenario;
    assert!(above_band(&typed).iter().any(|(f, _)| *f == Field::Accept));
    let measured = parse("v=2&accept=57.1&own=12w.2026-03-07.accept").scenario;
    assert!(!above_band(&measured)
        .iter()
        .any(|(f, _)| *f == Field::Accept));
}

#[test]
fn a_reply_the_same_day_counts_whichever_way_the_file_runs() {
    let header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n";
    let opener = "c1,Rep Owner,https://www.linkedin.com/in/rep,Zed,https://www.linkedin.com/in/zed,2026-03-07 09:00:00 UTC,Hi\n";
    let reply = "c1,Zed,https://www.linkedin.com/in/zed,Rep Owner,https://www.linkedin.com/in/rep,2026-03-07 11:30:00 UTC,Hello\n";
    let older = "c0,Rep Owner,https://www.linkedin.com/in/rep,Ann,https://www.linkedin.com/in/ann,2026-03-01 09:00:00 UTC,Hi\n";
    for body in [
        format!("{older}{opener}{reply}"),
        format!("{reply}{opener}{older}"),
    ] {
        let files = [
            InputFile {
                name: "messages.csv".into(),
                text: format!("{header}{body}"),
            },
            InputFile {
                name: "Connections.csv".into(),
                text: "First Name,Last Name,URL,Connected On\n".into(),
            },
            file("Profile.csv"),
        ];
        let r = read(&files, DEFAULT_WEEKS);
        let reply = r.reply.unwrap();
        assert_eq!((reply.k, reply.n), (1, 2), "{body}");
    }
}

#[test]
fn a_date_with_a_typo_for_a_year_is_no_date() {
    use firstmove::model::date::parse_any;
    assert_eq!(parse_any("08 Feb 20260"), None);
    assert_eq!(parse_any("99999999999-01-01"), None);
    assert!(parse_any("08 Feb 2026").is_some());
}
