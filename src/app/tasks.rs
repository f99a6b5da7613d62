//! Splitting start-up work into separate browser tasks, so that no single task keeps a slow
//! phone's main thread busy for long (each long task delays the first tap).

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::JsFuture;

/// Resolve in a new task: what follows runs after the browser has had a turn (input, paint).
pub async fn next_task() {
    TimeoutFuture::new(0).await;
}

/// Resolve when the page is idle (or after a while where the browser cannot say so).
pub async fn when_idle() {
    let mut supported = true;
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        supported = gloo_utils::window().request_idle_callback(&resolve).is_ok();
    });
    if supported {
        let _ = JsFuture::from(idle).await;
    } else {
        TimeoutFuture::new(1500).await;
    }
}

/// Whether the browser asks to save data (`navigator.connection.saveData`, the `Save-Data`
/// request header): then nothing is fetched ahead of being needed.
pub fn save_data() -> bool {
    navigator_field("connection", "saveData").and_then(|v| v.as_bool()) == Some(true)
}

/// `navigator[object][field]`, where the browser has that object.
fn navigator_field(object: &str, field: &str) -> Option<wasm_bindgen::JsValue> {
    let navigator = gloo_utils::window().navigator();
    js_sys::Reflect::get(&navigator, &object.into())
        .ok()
        .filter(|o| o.is_object())
        .and_then(|o| js_sys::Reflect::get(&o, &field.into()).ok())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// main.js: the service worker fetches and keeps what a visit may need (`warm-first`, a
    /// first visit's chunks; `warm`, the rest on a later visit); resolves to whether it kept
    /// them all (false without a worker).
    #[wasm_bindgen(js_namespace = spbeExtras, js_name = warm)]
    pub fn worker_warm(kind: &str) -> js_sys::Promise;
}

/// Ask the service worker to fetch and keep what a visit may need (`"warm-first"` or
/// `"warm"`, see `assets/sw.js`); true once it has kept it all.
pub async fn worker_keeps(kind: &str) -> bool {
    JsFuture::from(worker_warm(kind))
        .await
        .is_ok_and(|kept| kept.as_bool() == Some(true))
}

/// Whether the browser says it is online (`navigator.onLine`; true where it cannot say).
pub fn online() -> bool {
    gloo_utils::window().navigator().on_line()
}

/// Whether this is a later visit: a service worker controlled the page when it was loaded
/// (`<html data-visit="later">`, written by `main.js` before it registers the worker; the
/// worker's controller itself is set during a first visit too, once the worker takes the page
/// over).
pub fn later_visit() -> bool {
    gloo_utils::document()
        .document_element()
        .and_then(|html| html.get_attribute("data-visit"))
        .is_some_and(|v| v == "later")
}

/// Say that nothing more is fetched ahead (`<html data-warm="done">`, for tests and
/// measurements).
pub fn mark_warm() {
    if let Some(html) = gloo_utils::document().document_element() {
        let _ = html.set_attribute("data-warm", "done");
    }
}

/// A user-timing mark (for measurements).
pub fn mark(name: &str) {
    if let Some(p) = gloo_utils::window().performance() {
        let _ = p.mark(name);
    }
}
