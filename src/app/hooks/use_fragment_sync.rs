//! The URL fragment mirrors the state: every change replaces the fragment (no history entry),
//! and a fragment changed from outside (a pasted link, the back button) is opened — after
//! loading its framework when it names another one.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::app::switch;
use crate::engine::fragment::model_of;
use crate::state::{Action, Notice};

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
    // The framework in use and its name, for the listener registered once.
    let current: Rc<RefCell<(String, crate::engine::Text)>> =
        use_mut_ref(|| (store.fw.id.clone(), store.fw.name.clone()));
    *current.borrow_mut() = (store.fw.id.clone(), store.fw.name.clone());
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
            let fragment = current_fragment();
            let (id, from) = current.borrow().clone();
            let model = model_of(&fragment);
            if model == id {
                dispatcher.dispatch(Action::OpenLink(fragment));
                return;
            }
            // A link of another framework: load it, switch (this framework's work is kept),
            // then open the link there.
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                if let Some(fw) = switch::load(&model, &dispatcher).await {
                    let to = fw.name.clone();
                    switch::to(fw, &dispatcher);
                    dispatcher.dispatch(Action::OpenLink(fragment));
                    dispatcher.dispatch(Action::Notify(Notice::Switched {
                        file: None,
                        from,
                        to,
                    }));
                }
            });
        });
        move || drop(listener)
    });
}
