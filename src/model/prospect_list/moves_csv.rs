//! The week's moves as a CSV file the rep can take back to a spreadsheet or CRM.

use super::*;

/// The moves as a CSV to download: the input's line, name, profile link, move and the rule in
/// words, then every column the list had that the decision did not read.
pub fn moves_csv(report: &ListReport) -> String {
    let mut header = vec!["line", "name", "link", "first_move", "rule"]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
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
        cells.extend(r.kept.iter().map(|k| csv::quote(k).into_owned()));
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
