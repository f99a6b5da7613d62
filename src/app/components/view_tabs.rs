//! The screens of the calculator as tabs: one click or tap to each; the arrow keys, Home and
//! End move between them (ARIA tabs, activated on focus).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::store::Store;
use crate::engine::View;
use crate::i18n::{strings, view_name};
use crate::state::Action;

/// The id of a screen's tab (the panel is labelled by it).
pub fn tab_id(view: View) -> String {
    format!("tab-{}", view.code())
}

fn focus_tab(view: View) {
    // After the render that selects it.
    gloo_timers::callback::Timeout::new(0, move || {
        if let Some(tab) = gloo_utils::document()
            .get_element_by_id(&tab_id(view))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = tab.focus();
        }
    })
    .forget();
}

pub fn view_tabs(store: &Store) -> Html {
    let (t, lang, active) = (strings(store.lang), store.lang, store.view);
    let onkeydown = {
        let store = store.clone();
        Callback::from(move |e: KeyboardEvent| {
            let all = store.views();
            let at = all.iter().position(|v| *v == store.view).unwrap_or(0);
            let to = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => all[(at + 1) % all.len()],
                "ArrowLeft" | "ArrowUp" => all[(at + all.len() - 1) % all.len()],
                "Home" => all[0],
                "End" => all[all.len() - 1],
                _ => return,
            };
            e.prevent_default();
            store.dispatch(Action::SetView(to));
            focus_tab(to);
        })
    };
    html! {
        <nav class="view-nav" aria-label={t.views_label}>
            <div role="tablist" aria-label={t.views_label} class="view-tabs" {onkeydown}>
                { for store.views().into_iter().map(|v| {
                    let selected = v == active;
                    let store = store.clone();
                    let onclick = Callback::from(move |_: MouseEvent| store.dispatch(Action::SetView(v)));
                    html! {
                        <button type="button" role="tab" id={tab_id(v)} class="view-tab"
                            aria-selected={selected.to_string()} aria-controls="view-panel"
                            tabindex={if selected { "0" } else { "-1" }} {onclick}
                            data-testid={format!("tab-{}", v.code())}>
                            { view_name(v, lang) }
                        </button>
                    }
                }) }
            </div>
        </nav>
    }
}
