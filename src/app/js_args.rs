//! The arguments of `window.spbe`'s calls, read from JavaScript values into [`crate::api`]'s
//! types, every list checked against [`MAX_API_VALUES`] before it is read.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::api::{ApiAny, ApiError, ApiOptions, ApiValue, Known};
use crate::engine::Framework;
use crate::engine::limits::{Limit, MAX_API_VALUES};

use super::registry;

pub(crate) fn js_value(v: &JsValue) -> ApiValue {
    match v.as_f64() {
        Some(n) if n.is_nan() => ApiValue::Number("NaN".into()),
        Some(n) if n.is_infinite() => ApiValue::Number("Infinity".into()),
        // Rust prints the shortest decimal that reads back (3, 3.25, 1000000), never exponents.
        Some(n) => ApiValue::Number(format!("{n}")),
        None => ApiValue::Other(v.js_typeof().as_string().unwrap_or_default()),
    }
}

pub(crate) fn js_any(v: &JsValue) -> ApiAny {
    if let Some(s) = v.as_string() {
        return ApiAny::Text(s);
    }
    if Array::is_array(v) {
        return ApiAny::List(Array::from(v).iter().map(|x| js_value(&x)).collect());
    }
    match js_value(v) {
        ApiValue::Number(n) => ApiAny::Number(n),
        ApiValue::Other(kind) => ApiAny::Other(kind),
    }
}

/// A list from the caller no longer than [`MAX_API_VALUES`] (checked before it is read).
fn within(length: u32) -> Result<(), ApiError> {
    if length as usize > MAX_API_VALUES {
        return Err(ApiError::Limit(Limit::TooMany {
            max: MAX_API_VALUES,
        }));
    }
    Ok(())
}

/// The options object's own keys and values (`undefined` values left out).
pub(crate) fn options(options: &JsValue) -> Result<ApiOptions, ApiError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Vec::new());
    }
    if !options.is_object() || Array::is_array(options) {
        return Err(ApiError::OptionsNotAnObject);
    }
    let keys = Object::keys(&Object::from(options.clone()));
    within(keys.length())?;
    Ok(keys
        .iter()
        .filter_map(|k| {
            let key = k.as_string()?;
            let v = Reflect::get(options, &k).ok()?;
            (!v.is_undefined()).then(|| (key, js_any(&v)))
        })
        .collect())
}

/// The first two arguments of every call: the model id and the values.
fn model_and_levels(
    model: &JsValue,
    levels: &JsValue,
) -> Result<(String, Vec<ApiValue>), ApiError> {
    let model = model.as_string().ok_or(ApiError::ModelIdNotAString)?;
    if !Array::is_array(levels) {
        return Err(ApiError::LevelsNotAnArray);
    }
    within(Array::from(levels).length())?;
    Ok((
        model,
        Array::from(levels).iter().map(|v| js_value(&v)).collect(),
    ))
}

/// Reads a call's arguments and runs `rule` with the frameworks loaded now.
pub(crate) fn call<T>(
    model: &JsValue,
    levels: &JsValue,
    opts: &JsValue,
    rule: impl FnOnce(&Known, &str, &[ApiValue], &ApiOptions) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let (model, values) = model_and_levels(model, levels)?;
    let opts = options(opts)?;
    let loaded = registry::loaded();
    let fws: Vec<&Framework> = loaded.iter().map(|f| f.as_ref()).collect();
    let ids = registry::known_ids();
    let known = Known {
        loaded: &fws,
        ids: &ids,
    };
    rule(&known, &model, &values, &opts)
}
