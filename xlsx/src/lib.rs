//! The XLSX export as its own wasm module: the app loads it only when the user asks for a
//! workbook, so the calculator's first load stays small. It reads the same JSON document the
//! app saves and the framework file it is for (both checked again here) and returns the
//! workbook's bytes.

pub mod workbook;

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    use spbe_calculator::app::registry::{load_model_as, parse_json};
    use spbe_calculator::document::Document;
    use spbe_calculator::engine::Lang;
    use spbe_calculator::engine::model::Origin;

    /// `xlsx(documentJson, modelJson, lang, date)` → the workbook as bytes; throws on a bad
    /// document or framework.
    #[wasm_bindgen]
    pub fn xlsx(
        document_json: &str,
        model_json: &str,
        lang: &str,
        date: &str,
    ) -> Result<Vec<u8>, JsError> {
        let doc: Document =
            parse_json(document_json).map_err(|e| JsError::new(&format!("xlsx: {e}")))?;
        let origin = if doc.framework.is_some() {
            Origin::User
        } else {
            Origin::Bundled
        };
        let fw = load_model_as(model_json, origin)
            .map_err(|e| JsError::new(&format!("xlsx: the framework: {e}")))?;
        if fw.id != doc.model {
            return Err(JsError::new(&format!(
                "xlsx: the document is for {}, the framework is {}",
                doc.model, fw.id
            )));
        }
        let work = doc
            .into_work(&fw)
            .map_err(|e| JsError::new(&format!("xlsx: {e:?}")))?;
        // The work's choice of the framework's open rules decides weights and rounding.
        let fw = fw
            .with_choice(&work.choice)
            .map_err(|e| JsError::new(&format!("xlsx: {e}")))?;
        let lang = Lang::from_code(lang).unwrap_or(Lang::Id);
        super::workbook::write(&work, &fw, lang, date).map_err(|e| JsError::new(&e.to_string()))
    }
}
