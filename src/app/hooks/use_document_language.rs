//! The page follows the chosen language: `<html lang>`, the title, and the choice remembered in
//! `localStorage` for the next visit.

use yew::prelude::*;

use crate::engine::Lang;
use crate::i18n::strings;

const KEY: &str = "spbe.lang";

fn storage() -> Option<web_sys::Storage> {
    // Storage may be switched off (private mode, embedded frames): then nothing is remembered.
    gloo_utils::window().local_storage().ok().flatten()
}

/// The language remembered from an earlier visit, if any.
pub fn remembered_language() -> Option<Lang> {
    storage()?
        .get_item(KEY)
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
}

#[hook]
pub fn use_document_language(lang: Lang, remember: bool) {
    use_effect_with(lang, move |lang| {
        let doc = gloo_utils::document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(strings(*lang).app_title);
        if let Some(s) = storage().filter(|_| remember) {
            let _ = s.set_item(KEY, lang.code());
        }
    });
}
