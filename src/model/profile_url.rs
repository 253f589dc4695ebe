//! LinkedIn profile links, reduced to one form so the same person matches across files (and
//! across a prospect list), and turned into a link the page may open.

/// A profile link as the files write it, reduced to one form: lower case, `https://www.`, no
/// query, no trailing slash.
pub fn normalize_url(url: &str) -> String {
    let url = url.trim().to_ascii_lowercase();
    let url = url.split(['?', '#']).next().unwrap_or_default();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    if rest.is_empty() {
        return String::new();
    }
    format!("https://www.{}", rest.trim_end_matches('/'))
}

/// A link to open for a profile address from the files, or `None` where it is not plainly a
/// LinkedIn profile: https, the host `linkedin.com` or one of its subdomains (no user, no
/// port), and a profile's path (`/in/…`, `/pub/…`, or Sales Navigator's `/sales/lead/…` and
/// `/sales/people/…`). Anything else is shown as text, never linked: the files are other
/// people's words.
pub fn profile_link(url: &str) -> Option<String> {
    let url = url.trim().to_ascii_lowercase();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(&url);
    let rest = rest.split(['?', '#']).next()?.trim_end_matches('/');
    let (host, path) = rest.split_once('/')?;
    let host_ok = (host == "linkedin.com" || host.ends_with(".linkedin.com"))
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
    let profile = ["in/", "pub/", "sales/lead/", "sales/people/"]
        .iter()
        .find_map(|p| path.strip_prefix(p))?;
    let path_ok = !profile.is_empty()
        && profile
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '%' | '.' | '/' | ','));
    (host_ok && path_ok).then(|| format!("https://{host}/{path}"))
}
