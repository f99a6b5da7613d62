//! A message above the calculator, such as a link that could not be read.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::i18n::{fragment_error, strings};
use crate::state::{Action, Notice};

#[component]
pub fn NoticeBanner() -> Html {
    let store = use_store();
    let Some(notice) = &store.notice else {
        return html! {};
    };
    let t = strings(store.lang);
    let text = match notice {
        Notice::BadLink(e) => format!(
            "{} {} {}",
            t.bad_link,
            fragment_error(e, store.lang),
            t.bad_link_kept
        ),
    };
    let ondismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="notice" role="alert" data-testid="notice">
            <p>{ text }</p>
            <button type="button" onclick={ondismiss}>{ t.dismiss }</button>
        </div>
    }
}
