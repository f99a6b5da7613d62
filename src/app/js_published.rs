//! `spbe.results(query)` and `spbe.rank(index, options)`: the published SPBE results from
//! JavaScript. In a chunk of their own (`published`), fetched on the first call: both answer
//! with a Promise, and both wait for the published results' file anyway.

use js_sys::{Array, Object};
use wasm_bindgen::JsValue;

use crate::api::{self, ApiError, ApiResult};
use crate::engine::Lang;
use crate::results::Results;
use crate::web::api::{
    api_error, coded_error, js_any, js_value, lang_option, number, options, set,
};

use super::published;

/// What the chunk hands over: the two calls.
pub struct PublishedCalls {
    pub results: fn(JsValue) -> js_sys::Promise,
    pub rank: fn(JsValue, JsValue) -> js_sys::Promise,
}

pub static CALLS: PublishedCalls = PublishedCalls { results, rank };

/// One published result as `spbe.results` returns it.
fn published_row(r: &ApiResult) -> JsValue {
    let o = Object::new();
    set(&o, "id", r.id.as_str());
    set(&o, "name", r.name.as_str());
    set(&o, "year", r.year);
    set(&o, "kind", r.kind.code());
    set(
        &o,
        "province",
        r.province
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    let domains: Array = r
        .domains
        .iter()
        .map(|d| d.map_or(JsValue::NULL, |c| JsValue::from_f64(number(u64::from(c)))))
        .collect();
    set(&o, "domains", domains);
    set(&o, "index", number(u64::from(r.index_cents)));
    set(&o, "predicate", r.predicate.as_str());
    if let Some(m) = &r.marked {
        set(&o, "marked", m.as_str());
    }
    o.into()
}

/// A Promise that loads the published results, then runs `rule` (its error rejects).
fn with_published(
    lang: Lang,
    rule: impl FnOnce(&Results) -> Result<JsValue, ApiError> + 'static,
) -> js_sys::Promise {
    wasm_bindgen_futures::future_to_promise(async move {
        let data = published::load().await.map_err(|e| {
            coded_error("loadFailed", lang, |l| {
                format!("spbe: {}", crate::i18n::results_error(&e, l))
            })
        })?;
        rule(&data).map_err(|e| api_error(&e, lang))
    })
}

/// `spbe.results(query)`: a Promise of the published rows whose name matches.
fn results(query: JsValue) -> js_sys::Promise {
    let query = js_any(&query);
    with_published(Lang::Id, move |data| {
        api::results(data, &query)
            .map(|rows| rows.iter().map(published_row).collect::<Array>().into())
    })
}

/// `spbe.rank(index, { year, kind, province, lang })`: a Promise of `{ rank, of, percentile }`.
fn rank(index: JsValue, opts: JsValue) -> js_sys::Promise {
    let index = js_value(&index);
    let lang = lang_option(&opts);
    let opts = options(&opts);
    with_published(lang, move |data| {
        let r = api::rank(data, &index, &opts?)?;
        let o = Object::new();
        set(&o, "rank", r.rank as u32);
        set(&o, "of", r.of as u32);
        set(&o, "percentile", r.percentile);
        Ok(o.into())
    })
}
