//! Shown instead of the calculator when no framework could be loaded at all.

use yew::prelude::*;

use crate::app::hooks::use_document_language::remembered_language;
use crate::engine::Lang;
use crate::i18n::{load_error, strings};
use crate::models::LoadError;

#[derive(Properties, PartialEq)]
pub struct LoadFailureProps {
    pub error: LoadError,
}

#[component]
pub fn LoadFailure(props: &LoadFailureProps) -> Html {
    let lang = remembered_language().unwrap_or(Lang::Id);
    let t = strings(lang);
    html! {
        <main class="load-failure" role="alert">
            <h1>{ t.app_title }</h1>
            <p>{ t.model_failed }{ " " }{ load_error(&props.error, lang) }</p>
        </main>
    }
}
