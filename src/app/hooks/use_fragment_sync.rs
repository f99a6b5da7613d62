//! The URL fragment mirrors the state. Moving to another screen adds a history entry, so the
//! browser's Back returns to the previous screen; every other change (a level, the baseline, a
//! rule) replaces the entry — in the next task, after the screen has been updated: writing the
//! address bar costs the browser more than scoring does, and the new index should not wait
//! for it (changes made in one task are written once).
//!
//! Entries the app wrote carry a marker in `history.state`. Going Back or Forward to one of
//! them only changes the screen: the levels stay as they are now, since the entry holds the
//! levels of the moment it was left. A fragment changed from outside (a pasted or typed link,
//! which has no marker) is opened as a link — after loading its framework when it names
//! another one.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::app::parts::{LINK, link_reader};
use crate::app::switch;
use crate::engine::View;
use crate::engine::fragment::{model_of, view_of};
use crate::evidence::share::link;
use crate::state::{Action, Notice, Opaque, ReadLink};

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

/// The marker in `history.state` of the entries this app wrote.
const MARK: &str = "spbe-calculator";

fn written_here() -> bool {
    gloo_utils::window()
        .history()
        .and_then(|h| h.state())
        .is_ok_and(|s| s.as_string().as_deref() == Some(MARK))
}

/// Write `#fragment` into the address bar: a new entry (`push`) or in place.
fn write(fragment: &str, push: bool) {
    let Ok(history) = gloo_utils::window().history() else {
        return;
    };
    let url = format!("#{fragment}");
    let mark = wasm_bindgen::JsValue::from_str(MARK);
    // A failure here only leaves the address bar behind; the screen is right.
    let _ = if push {
        history.push_state_with_url(&mark, "", Some(&url))
    } else {
        history.replace_state_with_url(&mark, "", Some(&url))
    };
}

/// The address bar is rewritten in the next task (see the module text).
const REPLACE_AFTER_MS: u32 = 0;

#[hook]
pub fn use_fragment_sync(store: Store) {
    let fragment = store.fragment();
    // The screen the address bar shows; Back and Forward set it before they change the screen.
    let shown: Rc<RefCell<View>> = use_mut_ref(|| store.view);
    let first = use_mut_ref(|| true);
    // A replacement waiting for the changes to settle (dropping it cancels it).
    let waiting: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let (shown, waiting) = (shown.clone(), waiting.clone());
        // Embedded in another site, the address is left alone: history entries in a frame
        // would take over the host page's Back button.
        let embedded = store.mode.embed.is_some();
        // A unit's restricted mode leaves its link in the address bar until it is closed.
        let share = store.mode.share.is_some();
        // A link whose reader could not be fetched stays in the address bar, so that a reload
        // opens it once the network is back (until the work on screen changes).
        let unread = matches!(store.notice.as_deref(), Some(Notice::LinkUnavailable));
        use_effect_with(
            (fragment, store.view, share),
            move |(fragment, view, share)| {
                if embedded || *share {
                    return;
                }
                let first = std::mem::replace(&mut *first.borrow_mut(), false);
                let moved = !first && *shown.borrow() != *view;
                *shown.borrow_mut() = *view;
                waiting.borrow_mut().take();
                if first && unread {
                    return;
                }
                if first || moved {
                    // The first entry is marked at once; another screen is a new entry at once.
                    write(fragment, moved);
                } else if current_fragment() != *fragment {
                    let fragment = fragment.clone();
                    *waiting.borrow_mut() = Some(Timeout::new(REPLACE_AFTER_MS, move || {
                        if current_fragment() != fragment {
                            write(&fragment, false);
                        }
                    }));
                }
            },
        );
    }
    // The framework in use and its name, for the listener registered once.
    let current: Rc<RefCell<(String, crate::engine::Text)>> =
        use_mut_ref(|| (store.fw.id.clone(), store.fw.name.clone()));
    *current.borrow_mut() = (store.fw.id.clone(), store.fw.name.clone());
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        // The entry on view changed (Back, Forward, a typed link): a replacement still waiting
        // was meant for the entry that was left. `popstate` comes first, `hashchange` in a
        // later task, so both cancel it.
        let cancel = {
            let waiting = waiting.clone();
            EventListener::new(&gloo_utils::window(), "popstate", move |_| {
                waiting.borrow_mut().take();
            })
        };
        let listener = EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
            waiting.borrow_mut().take();
            let fragment = current_fragment();
            if written_here() {
                // Back or Forward within this app's entries: the screen changes, the work stays.
                let view = view_of(&fragment);
                *shown.borrow_mut() = view;
                dispatcher.dispatch(Action::SetView(view));
                return;
            }
            let (id, from) = current.borrow().clone();
            let model = model_of(&fragment);
            // A unit's link opens its restricted mode (on its framework), which reads it;
            // another link is read by the link reader (its chunk, fetched now if needed).
            let share = link::payload(&fragment).map(str::to_string);
            let needs_reader = share.is_none();
            let open = move |dispatcher: &UseReducerDispatcher<crate::state::State>,
                             fragment: String,
                             read: Option<ReadLink>| {
                match (&share, read) {
                    (Some(p), _) => dispatcher.dispatch(Action::OpenShare(Some(Opaque::new(
                        link::Payload(p.clone()),
                    )))),
                    (None, Some(read)) => dispatcher.dispatch(Action::OpenLink(fragment, read)),
                    (None, None) => {
                        dispatcher.dispatch(Action::Notify(Notice::LinkUnavailable.into()))
                    }
                }
            };
            if model == id && (!needs_reader || link_reader().is_some()) {
                open(&dispatcher, fragment, link_reader());
                return;
            }
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                let read = match needs_reader {
                    true => LINK.ensure().await.ok(),
                    false => None,
                };
                if needs_reader && read.is_none() {
                    open(&dispatcher, fragment, None);
                    return;
                }
                if model == id {
                    open(&dispatcher, fragment, read);
                    return;
                }
                // A link of another framework: load it, switch (this framework's work is
                // kept), then open the link there. A link that framework cannot read switches
                // nothing.
                if let Some(fw) = switch::load(&model, &dispatcher).await {
                    if let Some(Err(e)) = read.map(|read| read(&fragment, &fw)) {
                        dispatcher.dispatch(Action::Notify(Notice::BadLink(e).into()));
                        return;
                    }
                    let to = fw.name.clone();
                    switch::to(fw, &dispatcher).await;
                    open(&dispatcher, fragment, read);
                    dispatcher.dispatch(Action::Notify(
                        Notice::Switched {
                            file: None,
                            from,
                            to,
                        }
                        .into(),
                    ));
                }
            });
        });
        move || drop((cancel, listener))
    });
}
