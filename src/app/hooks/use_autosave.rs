//! Autosave: every change of the work is written to `localStorage`; another tab's save is
//! noticed (the `storage` event) and offered instead of being overwritten unnoticed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::storage::{self, KEY};
use crate::state::{Action, Notice, PendingReason};

use super::super::store::Store;

#[hook]
pub fn use_autosave(store: Store) {
    // What this tab wrote last, to tell its own saves from another tab's.
    let last: Rc<RefCell<String>> = use_mut_ref(String::new);
    let warned = use_mut_ref(|| false);
    let work = store.work();
    // While saved work is offered (a link over saved work, or another tab's save), nothing is
    // written: the user decides first.
    let paused = matches!(store.notice, Some(Notice::Pending(_)));
    {
        let (last, warned, dispatcher, fw) = (
            last.clone(),
            warned.clone(),
            store.dispatcher(),
            store.fw.clone(),
        );
        use_effect_with((work, paused), move |(work, paused)| {
            if !*paused {
                let text = storage::write_json(work, &fw);
                if *last.borrow() != text {
                    if storage::save(&text) {
                        *last.borrow_mut() = text;
                    } else if !*warned.borrow() {
                        *warned.borrow_mut() = true;
                        dispatcher.dispatch(Action::Notify(Notice::StorageUnavailable));
                    }
                }
            }
        });
    }
    let (dispatcher, fw) = (store.dispatcher(), store.fw.clone());
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo_utils::window(), "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if e.key().as_deref() != Some(KEY) {
                return;
            }
            let Some(text) = e.new_value() else { return };
            if *last.borrow() == text {
                return;
            }
            if let Ok(work) = storage::read_json(&text, &fw) {
                *last.borrow_mut() = text;
                dispatcher.dispatch(Action::OfferPending(
                    Box::new(work),
                    PendingReason::OtherTab,
                ));
            }
        });
        move || drop(listener)
    });
}
