//! The XLSX export as its own wasm module: the app loads it only when the user asks for a
//! workbook, so the calculator's first load stays small. It reads the same JSON document the
//! app saves (checked again here) and returns the workbook's bytes.

pub mod workbook;

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    use spbe_calculator::app::load_bundled;
    use spbe_calculator::document::Document;
    use spbe_calculator::engine::Lang;

    /// `xlsx(documentJson, lang, date)` → the workbook as bytes; throws on a bad document.
    #[wasm_bindgen]
    pub fn xlsx(document_json: &str, lang: &str, date: &str) -> Result<Vec<u8>, JsError> {
        let value = js_sys::JSON::parse(document_json)
            .map_err(|_| JsError::new("xlsx: the document is not JSON"))?;
        let doc: Document = serde_wasm_bindgen::from_value(value)
            .map_err(|e| JsError::new(&format!("xlsx: {e}")))?;
        let model = doc.model.clone();
        let fw = load_bundled()
            .into_iter()
            .flatten()
            .find(|f| f.id == model)
            .ok_or_else(|| JsError::new(&format!("xlsx: unknown model {model}")))?;
        let work = doc
            .into_work(&fw)
            .map_err(|e| JsError::new(&format!("xlsx: {e:?}")))?;
        let lang = Lang::from_code(lang).unwrap_or(Lang::Id);
        super::workbook::write(&work, &fw, lang, date).map_err(|e| JsError::new(&e.to_string()))
    }
}
