//! The thin Yew shell (wasm32 only). It loads the bundled frameworks, installs the JavaScript
//! API and renders [`components::app::App`]. All behaviour lives in the pure crate modules
//! (`engine`, `state`, `view`, `api`); the components lay out view models and send actions.

pub mod components;
pub mod hooks;
pub mod js_api;
pub mod storage;
pub mod store;

use std::rc::Rc;

use crate::engine::model::RawModel;
use crate::engine::{Framework, ModelError};
use crate::models;

use components::app::{App, AppProps};

/// An `Rc<Framework>` compared by pointer: props that carry the framework then compare in O(1).
#[derive(Clone, Debug)]
pub struct FwRef(pub Rc<Framework>);

impl PartialEq for FwRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Parse a model file with the browser's `JSON.parse` (no JSON parser in the wasm) and
/// validate it.
pub fn load_model(text: &str) -> Result<Framework, ModelError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        ModelError::Syntax(
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default(),
        )
    })?;
    let raw: RawModel =
        serde_wasm_bindgen::from_value(value).map_err(|e| ModelError::Syntax(e.to_string()))?;
    Framework::from_raw(raw)
}

/// Every bundled framework, in order, each loaded or with the reason it failed.
pub fn load_bundled() -> Vec<Result<Rc<Framework>, ModelError>> {
    models::BUNDLED
        .iter()
        .map(|(_, text)| load_model(text).map(Rc::new))
        .collect()
}

/// Start the app in `<main id="app">` (or the body).
pub fn start() {
    let loaded = load_bundled();
    let frameworks: Vec<Rc<Framework>> = loaded.iter().filter_map(|r| r.clone().ok()).collect();
    js_api::install(&frameworks);
    let props = AppProps {
        model: match loaded.into_iter().next() {
            Some(Ok(fw)) => Ok(FwRef(fw)),
            Some(Err(e)) => Err(e),
            None => Err(ModelError::Syntax("no model is bundled".into())),
        },
    };
    let root = gloo_utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
