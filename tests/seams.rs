//! The seams between views (issue "one truth at every seam"): where two views show one
//! quantity, they show the same figure at the same rounding; where a sentence states a
//! figure, the figure beside it agrees; what a rep never gave is never read as a zero. Each
//! property runs over random scenarios on every plan and currency; the audit's own links
//! follow as cases.

use firstmove::model::address::{self, parse};
use firstmove::model::bank::{second_year, steady, BankInput, SHORT_TOLERANCE};
use firstmove::model::compare::{compare, Cell};
use firstmove::model::cost::{compute, ChannelId, Figure, Output, OutputKind};
use firstmove::model::currency::Currency;
use firstmove::model::fields::Field;
use firstmove::model::first_figures::of_link;
use firstmove::model::mix::{best_weeks, plan_week, Binding};
use firstmove::model::plans::{Billing, PlanId};
use firstmove::model::returns::{by_plan, highest_return, of as returns_of, Deal};
use firstmove::model::rounding::{self, Shown};
use firstmove::model::scenario::Scenario;
use firstmove::model::sequences::calculator_week;
use firstmove::model::team::team;
use firstmove::model::uncertainty::{own_counts, spread, varied};
use firstmove::model::units::WEEKS_PER_MONTH;
use firstmove::model::view::View;
use firstmove::model::week::Week;
use firstmove::model::words::{
    best_plan, calculator, credit_bank, how_sure, plan_picker, returns, sequences, Num, Sentence,
};
use proptest::prelude::*;

/// Scenarios a rep can reach: every plan and five currencies, every field within what it
/// accepts (credits within a fixed bank cap), the best plan's hours, list and share following
/// the calculator's week as they do by default, and some rates at 0 and time not counted.
fn scenarios() -> impl Strategy<Value = Scenario> {
    let plan = prop::sample::select(PlanId::ALL.to_vec());
    let currency = prop::sample::select(vec!["USD", "USD", "EUR", "GBP", "INR", "JPY"]);
    let money = (0.0..1.0f64, prop_oneof![Just(0.0), 0.0..1.0f64, Just(50.0)]);
    let volume = (0.0..1.0f64, 0u32..=800, 0u32..=400, 1u32..=300, 1u32..=7);
    let deal = (
        prop::option::of(prop_oneof![Just(0.0), 1.0..200_000.0f64]),
        prop::option::of(prop_oneof![Just(0.0), 0.0..100.0f64]),
        any::<bool>(),
    );
    let rates = (
        prop_oneof![Just(0.0), 0.0..95.0f64],
        prop_oneof![Just(0.0), 0.0..100.0f64],
        prop_oneof![Just(0.0), 0.0..100.0f64],
        0.0..100.0f64,
    );
    let time = (
        prop_oneof![Just(0.0), 0.5..30.0f64],
        0.0..60.0f64,
        0u32..=89,
    );
    (plan, currency, money, volume, rates, (time, deal)).prop_map(
        |(plan, cur, (price, hourly), (credits, open, invites, cap, days), rates, (time, deal))| {
            let mut s = Scenario::for_plan(plan);
            let (value, win, yearly) = deal;
            s.deal = Deal { value, win };
            if yearly && plan.plan().bills_yearly() {
                s.set_billing(Billing::Yearly).unwrap();
            }
            s.currency = Currency::parse(cur).unwrap();
            let premium = plan.plan().is_premium();
            let set = |s: &mut Scenario, f: Field, v: f64| {
                s.set(f, v).unwrap_or_else(|e| panic!("{f:?} = {v}: {e}"))
            };
            if !s.currency.is_usd() {
                set(&mut s, Field::Price, (price * 5000.0).round());
            }
            let hourly = if hourly == 50.0 { 50.0 } else { hourly * 200.0 };
            set(&mut s, Field::Hourly, hourly);
            if premium {
                let most = plan.plan().credits_max().unwrap_or(200.0);
                set(&mut s, Field::Credits, (credits * most).floor());
                set(&mut s, Field::Open, f64::from(open));
            }
            set(&mut s, Field::Invites, f64::from(invites));
            set(&mut s, Field::WeeklyCap, f64::from(cap));
            set(&mut s, Field::Days, f64::from(days));
            let (reply, accept, conv, meet) = rates;
            set(&mut s, Field::Reply, reply);
            set(&mut s, Field::Accept, accept);
            set(&mut s, Field::ConnectionReply, conv);
            set(&mut s, Field::Meet, meet);
            let (minutes, uplift, delay) = time;
            set(&mut s, Field::Minutes, minutes);
            set(&mut s, Field::Uplift, uplift);
            set(&mut s, Field::Delay, f64::from(delay));
            s
        },
    )
}

/// Every sentence the views build for a scenario, but How sure's (whose draws are slow; they
/// have their own property below).
fn sentences(s: &Scenario) -> Vec<Sentence> {
    let c = compute(s);
    let p = best_weeks(s);
    let mut out = vec![
        calculator::month_answer(&c, s.currency),
        calculator::summary(&c),
        calculator::time_note(),
        best_plan::answer(&p, s),
        best_plan::against_calculator(&p, s),
        best_plan::limits(&p, s),
        best_plan::gains(&p, s),
        sequences::calculator_week(&calculator_week(s), s),
        how_sure::break_even_text(s),
        returns::year(&c, returns_of(&s.deal, &c).as_ref(), s.billing),
        returns::highest_return(
            by_plan(&s.deal, &p, s.hourly)
                .as_deref()
                .and_then(highest_return)
                .as_ref(),
        ),
    ];
    if let Some(r) = returns_of(&s.deal, &c) {
        out.push(returns::won(&r, c.total.meetings));
        out.push(returns::pays_for_itself(
            &r,
            s.plan.plan(),
            c.labour_counted,
        ));
        out.push(returns::return_on_spend(&r));
        out.extend(returns::by_channel(&r));
        out.push(returns::amount(r.won));
        out.push(returns::amount(r.pipeline));
        out.push(returns::pays_figure(&r));
    }
    for id in ChannelId::ALL {
        out.push(calculator::channel_cost(&c, id));
        out.push(calculator::channel_carries(&c, id));
    }
    for o in Output::ALL {
        out.push(calculator::card(&c, o));
        out.push(calculator::card_qualifier(&c, o));
    }
    for row in calculator::table(&c) {
        out.extend([row.note, row.cost, row.per_reply, row.per_meeting]);
    }
    out.extend(calculator::over_cap(&c, s.invites, s.cap));
    for w in p.weeks.iter().chain([&p.calculator]) {
        out.push(best_plan::row_cost(w, s, true));
        out.push(best_plan::row_cost(w, s, false));
    }
    let input = BankInput::of(s);
    match steady(input) {
        Some(st) => out.push(credit_bank::answer(s, input, &st)),
        None => out.push(credit_bank::no_bank(s)),
    }
    out.push(credit_bank::first_year(
        &firstmove::model::bank::simulate(input),
        input,
    ));
    out.extend(sequences::breaks(
        &calculator_week(s).load,
        &firstmove::model::allowance::Weekly::of(s),
    ));
    out.extend(
        plan_picker::facts(s.plan.plan(), s.billing)
            .into_iter()
            .map(|(l, _)| l),
    );
    out.extend(plan_picker::currency_note(s));
    out
}

/// A money figure that reads as exactly none: a cost of no money is said in words (docs/model.md#cost-model).
fn names_zero_money(sentence: &Sentence, currency: Currency) -> bool {
    sentence
        .numbers()
        .any(|n| n.is_money() && n.shown(currency).is_zero())
}

fn shown_average(v: f64) -> Shown {
    rounding::average(v)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// The page's model module writes a link's first figures before the app is there; the app
    /// then draws the same link. Both read the link with the one parser and word each figure
    /// with the calculator's own words, so each figure, test id and exact value agree.
    #[test]
    fn a_links_first_figures_are_the_calculators(s in scenarios()) {
        let link = address::encode_link(&s, View::Calculator, false);
        let first = of_link(&link).expect("a link this app wrote opens on the calculator with no notice");
        let opened = parse(&link).scenario;
        let c = compute(&opened);
        prop_assert_eq!(first.currency, opened.currency);
        let mut want = vec![("month-answer".to_string(), calculator::month_answer(&c, opened.currency), None)];
        for id in ChannelId::ALL {
            want.push((format!("channel-cost-{}", id.key()), calculator::channel_cost(&c, id), c.channel(id).cost_per_meeting.value()));
        }
        for output in Output::ALL {
            want.push((output.test_id().to_string(), calculator::card(&c, output), output.of(&c).value()));
        }
        let got: Vec<_> = first.figures.into_iter().map(|f| (f.test_id, f.sentence, f.value)).collect();
        prop_assert_eq!(got, want);
    }

    /// Meetings a month are one figure in the calculator, the best plan's row of the
    /// calculator's week and the comparison; InMails a month one figure in the calculator, the
    /// credit bank and the allowances.
    #[test]
    fn one_week_one_figure_in_every_view(s in scenarios()) {
        let c = compute(&s);
        let p = best_weeks(&s);
        let meetings = c.total.meetings;
        prop_assert!((p.calculator.meetings_month() - meetings).abs() <= 1e-9 * (1.0 + meetings));
        let rows = compare(&[&s]);
        let compared = rows.iter().find(|r| r.label == "Meetings a month").unwrap();
        prop_assert_eq!(compared.cells[0], Cell::Output(Output::Meetings.of(&c), OutputKind::Count));
        // The comparison's best mix and Best plan's row: one figure, one rounding.
        let best_row = rows.iter().find(|r| r.label == "Best mix: meetings a month").unwrap();
        prop_assert_eq!(best_row.cells[0], Cell::Amount(p.week(s.plan).meetings_month()));
        let inmails = c.inmails_per_month.value().unwrap_or(0.0);
        let input = BankInput::of(&s);
        match steady(input) {
            Some(st) => {
                prop_assert_eq!(st.sustains, inmails);
                prop_assert_eq!(input.inmails, inmails, "the bank opens on it");
                prop_assert!(second_year(input.sending(inmails)).short <= SHORT_TOLERANCE);
                prop_assert_eq!(st.short, 0.0, "sending it never falls short");
            }
            None => prop_assert_eq!(inmails, 0.0),
        }
        let weekly = firstmove::model::allowance::Weekly::of(&s);
        prop_assert!((weekly.inmail_sends() * WEEKS_PER_MONTH - inmails).abs() <= 1e-9 * (1.0 + inmails));
        // Won revenue is one figure in the calculator, the comparison and a team of one; the
        // team's meetings and spend are the calculator's.
        let won = returns_of(&s.deal, &c).map(|r| r.won);
        let compared = rows.iter().find(|r| r.label == "Won revenue a month").unwrap();
        match won {
            Some(w) if w.abs() < 1e-9 => prop_assert_eq!(compared.cells[0], Cell::Absent("none")),
            Some(w) => prop_assert_eq!(compared.cells[0], Cell::Output(Figure::Value(w), OutputKind::Money)),
            None => prop_assert_eq!(compared.cells[0], Cell::Absent("not given")),
        }
        let t = team(&[&s]);
        prop_assert_eq!(t.won.map(|(w, _)| w), won);
        prop_assert_eq!((t.meetings, t.spend), (meetings, c.total.cost));
    }

    /// Every view opens within the allowances the calculator keeps: the calculator's week
    /// sends no more than the cap and the InMails the plan sustains, the sequences' default
    /// breaks nothing, and the best mix of the rep's plan books at least the calculator's week.
    #[test]
    fn every_default_view_keeps_the_calculators_allowances(s in scenarios()) {
        let w = Week::of(&s);
        prop_assert!(w.invites <= s.cap);
        let plan = calculator_week(&s);
        prop_assert_eq!(plan.load.breaks, None, "{:?}", plan.load);
        prop_assert!(plan.load.invites <= s.cap + 1e-9);
        // The sequences book the calculator's week, and their follow-ups may add to it.
        let calculator_week_meetings = compute(&s).total.meetings / WEEKS_PER_MONTH;
        prop_assert!(plan.load.meetings >= calculator_week_meetings * (1.0 - 1e-9) - 1e-12,
            "{} < {}", plan.load.meetings, calculator_week_meetings);
        let p = best_weeks(&s);
        let calc = p.calculator.meetings_week;
        // The solver ties weeks within a ten-millionth of a meeting (its slack on sums of
        // floats) and then takes the fewest minutes: a week of less (an acceptance of
        // 0.00002 %) may go unplanned, and both read "under 0.1" or 0 on the page.
        prop_assert!(p.week(s.plan).meetings_week >= calc * (1.0 - 1e-9) - 1e-7,
            "best {} < calculator {calc}", p.week(s.plan).meetings_week);
    }

    /// "X's best week is held back by" names only limits whose one more unit adds a meeting, "one more
    /// hour would add" says what it adds, and plans tied at the figure shown are named
    /// together.
    #[test]
    fn limits_and_ties_are_said_as_they_are(s in scenarios()) {
        let p = best_weeks(&s);
        let now = p.week(s.plan).meetings_week;
        // Each limit the sentence names, raised by one through the scenario as a rep would
        // (an hour, an invitation of cap, a prospect), books more: re-solved from scratch.
        let more = |t: Scenario| plan_week(&t, s.plan).meetings_week - now;
        let text = best_plan::limits(&p, &s).plain(s.currency);
        let named = |l: Binding| text.contains("is held back by") && text.split(" (").next().unwrap_or("").contains(l.words());
        if named(Binding::Time) {
            prop_assert!(more(Scenario { hours: Some(s.get(Field::Hours) + 1.0), ..s.clone() }) > 0.0, "{}", text);
        }
        if named(Binding::Invites) {
            prop_assert!(more(Scenario { cap: s.cap + 1.0, ..s.clone() }) > 0.0, "{}", text);
        }
        if named(Binding::List) {
            prop_assert!(more(Scenario { list: Some(s.get(Field::List) + 1.0), ..s.clone() }) > 0.0, "{}", text);
        }
        // "One more hour would add nothing" exactly when an hour more, re-solved, adds nothing
        // that shows.
        let hour = more(Scenario { hours: Some(s.get(Field::Hours) + 1.0), ..s.clone() }) * WEEKS_PER_MONTH;
        let gains = best_plan::gains(&p, &s).plain(s.currency);
        prop_assert_eq!(gains.contains("would add nothing"), shown_average(hour.max(0.0)).is_zero(), "{}", gains);
        if let Some(most) = p.most_meetings {
            let answer = best_plan::answer(&p, &s).plain(s.currency);
            let top = shown_average(p.week(most).meetings_month());
            for w in &p.weeks {
                if shown_average(w.meetings_month()) == top {
                    prop_assert!(answer.contains(w.plan.plan().name), "{} missing from {}", w.plan.plan().name, answer);
                }
            }
        }
    }

    /// Parts shown beside their total add up to it, no sentence names a cost of exactly no
    /// money, and the month's answer names a cost the table shows.
    #[test]
    fn sentences_agree_with_the_figures_beside_them(s in scenarios()) {
        let c = compute(&s);
        let rows = calculator::table(&c);
        // Each column's channels add up to its total row, and that row reads as the month's
        // own figure reads on its card (rounded there, apart from the table).
        type Pick = fn(&calculator::TableRow) -> f64;
        let columns: [(Pick, f64); 3] = [
            (|r| r.sent, c.total.volume),
            (|r| r.replies, c.total.replies),
            (|r| r.meetings, c.total.meetings),
        ];
        for (pick, card) in columns {
            let parts: f64 = rows[..3].iter().map(pick).sum();
            let total = pick(&rows[3]);
            prop_assert_eq!(shown_average(total), shown_average(card), "{} vs {}", total, card);
            // Where the month rounds to nothing ("under 0.1"), the row keeps the exact figure.
            if !matches!(shown_average(card), Shown::Under(..)) {
                prop_assert!((parts - total).abs() < 1e-6, "{parts} vs {total}");
            }
        }
        for sentence in sentences(&s) {
            prop_assert!(!names_zero_money(&sentence, s.currency), "{}", sentence.plain(s.currency));
            let text = sentence.plain(s.currency);
            for code in ["SPEC", "§", "Guide 0", "labour", "centred"] {
                prop_assert!(!text.contains(code), "{text}");
            }
        }
        let answer = calculator::month_answer(&c, s.currency);
        let table_costs: Vec<Shown> = rows.iter()
            .flat_map(|r| r.per_meeting.numbers().collect::<Vec<_>>())
            .map(|n| n.shown(s.currency))
            .collect();
        for n in answer.numbers() {
            prop_assert!(table_costs.contains(&n.shown(s.currency)), "{}", answer.plain(s.currency));
        }
        // A channel that carries the plan's price sits beside a total that carries it too.
        let carries = ChannelId::ALL.iter().any(|id| calculator::channel_carries(&c, *id).plain(s.currency).contains("carries the plan's price"));
        if carries {
            prop_assert!(rows[3].note.plain(s.currency).starts_with("the plan's price"));
        }
        // A free account's Open Profile row never says it is included in the plan.
        if !s.plan.plan().is_premium() {
            prop_assert!(!rows[1].note.plain(s.currency).contains("included in the plan"));
        }
    }

    /// A premium plan can do all that Free does: with the same week and hours it never books
    /// fewer meetings, in the calculator or in Best plan (docs/model.md#cost-model).
    #[test]
    fn a_premium_plan_never_books_fewer_than_free(s in scenarios()) {
        let free = compute(&s.with_plan(PlanId::Free)).total.meetings;
        let p = best_weeks(&s);
        for plan in PlanId::ALL.into_iter().filter(|p| p.plan().is_premium()) {
            let on = s.with_plan(plan);
            prop_assert!(compute(&on).total.meetings >= free * (1.0 - 1e-9), "{plan:?}");
            prop_assert!(p.week(plan).meetings_week >= p.week(PlanId::Free).meetings_week * (1.0 - 1e-9) - 1e-12, "{plan:?}");
        }
    }
}

/// Counts a rep gives or not, as link parameters.
fn counts() -> impl Strategy<Value = Vec<Option<u32>>> {
    prop::collection::vec(prop::option::of(0u32..500), 6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// How sure's "your figure" is the calculator's, a count never given narrows nothing and
    /// is never said, and no sentence of the view names a cost of no money.
    #[test]
    fn how_sure_reads_the_calculator_and_only_the_counts_given(s in scenarios(), given in counts()) {
        let keys = ["m_sent", "m_accepted", "m_inmails", "m_inmail_replies", "m_replies", "m_meetings"];
        let mut query = firstmove::model::address::encode(&s);
        for (key, v) in keys.iter().zip(&given) {
            if let Some(v) = v {
                query.push_str(&format!("&{key}={v}"));
            }
        }
        let s = parse(&query).scenario;
        let b = spread(&s);
        // Where the calculator's figure sits among the months agrees with their percentiles.
        let calc = compute(&s).total.meetings;
        if calc < b.meetings.p10 - 1e-9 {
            prop_assert!(b.calculator_rank <= 0.1 + 1e-9, "{}", b.calculator_rank);
        }
        if calc > b.meetings.p90 + 1e-9 {
            prop_assert!(b.calculator_rank >= 0.9 - 1e-3, "{}", b.calculator_rank);
        }
        if calc > b.meetings.p50 + 1e-9 {
            prop_assert!(b.calculator_rank >= 0.5 - 1e-3, "{}", b.calculator_rank);
        }
        let bands = varied(&s);
        let note = how_sure::counts_note(&bands).plain(s.currency);
        for v in &bands {
            let title = how_sure::rate_name(v.field);
            let said = note.to_lowercase().contains(&format!("{}:", title.to_lowercase()));
            prop_assert_eq!(said, own_counts(&s.counts, v.field).is_some(), "{}: {}", title, note);
        }
        for sentence in [
            how_sure::answer(&b, &bands),
            how_sure::against_calculator(&b, &bands, &s),
            how_sure::bands_note(&bands),
            how_sure::wins_text(&b, &s),
        ] {
            prop_assert!(!names_zero_money(&sentence, s.currency), "{}", sentence.plain(s.currency));
        }
        let line = how_sure::against_calculator(&b, &bands, &s).plain(s.currency);
        let calc = Sentence::new().num(Num::Average(b.calculator)).plain(s.currency);
        prop_assert!(line.contains(&calc), "{line} lacks {calc}");
    }
}

/// The audit's links, each a defect that was reproduced on the landed build.
mod audit {
    use super::*;

    fn open(link: &str) -> Scenario {
        let p = parse(link);
        p.scenario
    }

    #[test]
    fn a_free_account_sends_no_more_than_its_cap() {
        // 88 meetings a month from 1,000 invitations a week, while Best plan booked 9.
        let s = open("v=2&plan=free&invites=1000");
        let c = compute(&s);
        assert!((c.invites_per_month - 100.0 * WEEKS_PER_MONTH).abs() < 1e-9);
        assert_eq!(c.invites_over_cap, 900.0);
        let p = best_weeks(&s);
        assert!((p.calculator.meetings_month() - c.total.meetings).abs() < 1e-9);
        assert!(c.total.meetings < 10.0, "{}", c.total.meetings);
        let said = calculator::over_cap(&c, s.invites, s.cap)
            .unwrap()
            .plain(s.currency);
        assert!(said.contains("the other 900"), "{said}");
    }

    #[test]
    fn credits_a_fixed_cap_cannot_bank_are_refused_in_a_link() {
        let p = parse("v=2&plan=premium_career&credits=100&view=bank");
        assert_eq!(p.notices.len(), 1);
        assert!(
            p.notices[0].to_string().contains("bank holds 15"),
            "{}",
            p.notices[0]
        );
        assert_eq!(p.scenario.credits, 5.0);
    }

    #[test]
    fn slow_refunds_keep_up_what_the_bank_can_send() {
        let s = open("v=2&delay=89&reply=95&view=bank");
        let st = steady(BankInput::of(&s)).unwrap();
        assert!((st.sustains - 226.0).abs() < 1.5, "{st:?}");
        assert_eq!(
            compute(&s).inmails_per_month.value(),
            Some(st.sustains),
            "the calculator says the same"
        );
        let text = credit_bank::answer(&s, BankInput::of(&s), &st).plain(s.currency);
        assert!(!text.contains("1,000 InMails"), "{text}");
    }

    #[test]
    fn an_average_is_shown_to_a_tenth_and_typed_back() {
        // "sustains 63", then inmails=63 "1 a month cannot go out", and 62.5 refused.
        let s = Scenario::default();
        let input = BankInput::of(&s);
        let text = credit_bank::answer(&s, input, &steady(input).unwrap()).plain(s.currency);
        assert!(text.contains("covers 62.5 InMails a month"), "{text}");
        let typed = parse("v=2&inmails=62.5");
        assert!(typed.notices.is_empty(), "{:?}", typed.notices);
        let st = steady(BankInput::of(&typed.scenario)).unwrap();
        assert_eq!((st.lost, st.short), (0.0, 0.0));
    }

    #[test]
    fn the_sequences_open_on_the_calculators_week() {
        // 115 invitations against a cap of 100; and 100 sent with invites=0.
        let plan = calculator_week(&Scenario::default());
        assert!((plan.load.invites - 100.0).abs() < 1e-9);
        assert_eq!(plan.load.breaks, None);
        let none = calculator_week(&open("v=2&invites=0"));
        assert!(none.load.invites < 14.5, "{}", none.load.invites);
    }

    #[test]
    fn free_never_books_the_most_alone_without_inmail_replies() {
        let s = open("v=2&reply=0&view=plans");
        let p = best_weeks(&s);
        let text = best_plan::answer(&p, &s).plain(s.currency);
        // Every plan books the same: said as a tie, the cheapest named.
        assert!(text.contains(" book the most"), "{text}");
        assert!(
            text.contains("Free (Basic) for the least a month"),
            "{text}"
        );
    }

    #[test]
    fn the_next_plan_up_names_its_price_and_the_time_apart() {
        let s = open("v=2&plan=free");
        let text = best_plan::gains(&best_weeks(&s), &s).plain(s.currency);
        assert!(text.contains("for $29.99 more in plan price"), "{text}");
    }

    #[test]
    fn no_minutes_is_said_in_words_and_the_break_even_gives_the_reason() {
        let s = open("v=2&minutes=0");
        let c = compute(&s);
        let answer = calculator::month_answer(&c, s.currency).plain(s.currency);
        assert!(!answer.contains("not counted"), "{answer}");
        let none = how_sure::break_even_text(&s).plain(s.currency);
        assert_eq!(none, "none: at 0 minutes a request, requests cost nothing");
    }

    #[test]
    fn a_break_even_without_requests_says_what_it_compares() {
        let s = open("v=2&invites=0&view=uncertainty");
        assert!(how_sure::break_even_note(&s).is_some());
        assert!(firstmove::model::cost::request_meeting_cost(&s)
            .value()
            .is_some());
    }

    #[test]
    fn requests_carry_no_plan_price_without_credits() {
        let s = open("v=2&credits=0");
        let c = compute(&s);
        let cost = c.connection.cost_per_meeting.value().unwrap();
        assert!((cost - 205.25).abs() < 0.5, "{cost}");
    }

    #[test]
    fn counts_never_given_are_not_zeros() {
        let s = open("v=2&m_sent=400&view=uncertainty");
        assert!(varied(&s).iter().all(|v| !v.narrowed()));
        assert!(how_sure::counts_note(&varied(&s)).is_empty());
    }

    #[test]
    fn yen_have_no_cents_and_a_larger_hour() {
        let s = open("v=2&cur=JPY&price=15000&hourly=5000");
        assert_eq!(s.price, 15000.0);
        assert_eq!(s.hourly, 5000.0);
        let text = Sentence::new().num(Num::Money(15000.0)).plain(s.currency);
        assert_eq!(text, "¥15,000");
        let answer = calculator::month_answer(&compute(&s), s.currency).plain(s.currency);
        assert!(!answer.contains(".00"), "{answer}");
    }
}
