//! The browser side of autosave: JSON through the browser's own parser (no JSON
//! library in the wasm) and `localStorage` (downloads and picked files: `app::files`).
//!
//! Each framework keeps its own autosaved work under `spbe.work.<framework>`; the work saved
//! before there were several frameworks (`spbe.work`, SPBE 2020, schema 1) is read once and
//! moved under its framework's key. A framework the user opened travels inside its work, so it
//! is back after a reload. Saved data this version cannot read is moved aside, never deleted.

use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::document::{DocError, Document, Header, Work};
use crate::engine::model::Origin;
use crate::engine::{Framework, ModelError, Text};

use super::registry::parse_json;
use crate::web::JsonError;
pub use crate::web::{today, write_json};

/// Where a framework's autosaved work lives.
pub const PREFIX: &str = "spbe.work.";
/// Where the work was saved before there were several frameworks (SPBE 2020 only).
pub const LEGACY_KEY: &str = "spbe.work";
/// The framework used last, opened again on a visit without a link.
pub const LAST_MODEL_KEY: &str = "spbe.model";
/// Saved data this version cannot read is moved under its key plus this, never deleted.
pub const UNREADABLE: &str = ".unreadable";

/// The autosave key of a framework.
pub fn key(model: &str) -> String {
    format!("{PREFIX}{model}")
}

/// JSON text → the document, unchecked (a newer version's or another program's document is
/// named as such).
pub fn parse_document(text: &str) -> Result<Document, DocError> {
    parse_json(text).map_err(|e| match e {
        JsonError::Limit(l) => DocError::Limit(l),
        JsonError::Syntax(m) => Header::fault(parse_json(text).ok(), m),
    })
}

/// JSON text → checked work for `fw`.
pub fn read_json(text: &str, fw: &Framework) -> Result<Work, DocError> {
    parse_document(text)?.into_work(fw)
}

/// The framework file as JSON text (for the XLSX module).
pub fn model_json(fw: &Framework) -> String {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    fw.raw
        .serialize(&serializer)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

pub fn storage() -> Option<web_sys::Storage> {
    // Natively (the prerender) there is no browser and nothing saved.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    gloo_utils::window().local_storage().ok().flatten()
}

/// What storage holds for a framework.
pub enum Saved {
    Nothing,
    Work(Box<Work>),
    /// Unreadable or from a newer version: kept aside (`…unreadable`).
    KeptAside(DocError),
}

/// Read a framework's autosaved work; anything unreadable is moved aside, not dropped. Work
/// saved before there were several frameworks is taken over by its framework.
pub fn load(fw: &Framework) -> Saved {
    let Some(s) = storage() else {
        return Saved::Nothing;
    };
    let own = key(&fw.id);
    let (from, text) = match s.get_item(&own) {
        Ok(Some(text)) => (own.clone(), text),
        _ => match s.get_item(LEGACY_KEY) {
            Ok(Some(text)) if model_field(&text).as_deref() == Some(fw.id.as_str()) => {
                (LEGACY_KEY.to_string(), text)
            }
            _ => return Saved::Nothing,
        },
    };
    match read_json(&text, fw) {
        Ok(w) => {
            if from == LEGACY_KEY && s.set_item(&own, &text).is_ok() {
                let _ = s.remove_item(LEGACY_KEY);
            }
            Saved::Work(Box::new(w))
        }
        Err(e) => {
            if s.set_item(&format!("{from}{UNREADABLE}"), &text).is_ok() {
                let _ = s.remove_item(&from);
            }
            Saved::KeptAside(e)
        }
    }
}

/// Save a framework's work; `false` when the browser refuses (storage off or full).
pub fn save(model: &str, text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(&key(model), text).is_ok())
}

/// The framework used last, if remembered; before there was a choice of framework, the one
/// the saved work is for (so a returning user finds the work where it was).
pub fn last_model() -> Option<String> {
    let s = storage()?;
    if let Ok(Some(model)) = s.get_item(LAST_MODEL_KEY) {
        return Some(model);
    }
    model_field(&s.get_item(LEGACY_KEY).ok().flatten()?)
}

/// The `model` field of saved JSON, even when the rest of it cannot be read.
fn model_field(text: &str) -> Option<String> {
    let value = js_sys::JSON::parse(text).ok()?;
    js_sys::Reflect::get(&value, &JsValue::from_str("model"))
        .ok()?
        .as_string()
}

pub fn remember_model(model: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LAST_MODEL_KEY, model);
    }
}

/// The frameworks the user opened earlier, as kept with their saved work: `(id, name)`. Read
/// with the browser's JSON parser only (the framework bar lists them; the documents are
/// checked when one is opened).
pub fn saved_user_frameworks() -> Vec<(String, Text)> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).ok();
    (0..n)
        .filter_map(|k| s.key(k).ok().flatten())
        .filter(|k| k.starts_with(PREFIX) && !k.ends_with(UNREADABLE))
        .filter_map(|k| {
            let value = js_sys::JSON::parse(&s.get_item(&k).ok().flatten()?).ok()?;
            let framework = get(&value, "framework").filter(|f| f.is_object())?;
            let id = get(&framework, "id")?.as_string()?;
            let name = get(&framework, "name")?;
            let text = |lang: &str| get(&name, lang).and_then(|t| t.as_string());
            (k[PREFIX.len()..] == id).then(|| {
                let id_name = text("id").unwrap_or_else(|| id.clone());
                let en = text("en").unwrap_or_else(|| id_name.clone());
                (id, Text { id: id_name, en })
            })
        })
        .collect()
}

/// Every id the app can load: the catalogue's, the user's frameworks loaded on this page and
/// those kept with saved work.
pub fn known_ids() -> Vec<String> {
    let mut ids: Vec<String> = super::registry::catalog()
        .0
        .iter()
        .map(|e| e.id.clone())
        .collect();
    for f in super::registry::loaded() {
        if !ids.contains(&f.id) {
            ids.push(f.id.clone());
        }
    }
    for (id, _) in saved_user_frameworks() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Whether there is saved work for a framework (its own key, or the key used before there
/// were several frameworks with its id in it): only then is the keep chunk needed at start.
pub fn has_saved(model: &str) -> bool {
    let Some(s) = storage() else {
        return false;
    };
    if matches!(s.get_item(&key(model)), Ok(Some(_))) {
        return true;
    }
    matches!(s.get_item(LEGACY_KEY), Ok(Some(text)) if model_field(&text).as_deref() == Some(model))
}

/// The saved work of `fw`, read by the keep chunk (fetched first when there is work to read).
/// When that chunk cannot be fetched the work stays where it is, unread and never overwritten
/// (the autosave needs the same chunk).
pub async fn saved(fw: &Framework) -> Saved {
    if !has_saved(&fw.id) {
        return Saved::Nothing;
    }
    match super::parts::KEEP.ensure().await {
        Ok(keep) => (keep.load)(fw),
        Err(_) => Saved::Nothing,
    }
}

/// The saved work of `fw` now: the keep chunk was fetched at start when there was any
/// ([`super::start`]).
pub fn saved_now(fw: &Framework) -> Saved {
    match super::parts::KEEP.get() {
        Some(keep) if has_saved(&fw.id) => (keep.load)(fw),
        _ => Saved::Nothing,
    }
}

/// A user's framework kept with its saved work, validated (None: nothing saved under `id`).
pub fn saved_user_framework(id: &str) -> Option<Result<Framework, ModelError>> {
    let text = storage()?.get_item(&key(id)).ok().flatten()?;
    let raw = parse_document(&text).ok()?.framework?;
    Some(Framework::from_raw_as(raw, Origin::User))
}

/// This page's address without its fragment: what a link's `#…` is added to.
pub fn page_base() -> String {
    let location = gloo_utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// JSON text → a JavaScript value, by the browser's parser (a fault in its words).
pub fn js_parse(text: &str) -> Result<JsValue, DocError> {
    js_sys::JSON::parse(text).map_err(|e| {
        DocError::Syntax(
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default(),
        )
    })
}
