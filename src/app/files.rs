//! Files in and out of the browser: downloads, a picked or dropped file told apart by its
//! content (work, CSV, workbook, framework, a unit's file), and the calls into the separately
//! loaded XLSX module (`main.js`: `spbeExtras`, fetched on first use).

use wasm_bindgen::{JsCast, JsValue};

use crate::document::{
    DocError, Document, FileKind, Work, carried_framework, file_kind, is_framework,
};
use crate::engine::model::Origin;
use crate::engine::{Framework, Lang};

use super::storage::{js_parse, model_json, parse_document, read_json};

/// Offer `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    offer(name, gloo_file::Blob::new_with_options(text, Some(mime)));
}

/// The media type of a workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offer `bytes` as a file download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    offer(name, gloo_file::Blob::new_with_options(bytes, Some(mime)));
}

/// A click on a temporary link to the file; the object URL is revoked when `url` is dropped.
fn offer(name: &str, blob: gloo_file::Blob) {
    let url = gloo_file::ObjectUrl::from(blob);
    let doc = gloo_utils::document();
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
}

/// What a picked or dropped file holds, before it is checked against a framework.
pub enum Picked {
    /// A work document (JSON), and the framework it carries if it is a user's framework.
    Json(Box<Document>, Option<Box<Framework>>),
    /// A CSV file, the framework it names and its reader (from the CSV chunk, fetched for it).
    Csv(
        String,
        String,
        fn(&str, &Framework) -> Result<Work, DocError>,
    ),
    /// A framework file of the user's own (JSON with `format` and `groups`).
    Framework(Box<Framework>),
    /// An XLSX workbook and the framework its settings sheet names.
    Xlsx(Vec<u8>, String),
    /// A unit's file (its share of a coordinator's work), for the restricted mode: its text
    /// and the framework it names (read in the restricted mode's chunk).
    Share(String, String),
}

/// The file picked in a file input (`change` event), the input cleared so that the same file
/// can be picked again after a fix.
pub fn picked(e: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = yew::TargetCast::target_dyn_into(e)?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// Read a picked or dropped file: size, encoding, then what kind of file it is.
pub async fn read_file(
    file: web_sys::File,
    is_bundled: impl Fn(&str) -> bool,
    lang: Lang,
) -> Result<Picked, DocError> {
    let size = file.size() as usize;
    if size > crate::work::MAX_FILE_BYTES {
        return Err(DocError::TooLarge {
            bytes: size,
            max: crate::work::MAX_FILE_BYTES,
        });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| DocError::Encoding)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = match file_kind(&bytes)? {
        FileKind::Workbook => {
            let model = xlsx_model(&bytes, lang).await?;
            return Ok(Picked::Xlsx(bytes, model));
        }
        FileKind::Csv(text) => {
            let transfer = super::parts::TRANSFER
                .ensure()
                .await
                .map_err(|_| DocError::Unavailable)?;
            let model = (transfer.csv_model)(text).unwrap_or_default();
            return Ok(Picked::Csv(text.to_string(), model, transfer.read_csv));
        }
        FileKind::Json(text) => text,
    };
    let value = js_parse(text)?;
    let has = |k: &str| js_sys::Reflect::has(&value, &JsValue::from_str(k)).unwrap_or(false);
    let kind = js_sys::Reflect::get(&value, &JsValue::from_str("kind"))
        .ok()
        .and_then(|k| k.as_string());
    if kind.as_deref() == Some(crate::evidence::share::KIND) {
        let model = js_sys::Reflect::get(&value, &JsValue::from_str("model"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        return Ok(Picked::Share(text.to_string(), model));
    }
    if is_framework(has) {
        let fw =
            super::registry::load_model_as(text, Origin::User).map_err(DocError::BadFramework)?;
        if is_bundled(&fw.id) {
            return Err(DocError::ReservedFramework { id: fw.id });
        }
        return Ok(Picked::Framework(Box::new(fw)));
    }
    let doc = parse_document(text)?;
    let carried = carried_framework(&doc, is_bundled)?;
    Ok(Picked::Json(Box::new(doc), carried.map(Box::new)))
}

/// Call `spbeExtras.<name>(...args)` (main.js loads the XLSX module on first use) and await
/// its Promise; `Err` carries the module's message (already in the user's language where the
/// module words it).
async fn extra(name: &str, args: &js_sys::Array) -> Result<JsValue, String> {
    let window = gloo_utils::window();
    let extras = js_sys::Reflect::get(&window, &JsValue::from_str("spbeExtras"))
        .map_err(|_| "no spbeExtras".to_string())?;
    let f: js_sys::Function = js_sys::Reflect::get(&extras, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "the XLSX module is not available".to_string())?;
    let message = |e: JsValue| {
        js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_else(|| "the XLSX module failed".into())
    };
    let promise = f.apply(&extras, args).map_err(message)?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(message)
}

/// Build the XLSX workbook of a JSON document in the separately loaded module; `Err` carries
/// the reason for the user.
pub async fn xlsx(json: &str, model: &str, lang: &str, date: &str) -> Result<Vec<u8>, String> {
    let args = js_sys::Array::of4(
        &JsValue::from_str(json),
        &JsValue::from_str(model),
        &JsValue::from_str(lang),
        &JsValue::from_str(date),
    );
    let bytes = extra("xlsx", &args).await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// The framework an XLSX workbook is for (its settings sheet).
pub async fn xlsx_model(bytes: &[u8], lang: Lang) -> Result<String, DocError> {
    let args = js_sys::Array::of2(
        &js_sys::Uint8Array::from(bytes),
        &JsValue::from_str(lang.code()),
    );
    extra("xlsxModel", &args)
        .await
        .map_err(DocError::Workbook)?
        .as_string()
        .ok_or_else(|| DocError::Workbook("xlsxModel".into()))
}

/// A catalogue file's text as a workbook, made in the XLSX module.
pub async fn xlsx_catalogue(csv: &str) -> Result<Vec<u8>, String> {
    let bytes = extra(
        "xlsxCatalogue",
        &js_sys::Array::of1(&JsValue::from_str(csv)),
    )
    .await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// The catalogue of a workbook for `fw`, read and checked in the XLSX module (faults name the
/// sheet and the cell, in `lang`) and handed over as a catalogue CSV file.
pub async fn read_xlsx_catalogue(
    bytes: &[u8],
    fw: &Framework,
    lang: Lang,
) -> Result<String, DocError> {
    let args = js_sys::Array::of4(
        &js_sys::Uint8Array::from(bytes),
        &JsValue::from_str(&model_json(fw)),
        &JsValue::from_bool(fw.origin == Origin::User),
        &JsValue::from_str(lang.code()),
    );
    extra("xlsxCatalogueRead", &args)
        .await
        .map_err(DocError::Workbook)?
        .as_string()
        .ok_or_else(|| DocError::Workbook("xlsxCatalogueRead".into()))
}

/// The work of an XLSX workbook for `fw`: read in the XLSX module (faults name the sheet and
/// the cell, in `lang`), then checked again as a JSON document.
pub async fn read_xlsx(bytes: &[u8], fw: &Framework, lang: Lang) -> Result<Work, DocError> {
    let args = js_sys::Array::of4(
        &js_sys::Uint8Array::from(bytes),
        &JsValue::from_str(&model_json(fw)),
        &JsValue::from_bool(fw.origin == Origin::User),
        &JsValue::from_str(lang.code()),
    );
    let json = extra("xlsxRead", &args)
        .await
        .map_err(DocError::Workbook)?
        .as_string()
        .ok_or_else(|| DocError::Workbook("xlsxRead".into()))?;
    read_json(&json, fw)
}
