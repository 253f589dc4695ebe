//! The credit bank (SPEC §3): a year of grants, sends, refunds, expiry and the cap, month by
//! month; what it loses in credits and dollars; and how many InMails a month the plan sustains.

use leptos::prelude::*;

use super::chart::{Bars, Chart, YGrid, LEFT, RIGHT};
use super::number_input::NumberInput;
use super::sources::Sources;
use super::stat::{exact, Stat};
use super::wide_table::WideTable;
use crate::format;
use crate::model::bank::{simulate, sustained, Bank, BankInput, MONTHS};
use crate::model::fields::Field;
use crate::model::scale::nice_ceiling;
use crate::model::scenario::Scenario;
use crate::model::sources::{self, Source};

/// Where the 90-day expiry comes from, and the one page that says otherwise.
const EXPIRY: sources::Cite = &[Source::HelpInmailCredits, Source::OutboundGuide];
const NO_EXPIRY: sources::Cite = &[Source::HelpSalesNavigatorCredits];

#[component]
pub fn CreditBank(scenario: Memo<Scenario>) -> impl IntoView {
    // Each step is a memo over the one before, so an edit that leaves the bank's inputs alone
    // runs nothing, and changing only the sends leaves the limits alone.
    let input = Memo::new(move |_| scenario.with(BankInput::of));
    let bank = Memo::new(move |_| simulate(input.get()));
    let unsent = Memo::new(move |_| input.get().sending(0.0));
    let limits = Memo::new(move |_| sustained(unsent.get()));
    let per_credit =
        Memo::new(move |_| scenario.with(|s| (s.credits > 0.0).then(|| s.price / s.credits)));
    let lost_usd = move || per_credit.get().map(|p| p * bank.with(Bank::lost));
    let has_bank = move || input.with(|i| i.credits > 0.0);
    let no_credits = Signal::derive(move || {
        scenario.with(|s| (s.credits <= 0.0).then_some("This plan has no InMail credits"))
    });
    let always = Signal::derive(|| None);

    let answer = move || {
        let i = input.get();
        if i.credits <= 0.0 {
            return "This plan has no InMail credits, so there is no bank: pick a premium plan to see one.".to_string();
        }
        let b = bank.get();
        let mut text = format!(
            "Sending {} InMails a month at a {} reply rate, the bank holds {} credits after 12 months. ",
            format::people(i.inmails),
            format::percent(i.reply * 100.0),
            format::count(b.balance()),
        );
        if b.lost() > 1e-6 {
            let mut parts = Vec::new();
            if b.total.expired > 1e-6 {
                parts.push(format!(
                    "{} credits expired unused",
                    format::count(b.total.expired)
                ));
            }
            if b.total.cut > 1e-6 {
                parts.push(format!(
                    "{} credits did not fit under the cap of {}",
                    format::count(b.total.cut),
                    format::count(i.cap)
                ));
            }
            text.push_str(&format!(
                "Over the year, {}: {} paid for and never used.",
                parts.join(" and "),
                format::money(lost_usd().unwrap_or(0.0)),
            ));
        } else {
            text.push_str("No credit is lost to expiry or the cap.");
        }
        if b.total.short > 1e-6 {
            text.push_str(&format!(
                " The bank runs dry: {} InMails could not be sent.",
                format::people(b.total.short)
            ));
        }
        text
    };
    let sustains = move || {
        limits.get().map(|l| {
            if l.lose_nothing_from <= l.never_short_up_to {
                format!(
                    "Send between {} and {} a month to lose no credits and never run dry; above that the bank runs dry.",
                    format::count(l.lose_nothing_from),
                    format::count(l.never_short_up_to)
                )
            } else {
                format!(
                    "No steady rate does both: from {} a month nothing is lost, but above {} the first weeks run dry, before the first refunds arrive.",
                    format::count(l.lose_nothing_from),
                    format::count(l.never_short_up_to)
                )
            }
        })
    };

    let balances =
        Signal::derive(move || bank.with(|b| b.months.iter().map(|m| m.balance).collect()));
    let top = Signal::derive(move || {
        nice_ceiling(
            input
                .get()
                .cap
                .max(bank.with(|b| b.months.iter().fold(0.0_f64, |a, m| a.max(m.balance)))),
        )
    });
    let cap_y = move || super::chart::y_scale(top.get()).at(input.get().cap);
    let rows: super::chart::Rows = Signal::derive(move || {
        bank.with(|b| {
            b.months
                .iter()
                .enumerate()
                .map(|(i, m)| vec![format!("Month {}", i + 1), format::count(m.balance)])
                .collect()
        })
    });
    let description = Signal::derive(move || {
        bank.with(|b| {
            format!(
                "Credits in the bank at each month's end: {}.",
                b.months
                    .iter()
                    .map(|m| format::count(m.balance))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    });

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
                <p class="note" data-testid="bank-sustains" class:hidden=move || limits.with(Option::is_none)>{sustains}</p>
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
                <NumberInput scope="bank" field=Field::Inmails scenario disabled=no_credits follows="the plan's monthly credits" />
                <NumberInput scope="bank" field=Field::Reply scenario disabled=no_credits />
                <NumberInput scope="bank" field=Field::Delay scenario disabled=always />
            </div>
            <div class="tool-wide">
                <Chart id="bank-balance-chart" title="Credits in the bank at each month's end"
                    description header=&["Month", "Credits in the bank"] rows>
                    <YGrid top label=format::count />
                    <Bars count=MONTHS values=balances top label=|i| Some(format!("{}", i + 1)) />
                    <line class="limit" x1=LEFT x2=RIGHT y1=cap_y y2=cap_y />
                    <text class="axis limit-label" x=RIGHT y=move || cap_y() - 4.0 text-anchor="end">
                        {move || format!("cap {}", format::count(input.get().cap))}
                    </text>
                </Chart>
                <WideTable caption="Month by month, in credits" test_id="bank-months"
                    columns=&["Month", "Granted", "Lost to the cap", "Spent", "Refunded", "Expired", "Balance", "InMails sent"]>
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
        Some(c) => format!("{} credits", format::count(c)),
    }
}

fn month_row(name: String, m: &crate::model::bank::Month) -> impl IntoView {
    let cells = [
        m.granted, m.cut, m.spent, m.refunded, m.expired, m.balance, m.sent,
    ];
    view! {
        <tr>
            <th scope="row">{name}</th>
            {cells.map(|c| view! { <td>{format::count(c)}</td> }).into_iter().collect_view()}
        </tr>
    }
}
