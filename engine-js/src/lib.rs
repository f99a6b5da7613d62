//! The engine of the calculator for other portals: the wasm module behind the npm package
//! (`packages/engine/`, whose `index.js` fetches or reads the module and the framework files
//! and calls these functions). The same rules as `window.spbe` (`crate::api`), the same
//! conversions (`web::api`), the same validation and messages as the app; no Yew, no DOM.
//! Frameworks arrive packed (`engine::packed`), as the app's bundled ones do: this module has
//! no JSON reader. A framework of one's own is read from JSON by the package's second module
//! (`engine-reader/`, fetched only when one is checked or added), which hands over its packed
//! bytes unvalidated; it is validated here, as the bundled ones are. `plan` and `gains` live
//! in a chunk of this module (`planner`). Natively the crate is empty (it is a workspace member
//! for fmt and clippy).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use spbe_calculator::api::{self, ApiError, Known};

mod drive;
mod planner;
use spbe_calculator::engine::fragment::{self, View};
use spbe_calculator::engine::model::Origin;
use spbe_calculator::engine::packed::unpack_framework;
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::i18n::fragment_error;
use spbe_calculator::models::{Catalog, Entry, packed_file};
use spbe_calculator::web::api::{
    api_error, coded_error, converted_result, framework_error, item_levels, items_result, js_value,
    lang_option, model_and_levels, model_entry, options, score_result, set,
};

thread_local! {
    /// The frameworks loaded so far: bundled ones by `addBundled`, a user's by `addFramework`.
    static LOADED: RefCell<Vec<Rc<Framework>>> = const { RefCell::new(Vec::new()) };
    /// The bundled frameworks' catalogue, read once (every call asks it for the known ids).
    static CATALOG: Rc<Vec<Entry>> = Rc::new(Catalog::bundled().0);
}

fn catalog() -> Rc<Vec<Entry>> {
    CATALOG.with(Rc::clone)
}

fn lang_of(lang: Option<String>) -> Lang {
    lang.as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::Id)
}

/// An `Error` with a stable `code`: the message the app shows, in `lang`, and in both languages
/// as `messages: { id, en }`.
pub(crate) fn error(code: &str, lang: Lang, message: impl Fn(Lang) -> String) -> JsValue {
    coded_error(code, lang, |l| format!("spbe: {}", message(l)))
}

/// The bundled frameworks as `spbe.models` lists them.
#[wasm_bindgen]
pub fn models() -> Array {
    catalog().iter().map(model_entry).collect()
}

/// The packed file of a bundled framework under `models/` (`pemdi-2026.bin`), or `undefined`.
#[wasm_bindgen(js_name = fileOf)]
pub fn file_of(id: &str) -> Option<String> {
    catalog()
        .iter()
        .find(|e| e.id == id)
        .map(|e| packed_file(&e.file))
}

#[wasm_bindgen(js_name = isLoaded)]
pub fn is_loaded(id: &str) -> bool {
    LOADED.with(|l| l.borrow().iter().any(|f| f.id == id))
}

/// What `load`, `useFramework` and `validateFramework` answer: `{ id, version, indicators }`.
fn summary(fw: &Framework) -> JsValue {
    let o = Object::new();
    set(&o, "id", fw.id.as_str());
    set(&o, "version", fw.version.as_str());
    set(&o, "indicators", fw.indicators.len() as u32);
    o.into()
}

fn add(fw: Framework) -> JsValue {
    let o = summary(&fw);
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|f| f.id != fw.id);
        l.push(Rc::new(fw));
    });
    o
}

/// Register the bundled framework `id` from its packed file's bytes (read by index.js).
#[wasm_bindgen(js_name = addBundled)]
pub fn add_bundled(id: &str, packed: &[u8]) -> Result<JsValue, JsValue> {
    let fw =
        unpack_framework(packed, Origin::Bundled).map_err(|e| framework_error(&e, Lang::Id))?;
    if fw.id != id {
        return Err(error("invalidFramework", Lang::Id, |l| match l {
            Lang::Id => format!("berkas {id} berisi {}", fw.id),
            Lang::En => format!("the file of {id} holds {}", fw.id),
        }));
    }
    Ok(add(fw))
}

/// A framework of one's own, from the packed bytes the reader module made of its JSON (read
/// with the app's messages, not yet validated): validated here with the app's validation, and
/// its id not a bundled framework's.
fn check(packed: &[u8], lang: Lang) -> Result<Framework, JsValue> {
    let fw = unpack_framework(packed, Origin::User).map_err(|e| framework_error(&e, lang))?;
    if catalog().iter().any(|e| e.id == fw.id) {
        return Err(error("reservedFramework", lang, |l| match l {
            Lang::Id => format!("id “{}” milik kerangka bawaan; pilih id lain", fw.id),
            Lang::En => format!(
                "the id “{}” is a bundled framework's; choose another",
                fw.id
            ),
        }));
    }
    Ok(fw)
}

/// Check a framework of one's own (packed by the reader module) with the app's validation; its
/// summary, or an Error (`code` "invalidFramework" / "reservedFramework", message in `lang`).
#[wasm_bindgen(js_name = validateFramework)]
pub fn validate_framework(packed: &[u8], lang: Option<String>) -> Result<JsValue, JsValue> {
    Ok(summary(&check(packed, lang_of(lang))?))
}

/// Validate and register a framework of one's own, to score and plan with by its id.
#[wasm_bindgen(js_name = addFramework)]
pub fn add_framework(packed: &[u8], lang: Option<String>) -> Result<JsValue, JsValue> {
    Ok(add(check(packed, lang_of(lang))?))
}

pub(crate) fn with_known<T>(
    lang: Lang,
    f: impl FnOnce(&Known) -> Result<T, ApiError>,
) -> Result<T, JsValue> {
    LOADED
        .with(|l| {
            let loaded = l.borrow();
            let mut ids: Vec<String> = catalog().iter().map(|e| e.id.clone()).collect();
            for f in loaded.iter() {
                if !ids.contains(&f.id) {
                    ids.push(f.id.clone());
                }
            }
            f(&Known {
                loaded: &loaded,
                ids: &ids,
            })
        })
        .map_err(|e| api_error(&e, lang))
}

/// `score(id, values, options)`: as `window.spbe.score`.
#[wasm_bindgen]
pub fn score(model: JsValue, levels: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_option(&opts);
    let (model, values) = model_and_levels(&model, &levels).map_err(|e| api_error(&e, lang))?;
    let opts = options(&opts).map_err(|e| api_error(&e, lang))?;
    with_known(lang, |k| api::score(k, &model, &values, &opts)).map(|s| score_result(&s))
}

/// `convertExternal(id, indicator, source)`: as `window.spbe.convertExternal`.
#[wasm_bindgen(js_name = convertExternal)]
pub fn convert_external(
    model: JsValue,
    indicator: JsValue,
    source: JsValue,
) -> Result<JsValue, JsValue> {
    let model = model
        .as_string()
        .ok_or_else(|| api_error(&ApiError::ModelIdNotAString, Lang::Id))?;
    with_known(Lang::Id, |k| {
        api::convert_external(k, &model, &js_value(&indicator), &js_value(&source))
    })
    .map(|c| converted_result(&c))
}

/// `valueFromItems(id, levels)`: as `window.spbe.valueFromItems`.
#[wasm_bindgen(js_name = valueFromItems)]
pub fn value_from_items(model: JsValue, levels: JsValue) -> Result<JsValue, JsValue> {
    let model = model
        .as_string()
        .ok_or_else(|| api_error(&ApiError::ModelIdNotAString, Lang::Id))?;
    let levels = item_levels(&levels).map_err(|e| api_error(&e, Lang::Id))?;
    with_known(Lang::Id, |k| api::value_from_items(k, &model, &levels)).map(|v| items_result(&v))
}

/// A framework loaded in this engine; a bundled one not loaded yet is `notLoaded`, any other
/// id `unknownModel` (with the ids there are), as `score` answers.
fn loaded(id: &str, lang: Lang) -> Result<Rc<Framework>, JsValue> {
    if let Some(fw) = LOADED.with(|l| l.borrow().iter().find(|f| f.id == id).cloned()) {
        return Ok(fw);
    }
    if file_of(id).is_some() {
        return Err(error("notLoaded", lang, |l| match l {
            Lang::Id => format!("model \"{id}\" belum dimuat; panggil `await load(\"{id}\")` dulu"),
            Lang::En => {
                format!("the model \"{id}\" is not loaded yet; call `await load(\"{id}\")` first")
            }
        }));
    }
    let mut known: Vec<String> = catalog().iter().map(|e| e.id.clone()).collect();
    known.extend(LOADED.with(|l| {
        l.borrow()
            .iter()
            .filter(|f| !known.contains(&f.id))
            .map(|f| f.id.clone())
            .collect::<Vec<_>>()
    }));
    let e = ApiError::UnknownModel {
        id: id.chars().take(60).collect(),
        known,
    };
    Err(api_error(&e, lang))
}

fn level_numbers(values: &[u32], fw: &Framework) -> Array {
    let unit = f64::from(fw.scale.unit());
    values
        .iter()
        .map(|v| JsValue::from_f64(f64::from(*v) / unit))
        .collect()
}

/// `parseLink(text)`: the calculator's link (or its `#…` part) read as the app reads it —
/// `{ model, levels, base, basis, lang, variants: { id: option }, view }`; a bad link throws
/// `code` "badLink" with the app's message in `lang`.
#[wasm_bindgen(js_name = parseLink)]
pub fn parse_link(text: &str, lang: Option<String>) -> Result<JsValue, JsValue> {
    let lang = lang_of(lang);
    let fragment = text.split_once('#').map_or(text, |(_, f)| f);
    let id = fragment::model_of(fragment);
    let fw = loaded(&id, lang)?;
    let s = fragment::parse(fragment, &fw)
        .map_err(|e| error("badLink", lang, |l| fragment_error(&e, l)))?;
    let o = Object::new();
    set(&o, "model", fw.id.as_str());
    if let Some(l) = &s.levels {
        set(&o, "levels", level_numbers(l, &fw));
    }
    if let Some(b) = &s.base {
        set(&o, "base", level_numbers(b, &fw));
    }
    set(&o, "basis", s.basis.unwrap_or_default().code());
    if let Some(l) = s.lang {
        set(&o, "lang", l.code());
    }
    let variants = Object::new();
    for (v, c) in &s.variants {
        let variant = &fw.variants[*v];
        set(&variants, &variant.id, variant.options[*c].id.as_str());
    }
    set(&o, "variants", variants);
    set(&o, "view", s.view.unwrap_or_default().code());
    Ok(o.into())
}

/// `makeLink(id, values, options)`: the fragment (without `#`) the app opens at those values
/// (`options`: `base`, `predicateBasis`, `view`, `lang` and the framework's variants).
#[wasm_bindgen(js_name = makeLink)]
pub fn make_link(model: JsValue, levels: JsValue, opts: JsValue) -> Result<String, JsValue> {
    let lang = lang_option(&opts);
    let (model, values) = model_and_levels(&model, &levels).map_err(|e| api_error(&e, lang))?;
    let mut opts = options(&opts).map_err(|e| api_error(&e, lang))?;
    let take = |opts: &mut api::ApiOptions, key: &str| {
        opts.iter()
            .position(|(k, _)| k == key)
            .map(|i| opts.remove(i).1)
    };
    let base = take(&mut opts, "base");
    let view = take(&mut opts, "view");
    loaded(&model, lang)?;
    let bad =
        |option: &str, id: &str, en: &str| api_error(&ApiError::bad_option(option, id, en), lang);
    let view = match view {
        None => View::default(),
        Some(api::ApiAny::Text(t)) => View::from_code(&t).ok_or_else(|| {
            bad(
                "view",
                "bukan layar kalkulator (isi, rencana, …)",
                "is not a screen of the calculator (isi, rencana, …)",
            )
        })?,
        Some(_) => return Err(bad("view", "harus berupa string", "must be a string")),
    };
    // The values, the variants, the basis and the language are checked as for `score`.
    let check = |values: &[api::ApiValue], opts: &api::ApiOptions| {
        with_known(lang, |k| api::checked_levels(k, &model, values, opts))
    };
    let (fw_chosen, levels, basis, lang) = check(&values, &opts)?;
    let base = match base {
        None => levels.clone(),
        Some(api::ApiAny::List(b)) => check(&b, &opts)?.1,
        Some(_) => {
            return Err(bad(
                "base",
                "harus berupa array nilai",
                "must be an array of values",
            ));
        }
    };
    Ok(fragment::format(
        &levels, &base, basis, view, lang, &fw_chosen,
    ))
}

/// The version of the engine (the package's).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
