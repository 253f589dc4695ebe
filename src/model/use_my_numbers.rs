//! "Use my numbers": what the rep's LinkedIn export measured, copied into the scenario, each
//! field either set to its measured figure or kept with the reason (docs/model.md#your-numbers).
//! Apart from [`super::measured`], which the scenario holds, so that the scenario does not read
//! the export.

use super::fields::Field;
use super::linkedin_export::{Counted, Reading};
use super::measured::Measured;
use super::metrics::Counts;
use super::scenario::Scenario;

/// What "Use my numbers" did to one field.
#[derive(Clone, Debug, PartialEq)]
pub enum Copied {
    /// The field now holds this measured figure.
    Set(Field, f64),
    /// The export cannot tell it, or the figure cannot be used (and why): the field keeps its
    /// figure.
    Kept(Field, String),
}

/// Copies what the export measured into the scenario: invitations a week, acceptance, reply of
/// connections and InMail reply, with the counts behind acceptance and InMail reply for the
/// Metrics view and How sure's draws (their pairs are the export's own k of n). Reply of
/// connections travels as a rate: the link's counts pair replies with acceptances, and the
/// export counts conversations instead.
pub fn use_my_numbers(s: &Scenario, r: &Reading) -> (Scenario, Vec<Copied>) {
    let mut next = s.clone();
    let mut done = Vec::new();
    let mut fields = Vec::new();
    // Invitations sent are counted only where the file lists accepted ones too; a file of
    // pending ones cannot tell the rest from connections others asked for.
    let invites = r
        .accept
        .filter(|a| a.n > 0 && !a.upper_estimate)
        .map(|a| (a.n as f64 / f64::from(r.weeks)).round());
    let no_invites = if r.accept.is_some_and(|a| a.upper_estimate) {
        "your file lists only pending invitations, so the ones you sent cannot all be counted"
    } else {
        "no invitations sent in the window"
    };
    let figures = [
        (Field::Invites, invites, no_invites),
        (Field::Accept, percent(r.accept), "no invitations to count"),
        (
            Field::ConnectionReply,
            percent(r.conv),
            "no conversation opened with a connection",
        ),
        (
            Field::Reply,
            percent(r.reply),
            "no conversation opened with someone not a connection",
        ),
    ];
    for (field, figure, none) in figures {
        let Some(value) = figure else {
            done.push(Copied::Kept(field, format!("not measured: {none}")));
            continue;
        };
        match next.set(field, value) {
            Ok(()) => {
                fields.push(field);
                done.push(Copied::Set(field, value));
            }
            Err(e) => done.push(Copied::Kept(
                field,
                format!("{value} cannot be used: it {e}"),
            )),
        }
    }
    let mut counts: Counts = next.counts;
    if let Some(a) = r.accept.filter(|a| a.n > 0) {
        counts.invites_sent = Some(a.n as f64);
        counts.accepted = Some(a.k as f64);
    }
    if let Some(q) = r.reply.filter(|q| q.n > 0) {
        counts.inmails_sent = Some(q.n as f64);
        counts.inmail_replies = Some(q.k as f64);
    }
    next.counts = counts;
    next.measured = match (r.last_day, fields.is_empty()) {
        (Some(last_day), false) => Some(Measured {
            weeks: r.weeks,
            last_day,
            upper_estimate: r.accept.is_some_and(|a| a.upper_estimate),
            fields,
            read_here: true,
        }),
        _ => s.measured.clone(),
    };
    (next, done)
}

fn percent(c: Option<Counted>) -> Option<f64> {
    c.and_then(|c| c.percent())
        // A tenth of a percent is finer than any count here can tell.
        .map(|p| (p * 10.0).round() / 10.0)
}
