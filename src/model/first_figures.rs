//! A link's answer and figures from the model alone: what the page's model module
//! (`src/bin/first_figures.rs`) writes into the prerendered first screen while the app itself
//! downloads, so a teammate's link shows its own figures first. Each figure is the calculator
//! view's own: the same words (`words::calculator`), the same test id, the same exact value, so
//! the app mounting over them changes nothing a reader sees.

use super::address::{self, Parsed};
use super::cost::{compute, ChannelId, Output};
use super::currency::Currency;
use super::view::View;
use super::words::calculator as words;
use super::words::Sentence;

/// One figure of the calculator's answer, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstFigure {
    /// Its `data-testid`.
    pub test_id: String,
    /// What a reader sees, its numbers rounded as the page rounds them.
    pub sentence: Sentence,
    /// Its `data-value`, the exact figure (none for a sentence).
    pub value: Option<f64>,
}

/// What the model module writes for a link, in the link's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstFigures {
    pub currency: Currency,
    pub figures: Vec<FirstFigure>,
}

/// The calculator's answer and figures for the link `query` (the page's address query, `?`
/// or not), read as the app reads it. `None` when the app will show more than new figures in
/// the first screen's place: another view, or a notice about a refused value above the answer.
pub fn of_link(query: &str) -> Option<FirstFigures> {
    let Parsed {
        scenario,
        view,
        notices,
        ..
    } = address::parse(query);
    if view != View::Calculator || !notices.is_empty() {
        return None;
    }
    let c = compute(&scenario);
    let currency = scenario.currency;
    let mut figures = vec![FirstFigure {
        test_id: "month-answer".to_string(),
        sentence: words::month_answer(&c, currency),
        value: None,
    }];
    figures.extend(ChannelId::ALL.map(|id| FirstFigure {
        test_id: id.cost_test_id(),
        sentence: words::channel_cost(&c, id),
        value: c.channel(id).cost_per_meeting.value(),
    }));
    figures.extend(Output::ALL.map(|output| FirstFigure {
        test_id: output.test_id().to_string(),
        sentence: words::card(&c, output),
        value: output.of(&c).value(),
    }));
    Some(FirstFigures { currency, figures })
}
