//! The page header: title, one-line purpose, language switch.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::i18n::strings;

use super::language_switch::LanguageSwitch;

#[component]
pub fn TopBar() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    html! {
        <header class="top-bar">
            <div class="brand">
                <h1>{ t.app_title }</h1>
                <p class="tagline">{ t.tagline }</p>
            </div>
            <LanguageSwitch />
        </header>
    }
}
