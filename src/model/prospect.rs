//! One prospect, as the first-move questionnaire describes them (SPEC §4). The answers travel
//! in the share link as the `p_*` parameters of CONTRACT.md.

use super::address::Notice;

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

    /// CONTRACT.md: everything defaults to no, except a personalized message and an active
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

    /// Largest count accepted: more than any plan or cap allows.
    pub fn max(self) -> f64 {
        match self {
            Left::Invites => 1000.0,
            Left::Credits => 1000.0,
            Left::Notes => 100.0,
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
    pub fn set_left(&mut self, left: Left, value: Option<f64>) -> Result<(), String> {
        if let Some(v) = value {
            if !v.is_finite() || v.fract() != 0.0 || v < 0.0 || v > left.max() {
                return Err(format!("must be a whole number from 0 to {}", left.max()));
            }
        }
        self.left[left as usize] = value;
        Ok(())
    }

    /// Applies one `p_*` share-link parameter; `None` when the key is not a prospect one.
    pub(crate) fn apply_param(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        let notice = |reason: String| Notice {
            param: key.to_string(),
            reason,
        };
        if key == "p_rel" {
            return Some(match Relationship::from_key(value) {
                Some(r) => {
                    self.relationship = r;
                    Ok(())
                }
                None => Err(notice(format!(
                    "“{value}” is not a relationship; expected cold, engaged or connected"
                ))),
            });
        }
        if let Some(flag) = Flag::ALL.into_iter().find(|f| f.key() == key) {
            let on = match value {
                "0" => false,
                "1" => true,
                _ => return Some(Err(notice(format!("“{value}” must be 0 or 1")))),
            };
            self.set_flag(flag, on);
            return Some(Ok(()));
        }
        let left = Left::ALL.into_iter().find(|l| l.key() == key)?;
        let parsed = value
            .trim()
            .parse::<f64>()
            .map_err(|_| format!("“{value}” is not a number"));
        Some(
            parsed
                .and_then(|v| self.set_left(left, Some(v)))
                .map_err(notice),
        )
    }

    /// The `p_*` parameters that differ from the defaults, in a fixed order.
    pub(crate) fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.relationship != Relationship::Cold {
            out.push(("p_rel", self.relationship.key().to_string()));
        }
        for flag in Flag::ALL {
            if self.flag(flag) != flag.default_value() {
                out.push((
                    flag.key(),
                    if self.flag(flag) { "1" } else { "0" }.to_string(),
                ));
            }
        }
        for left in Left::ALL {
            if let Some(v) = self.left_given(left) {
                out.push((left.key(), v.to_string()));
            }
        }
        out
    }

    /// Every problem of a prospect read from untrusted data.
    pub fn problems(&self) -> Vec<String> {
        Left::ALL
            .into_iter()
            .filter_map(|l| {
                let mut copy = self.clone();
                copy.set_left(l, self.left_given(l))
                    .err()
                    .map(|e| format!("{}: {e}", l.label()))
            })
            .collect()
    }
}
