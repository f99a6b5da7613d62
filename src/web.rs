//! JSON through the browser's own parser and printer for the core's types (no JSON library in
//! the wasm), shared by the shell and the XLSX module (wasm32 only; no Yew).

use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::document::{Document, Work};
use crate::engine::model::{Origin, RawModel};
use crate::engine::{Framework, ModelError};

/// Parse JSON text with the browser's `JSON.parse` (no JSON parser in the wasm) into `T`.
pub fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_default()
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        let m = e.to_string();
        m.strip_prefix("Error: ").map(str::to_string).unwrap_or(m)
    })
}

/// Parse and validate a model file of the given origin.
pub fn load_model_as(text: &str, origin: Origin) -> Result<Framework, ModelError> {
    let raw: RawModel = parse_json(text).map_err(ModelError::Syntax)?;
    Framework::from_raw_as(raw, origin)
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
