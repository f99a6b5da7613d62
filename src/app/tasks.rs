//! Splitting start-up work into separate browser tasks, so that no single task keeps a slow
//! phone's main thread busy for long (each long task delays the first tap).

use wasm_bindgen_futures::JsFuture;

/// Resolve in a new task: what follows runs after the browser has had a turn (input, paint).
pub async fn next_task() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo_utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(wait).await;
}

/// Resolve when the page is idle (or after a while where the browser cannot say so).
pub async fn when_idle() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let window = gloo_utils::window();
        if window.request_idle_callback(&resolve).is_err() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1500);
        }
    });
    let _ = JsFuture::from(wait).await;
}
