//! The page header: title, one-line purpose, the presenter button (not in a unit's restricted
//! mode), language switch.

use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::{strings, workshop_texts};
use crate::state::Action;

use super::language_switch::language_switch;

/// A view function, not a component: it shows the store it is given (a component costs the
/// first screen's module its own glue).
pub fn top_bar(store: &Store) -> Html {
    let t = strings(store.lang);
    html! {
        <header class="top-bar">
            <div class="brand">
                <h1>{ t.app_title }</h1>
                <p class="tagline">{ t.tagline }</p>
            </div>
            // Not in a unit's restricted mode: it shows the unit's file, nothing of the work.
            if store.mode.share.is_none() {
                <button type="button" class="present-button" data-testid="present"
                    onclick={ let store = store.clone(); Callback::from(move |_: MouseEvent| store.dispatch(Action::SetPresent(true))) }>
                    { workshop_texts(store.lang).present }
                </button>
            }
            { language_switch(store) }
        </header>
    }
}
