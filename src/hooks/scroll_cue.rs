//! Whether a region that scrolls sideways has more to show on either side, so the page can say
//! so: a table wider than a phone is otherwise cut at the screen's edge with nothing to tell
//! that columns lie beyond it.

use leptos::{html, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast};

/// Which sides of the region hide content; `check` measures again (call it on scroll).
#[derive(Clone, Copy)]
pub struct ScrollCue {
    pub before: ReadSignal<bool>,
    pub after: ReadSignal<bool>,
    set_before: WriteSignal<bool>,
    set_after: WriteSignal<bool>,
    region: NodeRef<html::Div>,
}

impl ScrollCue {
    /// Measures the region: more before it when scrolled away from the start, more after it
    /// while its end is out of sight. A pixel's slack absorbs rounding of fractional widths.
    pub fn check(self) {
        let Some(el) = self.region.get_untracked() else {
            return;
        };
        let left = el.scroll_left();
        let hidden = el.scroll_width() - el.client_width();
        let before = left > 1;
        let after = left < hidden - 1;
        if self.before.get_untracked() != before {
            self.set_before.set(before);
        }
        if self.after.get_untracked() != after {
            self.set_after.set(after);
        }
    }
}

/// Watches `region` (and the element it scrolls) for any change of size: a window resize, a
/// view shown after being hidden, a table whose figures grew. Scrolling is reported by the
/// caller through `check`.
pub fn use_scroll_cue(region: NodeRef<html::Div>) -> ScrollCue {
    let (before, set_before) = signal(false);
    let (after, set_after) = signal(false);
    let cue = ScrollCue {
        before,
        after,
        set_before,
        set_after,
        region,
    };
    // The observer and its callback live as long as the region; the callback must outlive
    // every call the observer can make, so the observer is disconnected first.
    let held = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn Fn()>)>);
    Effect::new(move |_| {
        let Some(el) = region.get() else {
            return;
        };
        let callback = Closure::<dyn Fn()>::new(move || cue.check());
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        if let Some(content) = el.first_element_child() {
            observer.observe(&content);
        }
        held.set_value(Some((observer, callback)));
    });
    on_cleanup(move || {
        held.try_update_value(|h| {
            if let Some((observer, _)) = h.take() {
                observer.disconnect();
            }
        });
    });
    cue
}
