//! JSON through the browser's own parser and printer for the core's types (no JSON library in
//! the wasm), shared by the shell and the XLSX module; no Yew. Natively (only the shell's
//! prerender compiles it there, with `ssr`) the same functions use `serde_json`.

pub mod api;

use crate::document::{Document, Work};
use crate::engine::limits::{Limit, MAX_MESSAGE_VALUES, MAX_NESTING, json_nesting};
use crate::engine::model::{Origin, RawModel};
use crate::engine::{Framework, ModelError};
use wasm_bindgen::JsValue;

#[cfg(target_arch = "wasm32")]
use browser::parse;
#[cfg(target_arch = "wasm32")]
pub use browser::{json_line, json_text, today, write_json};
#[cfg(not(target_arch = "wasm32"))]
use native::parse;
#[cfg(not(target_arch = "wasm32"))]
pub use native::{json_line, json_text, today, write_json};

/// Why JSON text could not be read: nested too deep (checked before parsing, so that the
/// recursive decoder never meets more than [`MAX_NESTING`] levels), or the parser's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    Limit(Limit),
    Syntax(String),
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonError::Limit(l) => l.fmt(f),
            JsonError::Syntax(m) => f.write_str(m),
        }
    }
}

impl From<JsonError> for String {
    fn from(e: JsonError) -> String {
        e.to_string()
    }
}

impl From<JsonError> for ModelError {
    fn from(e: JsonError) -> ModelError {
        match e {
            JsonError::Limit(l) => ModelError::Limit(l),
            JsonError::Syntax(m) => ModelError::Syntax(m),
        }
    }
}

/// Parse JSON text into `T`, its nesting checked first.
pub fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    json_nesting(text, MAX_NESTING).map_err(JsonError::Limit)?;
    parse(text).map_err(JsonError::Syntax)
}

/// Check a JavaScript value from outside (a host page's message) before a recursive decoder
/// reads it: at most [`MAX_NESTING`] levels of objects and arrays and [`MAX_MESSAGE_VALUES`]
/// values in all — walked with a list, not recursion, and stopped at the first excess (a
/// cyclic value stops at the count).
pub fn js_within_limits(value: &JsValue) -> Result<(), Limit> {
    let max_depth = MAX_NESTING;
    let mut seen = 0usize;
    let mut open = vec![(value.clone(), 0usize)];
    while let Some((v, depth)) = open.pop() {
        seen += 1;
        if seen > MAX_MESSAGE_VALUES {
            return Err(Limit::TooMany {
                max: MAX_MESSAGE_VALUES,
            });
        }
        if !v.is_object() {
            continue;
        }
        if depth + 1 > max_depth {
            return Err(Limit::TooDeep { max: max_depth });
        }
        let children = if js_sys::Array::is_array(&v) {
            let list = js_sys::Array::from(&v);
            if list.length() as usize > MAX_MESSAGE_VALUES {
                return Err(Limit::TooMany {
                    max: MAX_MESSAGE_VALUES,
                });
            }
            list
        } else {
            js_sys::Object::values(&js_sys::Object::from(v))
        };
        open.extend(children.iter().map(|c| (c, depth + 1)));
    }
    Ok(())
}

/// Parse and validate a model file of the given origin.
pub fn load_model_as(text: &str, origin: Origin) -> Result<Framework, ModelError> {
    let raw: RawModel = parse_json(text)?;
    Framework::from_raw_as(raw, origin)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use serde::Serialize;
    use wasm_bindgen::JsValue;

    use super::{Document, Framework, Work};

    /// Parse JSON text with the browser's `JSON.parse` (no JSON parser in the wasm) into `T`.
    pub(super) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
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

    /// Checked work → JSON text (indented, for people and other tools).
    pub fn write_json(work: &Work, fw: &Framework) -> String {
        json_text(&Document::from_work(work, fw, Some(today())))
    }

    /// Any serializable value → JSON text (indented).
    pub fn json_text<T: Serialize>(value: &T) -> String {
        stringify(value, 2)
    }

    /// Any serializable value → JSON text on one line (for a link).
    pub fn json_line<T: Serialize>(value: &T) -> String {
        stringify(value, 0)
    }

    fn stringify<T: Serialize>(value: &T, space: u32) -> String {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&serializer)
            .ok()
            .and_then(|v| {
                js_sys::JSON::stringify_with_replacer_and_space(
                    &v,
                    &JsValue::NULL,
                    &JsValue::from(space),
                )
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
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{Document, Framework, Work};

    /// Parse JSON text into `T`.
    pub(super) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// Checked work → JSON text (indented).
    pub fn write_json(work: &Work, fw: &Framework) -> String {
        json_text(&Document::from_work(work, fw, Some(today())))
    }

    /// Any serializable value → JSON text (indented).
    pub fn json_text<T: serde::Serialize>(value: &T) -> String {
        serde_json::to_string_pretty(value).unwrap_or_default()
    }

    /// Any serializable value → JSON text on one line (for a link).
    pub fn json_line<T: serde::Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }

    /// Today as YYYY-MM-DD (UTC).
    pub fn today() -> String {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // Days since 1970-01-01 to a civil date (proleptic Gregorian).
        let z = (secs / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        format!("{year:04}-{month:02}-{day:02}")
    }
}
