//! Keep and share: export the work as JSON, CSV or XLSX, import a file by picking or dropping
//! it, the institution name for the brief, and printing the one-page brief. A file of another
//! framework is never read as this one: its own framework is loaded and checked first, then
//! the calculator switches to it (this framework's work is kept) and says so.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::app::files::{self, Picked};
use crate::app::parts::transfer_for_export;
use crate::app::storage;
use crate::app::store::{use_shared, use_store};
use crate::app::{registry, switch};
use crate::engine::{Framework, Lang};
use crate::i18n::strings;
use crate::state::{Action, Notice, Opaque, State};
use crate::work::{DocError, Work};

/// "indeks-spbe-2020-kab-contoh-2026-11-23": the framework, letters and digits of the
/// institution, and the date.
fn file_stem(model: &str, institution: &str) -> String {
    let slug: String = institution
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    let mut stem = format!("indeks-{}", model.trim_start_matches("indeks-"));
    if !slug.is_empty() {
        stem.push('-');
        stem.push_str(&slug);
    }
    format!("{stem}-{}", storage::today())
}

#[component]
pub fn FilesPanel() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    let st = crate::i18n::screen_texts(store.lang);
    let dragging = use_state(|| false);
    let stem = file_stem(&store.fw.id, &store.institution);
    let onjson = {
        let (store, stem) = (store.clone(), stem.clone());
        Callback::from(move |_: MouseEvent| {
            let text = storage::write_json(&store.work(), &store.fw);
            files::download(&format!("{stem}.json"), "application/json", &text);
        })
    };
    // The CSV writer is in a chunk of its own (`TRANSFER`), fetched on the first use.
    let oncsv = {
        let (store, stem) = (store.clone(), stem.clone());
        Callback::from(move |_: MouseEvent| {
            let (store, stem) = (store.clone(), stem.clone());
            yew::platform::spawn_local(async move {
                if let Some(transfer) = transfer_for_export(&store).await {
                    let text = (transfer.write_csv)(&store.work(), &store.fw);
                    files::download(&format!("{stem}.csv"), "text/csv;charset=utf-8", &text);
                }
            });
        })
    };
    // The workbook module is loaded only now (main.js: spbeExtras.xlsx), keeping it out of the
    // first load.
    let onxlsx = {
        let (store, stem) = (store.clone(), stem.clone());
        Callback::from(move |_: MouseEvent| {
            let (store, stem) = (store.clone(), stem.clone());
            yew::platform::spawn_local(async move {
                let json = storage::write_json(&store.work(), &store.fw);
                let model = storage::model_json(&store.fw);
                match files::xlsx(&json, &model, store.lang.code(), &storage::today()).await {
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
    // Read one file and load it only when every check passes (of its own framework).
    let import = {
        let store = store.clone();
        Callback::from(move |file: web_sys::File| {
            let (current, dispatch, lang) = (store.fw.clone(), store.dispatcher(), store.lang);
            let name = file.name();
            yew::platform::spawn_local(async move {
                match import_file(file, &name, current, lang, &dispatch).await {
                    Ok(()) => {}
                    Err(e) => dispatch.dispatch(Action::ImportFailed(e)),
                }
            });
        })
    };
    let onpick = {
        let import = import.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::picked(&e) {
                import.emit(file);
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                import.emit(file);
            }
        })
    };
    let oninstitution = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                store.dispatch(Action::SetInstitution(input.value()));
            }
        })
    };
    let onprint = {
        let print = use_shared().map(|s| s.print);
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &print {
                p.request
                    .emit(crate::app::hooks::use_print::Printout::Brief);
            }
        })
    };
    html! {
        <section class={classes!("files", (*dragging).then_some("dragging"))} aria-labelledby="files-title"
            data-testid="files" {ondragover} {ondragleave} {ondrop}>
            <h2 id="files-title">{ st.files_heading }</h2>
            <p class="hint">{ st.autosave_on }</p>
            <label class="institution">
                <span>{ t.institution }</span>
                <input type="text" maxlength="120" value={store.institution.clone()} onchange={oninstitution}
                    data-testid="institution" />
            </label>
            <div class="buttons">
                <button type="button" onclick={onjson} data-testid="export-json">{ st.export_json }</button>
                <button type="button" onclick={oncsv} data-testid="export-csv">{ st.export_csv }</button>
                <button type="button" onclick={onxlsx} data-testid="export-xlsx">{ st.export_xlsx }</button>
                <button type="button" onclick={onprint} data-testid="print-brief">{ t.print_brief }</button>
            </div>
            <div class="drop-zone">
                <label for="import-file">{ st.import_file }</label>
                <input id="import-file" type="file" accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    onchange={onpick} data-testid="import-file" />
                <span class="hint">{ st.drop_hint }</span>
            </div>
        </section>
    }
}

/// The framework a file is for: the one in use, the one it carries (a user's framework), or
/// one loaded now. `Ok(None)`: loading failed (the user was told).
async fn framework_for(
    model: &str,
    current: &Rc<Framework>,
    carried: Option<Box<Framework>>,
    dispatch: &UseReducerDispatcher<State>,
) -> Result<Option<Rc<Framework>>, DocError> {
    if model == current.id {
        return Ok(Some(current.clone()));
    }
    if let Some(fw) = carried {
        return registry::add_user(*fw)
            .map(Some)
            .map_err(|_| DocError::ReservedFramework {
                id: model.to_string(),
            });
    }
    if !storage::known_ids().iter().any(|id| id == model) {
        return Err(DocError::WrongModel {
            found: model.chars().take(40).collect(),
            expected: current.id.clone(),
        });
    }
    Ok(switch::load(model, dispatch).await)
}

/// How a picked file's work is read once its framework is known: at once (JSON, CSV), or by
/// the XLSX module (a workbook).
enum Reader {
    Now(ReadNow),
    Workbook(Vec<u8>),
}

type ReadNow = Box<dyn Fn(&Framework) -> Result<Work, DocError>>;

/// Check a picked or dropped file completely, then load its work (switching framework when
/// the file is for another one).
async fn import_file(
    file: web_sys::File,
    name: &str,
    current: Rc<Framework>,
    lang: Lang,
    dispatch: &UseReducerDispatcher<State>,
) -> Result<(), DocError> {
    let bundled = |id: &str| registry::catalog().is_bundled(id);
    let (model, carried, read): (String, Option<Box<Framework>>, Reader) =
        match files::read_file(file, bundled, lang).await? {
            Picked::Framework(fw) => {
                match registry::add_user(*fw) {
                    Ok(fw) => switch::to(fw, dispatch).await,
                    Err(e) => dispatch.dispatch(Action::Notify(Notice::ModelFailed(e).into())),
                }
                return Ok(());
            }
            Picked::Json(doc, carried) => {
                let model = doc.model.clone();
                (
                    model,
                    carried,
                    Reader::Now(Box::new(move |fw: &Framework| (*doc).clone().into_work(fw))),
                )
            }
            Picked::Xlsx(bytes, model) => (model, None, Reader::Workbook(bytes)),
            Picked::Share(text, model) => {
                // A unit's file opens the restricted mode, on its framework; the mode reads
                // and checks it.
                let Some(fw) = framework_for(&model, &current, None, dispatch).await? else {
                    return Ok(());
                };
                if fw.id != current.id {
                    switch::to(fw, dispatch).await;
                }
                dispatch.dispatch(Action::OpenShare(Some(Opaque::new(text))));
                return Ok(());
            }
            // A CSV that names no framework is not one of ours: reading it says what is wrong.
            Picked::Csv(text, model, read) => (
                if model.is_empty() {
                    current.id.clone()
                } else {
                    model
                },
                None,
                Reader::Now(Box::new(move |fw: &Framework| read(&text, fw))),
            ),
        };
    let Some(fw) = framework_for(&model, &current, carried, dispatch).await? else {
        return Ok(());
    };
    let work = match read {
        Reader::Now(read) => read(&fw)?,
        Reader::Workbook(bytes) => files::read_xlsx(&bytes, &fw, lang).await?,
    };
    if Rc::ptr_eq(&fw, &current) || fw.id == current.id {
        dispatch.dispatch(Action::LoadWork(Box::new(work), Some(name.to_string())));
        return Ok(());
    }
    let (from, to) = (current.name.clone(), fw.name.clone());
    switch::to(fw, dispatch).await;
    dispatch.dispatch(Action::LoadWork(Box::new(work), None));
    dispatch.dispatch(Action::Notify(
        Notice::Switched {
            file: Some(name.to_string()),
            from,
            to,
        }
        .into(),
    ));
    Ok(())
}
