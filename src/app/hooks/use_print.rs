//! The printed brief is built only while printing: the browser's `beforeprint` (Ctrl+P, the
//! menu) builds it — Yew renders in a microtask, which runs before the browser lays the page
//! out for print — and `afterprint` drops it. The brief's button asks for it first and prints
//! once it is on the page — after fetching the brief's chunk if the page has not yet (the
//! browser's own printing, Ctrl+P, finds it fetched once the page was idle).

use gloo_events::EventListener;

use crate::app::parts::Piece;
use yew::prelude::*;

/// Whether the brief is on the page, and how a button asks to print it.
#[derive(Clone, PartialEq)]
pub struct Print {
    pub on: bool,
    pub request: Callback<()>,
}

#[hook]
pub fn use_print() -> Print {
    let on = use_state_eq(|| false);
    let asked = use_mut_ref(|| false);
    {
        let on = on.clone();
        use_effect_with((), move |_| {
            let window = gloo_utils::window();
            let before = EventListener::new(&window, "beforeprint", {
                let on = on.clone();
                move |_| on.set(true)
            });
            let after = EventListener::new(&window, "afterprint", move |_| on.set(false));
            move || drop((before, after))
        });
    }
    {
        let asked = asked.clone();
        use_effect_with(*on, move |on| {
            if *on && std::mem::take(&mut *asked.borrow_mut()) {
                // The brief is rendered now. A browser without printing just does nothing.
                let _ = gloo_utils::window().print();
            }
        });
    }
    let request = {
        let on = on.clone();
        use_callback((), move |_: (), _| {
            // The brief's code first (its chunk is usually fetched already, once the page was
            // idle); then the brief, then printing.
            let (asked, on) = (asked.clone(), on.clone());
            yew::platform::spawn_local(async move {
                let _ = Piece::Brief.ensure().await;
                *asked.borrow_mut() = true;
                on.set(true);
            });
        })
    };
    Print { on: *on, request }
}
