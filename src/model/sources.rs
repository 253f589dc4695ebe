//! Where every default, benchmark and rule comes from, named the way a reader would look it up:
//! the guide's publisher, title and date, or the LinkedIn Help article's title and address.
//! The page cites these; it never shows file codes or section numbers.

/// One source the app cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The long InMail-vs-connection guide (plans, limits, economics, sequences, templates).
    OutboundGuide,
    /// The connect-first-or-message-first guide, with Reachium's platform data.
    ReachiumGuide,
    HelpInmailCredits,
    HelpSalesNavigatorCredits,
    HelpInmailMessages,
    HelpRecruiterCredits,
    HelpPersonalizedInvitations,
    HelpInmailLength,
    HelpInvitationLimits,
    /// Public price pages other than the guides.
    PricePages,
    /// Other public pages (third-party figures such as "800 Open Profile messages a month").
    ThirdPartyPages,
    /// A modelling choice of this app, stated so the user can change it.
    Assumption,
}

/// The sources behind one figure or rule, most direct first.
pub type Cite = &'static [Source];

impl Source {
    /// The title as a reader would search for it.
    pub fn title(self) -> &'static str {
        match self {
            Source::OutboundGuide => "Outbound System guide, 2026",
            Source::ReachiumGuide => "Outreach Tactics guide, May 2026 (Reachium data)",
            Source::HelpInmailCredits => {
                "LinkedIn Help: “InMail message credits and renewal process”"
            }
            Source::HelpSalesNavigatorCredits => {
                "LinkedIn Help: “InMail crediting and renewal process in Sales Navigator”"
            }
            Source::HelpInmailMessages => "LinkedIn Help: “InMail messages”",
            Source::HelpRecruiterCredits => "LinkedIn Help: “InMail credits in Recruiter”",
            Source::HelpPersonalizedInvitations => "LinkedIn Help: “Personalized invitations”",
            Source::HelpInmailLength => "LinkedIn Help: “InMail character limits”",
            Source::HelpInvitationLimits => "LinkedIn Help: “Invitation limits”",
            Source::PricePages => "public price pages (2026)",
            Source::ThirdPartyPages => "third-party pages (LinkedIn publishes no figure)",
            Source::Assumption => "this calculator's assumption: change it if yours differs",
        }
    }

    /// The full title, for a tooltip and the page's list of sources.
    pub fn full_title(self) -> &'static str {
        match self {
            Source::OutboundGuide => {
                "Outbound System, “LinkedIn InMail vs Connection Request” (2026)"
            }
            Source::ReachiumGuide => {
                "Daniel Okoro, “Should You Connect First or Message First on LinkedIn?”, Outreach Tactics (2026-05-29), with Reachium's platform data"
            }
            other => other.title(),
        }
    }

    /// A link to the article, where one exists.
    pub fn url(self) -> Option<&'static str> {
        match self {
            Source::HelpInmailCredits => {
                Some("https://www.linkedin.com/help/linkedin/answer/57013")
            }
            Source::HelpSalesNavigatorCredits => {
                Some("https://www.linkedin.com/help/sales-navigator/answer/a101030")
            }
            Source::HelpInmailMessages => Some("https://www.linkedin.com/help/linkedin/answer/75"),
            Source::HelpRecruiterCredits => {
                Some("https://www.linkedin.com/help/recruiter/answer/a412114")
            }
            Source::HelpPersonalizedInvitations => {
                Some("https://www.linkedin.com/help/linkedin/answer/a550555")
            }
            Source::HelpInmailLength => {
                Some("https://www.linkedin.com/help/linkedin/answer/a554514")
            }
            _ => None,
        }
    }
}

/// The long guide alone, the most cited source.
pub const OUTBOUND: Cite = &[Source::OutboundGuide];
/// The connect-or-message guide alone.
pub const REACHIUM: Cite = &[Source::ReachiumGuide];
/// Both guides.
pub const BOTH_GUIDES: Cite = &[Source::OutboundGuide, Source::ReachiumGuide];
/// An assumption of this app.
pub const ASSUMPTION: Cite = &[Source::Assumption];
/// The monthly credits of a premium plan.
pub const CREDITS: Cite = &[
    Source::OutboundGuide,
    Source::HelpInmailMessages,
    Source::HelpInmailCredits,
];

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Source; 12] = [
        Source::OutboundGuide,
        Source::ReachiumGuide,
        Source::HelpInmailCredits,
        Source::HelpSalesNavigatorCredits,
        Source::HelpInmailMessages,
        Source::HelpRecruiterCredits,
        Source::HelpPersonalizedInvitations,
        Source::HelpInmailLength,
        Source::HelpInvitationLimits,
        Source::PricePages,
        Source::ThirdPartyPages,
        Source::Assumption,
    ];

    #[test]
    fn titles_name_no_internal_codes() {
        for s in ALL {
            let t = s.title();
            for code in ["000", "004", "SPEC", "§", "Guide "] {
                assert!(!t.contains(code), "{t} shows {code}");
            }
            if let Some(url) = s.url() {
                assert!(url.starts_with("https://www.linkedin.com/help/"));
                assert!(t.starts_with("LinkedIn Help"));
            }
        }
    }
}
