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
use crate::models::{Catalog, LoadError};
pub use crate::web::{load_model_as, parse_json};

thread_local! {
    static CATALOG: RefCell<Option<Catalog>> = const { RefCell::new(None) };
    static LOADED: RefCell<Vec<Rc<Framework>>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue of bundled frameworks (read once).
pub fn catalog() -> Catalog {
    CATALOG.with(|c| c.borrow_mut().get_or_insert_with(Catalog::bundled).clone())
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

/// A user's framework: validated, never under a bundled id, kept for this page.
pub fn add_user(fw: Framework) -> Result<Rc<Framework>, LoadError> {
    if catalog().is_bundled(&fw.id) {
        return Err(LoadError::Reserved { id: fw.id });
    }
    let fw = Rc::new(fw);
    insert(fw.clone());
    Ok(fw)
}

/// A same-origin file's response: the one `main.js` started early for this path (taken once),
/// else a new request. `Err` carries the HTTP status (None: no response at all).
async fn fetch(path: &str) -> Result<web_sys::Response, Option<u16>> {
    let window = gloo_utils::window();
    let early = js_sys::Reflect::get(&window, &"spbeEarly".into())
        .ok()
        .filter(|e| e.is_object())
        .filter(|e| {
            js_sys::Reflect::get(e, &"path".into())
                .ok()
                .and_then(|p| p.as_string())
                .is_some_and(|p| p == path)
        });
    let response = match early {
        Some(e) => {
            let _ = js_sys::Reflect::delete_property(&window.into(), &"spbeEarly".into());
            let promise = js_sys::Reflect::get(&e, &"response".into())
                .ok()
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            match promise {
                Some(p) => JsFuture::from(p).await.ok().filter(|r| r.is_object()),
                None => None,
            }
        }
        None => None,
    };
    let response = match response {
        Some(r) => r,
        None => JsFuture::from(gloo_utils::window().fetch_with_str(path))
            .await
            .map_err(|_| None)?,
    };
    let response: web_sys::Response = response.dyn_into().map_err(|_| None)?;
    if !response.ok() {
        return Err(Some(response.status()));
    }
    Ok(response)
}

/// A same-origin file as bytes.
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, Option<u16>> {
    let response = fetch(path).await?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| None)?)
        .await
        .map_err(|_| None)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
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
    // Bundled frameworks come packed (engine::packed): no JSON reader on the first screen.
    let Some(packed) = catalog.packed_path(id) else {
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
    let bytes = fetch_bytes(&packed)
        .await
        .map_err(|status| LoadError::Fetch {
            id: id.to_string(),
            status,
        })?;
    let fw = crate::engine::packed::unpack_framework(&bytes, Origin::Bundled).map_err(|error| {
        LoadError::Invalid {
            id: id.to_string(),
            error,
        }
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
