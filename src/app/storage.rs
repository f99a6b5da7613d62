//! The browser side of files and autosave: JSON through the browser's own parser (no JSON
//! library in the wasm), `localStorage`, downloads and reading picked or dropped files.
//!
//! Each framework keeps its own autosaved work under `spbe.work.<framework>`; the work saved
//! before there were several frameworks (`spbe.work`, SPBE 2020, schema 1) is read once and
//! moved under its framework's key. A framework the user opened travels inside its work, so it
//! is back after a reload. Saved data this version cannot read is moved aside, never deleted.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::document::{
    DocError, Document, FileKind, Header, Work, carried_framework, file_kind, is_framework,
};
use crate::engine::model::Origin;
use crate::engine::{Framework, Lang, ModelError, Text};

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

/// Offer `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    offer(name, gloo_file::Blob::new_with_options(text, Some(mime)));
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

/// The media type of a workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offer `bytes` as a file download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    offer(name, gloo_file::Blob::new_with_options(bytes, Some(mime)));
}

/// A click on a temporary link to the file; the object URL is revoked when `url` is dropped.
fn offer(name: &str, blob: gloo_file::Blob) {
    let url = gloo_file::ObjectUrl::from(blob);
    let doc = gloo_utils::document();
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
}

/// What a picked or dropped file holds, before it is checked against a framework.
pub enum Picked {
    /// A work document (JSON), and the framework it carries if it is a user's framework.
    Json(Box<Document>, Option<Box<Framework>>),
    /// A CSV file and the framework it names.
    Csv(String, String),
    /// A framework file of the user's own (JSON with `format` and `groups`).
    Framework(Box<Framework>),
    /// An XLSX workbook and the framework its settings sheet names.
    Xlsx(Vec<u8>, String),
    /// A unit's file (its share of a coordinator's work), for the restricted mode: its text
    /// and the framework it names (read in the restricted mode's chunk).
    Share(String, String),
}

/// The file picked in a file input (`change` event), the input cleared so that the same file
/// can be picked again after a fix.
pub fn picked(e: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = yew::TargetCast::target_dyn_into(e)?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// Read a picked or dropped file: size, encoding, then what kind of file it is.
pub async fn read_file(
    file: web_sys::File,
    is_bundled: impl Fn(&str) -> bool,
    lang: Lang,
) -> Result<Picked, DocError> {
    let size = file.size() as usize;
    if size > crate::work::MAX_FILE_BYTES {
        return Err(DocError::TooLarge {
            bytes: size,
            max: crate::work::MAX_FILE_BYTES,
        });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| DocError::Encoding)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = match file_kind(&bytes)? {
        FileKind::Workbook => {
            let model = xlsx_model(&bytes, lang).await?;
            return Ok(Picked::Xlsx(bytes, model));
        }
        FileKind::Csv(text) => {
            let model = crate::csv_file::model_of(text).unwrap_or_default();
            return Ok(Picked::Csv(text.to_string(), model));
        }
        FileKind::Json(text) => text,
    };
    let value = js_parse(text)?;
    let has = |k: &str| js_sys::Reflect::has(&value, &JsValue::from_str(k)).unwrap_or(false);
    let kind = js_sys::Reflect::get(&value, &JsValue::from_str("kind"))
        .ok()
        .and_then(|k| k.as_string());
    if kind.as_deref() == Some(crate::evidence::share::KIND) {
        let model = js_sys::Reflect::get(&value, &JsValue::from_str("model"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        return Ok(Picked::Share(text.to_string(), model));
    }
    if is_framework(has) {
        let fw =
            super::registry::load_model_as(text, Origin::User).map_err(DocError::BadFramework)?;
        if is_bundled(&fw.id) {
            return Err(DocError::ReservedFramework { id: fw.id });
        }
        return Ok(Picked::Framework(Box::new(fw)));
    }
    let doc = parse_document(text)?;
    let carried = carried_framework(&doc, is_bundled)?;
    Ok(Picked::Json(Box::new(doc), carried.map(Box::new)))
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

/// Call `spbeExtras.<name>(...args)` (main.js loads the XLSX module on first use) and await
/// its Promise; `Err` carries the module's message (already in the user's language where the
/// module words it).
async fn extra(name: &str, args: &js_sys::Array) -> Result<JsValue, String> {
    let window = gloo_utils::window();
    let extras = js_sys::Reflect::get(&window, &JsValue::from_str("spbeExtras"))
        .map_err(|_| "no spbeExtras".to_string())?;
    let f: js_sys::Function = js_sys::Reflect::get(&extras, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "the XLSX module is not available".to_string())?;
    let message = |e: JsValue| {
        js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_else(|| "the XLSX module failed".into())
    };
    let promise = f.apply(&extras, args).map_err(message)?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(message)
}

/// Build the XLSX workbook of a JSON document in the separately loaded module; `Err` carries
/// the reason for the user.
pub async fn xlsx(json: &str, model: &str, lang: &str, date: &str) -> Result<Vec<u8>, String> {
    let args = js_sys::Array::of4(
        &JsValue::from_str(json),
        &JsValue::from_str(model),
        &JsValue::from_str(lang),
        &JsValue::from_str(date),
    );
    let bytes = extra("xlsx", &args).await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// The framework an XLSX workbook is for (its settings sheet).
pub async fn xlsx_model(bytes: &[u8], lang: Lang) -> Result<String, DocError> {
    let args = js_sys::Array::of2(
        &js_sys::Uint8Array::from(bytes),
        &JsValue::from_str(lang.code()),
    );
    extra("xlsxModel", &args)
        .await
        .map_err(DocError::Workbook)?
        .as_string()
        .ok_or_else(|| DocError::Workbook("xlsxModel".into()))
}

/// A catalogue file's text as a workbook, made in the XLSX module.
pub async fn xlsx_catalogue(csv: &str) -> Result<Vec<u8>, String> {
    let bytes = extra(
        "xlsxCatalogue",
        &js_sys::Array::of1(&JsValue::from_str(csv)),
    )
    .await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// The catalogue of a workbook for `fw`, read and checked in the XLSX module (faults name the
/// sheet and the cell, in `lang`) and handed over as a catalogue CSV file.
pub async fn read_xlsx_catalogue(
    bytes: &[u8],
    fw: &Framework,
    lang: Lang,
) -> Result<String, DocError> {
    let args = js_sys::Array::of4(
        &js_sys::Uint8Array::from(bytes),
        &JsValue::from_str(&model_json(fw)),
        &JsValue::from_bool(fw.origin == Origin::User),
        &JsValue::from_str(lang.code()),
    );
    extra("xlsxCatalogueRead", &args)
        .await
        .map_err(DocError::Workbook)?
        .as_string()
        .ok_or_else(|| DocError::Workbook("xlsxCatalogueRead".into()))
}

/// The work of an XLSX workbook for `fw`: read in the XLSX module (faults name the sheet and
/// the cell, in `lang`), then checked again as a JSON document.
pub async fn read_xlsx(bytes: &[u8], fw: &Framework, lang: Lang) -> Result<Work, DocError> {
    let args = js_sys::Array::of4(
        &js_sys::Uint8Array::from(bytes),
        &JsValue::from_str(&model_json(fw)),
        &JsValue::from_bool(fw.origin == Origin::User),
        &JsValue::from_str(lang.code()),
    );
    let json = extra("xlsxRead", &args)
        .await
        .map_err(DocError::Workbook)?
        .as_string()
        .ok_or_else(|| DocError::Workbook("xlsxRead".into()))?;
    read_json(&json, fw)
}
