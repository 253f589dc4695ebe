//! The credit bank (docs/model.md#credit-bank): a year of grants, sends, refunds, expiry and the cap, month by
//! month; how many InMails a month the plan sustains once the start has worn off, and what
//! sending more or less than that loses.

use leptos::prelude::*;

use crate::components::chart::{y_scale, Bars, Chart, Rows, YGrid, LEFT, RIGHT, TITLE_Y};
use crate::components::number_input::NumberInput;
use crate::components::sources::Sources;
use crate::components::stat::Stat;
use crate::model::rounding::exact;
use crate::components::wide_table::WideTable;
use crate::format;
use crate::model::bank::{simulate, steady, Bank, BankInput, MONTHS};
use crate::model::fields::Field;
use crate::model::scale::nice_ceiling;
use crate::model::scenario::Scenario;
use crate::model::sources::{self, Source};
use crate::model::words::credit_bank as words;

/// Where the 90-day expiry comes from, and the one page that says otherwise.
const EXPIRY: sources::Cite = &[Source::HelpInmailCredits, Source::OutboundGuide];
const NO_EXPIRY: sources::Cite = &[Source::HelpSalesNavigatorCredits];

#[component]
pub fn CreditBank(scenario: Memo<Scenario>) -> impl IntoView {
    // Each step is a memo over the bank's inputs, so an edit that leaves them alone runs
    // nothing; the steady state is a closed form and costs nothing.
    let input = Memo::new(move |_| scenario.with(BankInput::of));
    let bank = Memo::new(move |_| simulate(input.get()));
    let settled = Memo::new(move |_| steady(input.get()));
    let per_credit =
        Memo::new(move |_| scenario.with(|s| (s.credits > 0.0).then(|| s.price / s.credits)));
    let lost_usd = move || per_credit.get().map(|p| p * bank.with(Bank::lost));
    let has_bank = move || input.with(|i| i.credits > 0.0);
    let no_credits = Signal::derive(move || {
        scenario.with(|s| (s.credits <= 0.0).then_some("This plan grants no InMail credits"))
    });
    let always = Signal::derive(|| None);

    let answer = move || {
        scenario.with(|s| match settled.get() {
            Some(st) => format::sentence(&words::answer(s, input.get(), &st)),
            None => format::sentence(&words::no_bank(s)),
        })
    };
    let first_year = move || {
        let i = input.get();
        if i.credits <= 0.0 {
            return String::new();
        }
        bank.with(|b| format::sentence(&words::first_year(b, i)))
    };
    let balances =
        Signal::derive(move || bank.with(|b| b.months.iter().map(|m| m.balance).collect()));
    // The axis holds the cap with room above it for its label; no month goes higher.
    let top = Signal::derive(move || {
        nice_ceiling((input.get().cap * 1.1).max(bank.with(|b| b.total.peak)))
    });
    let cap_y = move || y_scale(top.get()).at(input.get().cap);
    let rows: Rows = Signal::derive(move || {
        bank.with(|b| {
            b.months
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    vec![
                        format!("Month {}", i + 1),
                        format::count(m.balance),
                        format::count(m.peak),
                    ]
                })
                .collect()
        })
    });
    let description = Signal::derive(move || {
        let list = |f: fn(&crate::model::bank::Month) -> f64| {
            bank.with(|b| {
                b.months
                    .iter()
                    .map(|m| format::count(f(m)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        };
        format!(
            "Credits in the bank at each month's end: {}. The most it held in each month: {}. The cap is {}.",
            list(|m| m.balance),
            list(|m| m.peak),
            format::count(input.get().cap)
        )
    });
    let legend = move || {
        view! {
            <span class="key key-bar">"at the month's end"</span>
            <span class="key key-peak">"the month's peak, before that day's sends"</span>
            <span class="key key-limit">{move || format!("the cap, {}: credits above it are lost", format::count(input.get().cap))}</span>
        }
    };

    let table = move || {
        bank.with(|b| {
            b.months
                .iter()
                .enumerate()
                .map(|(i, m)| month_row(format!("{}", i + 1), m))
                .chain(std::iter::once(month_row("Year".to_string(), &b.total)))
                .collect_view()
        })
    };

    view! {
        <section class="bank tool" aria-labelledby="bank-title">
            <h2 id="bank-title">"Credit bank"</h2>
            <div class="tool-answer">
                <p class="answer" data-testid="bank-answer">{answer}</p>
                <div class="stats">
                    <Stat test_id="bank-sustains" label="InMails a month the plan covers"
                        value=Signal::derive(move || exact(settled.get().map(|st| st.sustains)))
                        text=Signal::derive(move || match settled.get() {
                            Some(st) => format::count(st.sustains),
                            None => "none: no credits".to_string(),
                        }) />
                    <Stat test_id="bank-balance" label="In the bank after 12 months"
                        value=Signal::derive(move || exact(has_bank().then(|| bank.with(Bank::balance))))
                        text=Signal::derive(move || credits_text(has_bank().then(|| bank.with(Bank::balance)))) />
                    <Stat test_id="bank-expired" label="Expired unused over the year"
                        value=Signal::derive(move || exact(has_bank().then(|| bank.with(|b| b.total.expired))))
                        text=Signal::derive(move || credits_text(has_bank().then(|| bank.with(|b| b.total.expired))))
                    />
                    <Stat test_id="bank-lost" label="Paid for and never used"
                        value=Signal::derive(move || exact(lost_usd()))
                        text=Signal::derive(move || match lost_usd() {
                            Some(v) if v > 0.0 => format::money(v),
                            Some(_) => "nothing".to_string(),
                            None => "no credits on this plan".to_string(),
                        }) />
                </div>
                <p class="note" data-testid="bank-first-year">{first_year}</p>
                <p class="note">
                    "Each month's credits arrive on the 1st and expire 90 days later; a reply within 90 days returns its credit. "
                    <Sources cite=EXPIRY />
                </p>
                <p class="warning" data-testid="bank-flag">
                    "One Sales Navigator help page says its credits do not expire. This model follows the 90 days of the other LinkedIn pages: if yours carry over, no credit is lost to expiry. "
                    <Sources cite=NO_EXPIRY />
                </p>
            </div>
            <div class="tool-side">
                <NumberInput scope="bank" field=Field::Inmails scenario disabled=no_credits follows="the InMails a month your credits cover" />
                <NumberInput scope="bank" field=Field::Reply scenario disabled=no_credits />
                <NumberInput scope="bank" field=Field::Delay scenario disabled=always />
                <Chart id="bank-balance-chart" title="Credits in the bank, month by month"
                    description header=&["Month", "At the month's end", "Peak"] rows legend>
                    <YGrid top label=format::count />
                    <Peaks bank top />
                    <Bars count=MONTHS values=balances top label=|i| Some(format!("{}", i + 1)) />
                    <line class="limit" x1=LEFT x2=RIGHT y1=cap_y y2=cap_y />
                    <text class="axis limit-label" x=RIGHT y=move || cap_y() - 4.0 text-anchor="end">
                        {move || format!("cap {}", format::count(input.get().cap))}
                    </text>
                    <text class="axis" x=(LEFT + RIGHT) / 2.0 y=TITLE_Y text-anchor="middle">"month"</text>
                </Chart>
            </div>
            <div class="tool-wide">
                <WideTable caption="Month by month, in credits" test_id="bank-months"
                    columns=&["Month", "Granted", "Lost to the cap", "Spent", "Refunded", "Expired", "Peak", "Balance", "InMails sent"]>
                    {table}
                </WideTable>
            </div>
        </section>
    }
}

/// A count of credits in words: "none" rather than a bare 0, which reads like a missing figure.
fn credits_text(credits: Option<f64>) -> String {
    match credits {
        None => "no bank on this plan".to_string(),
        Some(c) if c.abs() < 1e-9 => "none".to_string(),
        Some(c) => format::sentence(&words::credits(c)),
    }
}

/// Each month's peak, drawn above its bar: from the month-end balance up to the most the bank
/// held, so a month that touched the cap shows it even when it ended far below.
#[component]
fn Peaks(bank: Memo<Bank>, #[prop(into)] top: Signal<f64>) -> impl IntoView {
    let slot = (RIGHT - LEFT) / MONTHS as f64;
    let marks = (0..MONTHS)
        .map(|i| {
            let month = move || bank.with(|b| b.months.get(i).copied().unwrap_or_default());
            let y = move |v: f64| y_scale(top.get()).at(v);
            let x = LEFT + slot * i as f64 + slot * 0.15;
            view! {
                <rect class="peak" x=x width=slot * 0.7 y=move || y(month().peak)
                    height=move || (y(month().balance) - y(month().peak)).max(0.0) />
                <line class="peak-top" x1=x x2=x + slot * 0.7 y1=move || y(month().peak) y2=move || y(month().peak) />
            }
        })
        .collect_view();
    view! { <g class="peaks">{marks}</g> }
}

fn month_row(name: String, m: &crate::model::bank::Month) -> impl IntoView {
    let credits = [
        m.granted, m.cut, m.spent, m.refunded, m.expired, m.peak, m.balance,
    ];
    view! {
        <tr>
            <th scope="row">{name}</th>
            {credits.map(|c| view! { <td>{format::count(c)}</td> }).into_iter().collect_view()}
            // A month's InMails are an average, to a tenth like the calculator's.
            <td>{format::count(m.sent)}</td>
        </tr>
    }
}
