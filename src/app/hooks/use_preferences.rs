//! What this device remembers for the next visit, and the page following the chosen language:
//! `<html lang>` and the title; the language and the entry layout (compact table or detailed
//! cards, a preference of this device whatever the link says) kept in `localStorage`, with the
//! framework in use; and the texts of a language that come in a chunk of their own (English,
//! in the release build), fetched when the state awaits them.

use yew::prelude::*;

use crate::app::store::Store;
use crate::engine::Lang;
use crate::i18n::strings;
use crate::state::{Action, EntryMode};

const LANG_KEY: &str = "spbe.lang";
const ENTRY_KEY: &str = "spbe.entry";

fn storage() -> Option<web_sys::Storage> {
    // Storage may be switched off (private mode, embedded frames): then nothing is remembered.
    gloo_utils::window().local_storage().ok().flatten()
}

fn remembered(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// The language remembered from an earlier visit, if any.
pub fn remembered_language() -> Option<Lang> {
    remembered(LANG_KEY).and_then(|c| Lang::from_code(&c))
}

/// The entry layout chosen on an earlier visit, if any.
pub fn remembered_entry() -> Option<EntryMode> {
    remembered(ENTRY_KEY).and_then(|c| EntryMode::from_code(&c))
}

/// One effect (each costs the first screen's module its own glue): the page's language and
/// title; the language shown or on its way (once its texts could not be fetched, the one
/// shown), and the framework in use remembered unless
/// another site chose them (`remember`: not embedded); the entry layout remembered always; and a
/// language awaited fetched, then the state turns to it (or says it could not; a language no
/// longer awaited is left alone).
#[hook]
pub fn use_preferences(store: &Store, remember: bool) {
    let dispatcher = store.dispatcher();
    let key = (
        store.lang,
        store.awaited_lang,
        store.entry,
        store.fw.id.clone(),
    );
    use_effect_with(key, move |(lang, awaited, entry, model)| {
        let doc = gloo_utils::document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(strings(*lang).app_title);
        if let Some(s) = storage() {
            let _ = s.set_item(ENTRY_KEY, entry.code());
            if remember {
                let _ = s.set_item(LANG_KEY, awaited.unwrap_or(*lang).code());
                crate::app::storage::remember_model(model);
            }
        }
        if let Some(wanted) = *awaited {
            yew::platform::spawn_local(async move {
                let arrived = crate::app::parts::ENGLISH.ensure().await.is_ok();
                dispatcher.dispatch(Action::TextsLoaded(wanted, arrived));
            });
        }
    });
}
