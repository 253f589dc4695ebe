//! The page's views: one tool (or a few) on screen at a time, named in the link as `view=`
//! (CONTRACT.md), so a link opens the tool it was sent from.

/// A view of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Calculator,
    FirstMove,
    List,
    Safety,
    Sequences,
    Messages,
    Metrics,
    Own,
    Bank,
    Uncertainty,
    Plans,
    Compare,
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 12] = [
        View::Calculator,
        View::FirstMove,
        View::Plans,
        View::Uncertainty,
        View::Bank,
        View::List,
        View::Safety,
        View::Sequences,
        View::Messages,
        View::Metrics,
        View::Own,
        View::Compare,
    ];

    /// The `view=` value.
    pub fn key(self) -> &'static str {
        match self {
            View::Calculator => "calculator",
            View::FirstMove => "first-move",
            View::List => "list",
            View::Safety => "safety",
            View::Sequences => "sequences",
            View::Messages => "messages",
            View::Metrics => "metrics",
            View::Own => "own",
            View::Bank => "bank",
            View::Uncertainty => "uncertainty",
            View::Plans => "plans",
            View::Compare => "compare",
        }
    }

    /// The tab's name.
    pub fn label(self) -> &'static str {
        match self {
            View::Calculator => "Calculator",
            View::FirstMove => "First move",
            View::List => "A list",
            View::Safety => "Safety",
            View::Sequences => "Sequences",
            View::Messages => "Messages",
            View::Metrics => "Metrics",
            View::Own => "Your numbers",
            View::Bank => "Credit bank",
            View::Uncertainty => "How sure",
            View::Plans => "Best plan",
            View::Compare => "Saved & compare",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// The view after or before this one, wrapping, for arrow keys on the tabs.
    pub fn step(self, forward: bool) -> View {
        let i = View::ALL.iter().position(|&v| v == self).unwrap_or(0);
        let n = View::ALL.len();
        View::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_arrows_wrap() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
            assert_eq!(v.step(true).step(false), v);
        }
        assert_eq!(View::Calculator.step(false), View::Compare);
        assert_eq!(View::from_key("bank"), Some(View::Bank));
        assert_eq!(View::from_key("plan"), None);
    }
}
