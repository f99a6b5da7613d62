//! The files screen's workshop section, closed until opened by its heading: the case studies
//! and exercise links are for trainers, so their code ([`Piece::Workshop`]) is fetched when
//! the section is first opened. Once opened it stays open for the rest of the visit, and it
//! starts open while a case study is open.

use std::sync::atomic::{AtomicBool, Ordering};

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::store::use_store;
use crate::i18n::screen_texts;

/// Whether the section was left open (for the next time the files screen is shown).
static OPEN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn WorkshopOpener() -> Html {
    let store = use_store();
    let open = use_state_eq(|| OPEN.load(Ordering::Relaxed) || store.mode.case.is_some());
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<HtmlDetailsElement>() {
                OPEN.store(d.open(), Ordering::Relaxed);
                open.set(d.open());
            }
        })
    };
    html! {
        <details class="workshop-open" open={*open} {ontoggle} data-testid="workshop-open">
            <summary><h2 id="workshop-title">{ screen_texts(store.lang).workshop_heading }</h2></summary>
            if *open { <Deferred piece={Piece::Workshop} /> }
        </details>
    }
}
