//! `window.spbe`'s values in and out, without Yew: JavaScript arguments read into
//! [`crate::api`]'s types (every list checked against [`MAX_API_VALUES`] before it is read) and
//! results written as plain JavaScript objects. Shared by the app's API (`app::js_api`) and
//! the npm package (`engine-js/`), so both answer alike.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::api::{
    ApiAny, ApiConverted, ApiError, ApiGain, ApiItemsValue, ApiOptions, ApiPart, ApiPlan, ApiScore,
    ApiValue,
};
use crate::engine::decimal::expand_exponent;
use crate::engine::limits::{Limit, MAX_API_VALUES};
use crate::engine::model::Status;
use crate::engine::{Lang, ModelError};
use crate::i18n::model_error;
use crate::models::Entry;

/// A caller's value: a number as its decimal text, in full and exact (3, 3.25, 1000000; 1e300
/// as its 301 digits, never an exponent) — the browser writes its shortest digits
/// (`String(n)`) and [`expand_exponent`] writes out any exponent, so no float formatting is in
/// the module — or the name of its type.
pub fn js_value(v: &JsValue) -> ApiValue {
    match v.as_f64() {
        Some(n) if n.is_nan() => ApiValue::Number("NaN".into()),
        Some(n) if n.is_infinite() => ApiValue::Number("Infinity".into()),
        Some(_) => ApiValue::Number(number_text(v)),
        None => ApiValue::Other(v.js_typeof().as_string().unwrap_or_default()),
    }
}

/// A finite JS number's decimal text, as Rust's `{}` writes the same `f64` ("3", "0.5",
/// "1000000000000000000000"): the browser's shortest digits with any exponent written out, so
/// the module carries no float formatting.
pub fn number_text(v: &JsValue) -> String {
    expand_exponent(
        &js_sys::Number::from(v.clone())
            .to_string_with_radix(10)
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
    )
}

pub fn js_any(v: &JsValue) -> ApiAny {
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
pub fn options(options: &JsValue) -> Result<ApiOptions, ApiError> {
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
pub fn model_and_levels(
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

pub fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

pub fn number(cents: u64) -> f64 {
    // Display conversion at the boundary only: the value was computed exactly.
    cents as f64 / 100.0
}

fn part(p: &ApiPart) -> Object {
    let o = Object::new();
    set(&o, "id", p.id.as_str());
    set(&o, "name", p.name.as_str());
    set(&o, "index", number(p.index_cents));
    o
}

pub fn score_result(s: &ApiScore) -> JsValue {
    let o = Object::new();
    set(&o, "index", number(s.index_cents));
    set(&o, "exact", s.exact.as_str());
    set(&o, "predicate", s.predicate.as_str());
    set(&o, "predicateId", s.predicate_id.as_str());
    set(&o, "domains", s.domains.iter().map(part).collect::<Array>());
    set(&o, "aspects", s.aspects.iter().map(part).collect::<Array>());
    o.into()
}

pub fn plan_result(p: &ApiPlan) -> JsValue {
    let level = |v: u32| f64::from(v) / f64::from(p.unit.max(1));
    let o = Object::new();
    set(&o, "status", p.status);
    let steps: Array = p
        .steps
        .iter()
        .map(|s| {
            let step = Object::new();
            set(&step, "indicator", s.indicator);
            set(&step, "from", level(s.from));
            set(&step, "to", level(s.to));
            step
        })
        .collect();
    set(&o, "steps", steps);
    set(&o, "effort", p.effort as f64);
    set(&o, "index", number(p.index_cents));
    set(&o, "exact", p.exact.as_str());
    set(&o, "predicate", p.predicate.as_str());
    set(&o, "bestReachable", number(p.best_reachable_cents));
    set(&o, "bestReachableExact", p.best_reachable_exact.as_str());
    set(
        &o,
        "binding",
        p.binding
            .iter()
            .map(|b| JsValue::from_str(b))
            .collect::<Array>(),
    );
    o.into()
}

/// One entry of `spbe.models`.
pub fn model_entry(e: &Entry) -> JsValue {
    let o = Object::new();
    set(&o, "id", e.id.as_str());
    let name = Object::new();
    set(&name, "id", e.name.id.as_str());
    set(&name, "en", e.name.en.as_str());
    set(&o, "name", name);
    set(&o, "version", e.version.as_str());
    set(&o, "legalBasis", e.legal_basis.as_str());
    set(
        &o,
        "status",
        match e.status {
            Status::Official => "official",
            Status::Reconstructed => "reconstructed",
        },
    );
    set(&o, "indicators", e.indicators as u32);
    let scale = Object::new();
    set(&scale, "min", e.scale.min);
    set(&scale, "max", e.scale.max);
    set(&scale, "decimals", u32::from(e.scale.decimals));
    set(&o, "scale", scale);
    set(
        &o,
        "bands",
        e.bands
            .iter()
            .map(|b| JsValue::from_f64(b.0))
            .collect::<Array>(),
    );
    o.into()
}

/// `spbe.gains`'s ranking as JavaScript objects.
pub fn gains_result(gains: &[ApiGain]) -> JsValue {
    gains
        .iter()
        .map(|g| {
            let level = |v: u32| f64::from(v) / f64::from(g.unit.max(1));
            let o = Object::new();
            set(&o, "indicator", g.indicator);
            set(&o, "from", level(g.from));
            set(&o, "to", level(g.to));
            // Display conversion at the boundary: the gain was computed exactly.
            set(&o, "gain", g.gain_10k as f64 / 10_000.0);
            set(&o, "exact", g.exact.as_str());
            set(&o, "effort", g.effort as f64);
            set(
                &o,
                "stepsToNextBand",
                g.steps_to_next_band.map_or(JsValue::NULL, JsValue::from),
            );
            JsValue::from(o)
        })
        .collect::<Array>()
        .into()
}

/// `spbe.convertExternal`'s answer as a JavaScript object.
pub fn converted_result(c: &ApiConverted) -> JsValue {
    let o = Object::new();
    set(&o, "value", f64::from(c.value) / f64::from(c.unit.max(1)));
    set(&o, "by", c.by.as_str());
    o.into()
}

/// An API error as a JavaScript `Error` with its stable `code`.
pub fn api_error(e: &ApiError, lang: Lang) -> JsValue {
    coded_error(e.code(), lang, |l| e.message(l))
}

/// An `Error` with a stable `code`, its message in `lang` and both languages' in
/// `messages: { id, en }` (a portal shows its user the Indonesian one, logs the English one).
pub fn coded_error(code: &str, lang: Lang, message: impl Fn(Lang) -> String) -> JsValue {
    let error = js_sys::Error::new(&message(lang));
    set(&error, "code", code);
    let messages = Object::new();
    for l in [Lang::Id, Lang::En] {
        set(&messages, l.code(), message(l));
    }
    set(&error, "messages", messages);
    error.into()
}

/// A framework file refused (`code` "invalidFramework"): the app's message for it, both
/// languages.
pub fn framework_error(e: &ModelError, lang: Lang) -> JsValue {
    coded_error("invalidFramework", lang, |l| {
        format!("spbe: {}", model_error(e, l))
    })
}

/// The language of a call's messages: its `options.lang` when that is "id" or "en", else
/// Indonesian (as for the names in its result).
pub fn lang_option(options: &JsValue) -> Lang {
    if !options.is_object() {
        return Lang::Id;
    }
    Reflect::get(options, &JsValue::from_str("lang"))
        .ok()
        .and_then(|l| l.as_string())
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::Id)
}

/// `valueFromItems`'s `levels`: an array (level 1 first) of arrays of status names, at most
/// [`MAX_API_VALUES`] items in all (checked before each list is read).
pub fn item_levels(levels: &JsValue) -> Result<Vec<Vec<String>>, ApiError> {
    let bad = |id: String, en: String| ApiError::bad_argument("levels", id, en);
    if !Array::is_array(levels) {
        return Err(bad(
            "harus berupa array (tingkat 1 dulu) berisi array status butir".into(),
            "must be an array (level 1 first) of arrays of item statuses".into(),
        ));
    }
    let levels = Array::from(levels);
    within(levels.length())?;
    let mut seen = 0u32;
    levels
        .iter()
        .enumerate()
        .map(|(k, items)| {
            if !Array::is_array(&items) {
                return Err(bad(
                    format!("[{k}] harus berupa array status butir"),
                    format!("[{k}] must be an array of item statuses"),
                ));
            }
            let items = Array::from(&items);
            seen = seen.saturating_add(items.length());
            within(seen)?;
            items
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    s.as_string().ok_or_else(|| {
                        let kind = s.js_typeof().as_string().unwrap_or_default();
                        bad(
                            format!("[{k}][{i}] bukan nama status (diberikan {kind})"),
                            format!("[{k}][{i}] is not a status name (got {kind})"),
                        )
                    })
                })
                .collect()
        })
        .collect()
}

/// `valueFromItems`'s answer: `{ selfAssessed, verified }` as numbers.
pub fn items_result(v: &ApiItemsValue) -> JsValue {
    let unit = f64::from(v.unit.max(1));
    let o = Object::new();
    set(&o, "selfAssessed", f64::from(v.self_assessed) / unit);
    set(&o, "verified", f64::from(v.verified) / unit);
    o.into()
}
