//! A call of `window.spbe` with the frameworks this page has loaded: its arguments are read by
//! [`crate::web::api`] (shared with the npm package), then the rule runs.

use wasm_bindgen::JsValue;

use crate::api::{ApiError, ApiOptions, ApiValue, Known};
use crate::web::api::{model_and_levels, options};

use super::{registry, storage};

/// Reads a call's arguments and runs `rule` with the frameworks loaded now.
pub(crate) fn call<T>(
    model: &JsValue,
    levels: &JsValue,
    opts: &JsValue,
    rule: impl FnOnce(&Known, &str, &[ApiValue], &ApiOptions) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let (model, values) = model_and_levels(model, levels)?;
    let opts = options(opts)?;
    with_known(|known| rule(known, &model, &values, &opts))
}

/// Runs `f` with the frameworks loaded now.
pub(crate) fn with_known<T>(f: impl FnOnce(&Known) -> T) -> T {
    let loaded = registry::loaded();
    let ids = storage::known_ids();
    f(&Known {
        loaded: &loaded,
        ids: &ids,
    })
}
