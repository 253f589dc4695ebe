//! One prospect, as the first-move questionnaire describes them (docs/model.md#first-move). The answers travel
//! in the share link as the `p_*` parameters of docs/link-format.md.

use super::number::{Rule, ValueError};

/// How the rep knows the prospect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Relationship {
    #[default]
    Cold,
    Engaged,
    Connected,
}

impl Relationship {
    pub const ALL: [Relationship; 3] = [
        Relationship::Cold,
        Relationship::Engaged,
        Relationship::Connected,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Relationship::Cold => "cold",
            Relationship::Engaged => "engaged",
            Relationship::Connected => "connected",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Relationship::Cold => "Cold stranger",
            Relationship::Engaged => "Engaged with my content",
            Relationship::Connected => "Existing connection",
        }
    }

    pub fn from_key(key: &str) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// A yes/no answer about the prospect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    Senior,
    OpenProfile,
    Closed,
    Urgent,
    Pending,
    Mutual,
    Active,
    Personal,
    Followups,
}

impl Flag {
    pub const ALL: [Flag; 9] = [
        Flag::Senior,
        Flag::OpenProfile,
        Flag::Closed,
        Flag::Urgent,
        Flag::Pending,
        Flag::Mutual,
        Flag::Active,
        Flag::Personal,
        Flag::Followups,
    ];

    /// The share-link parameter.
    pub fn key(self) -> &'static str {
        match self {
            Flag::Senior => "p_senior",
            Flag::OpenProfile => "p_open",
            Flag::Closed => "p_closed",
            Flag::Urgent => "p_urgent",
            Flag::Pending => "p_pending",
            Flag::Mutual => "p_mutual",
            Flag::Active => "p_active",
            Flag::Personal => "p_personal",
            Flag::Followups => "p_followups",
        }
    }

    /// The question, phrased so "yes" means the flag is set.
    pub fn question(self) -> &'static str {
        match self {
            Flag::Senior => "C-suite or senior decision-maker",
            Flag::OpenProfile => "Has an Open Profile (free to message)",
            Flag::Closed => "Cannot send them a request (closed network)",
            Flag::Urgent => "Time-sensitive",
            Flag::Pending => "My request has been pending 2+ weeks",
            Flag::Mutual => "5+ mutual connections",
            Flag::Active => "Active on LinkedIn",
            Flag::Personal => "My message is personalized (not a template)",
            Flag::Followups => "Will need several follow-ups",
        }
    }

    /// docs/link-format.md: everything defaults to no, except a personalized message and an active
    /// prospect.
    pub fn default_value(self) -> bool {
        matches!(self, Flag::Active | Flag::Personal)
    }
}

/// A count the rep has left, which limits the move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Left {
    Invites,
    Credits,
    Notes,
}

impl Left {
    pub const ALL: [Left; 3] = [Left::Invites, Left::Credits, Left::Notes];

    pub fn key(self) -> &'static str {
        match self {
            Left::Invites => "p_invites_left",
            Left::Credits => "p_credits_left",
            Left::Notes => "p_notes_left",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Left::Invites => "Invitations left this week",
            Left::Credits => "InMail credits left",
            Left::Notes => "Personalized notes left this month",
        }
    }

    /// A whole count, up to more than any plan or cap allows.
    pub fn rule(self) -> Rule {
        match self {
            Left::Invites | Left::Credits => Rule::count(0.0, 1000.0),
            Left::Notes => Rule::count(0.0, 100.0),
        }
    }
}

/// The questionnaire's answers. `None` counts follow the scenario (cap, credits, note quota).
#[derive(Clone, Debug, PartialEq)]
pub struct Prospect {
    pub relationship: Relationship,
    flags: [bool; 9],
    left: [Option<f64>; 3],
}

impl Default for Prospect {
    fn default() -> Self {
        Prospect {
            relationship: Relationship::Cold,
            flags: Flag::ALL.map(Flag::default_value),
            left: [None; 3],
        }
    }
}

impl Prospect {
    pub fn flag(&self, flag: Flag) -> bool {
        self.flags[flag as usize]
    }

    pub fn set_flag(&mut self, flag: Flag, value: bool) {
        self.flags[flag as usize] = value;
    }

    /// A count the user gave, if any.
    pub fn left_given(&self, left: Left) -> Option<f64> {
        self.left[left as usize]
    }

    /// Sets or clears a count; refuses anything but a whole number in range.
    pub fn set_left(&mut self, left: Left, value: Option<f64>) -> Result<(), ValueError> {
        if let Some(v) = value {
            left.rule().check(v)?;
        }
        self.left[left as usize] = value;
        Ok(())
    }

    /// Every count of a prospect read from untrusted data that is out of range.
    pub fn problems(&self) -> Vec<(Left, ValueError)> {
        Left::ALL
            .into_iter()
            .filter_map(|l| {
                let v = self.left_given(l)?;
                l.rule().check(v).err().map(|e| (l, e))
            })
            .collect()
    }
}
