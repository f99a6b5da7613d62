//! `window.spbe`: the JavaScript API for portals and tests. The rules are in [`crate::api`];
//! this file only converts JavaScript values to and from them.
//!
//! ```js
//! spbe.plan("spbe-2020", levels, { target: "Sangat Baik", pace: 2 })
//! // -> { status: "planned", steps: [{ indicator, from, to }], effort, index, predicate, … }
//! spbe.score("spbe-2020", levels, { predicateBasis: "exact" })
//! // -> { index: 2.95, exact: "2.9475", predicate: "Baik", predicateId: "baik",
//! //      domains: [{ id, name, index }], aspects: [{ id, name, index }] }
//! ```

use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::api::{self, ApiError, ApiPart, ApiPlan, ApiScore, ApiTarget, ApiValue, PlanOptions};
use crate::engine::Framework;

fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

fn number(cents: u64) -> f64 {
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

fn result(s: &ApiScore) -> JsValue {
    let o = Object::new();
    set(&o, "index", number(s.index_cents));
    set(&o, "exact", s.exact.as_str());
    set(&o, "predicate", s.predicate.as_str());
    set(&o, "predicateId", s.predicate_id.as_str());
    set(&o, "domains", s.domains.iter().map(part).collect::<Array>());
    set(&o, "aspects", s.aspects.iter().map(part).collect::<Array>());
    o.into()
}

fn plan_result(p: &ApiPlan) -> JsValue {
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

fn js_value(v: &JsValue) -> ApiValue {
    match v.as_f64() {
        Some(n) if n.is_nan() => ApiValue::Number("NaN".into()),
        Some(n) if n.is_infinite() => ApiValue::Number("Infinity".into()),
        // Rust prints the shortest decimal that reads back (3, 3.25, 1000000), never exponents.
        Some(n) => ApiValue::Number(format!("{n}")),
        None => ApiValue::Other(v.js_typeof().as_string().unwrap_or_default()),
    }
}

/// An optional string property of `options`; `Err` names the problem.
fn option(
    options: &JsValue,
    key: &str,
    bad: fn(String) -> ApiError,
) -> Result<Option<String>, ApiError> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    if !options.is_object() {
        return Err(ApiError::OptionsNotAnObject);
    }
    let v = Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() {
        return Ok(None);
    }
    match v.as_string() {
        Some(s) => Ok(Some(s)),
        None => Err(bad(format!("{v:?}"))),
    }
}

/// The first two arguments of every call: the model id and the levels.
fn model_and_levels(
    model: &JsValue,
    levels: &JsValue,
) -> Result<(String, Vec<ApiValue>), ApiError> {
    let model = model.as_string().ok_or(ApiError::ModelIdNotAString)?;
    if !Array::is_array(levels) {
        return Err(ApiError::LevelsNotAnArray);
    }
    Ok((
        model,
        Array::from(levels).iter().map(|v| js_value(&v)).collect(),
    ))
}

/// A property of `options`, `None` when absent.
fn property(options: &JsValue, key: &str) -> Option<JsValue> {
    let v = Reflect::get(options, &JsValue::from_str(key)).ok()?;
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

fn array_option(options: &JsValue, key: &'static str) -> Result<Option<Vec<ApiValue>>, ApiError> {
    match property(options, key) {
        None => Ok(None),
        Some(v) if Array::is_array(&v) => {
            Ok(Some(Array::from(&v).iter().map(|x| js_value(&x)).collect()))
        }
        Some(_) => Err(ApiError::BadOption {
            option: key,
            problem: "must be an array".into(),
        }),
    }
}

fn plan(
    frameworks: &[Rc<Framework>],
    model: JsValue,
    levels: JsValue,
    options: JsValue,
) -> Result<JsValue, ApiError> {
    let (model, values) = model_and_levels(&model, &levels)?;
    if !options.is_object() {
        return Err(ApiError::OptionsNotAnObject);
    }
    let opts = PlanOptions {
        target: property(&options, "target").map(|t| match (t.as_string(), js_value(&t)) {
            (Some(s), _) => ApiTarget::Text(s),
            (None, ApiValue::Number(n)) => ApiTarget::Number(n),
            (None, ApiValue::Other(kind)) => ApiTarget::Other(kind),
        }),
        basis: option(&options, "predicateBasis", |got| ApiError::BadBasis { got })?,
        efforts: array_option(&options, "efforts")?,
        locked: array_option(&options, "locked")?,
        max_levels: array_option(&options, "maxLevels")?,
        pace: property(&options, "pace").map(|p| js_value(&p)),
        curve: option(&options, "curve", |got| ApiError::BadOption {
            option: "curve",
            problem: format!("must be \"flat\" or \"rising\" (got {got})"),
        })?,
    };
    let fws: Vec<&Framework> = frameworks.iter().map(|f| f.as_ref()).collect();
    api::plan(&fws, &model, &values, &opts).map(|p| plan_result(&p))
}

fn score(
    frameworks: &[Rc<Framework>],
    model: JsValue,
    levels: JsValue,
    options: JsValue,
) -> Result<JsValue, ApiError> {
    let (model, values) = model_and_levels(&model, &levels)?;
    let basis = option(&options, "predicateBasis", |got| ApiError::BadBasis { got })?;
    let lang = option(&options, "lang", |got| ApiError::BadLang { got })?;
    let fws: Vec<&Framework> = frameworks.iter().map(|f| f.as_ref()).collect();
    api::score(&fws, &model, &values, basis.as_deref(), lang.as_deref()).map(|s| result(&s))
}

type ApiFn = fn(&[Rc<Framework>], JsValue, JsValue, JsValue) -> Result<JsValue, ApiError>;

/// A JS function that calls `f` with the bundled frameworks and throws its errors.
fn function(frameworks: &[Rc<Framework>], f: ApiFn) -> JsValue {
    let fws: Vec<Rc<Framework>> = frameworks.to_vec();
    Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::own_aborting(
        move |model: JsValue, levels: JsValue, options: JsValue| {
            f(&fws, model, levels, options).map_err(|e| js_sys::Error::new(&e.to_string()).into())
        },
    )
    .into_js_value()
}

/// Define `window.spbe` with `score`, `plan`, `models` (the ids) and `version`.
pub fn install(frameworks: &[Rc<Framework>]) {
    let spbe = Object::new();
    set(&spbe, "score", function(frameworks, score));
    set(&spbe, "plan", function(frameworks, plan));
    set(
        &spbe,
        "models",
        frameworks
            .iter()
            .map(|f| JsValue::from_str(&f.id))
            .collect::<Array>(),
    );
    set(&spbe, "version", env!("CARGO_PKG_VERSION"));
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str("spbe"), &spbe);
}
