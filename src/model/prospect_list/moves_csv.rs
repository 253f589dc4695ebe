//! The week's moves as a CSV file the rep can take back to a spreadsheet or CRM.

use super::*;

/// The moves as a CSV to download: the input's line, name, profile link, move and the rule in
/// words; what the rep's LinkedIn export said of the row and whether its title made it C-suite,
/// where those were read; then every column the list had that the decision did not read (and
/// its titles), as they were.
pub fn moves_csv(report: &ListReport) -> String {
    let mut header = vec!["line", "name", "link", "first_move", "rule"]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    if report.network_used {
        header.push("linkedin_export".to_string());
    }
    if report.titles_read {
        header.push("c_suite_from_title".to_string());
    }
    header.extend(
        report
            .kept_headers
            .iter()
            .map(|h| csv::quote(h).into_owned()),
    );
    let mut out = header.join(",");
    out.push('\n');
    for r in &report.moves {
        let mut cells = vec![
            r.line.to_string(),
            csv::quote(&r.name).into_owned(),
            csv::quote(&r.link).into_owned(),
            r.first.key().to_string(),
            csv::quote(r.rule.title()).into_owned(),
        ];
        if report.network_used {
            cells.push(r.known.map(|k| k.key()).unwrap_or_default().to_string());
        }
        if report.titles_read {
            cells.push(if r.titled { "yes" } else { "" }.to_string());
        }
        cells.extend(r.kept.iter().map(|k| csv::quote(k).into_owned()));
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
