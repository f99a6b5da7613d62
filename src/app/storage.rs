//! The browser side of files and autosave: JSON through the browser's own parser (no JSON
//! library in the wasm), `localStorage`, downloads and reading picked or dropped files.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::document::{DocError, Document, Work, text_of};
use crate::engine::Framework;

/// Where the autosaved work lives (the document carries its own schema number).
pub const KEY: &str = "spbe.work";
/// Saved data this version cannot read is moved here, never deleted.
pub const BACKUP_KEY: &str = "spbe.work.unreadable";

/// JSON text → checked work.
pub fn read_json(text: &str, fw: &Framework) -> Result<Work, DocError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        DocError::Syntax(
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default(),
        )
    })?;
    let doc: Document =
        serde_wasm_bindgen::from_value(value).map_err(|e| DocError::Syntax(e.to_string()))?;
    doc.into_work(fw)
}

/// Checked work → JSON text (indented, for people and other tools).
pub fn write_json(work: &Work, fw: &Framework) -> String {
    let doc = Document::from_work(work, fw, Some(today()));
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    doc.serialize(&serializer)
        .ok()
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from(2))
                .ok()
        })
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Today as YYYY-MM-DD (local time).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

pub fn storage() -> Option<web_sys::Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}

/// What storage holds for us.
pub enum Saved {
    Nothing,
    Work(Box<Work>),
    /// Unreadable or from a newer version: kept aside under [`BACKUP_KEY`].
    KeptAside(DocError),
}

/// Read the autosaved work; anything unreadable is moved aside, not dropped.
pub fn load(fw: &Framework) -> Saved {
    let Some(s) = storage() else {
        return Saved::Nothing;
    };
    let Ok(Some(text)) = s.get_item(KEY) else {
        return Saved::Nothing;
    };
    match read_json(&text, fw) {
        Ok(w) => Saved::Work(Box::new(w)),
        Err(e) => {
            if s.set_item(BACKUP_KEY, &text).is_ok() {
                let _ = s.remove_item(KEY);
            }
            Saved::KeptAside(e)
        }
    }
}

/// Save the work; `false` when the browser refuses (storage off or full).
pub fn save(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, text).is_ok())
}

/// Offer `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    download_parts(name, mime, &js_sys::Array::of1(&JsValue::from_str(text)));
}

/// Offer `bytes` as a file download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    download_parts(
        name,
        mime,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    );
}

fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
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
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Read a picked or dropped file and check it (JSON or CSV, by content) against `fw`.
pub async fn read_file(file: web_sys::File, fw: &Framework) -> Result<Work, DocError> {
    let size = file.size() as usize;
    if size > crate::document::MAX_FILE_BYTES {
        return Err(DocError::TooLarge {
            bytes: size,
            max: crate::document::MAX_FILE_BYTES,
        });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| DocError::Encoding)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = text_of(&bytes)?;
    if text.trim_start().starts_with('{') {
        read_json(text, fw)
    } else {
        crate::csv_file::read(text, fw)
    }
}

/// Build the XLSX workbook of a JSON document in the separately loaded module (main.js defines
/// `spbeExtras.xlsx`); `Err` carries the reason for the user.
pub async fn xlsx(json: &str, lang: &str, date: &str) -> Result<Vec<u8>, String> {
    let window = gloo_utils::window();
    let extras = js_sys::Reflect::get(&window, &JsValue::from_str("spbeExtras"))
        .map_err(|_| "no spbeExtras".to_string())?;
    let f: js_sys::Function = js_sys::Reflect::get(&extras, &JsValue::from_str("xlsx"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "the XLSX module is not available".to_string())?;
    let promise = f
        .call3(
            &extras,
            &JsValue::from_str(json),
            &JsValue::from_str(lang),
            &JsValue::from_str(date),
        )
        .map_err(|e| format!("{e:?}"))?;
    let bytes = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|e| {
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_else(|| "the XLSX module failed".into())
        })?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}
