//! The frameworks the app knows in this page: the catalogue (compiled in), and every framework
//! loaded so far — bundled ones fetched from their same-origin file when first chosen (the
//! service worker keeps them for offline use), and frameworks the user opened from a file. The
//! JavaScript API and the framework picker read from here.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::engine::model::Origin;
use crate::engine::{Framework, ModelError};
use crate::models::{CATALOG_JSON, Catalog, Entry, LoadError};
pub use crate::web::{load_model_as, parse_json};

thread_local! {
    static CATALOG: RefCell<Option<Catalog>> = const { RefCell::new(None) };
    static LOADED: RefCell<Vec<Rc<Framework>>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue of bundled frameworks (parsed once).
pub fn catalog() -> Catalog {
    CATALOG.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                // The catalogue is compiled in and checked by a native test; an unreadable one
                // would leave only the frameworks the user opened.
                Catalog(parse_json::<Vec<Entry>>(CATALOG_JSON).unwrap_or_default())
            })
            .clone()
    })
}

/// A framework loaded earlier (with its default variant choice).
pub fn get(id: &str) -> Option<Rc<Framework>> {
    LOADED.with(|l| l.borrow().iter().find(|f| f.id == id).cloned())
}

/// Every framework loaded so far.
pub fn loaded() -> Vec<Rc<Framework>> {
    LOADED.with(|l| l.borrow().clone())
}

/// Keep a framework (a user's framework of the same id is replaced).
pub fn insert(fw: Rc<Framework>) {
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|f| f.id != fw.id);
        l.push(fw);
    });
}

/// Every id the app can load: the catalogue's and the user's frameworks seen so far.
pub fn known_ids() -> Vec<String> {
    let mut ids: Vec<String> = catalog().0.iter().map(|e| e.id.clone()).collect();
    for f in loaded() {
        if !ids.contains(&f.id) {
            ids.push(f.id.clone());
        }
    }
    for (id, _) in super::storage::saved_user_frameworks() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// A user's framework: validated, never under a bundled id, kept for this page.
pub fn add_user(fw: Framework) -> Result<Rc<Framework>, LoadError> {
    if catalog().is_bundled(&fw.id) {
        return Err(LoadError::Reserved { id: fw.id });
    }
    let fw = Rc::new(fw);
    insert(fw.clone());
    Ok(fw)
}

pub(crate) async fn fetch_text(path: &str) -> Result<String, Option<u16>> {
    let window = gloo_utils::window();
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| None)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| None)?;
    if !response.ok() {
        return Err(Some(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| None)?)
        .await
        .map_err(|_| None)?;
    text.as_string().ok_or(None)
}

/// The framework `id`: loaded already, a user's framework kept with its saved work, or a
/// bundled one fetched now. Errors name the framework; nothing else changes.
pub async fn load(id: &str) -> Result<Rc<Framework>, LoadError> {
    if let Some(fw) = get(id) {
        return Ok(fw);
    }
    let catalog = catalog();
    let Some(path) = catalog.path(id) else {
        let keep = super::parts::KEEP.ensure().await.ok();
        return match keep.and_then(|keep| (keep.user_framework)(id)) {
            Some(Ok(fw)) => add_user(fw),
            Some(Err(error)) => Err(LoadError::Invalid {
                id: id.to_string(),
                error,
            }),
            None => Err(LoadError::Unknown { id: id.to_string() }),
        };
    };
    let text = fetch_text(&path).await.map_err(|status| LoadError::Fetch {
        id: id.to_string(),
        status,
    })?;
    let fw = load_model_as(&text, Origin::Bundled).map_err(|error| LoadError::Invalid {
        id: id.to_string(),
        error,
    })?;
    if fw.id != id {
        return Err(LoadError::Invalid {
            id: id.to_string(),
            error: ModelError::Syntax(format!("the file holds the framework \"{}\"", fw.id)),
        });
    }
    let fw = Rc::new(fw);
    insert(fw.clone());
    Ok(fw)
}
