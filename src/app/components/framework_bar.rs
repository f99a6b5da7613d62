//! Which framework is in use, and the control that switches it: its legal basis and years of
//! use, whether it is official, reconstructed or the user's own, what is uncertain about it,
//! and opening a framework file of one's own. Each framework keeps its own work.

use web_sys::{HtmlDetailsElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::store::use_store;
use crate::app::{registry, storage, switch};
use crate::engine::model::{Origin, Status};
use crate::i18n::{strings, years_in_use};

#[component]
pub fn FrameworkBar() -> Html {
    let store = use_store();
    let (t, lang, fw) = (strings(store.lang), store.lang, store.fw.clone());
    let catalog = registry::catalog();
    // The user's frameworks: loaded in this page, or kept with their saved work (read from
    // storage when the framework or the language changes, not on every level change).
    let users = use_memo((fw.id.clone(), lang), |(_, lang)| {
        let mut users: Vec<(String, String)> = registry::loaded()
            .iter()
            .filter(|f| f.origin == Origin::User)
            .map(|f| (f.id.clone(), f.name.get(*lang).to_string()))
            .collect();
        for (id, name) in storage::saved_user_frameworks() {
            if !users.iter().any(|(u, _)| *u == id) {
                users.push((id, name.get(*lang).to_string()));
            }
        }
        users
    });
    // The picker always shows the framework in use, also after a switch that failed.
    let select_ref = use_node_ref();
    {
        let (select_ref, id) = (select_ref.clone(), fw.id.clone());
        use_effect(move || {
            if let Some(select) = select_ref.cast::<HtmlSelectElement>() {
                if select.value() != id {
                    select.set_value(&id);
                }
            }
        });
    }
    let onchange = {
        let dispatch = store.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                switch::by_id(sel.value(), dispatch.clone());
            }
        })
    };
    let about_open = use_state_eq(|| false);
    let ontoggle = {
        let about_open = about_open.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<HtmlDetailsElement>() {
                about_open.set(d.open());
            }
        })
    };
    let status = match (fw.origin, fw.status) {
        (Origin::User, _) => t.user_supplied,
        (_, Status::Official) => t.official,
        (_, Status::Reconstructed) => t.reconstructed,
    };
    let status_class = match (fw.origin, fw.status) {
        (Origin::User, _) => "user",
        (_, Status::Official) => "official",
        (_, Status::Reconstructed) => "reconstructed",
    };
    html! {
        <section class="framework-bar" aria-labelledby="framework-label" data-testid="framework-bar">
            <div class="framework-choice">
                <label id="framework-label" for="framework-select">{ t.framework_label }</label>
                <select id="framework-select" ref={select_ref} {onchange} data-testid="framework-select"
                    disabled={store.loading.is_some()}>
                    { for catalog.0.iter().map(|e| html! {
                        <option value={e.id.clone()} selected={e.id == fw.id}>
                            { format!("{} \u{b7} {}", e.name.get(lang), e.legal_basis) }
                        </option>
                    }) }
                    { for users.iter().map(|(id, name)| html! {
                        <option value={id.clone()} selected={*id == fw.id}>
                            { format!("{name} \u{b7} {}", t.user_supplied) }
                        </option>
                    }) }
                </select>
                <p class="framework-meta">
                    { years_in_use(fw.years.from, fw.years.to, lang) }{ " \u{b7} " }
                    <span class={classes!("status", status_class)} data-testid="framework-status">{ status }</span>
                </p>
            </div>
            if let Some(id) = &store.loading {
                <p class="loading-framework" role="status" data-testid="framework-loading">
                    { t.loading_framework }{ format!(" ({id})") }
                </p>
            }
            // What is uncertain, and opening a framework file of one's own: built (and its code
            // fetched) when opened.
            <details class="framework-about" {ontoggle} data-testid="framework-about">
                <summary>{ t.framework_about }</summary>
                if *about_open { <Deferred piece={Piece::About} /> }
            </details>
        </section>
    }
}
