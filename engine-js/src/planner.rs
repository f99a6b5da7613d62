//! The planner: `plan` and `gains`, in a chunk of their own that the first call fetches (the
//! module every portal loads stays without the solver; see scripts/package.sh).

use std::sync::OnceLock;

use wasm_bindgen::prelude::*;

use spbe_calculator::api::{self, ApiError, Known};
use spbe_calculator::engine::Lang;
use spbe_calculator::web::api::{
    api_error, gains_result, lang_option, model_and_levels, options, plan_result,
};

use crate::{drive, error, with_known};

/// A planning call on checked arguments: `plan` or `gains`, with its result converted.
type Job = fn(&Known, &str, &[api::ApiValue], &api::ApiOptions) -> Result<JsValue, ApiError>;

/// What the planner chunk hands over: the two planning calls. Only [`planner`] reaches them,
/// so the build moves them, the solver and everything only they use into the chunk.
#[derive(Clone, Copy)]
struct Planner {
    plan: Job,
    gains: Job,
}

#[wasm_split_helpers::wasm_split(planner, fallible)]
fn planner() -> Result<Planner, wasm_split_helpers::SplitLoaderError> {
    Ok(Planner {
        plan: |k, m, v, o| api::plan(k, m, v, o).map(|p| plan_result(&p)),
        gains: |k, m, v, o| api::gains(k, m, v, o).map(|g| gains_result(&g)),
    })
}

/// The planner, once its chunk is loaded.
static PLANNER: OnceLock<Planner> = OnceLock::new();

/// Fetch and start the planner chunk (once), then call `done(loaded)`: false if it could not be
/// fetched (index.js says so; the next call tries again). The split point's future is driven
/// here by hand (`drive`; `schedule` asks for `drivePlanner` to be called soon), not by
/// wasm-bindgen-futures, whose executor would cost the module every portal loads about 2 KiB
/// gzip.
#[wasm_bindgen(js_name = loadPlanner)]
pub fn load_planner(done: js_sys::Function, schedule: js_sys::Function) {
    if PLANNER.get().is_some() {
        let _ = done.call1(&JsValue::NULL, &JsValue::TRUE);
        return;
    }
    drive::start(
        async {
            match planner().await {
                Ok(p) => {
                    let _ = PLANNER.set(p);
                    true
                }
                Err(_) => false,
            }
        },
        done,
        schedule,
    );
}

/// Poll the planner's load after a wake (see `loadPlanner`).
#[wasm_bindgen(js_name = drivePlanner)]
pub fn drive_planner() {
    drive::poll();
}

fn planning(
    job: fn(&Planner) -> Job,
    model: JsValue,
    levels: JsValue,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(&opts);
    let Some(planner) = PLANNER.get() else {
        return Err(error("notReady", lang, |l| match l {
            Lang::Id => "perencana belum dimuat; panggil `await plan(…)` dari index.js".into(),
            Lang::En => "the planner is not loaded; call `await plan(…)` from index.js".into(),
        }));
    };
    let (model, values) = model_and_levels(&model, &levels).map_err(|e| api_error(&e, lang))?;
    let opts = options(&opts).map_err(|e| api_error(&e, lang))?;
    with_known(lang, |k| job(planner)(k, &model, &values, &opts))
}

/// `plan(id, values, options)`: as `window.spbe.plan` (after `loadPlanner`).
#[wasm_bindgen]
pub fn plan(model: JsValue, levels: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    planning(|p| p.plan, model, levels, opts)
}

/// `gains(id, values, options)`: as `window.spbe.gains` (after `loadPlanner`).
#[wasm_bindgen]
pub fn gains(model: JsValue, levels: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    planning(|p| p.gains, model, levels, opts)
}
