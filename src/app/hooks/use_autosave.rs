//! Autosave: every change of the work is written to `localStorage` under its framework's key;
//! another tab's save of the same framework is noticed (the `storage` event) and offered
//! instead of being overwritten unnoticed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::FwRef;
use crate::app::storage::{self, key};
use crate::engine::Framework;
use crate::state::{Action, Notice, PendingReason};

use super::super::store::Store;

#[hook]
pub fn use_autosave(store: Store) {
    // What this tab wrote last (key and text), to tell its own saves from another tab's.
    let last: Rc<RefCell<(String, String)>> = use_mut_ref(Default::default);
    let warned = use_mut_ref(|| false);
    // The framework in use, for the listener registered once.
    let current: Rc<RefCell<Rc<Framework>>> = use_mut_ref(|| store.fw.clone());
    *current.borrow_mut() = store.fw.clone();
    let work = store.work();
    // While saved work is offered (a link over saved work, or another tab's save), nothing is
    // written: the user decides first.
    // Embedded in another site, nothing is saved (the user's own work stays as it is).
    let paused = store.pending.is_some() || store.mode.embed.is_some();
    {
        let (last, warned, dispatcher) = (last.clone(), warned.clone(), store.dispatcher());
        use_effect_with(
            (work, paused, FwRef(store.fw.clone())),
            move |(work, paused, fw)| {
                if !*paused {
                    let fw = &fw.0;
                    let text = storage::write_json(work, fw);
                    let k = key(&fw.id);
                    if *last.borrow() != (k.clone(), text.clone()) {
                        if storage::save(&fw.id, &text) {
                            *last.borrow_mut() = (k, text);
                        } else if !*warned.borrow() {
                            *warned.borrow_mut() = true;
                            dispatcher.dispatch(Action::Notify(Notice::StorageUnavailable));
                        }
                    }
                }
            },
        );
    }
    let dispatcher = store.dispatcher();
    let embedded = store.mode.embed.is_some();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo_utils::window(), "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if embedded {
                return;
            }
            let fw = current.borrow().clone();
            let k = key(&fw.id);
            if e.key().as_deref() != Some(k.as_str()) {
                return;
            }
            let Some(text) = e.new_value() else { return };
            if last.borrow().1 == text {
                return;
            }
            if let Ok(work) = storage::read_json(&text, &fw) {
                *last.borrow_mut() = (k, text);
                dispatcher.dispatch(Action::OfferPending(
                    Box::new(work),
                    PendingReason::OtherTab,
                ));
            }
        });
        move || drop(listener)
    });
}
