//! The XLSX workbook as its own wasm module: the app loads it only when the user exports or
//! imports a workbook, so the calculator's first load stays small. Export takes the same JSON
//! document the app saves and the framework file it is for (both checked again here) and
//! returns the workbook's bytes; import reads a workbook (ours, or ours edited in Excel or
//! LibreOffice) back into that JSON document, checked like a CSV file.

// The workbook itself, written and read, is the `spbe-workbook` crate (shared with the
// command-line tool); this crate is its browser face.
pub use spbe_workbook::{catalogue, read, write};

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    use spbe_calculator::document::Document;
    use spbe_calculator::engine::model::Origin;
    use spbe_calculator::engine::{Framework, Lang};
    use spbe_calculator::i18n::doc_error;
    use spbe_calculator::web::{load_model_as, parse_json};

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
        super::write::write(&work, &fw, lang, date).map_err(|e| JsError::new(&e.to_string()))
    }

    /// `xlsxModel(bytes)` → the framework id the workbook is for; throws a message in `lang`.
    #[wasm_bindgen(js_name = xlsxModel)]
    pub fn xlsx_model(bytes: &[u8], lang: &str) -> Result<String, JsError> {
        let lang = Lang::from_code(lang).unwrap_or(Lang::Id);
        super::read::model_of(bytes).map_err(|e| JsError::new(&doc_error(&e, lang)))
    }

    /// The framework a workbook is read for (a user's or a bundled one, checked again here)
    /// and the language of the messages.
    fn framework(model_json: &str, user: bool, lang: &str) -> Result<(Framework, Lang), JsError> {
        let origin = if user { Origin::User } else { Origin::Bundled };
        let fw = load_model_as(model_json, origin)
            .map_err(|e| JsError::new(&format!("xlsx: the framework: {e}")))?;
        Ok((fw, Lang::from_code(lang).unwrap_or(Lang::Id)))
    }

    /// `xlsxRead(bytes, modelJson, user, lang)` → the work as the app's JSON document; throws
    /// a message in `lang` naming the sheet and cell at fault.
    #[wasm_bindgen(js_name = xlsxRead)]
    pub fn xlsx_read(
        bytes: &[u8],
        model_json: &str,
        user: bool,
        lang: &str,
    ) -> Result<String, JsError> {
        let (fw, lang) = framework(model_json, user, lang)?;
        let work = super::read::read(bytes, &fw).map_err(|e| JsError::new(&doc_error(&e, lang)))?;
        // The same JSON the app saves; the app checks it again as it does every document.
        Ok(spbe_calculator::web::write_json(&work, &fw))
    }

    /// `xlsxCatalogue(csv)` → the catalogue file's text (as the app saves it) as a workbook.
    #[wasm_bindgen(js_name = xlsxCatalogue)]
    pub fn xlsx_catalogue(csv: &str) -> Result<Vec<u8>, JsError> {
        super::catalogue::write_catalogue(csv).map_err(|e| JsError::new(&e.to_string()))
    }

    /// `xlsxCatalogueRead(bytes, modelJson, user, lang)` → the workbook's catalogue, checked,
    /// as a catalogue CSV file the app reads; throws a message in `lang` naming the sheet and
    /// cell at fault.
    #[wasm_bindgen(js_name = xlsxCatalogueRead)]
    pub fn xlsx_catalogue_read(
        bytes: &[u8],
        model_json: &str,
        user: bool,
        lang: &str,
    ) -> Result<String, JsError> {
        let (fw, lang) = framework(model_json, user, lang)?;
        let rows = super::catalogue::read_catalogue(bytes, &fw)
            .map_err(|e| JsError::new(&doc_error(&e, lang)))?;
        Ok(spbe_calculator::evidence::catalogue::rows_csv(&rows, &fw))
    }
}
