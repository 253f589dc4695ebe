//! What the month's meetings return (docs/model.md#what-the-meetings-return), from the deal value
//! and win rate the rep gives, and the year's totals (docs/model.md#billing). The figures and
//! their sentences come from `model::returns` and `model::words::returns`.

use leptos::prelude::*;

use crate::components::given_inputs::GivenInputs;
use crate::components::stat::Stat;
use crate::model::rounding::exact;
use crate::format;
use crate::model::cost::Costs;
use crate::model::returns::{self, Returns, DEAL_FIELDS};
use crate::model::scenario::Scenario;
use crate::model::words::returns as words;

#[component]
pub fn ReturnsPanel(scenario: Memo<Scenario>, costs: Memo<Costs>) -> impl IntoView {
    let deal = Memo::new(move |_| scenario.with(|s| s.deal));
    let r: Memo<Option<Returns>> =
        Memo::new(move |_| deal.with(|d| costs.with(|c| returns::of(d, c))));
    let channels = move || {
        r.with(|r| {
            r.as_ref()
                .map(|r| words::by_channel(r).iter().map(|s| view! { <li>{format::sentence(s)}</li> }).collect_view())
        })
    };
    view! {
        <section class="returns" aria-labelledby="returns-title">
            <h2 id="returns-title">"What the meetings return"</h2>
            <GivenInputs scenario fields=&DEAL_FIELDS placeholder="not given" problems_id="deal-problems" />
            <div class="stats">
                <Stat test_id="won-revenue" label="Won revenue a month"
                    value=Signal::derive(move || exact(r.with(|r| r.as_ref().map(|r| r.won))))
                    text=Signal::derive(move || r.with(|r| r.as_ref().map_or_else(|| "not given".into(), |r| format::sentence(&words::amount(r.won)))))
                />
                <Stat test_id="pays-for-itself" label="Pays for itself from, meetings a month"
                    value=Signal::derive(move || exact(r.with(|r| r.as_ref().and_then(|r| r.pays_for_plan))))
                    text=Signal::derive(move || r.with(|r| match r {
                        None => "not given".into(),
                        Some(r) => format::sentence(&words::pays_figure(r)),
                    }))
                />
                <Stat test_id="pipeline" label="Pipeline a month"
                    value=Signal::derive(move || exact(r.with(|r| r.as_ref().map(|r| r.pipeline))))
                    text=Signal::derive(move || r.with(|r| r.as_ref().map_or_else(|| "not given".into(), |r| format::sentence(&words::amount(r.pipeline)))))
                />
            </div>
            <p class="note" data-testid="returns-answer">{move || r.with(|r| match r {
                None => format::sentence(&words::not_given()),
                Some(r) => scenario.with(|s| costs.with(|c| [
                    words::won(r, c.total.meetings),
                    words::pays_for_itself(r, s.plan.plan(), c.labour_counted),
                    words::return_on_spend(r),
                ].iter().map(format::sentence).collect::<Vec<_>>().join(" "))),
            })}</p>
            <ul class="returns-channels" class:hidden=move || r.with(Option::is_none)
                aria-label="Won revenue a month by channel">{channels}</ul>
            <p class="note year" data-testid="year-totals">{move || scenario.with(|s| costs.with(|c| r.with(|r| {
                format::sentence(&words::year(c, r.as_ref(), s.billing))
            })))}</p>
        </section>
    }
}
