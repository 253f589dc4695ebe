//! What a list says of the rep's network and of job titles (docs/model.md#the-list-knows-the-network),
//! counted from the same rows the table and the results file show.

use super::{Noun, Num, Sentence, ROW};

const CONNECTION: Noun = Noun {
    one: "connection",
    other: "connections",
};
const PENDING_INVITATION: Noun = Noun {
    one: "invitation pending",
    other: "invitations pending",
};
use crate::model::network::Known;
use crate::model::prospect_list::ListReport;

/// How many rows the export decided, and which kinds; or how to let it.
pub fn network(r: &ListReport, export_read: bool) -> Sentence {
    if !export_read {
        return Sentence::words(
            "Read your LinkedIn export in Your numbers, in this tab, and this list will know your connections and pending invitations.",
        );
    }
    let count =
        |f: fn(Known) -> bool| r.moves.iter().filter(|m| m.known.is_some_and(f)).count() as f64;
    let connections = count(|k| k == Known::Connection);
    let pending = count(|k| matches!(k, Known::Pending { .. }));
    let withdraw = count(|k| k.key() == "withdraw");
    Sentence::new()
        .text("Your LinkedIn export decided ")
        .counted(Num::Whole(connections + pending), ROW)
        .text(": ")
        .counted(Num::Whole(connections), CONNECTION)
        .text(" (a direct message) and ")
        .counted(Num::Whole(pending), PENDING_INVITATION)
        .text(", ")
        .num(Num::Whole(withdraw))
        .text(" of them 30 days or more (withdraw those).")
}

/// Which rows a job title made C-suite.
pub fn titled(r: &ListReport) -> Sentence {
    let lines = r.titled_lines();
    if !r.titles_read {
        return Sentence::words("Job titles are not read for the C-suite.");
    }
    if lines.is_empty() {
        return Sentence::words("No job title names a chief officer, founder, president or owner.");
    }
    let shown: Vec<String> = lines.iter().take(20).map(usize::to_string).collect();
    let listed = if lines.len() > 20 {
        format!("{}, …", shown.join(", "))
    } else {
        super::list(&shown)
    };
    let noun = if lines.len() == 1 { "line" } else { "lines" };
    Sentence::new()
        .text("Marked C-suite from the job title: ")
        .counted(Num::Whole(lines.len() as f64), ROW)
        .text(format!(" ({noun} {listed})."))
}
