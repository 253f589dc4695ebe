//! Sharing: the "Copy link" button, "Share" where the browser has a system share sheet, and
//! the notice that names every link parameter that was
//! refused when the page opened (or when a saved scenario was opened).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::hooks::use_page_link;
use crate::model::address::Notice;
use crate::model::scenario::Scenario;

#[component]
pub fn CopyLink(scenario: RwSignal<Scenario>) -> impl IntoView {
    // The outcome of the last copy: Ok(message) or Err(reason and the link to copy by hand).
    let status = RwSignal::new(None::<Result<String, (String, String)>>);
    let page_link = use_page_link(scenario);
    let link = move || browser::address_with_query(&page_link());
    // The system share sheet, where there is one (phones): the link and the scenario's name.
    let can_share = browser::can_share();
    let share = move |_| {
        let link = link();
        let title = scenario.with_untracked(|s| s.display_name().to_string());
        spawn_local(async move {
            match browser::share(&title, &link).await {
                Ok(true) => status.set(Some(Ok("Link shared.".to_string()))),
                Ok(false) => {}
                Err(why) => status.set(Some(Err((
                    format!("Could not share ({why}). Copy the link from here:"),
                    link,
                )))),
            }
        });
    };
    let copy = move |_| {
        let link = link();
        spawn_local(async move {
            let outcome = match browser::copy_text(&link).await {
                Ok(()) => Ok("Link copied. Anyone who opens it sees this scenario.".to_string()),
                Err(why) => Err((
                    format!("Could not copy ({why}). Copy the link from here:"),
                    link,
                )),
            };
            status.set(Some(outcome));
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="primary" data-testid="copy-link" on:click=copy>"Copy link"</button>
            {can_share.then(|| view! {
                <button type="button" class="secondary" data-testid="share-link" on:click=share>"Share"</button>
            })}
            <p class="copy-status" role="status" data-testid="copy-status">
                {move || match status.get() {
                    None => ().into_any(),
                    Some(Ok(message)) => message.into_any(),
                    Some(Err((message, link))) => view! {
                        {message} " "
                        <input class="copy-fallback" type="text" readonly prop:value=link aria-label="Share link" />
                    }.into_any(),
                }}
            </p>
        </div>
    }
}

/// Where an opened scenario's refused values are announced: where they came from ("This link",
/// "The saved scenario …") and each refused value. The page holds one, every view may write it.
pub type Notices = RwSignal<Option<(String, Vec<Notice>)>>;

/// Names every refused parameter. Stays until dismissed; dismissing rewrites the address to
/// the scenario actually shown, so the refused values leave the link too.
#[component]
pub fn LinkNotices(
    /// The refused parameters and where they came from.
    notices: Notices,
) -> impl IntoView {
    let page_link = use_page_link(expect_context::<RwSignal<Scenario>>());
    let dismiss = move |_| {
        notices.set(None);
        browser::replace_query(&page_link());
    };
    view! {
        <Show when=move || notices.with(|n| n.as_ref().is_some_and(|(_, list)| !list.is_empty()))>
            <div class="notice" role="alert" data-testid="link-notices">
                <p>
                    <strong>{move || notices.with(|n| n.as_ref().map(|(origin, _)| origin.clone()))}</strong>
                    " had values this page could not use. Those settings keep their defaults:"
                </p>
                <ul>
                    {move || notices.with(|n| {
                        n.iter()
                            .flat_map(|(_, list)| list.iter())
                            .map(|notice| view! { <li>{notice.to_string()}</li> })
                            .collect_view()
                    })}
                </ul>
                <button type="button" class="secondary" on:click=dismiss>"Dismiss"</button>
            </div>
        </Show>
    }
}
