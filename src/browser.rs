//! The few browser calls the page makes outside Leptos: the address bar, the clipboard, the
//! clock, downloads and picked files. Everything here degrades to a value or an error, never a panic.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// False while the build prerenders the page natively (`src/bin/prerender.rs`): the calls a
/// first render makes then answer as a fresh visit with no link would.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Calls `handler` on each `event` at the window for as long as the calling component lives;
/// nothing while the build prerenders the page.
pub fn listen<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: JsCast,
{
    if IN_BROWSER {
        let handle = leptos::prelude::window_event_listener(event, handler);
        leptos::prelude::on_cleanup(move || handle.remove());
    }
}

/// The query string the page was opened with, `?` included (empty when there is none).
pub fn current_query() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    window().location().search().unwrap_or_default()
}

/// The page's address with the given query (no `?`), for copying and for `replaceState`.
pub fn address_with_query(query: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// Rewrites the address bar without a new history entry, so the back button still leaves.
/// The entry keeps its state (which saved scenario it shows).
pub fn replace_query(query: &str) {
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&address_with_query(query)));
    }
}

/// Writes the address bar as a new history entry, so Back returns to the one before. The new
/// entry carries the current one's state: switching view does not change the open scenario.
pub fn push_query(query: &str) {
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.push_state_with_url(&state, "", Some(&address_with_query(query)));
    }
}

/// The text kept in the current history entry's state, if any. It survives a reload and a
/// restored tab, and a new address typed into the tab starts without it.
pub fn history_state() -> Option<String> {
    if !IN_BROWSER {
        return None;
    }
    window().history().ok()?.state().ok()?.as_string()
}

/// Sets (or with `None` clears) the current history entry's state, leaving the address as it is.
pub fn set_history_state(text: Option<&str>) {
    if let Ok(history) = window().history() {
        let state = text.map_or(JsValue::NULL, JsValue::from_str);
        let _ = history.replace_state(&state, "");
    }
}

/// Sets the tab's title.
pub fn set_title(title: &str) {
    leptos::prelude::document().set_title(title);
}

/// Copies text to the clipboard; the error says why it could not.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = window().navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return Err("this browser gives the page no clipboard".to_string());
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| {
            js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "the browser refused".to_string())
        })
}

/// The browser's `navigator.share`, where it has one (phones, some desktops).
fn share_function() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window().navigator(), &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}

/// Whether the browser offers the system share sheet.
pub fn can_share() -> bool {
    IN_BROWSER && share_function().is_some()
}

/// Opens the system share sheet with a link and its title: `Ok(true)` once shared,
/// `Ok(false)` when the person closed the sheet, the error otherwise.
pub async fn share(title: &str, url: &str) -> Result<bool, String> {
    let share = share_function().ok_or("this browser has no share sheet")?;
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let promise = share
        .call1(&window().navigator(), &data)
        .map_err(|_| "the browser refused".to_string())?;
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Ok(true),
        Err(e) => {
            let field = |k: &str| {
                js_sys::Reflect::get(&e, &k.into())
                    .ok()
                    .and_then(|m| m.as_string())
            };
            if field("name").as_deref() == Some("AbortError") {
                Ok(false)
            } else {
                Err(field("message").unwrap_or_else(|| "the browser refused".to_string()))
            }
        }
    }
}

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// A random number in [0, 1).
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// A high-resolution clock in milliseconds, for timing work the benchmark reads.
pub fn clock() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// A `data:` address holding `text`, for a download link (no server, no object URL to revoke).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    )
}

/// Points the clicked link at `url` just before the browser follows it, so a download is
/// built only when asked for.
pub fn set_link_href(ev: &web_sys::MouseEvent, url: &str) {
    if let Some(link) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = link.set_attribute("href", url);
    }
}

/// The files picked in the `<input type=file>` an event came from. The input is cleared, so
/// picking the same files again (after a cancelled import) reads them again.
pub fn take_picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map_or_else(Vec::new, files_of);
    input.set_value("");
    files
}

/// The files of a file list, in order.
pub fn files_of(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads the file picked in the `<input type=file>` an event came from as text, then calls
/// `done` with it or with a sentence saying why it could not be read.
pub fn read_picked_file(ev: &web_sys::Event, done: impl FnOnce(Result<String, String>) + 'static) {
    let Some(file) = take_picked_files(ev).into_iter().next() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        done(text.ok_or_else(|| format!("Could not read “{}” as text.", file.name())));
    });
}

/// Resolves when the browser is next idle (after at most two seconds), so work that can wait
/// never competes with what the user is looking at.
pub async fn idle() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let idle = js_sys::Reflect::get(&window(), &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
        let asked = idle.map(|f| f.call2(&window(), &resolve, &options).is_ok());
        if asked != Some(true) {
            // Safari has no requestIdleCallback: wait a moment instead.
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200);
        }
    });
    let _ = JsFuture::from(wait).await;
}

/// Whether the reader asked the browser to save data (`navigator.connection.saveData`).
pub fn saves_data() -> bool {
    js_sys::Reflect::get(&window().navigator(), &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Resolves at the reader's first tap, click or key on the page, or after `ms`, whichever
/// comes first.
pub async fn first_interaction_or(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let w = window();
        // `{ once, passive, capture }` as a plain object: no web-sys binding for so little.
        let options = js_sys::Object::new();
        for flag in ["once", "passive", "capture"] {
            let _ = js_sys::Reflect::set(&options, &flag.into(), &true.into());
        }
        let listen = js_sys::Reflect::get(&w, &"addEventListener".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(listen) = listen {
            for event in ["pointerdown", "keydown"] {
                let _ = listen.call3(&w, &event.into(), &resolve, &options);
            }
        }
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(wait).await;
}

/// Resolves in a later task, so the browser can paint and handle input in between: through
/// `scheduler.yield()` where the browser has it (it keeps the page's place in line), else a
/// zero timeout.
pub async fn next_task() {
    let scheduler = js_sys::Reflect::get(&window(), &"scheduler".into()).ok();
    let yielded = scheduler.filter(|s| !s.is_undefined()).and_then(|s| {
        let f = js_sys::Reflect::get(&s, &"yield".into()).ok()?;
        let f = f.dyn_into::<js_sys::Function>().ok()?;
        f.call0(&s).ok()?.dyn_into::<js_sys::Promise>().ok()
    });
    let wait = yielded.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        })
    });
    let _ = JsFuture::from(wait).await;
}

/// How long the page works on a file before letting the browser paint and handle input.
const SLICE_MS: f64 = 8.0;

/// Yields to the browser once the page has worked `SLICE_MS` since it last did, so reading a
/// file of tens of MB never freezes the page.
pub struct Pace {
    since: f64,
}

impl Pace {
    pub fn new() -> Pace {
        Pace { since: clock() }
    }

    pub async fn breathe(&mut self) {
        if clock() - self.since >= SLICE_MS {
            next_task().await;
            self.since = clock();
        }
    }
}

impl Default for Pace {
    fn default() -> Self {
        Pace::new()
    }
}

/// What a reader of pieces says after each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    More,
    Stop,
}

/// How reading a stream ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// Every piece was read.
    Whole,
    /// The reader said to stop (the stream is cancelled).
    Stopped,
    /// The browser could not read or unpack it.
    Failed,
}

/// The most a reader is handed at once: the browser's own chunks can be a megabyte or more,
/// and reading one whole would hold the page for longer than a frame.
pub const PIECE: usize = 64 * 1024;

/// Hands a stream's pieces, at most [`PIECE`] bytes each, to `each` as the browser reads them,
/// yielding to the page between them ([`Pace`]).
pub async fn read_pieces(
    stream: web_sys::ReadableStream,
    pace: &mut Pace,
    each: &mut dyn FnMut(&[u8]) -> Flow,
) -> Ended {
    let Ok(chunks) = stream
        .get_reader()
        .dyn_into::<web_sys::ReadableStreamDefaultReader>()
    else {
        return Ended::Failed;
    };
    loop {
        let Ok(next) = JsFuture::from(chunks.read()).await else {
            return Ended::Failed;
        };
        if js_sys::Reflect::get(&next, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            return Ended::Whole;
        }
        let Some(chunk) = js_sys::Reflect::get(&next, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
        else {
            continue;
        };
        for piece in chunk.to_vec().chunks(PIECE) {
            if each(piece) == Flow::Stop {
                let _ = chunks.cancel();
                return Ended::Stopped;
            }
            pace.breathe().await;
        }
    }
}

/// Loads the page again from the server: after a new release, the page it gets names the
/// files that exist now.
pub fn reload() {
    let _ = window().location().reload();
}
