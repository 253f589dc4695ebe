//! The InMail cost per meeting against the reply rate, with a connection request's to compare.

use crate::model::cost::{compute, request_meeting_cost, Figure};
use crate::model::fields::Field;
use crate::model::scenario::Scenario;

/// One point of the InMail cost per meeting against the reply rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    /// InMail reply rate in percent.
    pub reply: f64,
    /// InMail cost per meeting (`None`: no meetings).
    pub inmail: Option<f64>,
}

/// The InMail cost per meeting at 60 reply rates up to 60 % (or the user's own if higher), with
/// a connection-request meeting's cost to compare (what one would cost, also where the month
/// sends no requests); empty on a plan without credits.
pub fn reply_curve(s: &Scenario) -> (Vec<CurvePoint>, Figure) {
    let request = request_meeting_cost(s);
    if s.credits <= 0.0 {
        return (Vec::new(), request);
    }
    let top = s.reply.clamp(60.0, 99.0);
    let points = (1..=60)
        .map(|i| {
            let reply = top * f64::from(i) / 60.0;
            let mut t = s.clone();
            let _ = t.set(Field::Reply, reply);
            CurvePoint {
                reply,
                inmail: compute(&t).inmail.cost_per_meeting.value(),
            }
        })
        .collect();
    (points, request)
}
