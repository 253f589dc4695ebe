//! A small CSV reader for pasted or opened lists: RFC 4180 quoting (cells may hold the
//! delimiter, doubled quotes and line breaks), and the delimiter a spreadsheet chose (comma,
//! semicolon or tab) detected from the header line.

use std::borrow::Cow;

/// One record: the line it starts on (1-based) and its cells.
pub type Record<'a> = (usize, Vec<Cow<'a, str>>);

/// The delimiters a spreadsheet export uses, in order of preference on a tie.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// The delimiter of the first non-blank line: the most frequent of comma, semicolon and tab
/// outside quotes, or a comma when the line has none (a list with one column).
pub fn detect_delimiter(text: &str) -> u8 {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                counts[i] += 1;
            }
        }
    }
    let mut best = 0;
    for i in 1..DELIMITERS.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    DELIMITERS[best]
}

/// Splits CSV text into records with the line each starts on. Unquoted cells borrow from the
/// text, so a list of thousands of rows allocates little. Never fails: an unclosed quote runs
/// to the end of the text.
pub fn records(text: &str, delimiter: u8) -> Vec<Record<'_>> {
    let bytes = text.as_bytes();
    let delim = delimiter as char;
    let mut out = Vec::new();
    let mut cells = Vec::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut i = 0;
    loop {
        let lead = bytes[i..]
            .iter()
            .take_while(|&&b| (b == b' ' || b == b'\t') && b != delimiter)
            .count();
        let cell = if bytes.get(i + lead) == Some(&b'"') {
            i += lead + 1;
            let mut quoted = String::new();
            loop {
                let Some(q) = text[i..].find('"').map(|q| i + q) else {
                    line += text[i..].matches('\n').count();
                    quoted.push_str(&text[i..]);
                    i = bytes.len();
                    break;
                };
                line += text[i..q].matches('\n').count();
                quoted.push_str(&text[i..q]);
                if bytes.get(q + 1) == Some(&b'"') {
                    quoted.push('"');
                    i = q + 2;
                } else {
                    i = q + 1;
                    break;
                }
            }
            // Anything between the closing quote and the delimiter is dropped.
            while i < bytes.len() && bytes[i] != delimiter && bytes[i] != b'\n' {
                i += 1;
            }
            Cow::Owned(quoted)
        } else {
            let end = text[i..].find([delim, '\n']).map_or(bytes.len(), |e| i + e);
            let cell = text[i..end].strip_suffix('\r').unwrap_or(&text[i..end]);
            i = end;
            Cow::Borrowed(cell)
        };
        cells.push(cell);
        match bytes.get(i) {
            Some(&b) if b == delimiter => i += 1,
            Some(_) => {
                i += 1;
                line += 1;
                out.push((record_line, std::mem::take(&mut cells)));
                record_line = line;
                if i >= bytes.len() {
                    break;
                }
            }
            None => {
                out.push((record_line, cells));
                break;
            }
        }
    }
    out
}

/// A cell for a CSV file: quoted when it holds a delimiter, a quote or a line break, and
/// led by `'` when a spreadsheet would run it as a formula: names in a list or an export are
/// other people's text. Every CSV the page writes goes through here.
pub fn quote(cell: &str) -> Cow<'_, str> {
    let cell: Cow<'_, str> = if runs_as_formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    };
    if cell.contains([',', ';', '\t', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", cell.replace('"', "\"\"")))
    } else {
        cell
    }
}

/// Whether a spreadsheet could read a cell as a formula: one that starts (after any spaces or
/// invisible characters a spreadsheet skips) with `=`, `+`, `-`, `@` or `|` (DDE), or their
/// full-width look-alikes, or with a tab or a carriage return.
fn runs_as_formula(cell: &str) -> bool {
    let invisible = |c: char| {
        c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
    };
    let visible = cell.trim_start_matches(invisible);
    cell.starts_with(['\t', '\r'])
        || visible.starts_with(['=', '+', '-', '@', '|', '＝', '＋', '－', '＠', '｜'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Vec<String>> {
        records(text, detect_delimiter(text))
            .into_iter()
            .map(|(_, c)| c.into_iter().map(|c| c.into_owned()).collect())
            .collect()
    }

    #[test]
    fn detects_what_a_spreadsheet_wrote() {
        assert_eq!(detect_delimiter("name,rel\nA,cold"), b',');
        assert_eq!(detect_delimiter("name;rel;senior\nA;cold;1"), b';');
        assert_eq!(detect_delimiter("name\trel\n"), b'\t');
        assert_eq!(
            detect_delimiter("\"a;b\",c\n"),
            b',',
            "quoted delimiters do not count"
        );
        assert_eq!(detect_delimiter("name\n"), b',');
        assert_eq!(detect_delimiter(""), b',');
    }

    #[test]
    fn quotes_hold_delimiters_quotes_and_line_breaks() {
        assert_eq!(
            cells("name;rel\n\"Turing; Alan\";cold\n"),
            [vec!["name", "rel"], vec!["Turing; Alan", "cold"]]
        );
        let recs = records("a,\"x\"\"y\nz\",b\nc,d", b',');
        assert_eq!(recs[0].1[1], "x\"y\nz");
        assert_eq!(recs[1].0, 3, "the next record starts on line 3");
        assert_eq!(records("a,\"open", b',')[0].1[1], "open");
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_written_as_text() {
        for cell in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "|calc",
            "＝1+1",
            "－1",
            "\u{200b}=1+1",
            " =1+1",
            "\t=1",
        ] {
            assert!(
                quote(cell).starts_with(['\'', '"']),
                "{cell:?} → {}",
                quote(cell)
            );
            assert!(
                quote(cell).contains(&format!("'{}", cell.trim_start_matches('"'))),
                "{cell:?}"
            );
        }
        assert_eq!(quote("Ada Lovelace"), "Ada Lovelace");
        assert_eq!(quote("a-b"), "a-b");
    }

    #[test]
    fn quoting_round_trips() {
        for cell in ["plain", "a,b", "say \"hi\"", "two\nlines", "semi;colon"] {
            let text = format!("{},x\n", quote(cell));
            assert_eq!(cells(&text)[0][0], cell);
        }
    }
}
