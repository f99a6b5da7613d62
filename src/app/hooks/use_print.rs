//! What is printed is built only while printing: the brief for leadership, or one page per
//! unit. The browser's `beforeprint` (Ctrl+P, the menu) builds the brief unless a button asked
//! for the unit pages — Yew renders in a microtask, which runs before the browser lays the page
//! out for print — and `afterprint` drops it. A button asks for its printout first and prints
//! once it is on the page — after fetching its chunk if the page has not yet (the browser's
//! own printing, Ctrl+P, finds the brief's fetched once the page was idle).

use gloo_events::EventListener;

use crate::app::parts::Piece;
use yew::prelude::*;

/// What can be printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printout {
    /// The one-page brief for leadership.
    Brief,
    /// One page per unit with its evidence items.
    Units,
}

impl Printout {
    /// The part that shows it.
    pub fn piece(self) -> Piece {
        match self {
            Printout::Brief => Piece::Brief,
            Printout::Units => Piece::UnitPages,
        }
    }
}

/// What is on the page for printing, and how a button asks to print it.
#[derive(Clone, PartialEq)]
pub struct Print {
    pub on: Option<Printout>,
    pub request: Callback<Printout>,
}

#[hook]
pub fn use_print() -> Print {
    let on = use_state_eq(|| None::<Printout>);
    // A button asked for a printout: until `afterprint`, the browser's `beforeprint` (which a
    // browser may fire after `print()` returns) keeps it instead of building the brief.
    let asked = use_mut_ref(|| false);
    {
        let (on, asked) = (on.clone(), asked.clone());
        use_effect_with((), move |_| {
            let window = gloo_utils::window();
            let before = EventListener::new(&window, "beforeprint", {
                let (on, asked) = (on.clone(), asked.clone());
                move |_| {
                    if !*asked.borrow() {
                        on.set(Some(Printout::Brief));
                    }
                }
            });
            let after = EventListener::new(&window, "afterprint", move |_| {
                *asked.borrow_mut() = false;
                on.set(None);
            });
            move || drop((before, after))
        });
    }
    {
        let asked = asked.clone();
        use_effect_with(*on, move |on| {
            if on.is_some() && *asked.borrow() {
                // The printout is rendered now. A browser without printing just does nothing.
                let _ = gloo_utils::window().print();
            }
        });
    }
    let request = {
        let on = on.clone();
        use_callback((), move |what: Printout, _| {
            // Its code first (the brief's chunk is usually fetched already, once the page was
            // idle); then the printout, then printing.
            let (asked, on) = (asked.clone(), on.clone());
            yew::platform::spawn_local(async move {
                let _ = what.piece().ensure().await;
                *asked.borrow_mut() = true;
                on.set(Some(what));
            });
        })
    };
    Print { on: *on, request }
}
