//! The LinkedIn plan catalogue of docs/model.md#facts-and-defaults: what each plan costs and allows, every figure with
//! where it comes from, so the page can show a source beside each default.

use super::sources::{self, Cite, Source};

/// A LinkedIn plan, as the share link names it (`plan=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PlanId {
    Free,
    PremiumCareer,
    PremiumBusiness,
    RecruiterLite,
    #[default]
    SalesNavCore,
}

impl PlanId {
    /// Every plan, in the order the picker lists them.
    pub const ALL: [PlanId; 5] = [
        PlanId::Free,
        PlanId::PremiumCareer,
        PlanId::PremiumBusiness,
        PlanId::RecruiterLite,
        PlanId::SalesNavCore,
    ];

    /// The value used in the share link (docs/link-format.md).
    pub fn key(self) -> &'static str {
        self.plan().key
    }

    /// Reads a share-link value; `None` for anything that is not a plan key.
    pub fn from_key(key: &str) -> Option<PlanId> {
        PlanId::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The catalogue entry of this plan.
    pub fn plan(self) -> &'static Plan {
        match self {
            PlanId::Free => &FREE,
            PlanId::PremiumCareer => &PREMIUM_CAREER,
            PlanId::PremiumBusiness => &PREMIUM_BUSINESS,
            PlanId::RecruiterLite => &RECRUITER_LITE,
            PlanId::SalesNavCore => &SALES_NAV_CORE,
        }
    }
}

/// One plan's figures. Prices carry the date they were true because they change.
#[derive(Debug, PartialEq)]
pub struct Plan {
    pub id: PlanId,
    pub key: &'static str,
    pub name: &'static str,
    /// Default monthly price in USD.
    pub price: f64,
    /// Default price a month when billed yearly, where the catalogue has one
    /// (docs/model.md#billing); the year is paid at once, twelve times this.
    pub yearly_price: Option<f64>,
    /// Other prices quoted for the same plan, shown so the user can judge the default.
    pub price_range: &'static str,
    pub price_as_of: &'static str,
    pub price_source: Cite,
    pub credits: u32,
    /// Why the plan has the credits it has, where the bare number needs it.
    pub credits_note: &'static str,
    pub credits_source: Cite,
    /// Most credits the bank can hold at the plan's own credits (0 where the plan has no
    /// InMail); see [`Plan::bank_cap_for`].
    pub bank_cap: u32,
    /// Where the cap is a number of months' credits rather than a fixed figure (Recruiter
    /// Lite's four), so it follows credits the rep types.
    pub bank_months: Option<u32>,
    pub bank_source: Cite,
    /// Personalized connection notes a month; `None` means unlimited.
    pub note_quota: Option<u32>,
    pub note_length: u32,
    /// The note quota and length in words, with where the sources disagree.
    pub notes_note: &'static str,
    pub notes_source: Cite,
    /// Whether the plan may message Open Profile members for free.
    pub open_profile: bool,
}

impl Plan {
    /// The default price a month under this billing; a plan with one price has it under both.
    pub fn price_for(&self, billing: Billing) -> f64 {
        match billing {
            Billing::Yearly => self.yearly_price.unwrap_or(self.price),
            Billing::Monthly => self.price,
        }
    }

    /// Whether the catalogue prices this plan billed yearly as well as monthly.
    pub fn bills_yearly(&self) -> bool {
        self.yearly_price.is_some()
    }

    pub fn is_premium(&self) -> bool {
        self.id != PlanId::Free
    }

    /// The bank's cap with `credits` granted a month: a fixed figure that typing other credits
    /// does not move, or a number of months' credits that follows them.
    pub fn bank_cap_for(&self, credits: f64) -> f64 {
        match self.bank_months {
            Some(months) => f64::from(months) * credits,
            None => f64::from(self.bank_cap),
        }
    }

    /// The most credits a month the plan's bank can take in: above a fixed cap, one month's
    /// grant would not fit. `None` where the cap follows the credits.
    pub fn credits_max(&self) -> Option<f64> {
        match self.bank_months {
            Some(_) => None,
            None if self.is_premium() => Some(f64::from(self.bank_cap)),
            None => None,
        }
    }
}

/// How the plan is paid for (`billing=` in the link): a month at a time, or a year at once at a
/// lower price a month where the catalogue has one (docs/model.md#billing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Billing {
    #[default]
    Monthly,
    Yearly,
}

impl Billing {
    pub const ALL: [Billing; 2] = [Billing::Monthly, Billing::Yearly];

    /// The value used in the share link (docs/link-format.md).
    pub fn key(self) -> &'static str {
        match self {
            Billing::Monthly => "monthly",
            Billing::Yearly => "yearly",
        }
    }

    pub fn from_key(key: &str) -> Option<Billing> {
        Billing::ALL.into_iter().find(|b| b.key() == key)
    }

    /// As the plan picker offers it.
    pub fn label(self) -> &'static str {
        match self {
            Billing::Monthly => "Billed monthly",
            Billing::Yearly => "Billed yearly",
        }
    }
}

/// Days after an InMail within which its reply returns the credit (docs/model.md#credit-bank):
/// the reply delay's field stops the day before.
pub const REFUND_DAYS: u32 = 90;

const PREMIUM_NOTES: &str = "No limit on personalized notes, 300 characters each";
const PREMIUM_PRICE_SOURCE: Cite = &[Source::OutboundGuide, Source::PricePages];
/// The 3 × monthly cap of Premium plans: LinkedIn Help states it; the long guide marks it N/A.
const PREMIUM_BANK: Cite = &[Source::HelpInmailMessages, Source::HelpInmailCredits];

pub static FREE: Plan = Plan {
    id: PlanId::Free,
    key: "free",
    name: "Free (Basic)",
    price: 0.0,
    yearly_price: None,
    price_range: "free",
    price_as_of: "2026",
    price_source: sources::OUTBOUND,
    credits: 0,
    credits_note: "InMail needs a premium subscription",
    credits_source: sources::OUTBOUND,
    bank_cap: 0,
    bank_months: None,
    bank_source: sources::OUTBOUND,
    note_quota: Some(5),
    note_length: 200,
    notes_note: "5 personalized notes a month (LinkedIn Help; the Outbound System guide says 3), 200 characters each",
    notes_source: &[Source::HelpPersonalizedInvitations, Source::OutboundGuide],
    open_profile: false,
};

pub static PREMIUM_CAREER: Plan = Plan {
    id: PlanId::PremiumCareer,
    key: "premium_career",
    name: "Premium Career",
    price: 29.99,
    yearly_price: None,
    price_range: "$29.99–$39.99",
    price_as_of: "2026",
    price_source: PREMIUM_PRICE_SOURCE,
    credits: 5,
    credits_note: "",
    credits_source: sources::CREDITS,
    bank_cap: 15,
    bank_months: None,
    bank_source: PREMIUM_BANK,
    note_quota: None,
    note_length: 300,
    notes_note: PREMIUM_NOTES,
    notes_source: sources::OUTBOUND,
    open_profile: true,
};

pub static PREMIUM_BUSINESS: Plan = Plan {
    id: PlanId::PremiumBusiness,
    key: "premium_business",
    name: "Premium Business",
    price: 59.99,
    yearly_price: None,
    price_range: "within Premium's $29–$60 range",
    price_as_of: "2026",
    price_source: PREMIUM_PRICE_SOURCE,
    credits: 15,
    credits_note: "",
    credits_source: sources::CREDITS,
    bank_cap: 45,
    bank_months: None,
    bank_source: PREMIUM_BANK,
    note_quota: None,
    note_length: 300,
    notes_note: PREMIUM_NOTES,
    notes_source: sources::OUTBOUND,
    open_profile: true,
};

pub static RECRUITER_LITE: Plan = Plan {
    id: PlanId::RecruiterLite,
    key: "recruiter_lite",
    name: "Recruiter Lite",
    price: 170.0,
    yearly_price: None,
    price_range: "quoted $140–$180",
    price_as_of: "2026",
    price_source: &[Source::PricePages],
    credits: 30,
    credits_note: "",
    credits_source: sources::CREDITS,
    bank_cap: 120,
    bank_months: Some(4),
    bank_source: &[Source::HelpRecruiterCredits],
    note_quota: None,
    note_length: 300,
    notes_note: PREMIUM_NOTES,
    notes_source: sources::OUTBOUND,
    open_profile: true,
};

pub static SALES_NAV_CORE: Plan = Plan {
    id: PlanId::SalesNavCore,
    key: "sales_nav_core",
    name: "Sales Navigator Core",
    price: 99.0,
    yearly_price: Some(89.99),
    price_range: "also quoted $119.99 monthly, $89.99 billed yearly",
    price_as_of: "2026",
    price_source: sources::OUTBOUND,
    credits: 50,
    credits_note: "the Outreach Tactics guide says “typically 20–50”",
    credits_source: sources::CREDITS,
    bank_cap: 150,
    bank_months: None,
    bank_source: &[Source::OutboundGuide, Source::HelpInmailMessages],
    note_quota: None,
    note_length: 300,
    notes_note: PREMIUM_NOTES,
    notes_source: sources::OUTBOUND,
    open_profile: true,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_the_contract() {
        let keys: Vec<_> = PlanId::ALL.iter().map(|p| p.key()).collect();
        assert_eq!(
            keys,
            [
                "free",
                "premium_career",
                "premium_business",
                "recruiter_lite",
                "sales_nav_core"
            ]
        );
        for plan in PlanId::ALL {
            assert_eq!(PlanId::from_key(plan.key()), Some(plan));
            assert_eq!(plan.plan().id, plan);
        }
        assert_eq!(PlanId::from_key("Sales_Nav_Core"), None);
    }

    #[test]
    fn catalogue_figures_match_spec_section_1() {
        let figures: Vec<_> = PlanId::ALL
            .iter()
            .map(|p| {
                let p = p.plan();
                (p.price, p.credits, p.bank_cap, p.open_profile)
            })
            .collect();
        assert_eq!(
            figures,
            [
                (0.0, 0, 0, false),
                (29.99, 5, 15, true),
                (59.99, 15, 45, true),
                (170.0, 30, 120, true),
                (99.0, 50, 150, true),
            ]
        );
        assert_eq!(FREE.note_quota, Some(5));
        assert_eq!(FREE.note_length, 200);
        assert!(PlanId::ALL[1..]
            .iter()
            .all(|p| p.plan().note_quota.is_none() && p.plan().note_length == 300));
    }

    #[test]
    fn only_sales_navigator_has_a_yearly_price_and_it_is_the_guides_89_99() {
        assert_eq!(SALES_NAV_CORE.price_for(Billing::Yearly), 89.99);
        assert_eq!(SALES_NAV_CORE.price_for(Billing::Monthly), 99.0);
        let yearly: Vec<_> = PlanId::ALL
            .into_iter()
            .filter(|p| p.plan().bills_yearly())
            .collect();
        assert_eq!(yearly, [PlanId::SalesNavCore]);
        assert_eq!(PREMIUM_CAREER.price_for(Billing::Yearly), 29.99);
        assert_eq!(Billing::from_key("yearly"), Some(Billing::Yearly));
        assert_eq!(Billing::from_key("Yearly"), None);
    }

    #[test]
    fn fixed_caps_stay_and_recruiter_lite_holds_four_months() {
        assert_eq!(SALES_NAV_CORE.bank_cap_for(60.0), 150.0);
        assert_eq!(SALES_NAV_CORE.credits_max(), Some(150.0));
        assert_eq!(RECRUITER_LITE.bank_cap_for(30.0), 120.0);
        assert_eq!(RECRUITER_LITE.bank_cap_for(60.0), 240.0);
        assert_eq!(RECRUITER_LITE.credits_max(), None);
        assert_eq!(FREE.credits_max(), None);
    }

    #[test]
    fn premium_bank_caps_cite_linkedin_help_only() {
        // The long guide marks these caps "N/A": only LinkedIn Help states them.
        for plan in [&PREMIUM_CAREER, &PREMIUM_BUSINESS] {
            assert!(!plan.bank_source.contains(&Source::OutboundGuide));
            assert!(!plan.bank_source.is_empty());
        }
    }
}
