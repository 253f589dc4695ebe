//! Whether a job title names the C-suite (docs/model.md#the-list-knows-the-network): a chief
//! officer (`Chief … Officer`, CEO, CFO, CTO, COO, CMO, CRO, CIO), a founder or co-founder, a
//! president or an owner. Titles that only mention one are not: "Chief of Staff" (no officer),
//! "Vice President", "Assistant to the CEO", "Product Owner", "President's Club" (an award),
//! "CRO Specialist" (conversion rates).

/// Chief officers written short.
const CHIEFS: [&str; 7] = ["ceo", "cfo", "cto", "coo", "cmo", "cro", "cio"];

/// Whether `title` names the C-suite.
pub fn names_c_suite(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    let follows = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    // Someone working for the C-suite, or a title that borrows a word of it.
    if has("assistant") || follows("to", "the") || has("vice") || follows("product", "owner") {
        return false;
    }
    // A word that stands as a title on its own, not as the first word of another phrase:
    // "President's Club" is an award, a "CRO Specialist" optimises conversion rates.
    let titled = |w: &str| {
        words.iter().enumerate().any(|(at, x)| {
            *x == w
                && !matches!(
                    words.get(at + 1).copied(),
                    Some("s" | "specialist" | "manager" | "analyst" | "consultant" | "lead")
                )
        })
    };
    let chief_officer = words
        .iter()
        .position(|w| *w == "chief")
        .is_some_and(|at| words[at + 1..].contains(&"officer"));
    chief_officer
        || CHIEFS.iter().any(|c| titled(c))
        || titled("founder")
        || titled("cofounder")
        || titled("president")
        || titled("owner")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chief_officers_founders_presidents_and_owners() {
        for title in [
            "CEO",
            "Chief Executive Officer",
            "Chief Revenue Officer",
            "Co-Founder",
            "Cofounder",
            "Founder & CEO",
            "President",
            "Owner",
            "CTO / Co-founder",
            "Chief Marketing Officer (CMO)",
            "Founder & CEO | Back to Basics",
        ] {
            assert!(names_c_suite(title), "{title}");
        }
        for title in [
            "VP Sales",
            "Head of Sales",
            "Chief of Staff",
            "Vice President, Sales",
            "Executive Assistant to the CEO",
            "Product Owner",
            "Account Executive | President's Club",
            "CRO Specialist",
            "Account Executive",
            "Director",
            "",
        ] {
            assert!(!names_c_suite(title), "{title}");
        }
    }
}
