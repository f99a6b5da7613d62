//! The URL fragment mirrors the state: every change replaces the fragment (no history entry),
//! and a fragment changed from outside (a pasted link, the back button) is opened.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::state::Action;

use super::super::store::Store;

/// The current fragment without its `#` (empty when there is none).
pub fn current_fragment() -> String {
    gloo_utils::window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

#[hook]
pub fn use_fragment_sync(store: Store) {
    let fragment = store.fragment();
    use_effect_with(fragment, |fragment| {
        if current_fragment() != *fragment {
            let window = gloo_utils::window();
            if let Ok(history) = window.history() {
                // A failure here only leaves the address bar behind; the screen is right.
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("#{fragment}")),
                );
            }
        }
    });
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
            dispatcher.dispatch(Action::OpenFragment(current_fragment()));
        });
        move || drop(listener)
    });
}
