//! Shown instead of the calculator when the bundled model file fails validation.

use yew::prelude::*;

use crate::app::hooks::use_document_language::remembered_language;
use crate::engine::{Lang, ModelError};
use crate::i18n::{model_error, strings};

#[derive(Properties, PartialEq)]
pub struct LoadFailureProps {
    pub error: ModelError,
}

#[component]
pub fn LoadFailure(props: &LoadFailureProps) -> Html {
    let lang = remembered_language().unwrap_or(Lang::Id);
    let t = strings(lang);
    html! {
        <main class="load-failure" role="alert">
            <h1>{ t.app_title }</h1>
            <p>{ t.model_failed }{ " " }{ model_error(&props.error, lang) }</p>
        </main>
    }
}
