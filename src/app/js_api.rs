//! `window.spbe`: the JavaScript API for portals and tests. The rules are in [`crate::api`];
//! this file only converts JavaScript values to and from them.
//!
//! ```js
//! await spbe.load("pemdi-2026");            // frameworks load on demand; SPBE 2020 is ready
//! spbe.score("pemdi-2026", values, { bandEdge: "upper-inclusive" })
//! // -> { index: 1.24, exact: "1.241335", predicate: "Kurang", predicateId: "kurang",
//! //      domains: [], aspects: [{ id, name, index }] }
//! spbe.plan("spbe-2020", levels, { target: "Sangat Baik", pace: 2 })
//! // -> { status: "planned", steps: [{ indicator, from, to }], effort, index, predicate, … }
//! spbe.models  // [{ id, name: { id, en }, version, status, indicators, scale, bands }]
//! await spbe.results("kab paser")   // published 2023/2024 rows whose name matches
//! await spbe.rank(3.27, { year: 2024, kind: "kabupaten", province: "Kalimantan Timur" })
//! // -> { rank: 1, of: 10, percentile: 100 }
//! ```

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::api::{self, ApiError, ApiOptions, ApiValue, Known};
use crate::engine::Lang;
use crate::i18n::load_error;
use crate::models::LoadError;

use super::js_args::{call, with_known};
use super::js_published::PublishedCalls;
use super::{parts, registry};
use crate::web::api::{
    api_error, coded_error, converted_result, gains_result, item_levels, items_result, js_value,
    lang_option, model_entry, plan_result, score_result, set,
};

type Rule = fn(&Known, &str, &[ApiValue], &ApiOptions) -> Result<JsValue, ApiError>;

fn score(k: &Known, m: &str, v: &[ApiValue], o: &ApiOptions) -> Result<JsValue, ApiError> {
    api::score(k, m, v, o).map(|s| score_result(&s))
}

fn plan(k: &Known, m: &str, v: &[ApiValue], o: &ApiOptions) -> Result<JsValue, ApiError> {
    api::plan(k, m, v, o).map(|p| plan_result(&p))
}

fn gains(k: &Known, m: &str, v: &[ApiValue], o: &ApiOptions) -> Result<JsValue, ApiError> {
    api::gains(k, m, v, o).map(|g| gains_result(&g))
}

/// `spbe.valueFromItems(id, levels)`.
fn items_function() -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::own_aborting(
        move |model: JsValue, levels: JsValue| {
            let model = model
                .as_string()
                .ok_or_else(|| api_error(&ApiError::ModelIdNotAString, Lang::Id))?;
            let levels = item_levels(&levels).map_err(|e| api_error(&e, Lang::Id))?;
            with_known(|k| api::value_from_items(k, &model, &levels))
                .map(|v| items_result(&v))
                .map_err(|e| api_error(&e, Lang::Id))
        },
    )
    .into_js_value()
}

/// `spbe.convertExternal(id, indicator, source)`.
fn convert_function() -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::own_aborting(
        move |model: JsValue, indicator: JsValue, source: JsValue| {
            let model = model
                .as_string()
                .ok_or_else(|| api_error(&ApiError::ModelIdNotAString, Lang::Id))?;
            with_known(|k| {
                api::convert_external(k, &model, &js_value(&indicator), &js_value(&source))
            })
            .map(|c| converted_result(&c))
            .map_err(|e| api_error(&e, Lang::Id))
        },
    )
    .into_js_value()
}

/// A JS function that calls `rule` with the frameworks loaded at call time and throws its
/// errors.
fn function(rule: Rule) -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::own_aborting(
        move |model: JsValue, levels: JsValue, opts: JsValue| {
            call(&model, &levels, &opts, rule).map_err(|e| api_error(&e, lang_option(&opts)))
        },
    )
    .into_js_value()
}

/// `spbe.load(id)`: a Promise that resolves (to the model's entry, for bundled ones) when the
/// framework is ready, or rejects with an Error naming what failed.
fn load_function() -> JsValue {
    Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(move |id: JsValue| {
        wasm_bindgen_futures::future_to_promise(async move {
            let Some(id) = id.as_string() else {
                return Err(api_error(&ApiError::ModelIdNotAString, Lang::Id));
            };
            match registry::load(&id).await {
                Ok(_) => Ok(registry::catalog()
                    .get(&id)
                    .map_or(JsValue::UNDEFINED, model_entry)),
                Err(e) => {
                    let code = match &e {
                        LoadError::Unknown { .. } => "unknownModel",
                        LoadError::Fetch { .. } => "loadFailed",
                        LoadError::Invalid { .. } => "invalidFramework",
                        LoadError::Reserved { .. } => "reservedFramework",
                    };
                    Err(coded_error(code, Lang::Id, |l| {
                        format!("spbe: {}", load_error(&e, l))
                    }))
                }
            }
        })
    })
    .into_js_value()
}

/// `spbe.results` and `spbe.rank`: they answer with a Promise, so their code (and the
/// published results') is fetched on the first call, in a chunk of its own
/// ([`parts::PUBLISHED_CALLS`], [`super::js_published`]) that a first visit never fetches.
fn published_function(call: fn(&PublishedCalls, JsValue, JsValue) -> js_sys::Promise) -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue) -> js_sys::Promise>::new(move |a: JsValue, b: JsValue| {
        wasm_bindgen_futures::future_to_promise(async move {
            let calls = parts::PUBLISHED_CALLS.ensure().await.map_err(|_| {
                coded_error("loadFailed", Lang::Id, |l| match l {
                    Lang::Id => {
                        "spbe: bagian API ini tidak dapat dimuat (luring?); coba lagi".into()
                    }
                    Lang::En => {
                        "spbe: this part of the API could not be loaded (offline?); try again"
                            .into()
                    }
                })
            })?;
            wasm_bindgen_futures::JsFuture::from(call(calls, a, b)).await
        })
    })
    .into_js_value()
}

/// Define `window.spbe` with `score`, `plan`, `planInSlices`, `load`, `models`, `results`,
/// `rank` and `version`.
pub fn install() {
    let spbe = Object::new();
    set(&spbe, "score", function(score));
    set(&spbe, "plan", function(plan));
    set(&spbe, "gains", function(gains));
    set(&spbe, "convertExternal", convert_function());
    set(&spbe, "valueFromItems", items_function());
    set(
        &spbe,
        "planInSlices",
        super::js_plan::plan_in_slices_function(),
    );
    set(&spbe, "load", load_function());
    set(
        &spbe,
        "results",
        published_function(|c, query, _| (c.results)(query)),
    );
    set(
        &spbe,
        "rank",
        published_function(|c, index, opts| (c.rank)(index, opts)),
    );
    set(
        &spbe,
        "models",
        registry::catalog()
            .0
            .iter()
            .map(model_entry)
            .collect::<Array>(),
    );
    set(&spbe, "version", env!("CARGO_PKG_VERSION"));
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str("spbe"), &spbe);
    install_test_hooks();
}

/// `window.spbe` before its chunk is fetched, when the browser asks to save data (nothing is
/// fetched ahead then): `spbe.load(id)` fetches the API's chunk, which puts the whole API in
/// place, and then loads the framework as the full `load` does.
pub fn install_stub() {
    let spbe = Object::new();
    let load = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(move |id: JsValue| {
        wasm_bindgen_futures::future_to_promise(async move {
            super::parts::API.ensure().await.map_err(|_| {
                js_sys::Error::new("spbe: the API could not be loaded (offline?); try again")
            })?;
            // The chunk has replaced window.spbe with the whole API: its `load` does the rest.
            let spbe = Reflect::get(&js_sys::global(), &JsValue::from_str("spbe"))?;
            let load: js_sys::Function = Reflect::get(&spbe, &JsValue::from_str("load"))?.into();
            let promise: js_sys::Promise = load.call1(&spbe, &id)?.into();
            wasm_bindgen_futures::JsFuture::from(promise).await
        })
    });
    set(&spbe, "load", load.into_js_value());
    set(&spbe, "version", env!("CARGO_PKG_VERSION"));
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str("spbe"), &spbe);
}

/// Only for the end-to-end tests, and only when this device's storage says so
/// (`localStorage["spbe.test"] = "1"`): `spbeTest.panic()` makes the app fail as a bug would,
/// `spbeTest.trap()` stops the module as a stack overflow would, to check the crash notice and
/// that the work survives.
fn install_test_hooks() {
    let on = gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item("spbe.test").ok().flatten())
        .is_some_and(|v| v == "1");
    if !on {
        return;
    }
    let test = Object::new();
    let panic = Closure::<dyn Fn()>::new(|| {
        panic!("spbeTest.panic(): a failure on purpose, for the end-to-end test");
    });
    set(&test, "panic", panic.into_js_value());
    // A trap, as a stack overflow in the browser is (no panic hook sees it; main.js does).
    let trap = Closure::<dyn Fn()>::new(|| {
        #[cfg(target_arch = "wasm32")]
        core::arch::wasm32::unreachable();
    });
    set(&test, "trap", trap.into_js_value());
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str("spbeTest"), &test);
}
