//! The app taking over from the prerendered first screen (`#prerendered` in `index.html`,
//! drawn at build time by `src/bin/prerender.rs` from the same components). The app renders
//! into a root of its own, outside the document; once that rendering is complete it replaces
//! the prerendered screen in one step, so the page does not move:
//!
//! * `fresh` or `stale` (the first visit's screen, with its own or with other values whose
//!   numbers the boot script in `index.html` has hidden): when every part is built (no
//!   `[data-pending]` left, the long table and the summary included — a few short tasks), so
//!   that the page does not shrink and grow again;
//! * `other` (another framework, screen or language: the prerendered screen is hidden whole):
//!   at the first rendering, so that the visit's own screen appears as soon as it can, even
//!   when its part is still on its way.
//!
//! Without a prerendered screen (a page that has none) the root is simply put on the page.

use std::cell::{Cell, RefCell};

use web_sys::Element;
use yew::prelude::*;

thread_local! {
    /// The app's own root until it is on the page.
    static LIVE: RefCell<Option<Element>> = const { RefCell::new(None) };
    /// The replacement is on its way (in the next task).
    static DUE: Cell<bool> = const { Cell::new(false) };
}

/// The root the app renders into: on the page already when there is nothing prerendered,
/// otherwise kept aside until [`check`] puts it there.
pub fn root() -> Option<Element> {
    let doc = gloo_utils::document();
    let root = doc.create_element("div").ok()?;
    root.set_id("app");
    match doc.get_element_by_id("prerendered") {
        Some(_) => LIVE.with(|l| *l.borrow_mut() = Some(root.clone())),
        None => {
            doc.body()?.append_child(&root).ok()?;
        }
    }
    Some(root)
}

/// After each rendering of the app: replace the prerendered screen when it is time, in the
/// next task (not in the one that completed the screen: each stays short on a slow phone).
pub fn check() {
    let Some(root) = LIVE.with(|l| l.borrow().clone()) else {
        return;
    };
    let doc = gloo_utils::document();
    let Some(prerendered) = doc.get_element_by_id("prerendered") else {
        LIVE.with(|l| *l.borrow_mut() = None);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&root);
        }
        return;
    };
    let whole = doc
        .document_element()
        .and_then(|h| h.get_attribute("data-prerender"))
        .is_none_or(|m| m != "other");
    if (whole
        && root
            .query_selector("[data-pending]")
            .ok()
            .flatten()
            .is_some())
        || DUE.replace(true)
    {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        super::tasks::next_task().await;
        LIVE.with(|l| *l.borrow_mut() = None);
        super::tasks::mark("takeover");
        if prerendered.replace_with_with_node_1(&root).is_ok()
            && let Some(h) = gloo_utils::document().document_element()
        {
            let _ = h.remove_attribute("data-prerender");
        }
    });
}

/// [`check`] after every rendering of a component that can hold a part still pending (the
/// calculator, the long lists built a few rows at a time, a part whose chunk is loading).
#[hook]
pub fn use_takeover() {
    use_effect(check);
}

/// Resolves once the app is on the page (the prerendered screen replaced, or none was there).
pub async fn taken_over() {
    while LIVE.with(|l| l.borrow().is_some()) {
        gloo_timers::future::TimeoutFuture::new(16).await;
    }
}
