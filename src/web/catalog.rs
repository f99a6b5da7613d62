//! The catalogue of bundled frameworks read from its JSON (compiled in): in the browser through
//! `JSON.parse` and a reading of its few fields, so that neither the app's first screen nor the
//! npm package's engine carries serde for it; natively (the prerender) through `serde_json`.

use crate::models::Entry;

/// The catalogue's entries, or `None` when its JSON is not a catalogue.
#[cfg(target_arch = "wasm32")]
pub fn read_catalog(json: &str) -> Option<Vec<Entry>> {
    use crate::engine::Text;
    use crate::engine::model::{Num, Status, Years};
    use crate::models::EntryScale;
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).ok();
    let string = |o: &JsValue, k: &str| get(o, k).and_then(|v| v.as_string());
    let number = |o: &JsValue, k: &str| get(o, k).and_then(|v| v.as_f64());
    let whole = |o: &JsValue, k: &str| number(o, k).filter(|n| n.fract() == 0.0 && *n >= 0.0);
    let text = |o: &JsValue, k: &str| {
        let t = get(o, k)?;
        Some(Text {
            id: string(&t, "id")?,
            en: string(&t, "en")?,
        })
    };
    let list = js_sys::JSON::parse(json).ok()?;
    js_sys::Array::from(&list)
        .iter()
        .map(|e| {
            let years = get(&e, "years")?;
            let scale = get(&e, "scale")?;
            Some(Entry {
                id: string(&e, "id")?,
                file: string(&e, "file")?,
                name: text(&e, "name")?,
                version: string(&e, "version")?,
                legal_basis: string(&e, "legalBasis")?,
                years: Years {
                    from: whole(&years, "from")? as u16,
                    to: whole(&years, "to").map(|t| t as u16),
                },
                status: match string(&e, "status")?.as_str() {
                    "official" => Status::Official,
                    _ => Status::Reconstructed,
                },
                indicators: whole(&e, "indicators")? as usize,
                scale: EntryScale {
                    min: whole(&scale, "min")? as u32,
                    max: whole(&scale, "max")? as u32,
                    decimals: whole(&scale, "decimals")? as u8,
                },
                bands: js_sys::Array::from(&get(&e, "bands")?)
                    .iter()
                    .map(|b| b.as_f64().map(Num))
                    .collect::<Option<_>>()?,
                start: get(&e, "start").and_then(|v| v.as_bool()).unwrap_or(false),
                successor: string(&e, "successor"),
            })
        })
        .collect()
}

/// The catalogue's entries, or `None` when its JSON is not a catalogue.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_catalog(text: &str) -> Option<Vec<Entry>> {
    super::parse_json(text).ok()
}
