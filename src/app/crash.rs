//! When the calculator itself fails (a bug: the app never panics on input), the page must not
//! freeze without a word. The panic hook puts a notice over the page in the user's language:
//! what happened, that the work up to the last change is saved on this device (autosave writes
//! every change), how to go on (reload), and the panic's text to copy into a bug report. It
//! uses the DOM directly — after a panic the app's own state cannot be trusted — and nothing
//! that would call back into the wasm (plain text to select, a link to reload).

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

static SHOWN: AtomicBool = AtomicBool::new(false);

/// Install the hook (once, at start; through Yew, which would otherwise put its own in place
/// when the app is rendered).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let text = format!("spbe-calculator {}: {info}", env!("CARGO_PKG_VERSION"));
        web_sys::console::error_1(&text.as_str().into());
        if !SHOWN.swap(true, Ordering::SeqCst) {
            show(&text);
        }
    }));
}

fn show(text: &str) {
    let doc = gloo_utils::document();
    let id = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_none_or(|l| l != "en");
    let (title, body, report, reload) = if id {
        (
            "Kalkulator berhenti karena kesalahan",
            "Pekerjaan Anda sampai perubahan terakhir sudah tersimpan di perangkat ini. Muat ulang halaman untuk melanjutkan; pekerjaan itu akan terbuka lagi.",
            "Bila Anda melaporkan kesalahan ini, sertakan teks berikut:",
            "Muat ulang",
        )
    } else {
        (
            "The calculator stopped because of an error",
            "Your work up to the last change is saved on this device. Reload the page to go on; that work opens again.",
            "If you report this error, include this text:",
            "Reload",
        )
    };
    let Some(body_el) = doc.body() else {
        return;
    };
    let el = |tag: &str| doc.create_element(tag).ok();
    let Some(panel) = el("div") else { return };
    panel.set_class_name("crash");
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-labelledby", "crash-title");
    let _ = panel.set_attribute("aria-describedby", "crash-body");
    let _ = panel.set_attribute("data-testid", "crash");
    let add = |tag: &str, content: &str, attrs: &[(&str, &str)]| {
        if let Some(e) = el(tag) {
            e.set_text_content(Some(content));
            for (k, v) in attrs {
                let _ = e.set_attribute(k, v);
            }
            let _ = panel.append_child(&e);
        }
    };
    add("h2", title, &[("id", "crash-title")]);
    add("p", body, &[("id", "crash-body")]);
    // The page without its fragment: a full load (a link to the same fragment would only
    // scroll); the autosaved work opens without a link.
    let location = gloo_utils::window().location();
    let href = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    add("a", reload, &[("href", &href), ("class", "crash-reload")]);
    add("p", report, &[]);
    add(
        "textarea",
        text,
        &[
            ("readonly", ""),
            ("rows", "4"),
            ("data-testid", "crash-text"),
            ("aria-label", report),
        ],
    );
    let _ = body_el.append_child(&panel);
    // The reload link is the one thing to do: give it the focus.
    if let Some(link) = panel
        .query_selector(".crash-reload")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}
