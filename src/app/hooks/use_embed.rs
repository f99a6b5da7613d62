//! An embedded calculator (`embed=1`) talks to the page that embeds it, through the protocol
//! of [`crate::embed`]:
//!
//! * It posts only to its parent window, and only to the parent's origin — read from
//!   `location.ancestorOrigins` (Chromium, Safari) or else the referrer, never `*` — and only
//!   when that origin is in the link's `allow` list, if there is one.
//! * It reads only messages whose `source` is the parent window and whose origin is that
//!   origin; a bad value is refused with a console warning and the work stays as it was.
//! * `ready` once, `change` after it and whenever the levels, framework or language change,
//!   `resize` whenever the page's height changes (a `ResizeObserver` on the root element).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::embed::{FromHost, FromHostRaw, ToHost, origin_allowed, read_host_message};
use crate::engine::Framework;
use crate::state::Action;

use super::super::store::Store;

/// The parent window and its origin, when this page is framed by an allowed origin.
#[derive(Clone)]
struct Host {
    window: web_sys::Window,
    origin: String,
}

fn host(allow: &[String]) -> Option<Host> {
    let w = gloo_utils::window();
    let parent = w.parent().ok().flatten()?;
    if js_sys::Object::is(parent.as_ref(), w.as_ref()) {
        return None;
    }
    let ancestors = js_sys::Reflect::get(&w.location(), &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .and_then(|list| js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)).ok())
        .and_then(|v| v.as_string());
    let origin = ancestors.or_else(|| {
        let referrer = gloo_utils::document().referrer();
        web_sys::Url::new(&referrer).ok().map(|u| u.origin())
    })?;
    if origin_allowed(&origin, allow) {
        Some(Host {
            window: parent,
            origin,
        })
    } else {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "spbe: embedded by {origin}, which is not in the link's allow list; no messages are exchanged"
        )));
        None
    }
}

fn post(host: &Host, message: &ToHost) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(value) = message.serialize(&serializer) {
        let _ = host.window.post_message(&value, &host.origin);
    }
}

/// What lives as long as the calculator: the message listener and the resize observer with
/// its callback.
type Kept = (EventListener, web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// The content's height in CSS pixels (the root element is as tall as what it holds).
fn content_height() -> u32 {
    gloo_utils::document().document_element().map_or(0, |e| {
        e.get_bounding_client_rect().height().ceil().max(0.0) as u32
    })
}

#[hook]
pub fn use_embed(store: Store) {
    let embed = store.mode.embed.clone();
    let host: Rc<Option<Host>> = use_memo((), move |_| embed.and_then(|e| host(&e.allow)));
    let host_again = host.clone();
    // The framework in use, for the listener registered once.
    let current: Rc<RefCell<Rc<Framework>>> = use_mut_ref(|| store.fw.clone());
    *current.borrow_mut() = store.fw.clone();
    // The height last reported.
    let last: Rc<RefCell<u32>> = use_mut_ref(|| 0);
    {
        let (host, dispatcher, last) = (host.clone(), store.dispatcher(), last.clone());
        let ready = ToHost::ready(&store);
        use_effect_with((), move |_| {
            let mut keep: Option<Kept> = None;
            if let Some(h) = host.as_ref().clone() {
                post(&h, &ready);
                let from = h.clone();
                let listener = EventListener::new(&gloo_utils::window(), "message", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let from_parent = e
                        .source()
                        .is_some_and(|s| js_sys::Object::is(s.as_ref(), from.window.as_ref()));
                    if !from_parent || e.origin() != from.origin {
                        return;
                    }
                    let data = e.data();
                    if let Err(limit) = crate::web::js_within_limits(&data) {
                        let why = format!("spbe: the message is refused: {limit}");
                        web_sys::console::warn_1(&JsValue::from_str(&why));
                        return;
                    }
                    let Ok(raw) = serde_wasm_bindgen::from_value::<FromHostRaw>(data) else {
                        return;
                    };
                    match read_host_message(&raw, &current.borrow()) {
                        Ok(Some(FromHost::SetLevels(levels))) => {
                            dispatcher.dispatch(Action::HostLevels(levels))
                        }
                        Ok(Some(FromHost::SetLang(lang))) => {
                            dispatcher.dispatch(Action::SetLang(lang))
                        }
                        Ok(None) => {}
                        Err(why) => web_sys::console::warn_1(&JsValue::from_str(&why)),
                    }
                });
                let to = h.clone();
                let last = last.clone();
                let on_resize = Closure::<dyn FnMut()>::new(move || report_height(&to, &last));
                if let Ok(observer) =
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
                {
                    if let Some(root) = gloo_utils::document().document_element() {
                        observer.observe(&root);
                    }
                    keep = Some((listener, observer, on_resize));
                }
            }
            move || {
                if let Some((_, observer, _)) = keep {
                    observer.disconnect();
                }
            }
        });
    }
    // Built only when there is a host to tell (not on every render of the full app).
    let change = host.is_some().then(|| ToHost::change(&store));
    // After every render, the height too: a browser runs no `ResizeObserver` for a frame out
    // of view (Chromium throttles it), and the host should not wait for a scroll to learn it.
    use_effect(move || {
        if let Some(h) = host.as_ref() {
            report_height(h, &last);
        }
    });
    let host = host_again;
    use_effect_with(change, move |change| {
        if let (Some(h), Some(change)) = (host.as_ref(), change) {
            post(h, change);
        }
    });
}

/// Post the content's height when it differs from the one reported last.
fn report_height(host: &Host, last: &RefCell<u32>) {
    let height = content_height();
    if *last.borrow() != height {
        *last.borrow_mut() = height;
        post(host, &ToHost::resize(height));
    }
}
