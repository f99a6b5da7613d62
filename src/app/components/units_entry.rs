//! Where the planning screen offers the work by unit and the timeline of due dates: their
//! chunk once the work keeps evidence items (a first visit has none and never fetches it),
//! else a line that says where they come from.

use yew::prelude::*;

use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::store::use_store;
use crate::i18n::item_texts;

#[component]
pub fn UnitsEntry() -> Html {
    let store = use_store();
    if store.evidence.iter().any(Option::is_some) {
        html! { <Deferred piece={Piece::Units} /> }
    } else {
        html! { <p class="hint units-later" data-testid="units-later">{ item_texts(store.lang).units_later }</p> }
    }
}
