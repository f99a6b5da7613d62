//! The npm package's second module (`packages/engine/wasm/spbe_reader*`), which `index.js`
//! fetches only when a framework file of one's own is checked or added: its JSON read exactly
//! as the app reads a framework file (`web::parse_json`: the nesting limit first, the
//! browser's `JSON.parse`, serde for the fields), with the app's messages, and handed over
//! packed (`engine::packed`, which holds every file this reader accepts unchanged) to the
//! engine module (`engine-js/`), which validates it as the app does and registers it. So the
//! module every portal loads carries no JSON reader and no serde, and the validation lives in
//! one module. `make package` also packs the bundled frameworks with it.
//! Natively the crate is empty (it is a workspace member for fmt and clippy).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;

use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::packed::pack;
use spbe_calculator::engine::{Lang, ModelError};
use spbe_calculator::web::api::framework_error;
use spbe_calculator::web::parse_json;

/// A framework file (JSON text) read as the app reads one (not yet validated: the engine module
/// does that when it takes the bytes); its packed bytes, or an Error (`code`
/// "invalidFramework", the app's message in `lang`, both languages in `messages`).
#[wasm_bindgen(js_name = packFramework)]
pub fn pack_framework(json: &str, lang: Option<String>) -> Result<Vec<u8>, JsValue> {
    let lang = lang
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::Id);
    let raw: RawModel =
        parse_json(json).map_err(|e| framework_error(&ModelError::from(e), lang))?;
    Ok(pack(&raw))
}
