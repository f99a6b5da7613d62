//! Autosave: every change of the work is written to `localStorage` under its framework's key;
//! another tab's save of the same framework is noticed (the `storage` event) and offered
//! instead of being overwritten unnoticed.
//!
//! The JSON document is written by the keep chunk ([`crate::app::parts::KEEP`]). Work that is
//! already kept as it is — the floor of a first visit, or the saved work just read — needs no
//! writing, so a first visit fetches that chunk only with its first change. A change made
//! before the chunk has arrived is written as soon as it has (the latest work, once).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::FwRef;
use crate::app::parts::{KEEP, Keep};
use crate::app::storage::{self, key};
use crate::engine::Framework;
use crate::state::{Action, Notice, PendingReason, State};
use crate::work::Work;

use super::super::store::Store;

/// What the autosave keeps between renders.
#[derive(Default)]
struct Saving {
    /// What this tab wrote last (key and text), to tell its own saves from another tab's.
    last: (String, String),
    /// The browser refused once and the user was told.
    warned: bool,
    /// The work to write as soon as the keep chunk is there.
    waiting: Option<(Work, Rc<Framework>)>,
}

/// Write the work waiting to be written, if any.
fn flush(keep: &Keep, saving: &RefCell<Saving>, dispatcher: &UseReducerDispatcher<State>) {
    let Some((work, fw)) = saving.borrow_mut().waiting.take() else {
        return;
    };
    let text = (keep.write)(&work, &fw);
    let k = key(&fw.id);
    let mut s = saving.borrow_mut();
    if s.last == (k.clone(), text.clone()) {
        return;
    }
    if storage::save(&fw.id, &text) {
        s.last = (k, text);
    } else if !s.warned {
        s.warned = true;
        drop(s);
        dispatcher.dispatch(Action::Notify(Notice::StorageUnavailable.into()));
    }
}

/// `kept`: whether the work the calculator starts with is already kept as it is (nothing
/// saved and no link: the floor; or the saved work itself).
#[hook]
pub fn use_autosave(store: Store, kept: bool) {
    let saving: Rc<RefCell<Saving>> = use_mut_ref(Saving::default);
    // The work as it is kept now, while nothing has changed since the start.
    let unchanged: Rc<RefCell<Option<Work>>> = use_mut_ref(|| kept.then(|| store.work()));
    // The framework in use, for the listener registered once.
    let current: Rc<RefCell<Rc<Framework>>> = use_mut_ref(|| store.fw.clone());
    *current.borrow_mut() = store.fw.clone();
    let work = store.work();
    // While saved work is offered (a link over saved work, or another tab's save), nothing is
    // written: the user decides first.
    // Embedded in another site, nothing is saved (the user's own work stays as it is).
    let paused = store.pending.is_some() || store.mode.embed.is_some();
    {
        let (saving, dispatcher) = (saving.clone(), store.dispatcher());
        use_effect_with(
            (work, paused, FwRef(store.fw.clone())),
            move |(work, paused, fw)| {
                if *paused {
                    return;
                }
                {
                    let mut unchanged = unchanged.borrow_mut();
                    if unchanged.as_ref() == Some(work) {
                        return;
                    }
                    *unchanged = None;
                }
                saving.borrow_mut().waiting = Some((work.clone(), fw.0.clone()));
                match KEEP.get() {
                    Some(keep) => flush(keep, &saving, &dispatcher),
                    None => yew::platform::spawn_local(async move {
                        if let Ok(keep) = KEEP.ensure().await {
                            flush(keep, &saving, &dispatcher);
                        }
                    }),
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
            if saving.borrow().last.1 == text {
                return;
            }
            let (saving, dispatcher) = (saving.clone(), dispatcher.clone());
            yew::platform::spawn_local(async move {
                let Ok(keep) = KEEP.ensure().await else {
                    return;
                };
                if let Ok(work) = (keep.read)(&text, &fw) {
                    saving.borrow_mut().last = (k, text);
                    dispatcher.dispatch(Action::OfferPending(
                        Box::new(work),
                        PendingReason::OtherTab,
                    ));
                }
            });
        });
        move || drop(listener)
    });
}
