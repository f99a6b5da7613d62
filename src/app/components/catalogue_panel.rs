//! The catalogue of evidence items as a file: save every indicator's items as CSV, load an
//! institution's own list — CSV, XLSX (read in the XLSX module) or a JSON list of
//! `{ indicator, level, code, text }` — checked against the framework; nothing changes on a
//! fault, which is named by line and column (sheet and cell) in the user's language. Saved as
//! CSV or XLSX. On the files screen.

use yew::prelude::*;

use crate::app::files;
use crate::app::parts::{TRANSFER, transfer_for_export};
use crate::app::storage;
use crate::app::store::use_store;
use crate::document::text_of;
use crate::evidence::catalogue;
use crate::i18n::{catalogue_loaded, doc_error, item_texts};
use crate::state::{Action, Notice};
use crate::work::{DocError, MAX_FILE_BYTES};

#[component]
pub fn CataloguePanel() -> Html {
    let store = use_store();
    let t = item_texts(store.lang);
    // The outcome of the last load, kept typed so that it is shown in the language of the
    // moment (a language switch after a refused file renders the fault again).
    let outcome = use_state(|| None::<Result<catalogue::Loaded, DocError>>);
    // The catalogue's CSV is written in the CSV chunk (`TRANSFER`), fetched on the first use;
    // the workbook is made from it in the XLSX module, loaded only then.
    let save = |xlsx: bool| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let store = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(transfer) = transfer_for_export(&store).await else {
                    return;
                };
                let text = (transfer.catalogue_write)(&store.fw, &store.evidence, store.lang);
                let stem = format!("katalog-butir-{}-{}", store.fw.id, storage::today());
                if !xlsx {
                    files::download(&format!("{stem}.csv"), "text/csv;charset=utf-8", &text);
                    return;
                }
                match files::xlsx_catalogue(&text).await {
                    Ok(bytes) => {
                        files::download_bytes(&format!("{stem}.xlsx"), files::XLSX_MIME, &bytes)
                    }
                    Err(message) => {
                        store.dispatch(Action::Notify(Notice::ExportFailed(message).into()))
                    }
                }
            });
        })
    };
    let (onsave, onxlsx) = (save(false), save(true));
    let onpick = {
        let (store, outcome) = (store.clone(), outcome.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::picked(&e) else {
                return;
            };
            let (store, outcome) = (store.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(Some(load(&store, file).await));
            });
        })
    };
    html! {
        <section class="catalogue" aria-labelledby="catalogue-h" data-testid="catalogue">
            <h3 id="catalogue-h">{ t.catalogue_heading }</h3>
            <p class="hint">{ t.catalogue_hint }</p>
            <div class="buttons">
                <button type="button" onclick={onsave} data-testid="catalogue-save">{ t.catalogue_save }</button>
                <button type="button" onclick={onxlsx} data-testid="catalogue-save-xlsx">{ t.catalogue_save_xlsx }</button>
                <label for="catalogue-file">{ t.catalogue_load }</label>
                <input id="catalogue-file" type="file" accept={format!(".csv,.json,.xlsx,text/csv,application/json,{}", files::XLSX_MIME)} onchange={onpick} data-testid="catalogue-file" />
            </div>
            {
                match &*outcome {
                    Some(Ok(loaded)) => html! {
                        <p class="notice ok" role="status" data-testid="catalogue-outcome">
                            { catalogue_loaded(store.lang, loaded.items, loaded.indicators) }
                        </p>
                    },
                    Some(Err(e)) => html! { <p class="notice" role="alert" data-testid="catalogue-outcome">{ doc_error(e, store.lang) }</p> },
                    None => html! {},
                }
            }
        </section>
    }
}

/// Read, check and apply a catalogue file; nothing changes on a fault.
async fn load(
    store: &crate::app::store::Store,
    file: web_sys::File,
) -> Result<catalogue::Loaded, DocError> {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(DocError::TooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        });
    }
    // A file refused for its size spares the fetch of the CSV chunk.
    let transfer = TRANSFER.ensure().await.map_err(|_| DocError::Unavailable)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| DocError::Encoding)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    // A workbook (a zip container) is read in the XLSX module, which hands it over checked,
    // as a catalogue CSV file.
    let from_workbook;
    let text = if bytes.starts_with(b"PK\x03\x04") {
        from_workbook = files::read_xlsx_catalogue(&bytes, &store.fw, store.lang).await?;
        &from_workbook
    } else {
        text_of(&bytes)?
    };
    // A JSON list of items, or a CSV table.
    let rows = if text.trim_start().starts_with('[') {
        (transfer.catalogue_from_json)(&json_items(text, store.fw.indicators.len())?, &store.fw)?
    } else {
        (transfer.catalogue_read)(text, &store.fw)?
    };
    let (evidence, loaded) = (transfer.catalogue_apply)(&store.fw, &store.evidence, &rows)?;
    store.dispatch(Action::SetEvidence(evidence));
    Ok(loaded)
}

/// The items of a JSON catalogue (a list of objects) as text fields in [`catalogue::JSON_KEYS`]
/// order, read with the browser's parser (numbers as written: `1`, not `1.0`).
fn json_items(text: &str, indicators: usize) -> Result<Vec<[String; 4]>, DocError> {
    let value = storage::js_parse(text)?;
    let list: js_sys::Array = wasm_bindgen::JsCast::dyn_into(value)
        .map_err(|_| DocError::Syntax("expected a list of items".into()))?;
    let max = crate::evidence::MAX_ITEMS * indicators;
    if list.length() as usize > max {
        return Err(DocError::TooMany {
            field: "JSON".into(),
            max,
            got: list.length() as usize,
        });
    }
    Ok(list
        .iter()
        .map(|item| {
            catalogue::JSON_KEYS.map(|keys| {
                keys.iter()
                    .filter_map(|k| {
                        js_sys::Reflect::get(&item, &wasm_bindgen::JsValue::from_str(k)).ok()
                    })
                    .find(|v| !v.is_undefined() && !v.is_null())
                    .map(|v| {
                        v.as_string()
                            .or_else(|| v.as_f64().map(|_| crate::web::api::number_text(&v)))
                            .unwrap_or_default()
                    })
                    .unwrap_or_default()
            })
        })
        .collect())
}
