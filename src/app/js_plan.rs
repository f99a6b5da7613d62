//! `spbe.planInSlices(model, levels, options, { onProgress, signal })`: the plan `spbe.plan`
//! gives, as a Promise computed in slices of about [`SLICE_MS`], each in its own browser task,
//! so that a host page asking for a plan that needs the large tables (efforts counted in money,
//! a framework of its own) is never frozen. `onProgress(share)` hears the share done (0 to 1)
//! after each slice; an `AbortSignal` cancels (the Promise then rejects with an `AbortError`).
//!
//! ```js
//! const stop = new AbortController();
//! const plan = await spbe.planInSlices("pemdi-2026", values, { target: "Memuaskan", efforts },
//!   { onProgress: (share) => bar.value = share, signal: stop.signal });
//! ```

use js_sys::{Function, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::api::{self, ApiError};
use crate::engine::Lang;
use crate::engine::plan::Poll;

use super::js_args::call;
use crate::web::api::{api_error, lang_option, plan_result};

/// Table cells between two looks at the clock.
const CELLS: u64 = 100_000;
/// Longest a slice works before the browser has a turn.
const SLICE_MS: f64 = 16.0;

fn now() -> f64 {
    gloo_utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// The fourth argument is wrong (`code` "badArgument", as the API's other arguments).
fn bad_control(lang: Lang, id: &str, en: &str) -> JsValue {
    api_error(&ApiError::bad_argument("control", id, en), lang)
}

fn aborted() -> JsValue {
    let e = js_sys::Error::new("spbe: the plan was cancelled (signal aborted)");
    e.set_name("AbortError");
    e.into()
}

/// The fourth argument: `onProgress` (a function) and `signal` (an `AbortSignal`), both optional.
fn control(value: &JsValue, lang: Lang) -> Result<(Option<Function>, Option<JsValue>), JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok((None, None));
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(bad_control(
            lang,
            "(argumen keempat) harus berupa objek ({ onProgress, signal })",
            "(the fourth argument) must be an object ({ onProgress, signal })",
        ));
    }
    let get =
        |key: &str| Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let on_progress = match get("onProgress") {
        v if v.is_undefined() => None,
        v if v.is_function() => Some(Function::from(v)),
        _ => {
            return Err(bad_control(
                lang,
                ".onProgress harus berupa fungsi",
                ".onProgress must be a function",
            ));
        }
    };
    let signal = match get("signal") {
        v if v.is_undefined() => None,
        v if v.is_object() && Reflect::has(&v, &JsValue::from_str("aborted")).unwrap_or(false) => {
            Some(v)
        }
        _ => {
            return Err(bad_control(
                lang,
                ".signal harus berupa AbortSignal",
                ".signal must be an AbortSignal",
            ));
        }
    };
    Ok((on_progress, signal))
}

fn is_aborted(signal: &Option<JsValue>) -> bool {
    signal.as_ref().is_some_and(|s| {
        Reflect::get(s, &JsValue::from_str("aborted"))
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true)
    })
}

/// `spbe.planInSlices`.
pub fn plan_in_slices_function() -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue, JsValue, JsValue) -> js_sys::Promise>::new(
        move |model: JsValue, levels: JsValue, opts: JsValue, ctl: JsValue| {
            // The arguments are read now, as `spbe.plan` reads them; the work runs later.
            let lang = lang_option(&opts);
            let setup = control(&ctl, lang).and_then(|(on_progress, signal)| {
                let job =
                    call(&model, &levels, &opts, api::plan_job).map_err(|e| api_error(&e, lang))?;
                Ok((job, on_progress, signal))
            });
            wasm_bindgen_futures::future_to_promise(async move {
                let (mut job, on_progress, signal) = setup?;
                loop {
                    if is_aborted(&signal) {
                        return Err(aborted());
                    }
                    let begun = now();
                    let progress = loop {
                        match job.run(CELLS) {
                            Poll::Done(out) => {
                                return out
                                    .map(|p| plan_result(&p))
                                    .map_err(|e| api_error(&e, lang));
                            }
                            Poll::Working(p) if now() - begun >= SLICE_MS => break p,
                            Poll::Working(_) => {}
                        }
                    };
                    if let Some(f) = &on_progress {
                        let share = progress.done as f64 / progress.total.max(1) as f64;
                        // A host's callback that throws does not stop the plan.
                        let _ = f.call1(&JsValue::NULL, &JsValue::from_f64(share.min(1.0)));
                    }
                    super::tasks::next_task().await;
                }
            })
        },
    )
    .into_js_value()
}
