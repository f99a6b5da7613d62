//! When the calculator itself fails (a bug: the app never panics on input), the page must not
//! freeze without a word. The panic hook logs the panic's text and hands it to the page's
//! `window.spbeStopped` (assets/main.js), which puts a notice over the page in the user's
//! language: what happened, that the work up to the last change is saved on this device
//! (autosave writes every change), how to go on (reload), and the text to copy into a bug
//! report. The notice is drawn by the page, not by the module: after a panic the app's state
//! cannot be trusted, and after a trap (a `WebAssembly.RuntimeError`, which no panic hook sees;
//! main.js catches those) the module cannot be called at all. The same notice serves both.

use wasm_bindgen::{JsCast, JsValue};

/// Install the hook (once, at start; through Yew, which would otherwise put its own in place
/// when the app is rendered).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let text = format!("spbe-calculator {}: {info}", env!("CARGO_PKG_VERSION"));
        web_sys::console::error_1(&text.as_str().into());
        let shown = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("spbeStopped"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(show) = shown {
            let _ = show.call1(&JsValue::NULL, &JsValue::from_str(&text));
        }
    }));
}
