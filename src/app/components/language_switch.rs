//! Bahasa Indonesia / English, as two toggle buttons (each named in its own language).

use yew::prelude::*;

use crate::app::store::Store;
use crate::engine::Lang;
use crate::i18n::strings;
use crate::state::Action;

pub fn language_switch(store: &Store) -> Html {
    let t = strings(store.lang);
    let button = |lang: Lang, short: &'static str, full: &'static str| {
        let pressed = store.lang == lang;
        // Its texts on their way (the English chunk): the button says it is busy.
        let busy = store.awaited_lang == Some(lang);
        let store = store.clone();
        let onclick = Callback::from(move |_| store.dispatch(Action::SetLang(lang)));
        html! {
            <button type="button" class="lang-button" lang={lang.code()}
                aria-pressed={pressed.to_string()} aria-busy={busy.then_some("true")}
                title={full} {onclick}
                data-testid={format!("lang-{}", lang.code())}>
                { short }
            </button>
        }
    };
    html! {
        <div class="language-switch" role="group" aria-label={t.language}>
            { button(Lang::Id, "ID", "Bahasa Indonesia") }
            { button(Lang::En, "EN", "English") }
        </div>
    }
}
