//! A piece that only work keeping evidence items needs (the work by unit on the planning
//! screen, merging units' files on the files screen): its chunk once the work keeps items — a
//! first visit has none and never fetches it — else, where given, a line that says where it
//! comes from.

use yew::prelude::*;

use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::store::use_store;
use crate::i18n::item_texts;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub piece: Piece,
    /// Say where it comes from while the work keeps no items.
    #[prop_or_default]
    pub later: bool,
}

#[component]
pub fn ItemsPiece(props: &Props) -> Html {
    let store = use_store();
    if store.evidence.iter().any(Option::is_some) {
        html! { <Deferred piece={props.piece} /> }
    } else if props.later {
        html! { <p class="hint units-later" data-testid="units-later">{ item_texts(store.lang).units_later }</p> }
    } else {
        html! {}
    }
}
