//! Shown instead of the calculator when no framework could be loaded at all.

use yew::prelude::*;

use crate::app::hooks::use_document_language::remembered_language;
use crate::app::parts::KEEP;
use crate::engine::Lang;
use crate::i18n::{load_error_with, strings};
use crate::models::LoadError;

#[derive(Properties, PartialEq)]
pub struct LoadFailureProps {
    pub error: LoadError,
}

#[component]
pub fn LoadFailure(props: &LoadFailureProps) -> Html {
    let lang = remembered_language().unwrap_or(Lang::Id);
    let t = strings(lang);
    // A broken file's own error is said in the texts of validation, which live in a chunk
    // (`Keep::model_error`): the page says the file is broken at once, and what is wrong
    // with it as soon as they are there (offline before they were ever kept: only the first).
    let detail = use_state(|| KEEP.get().map(|keep| keep.model_error));
    {
        let detail = detail.clone();
        let broken = matches!(props.error, LoadError::Invalid { .. });
        use_effect_with(broken, move |broken| {
            if *broken && detail.is_none() {
                yew::platform::spawn_local(async move {
                    if let Ok(keep) = KEEP.ensure().await {
                        detail.set(Some(keep.model_error));
                    }
                });
            }
        });
    }
    html! {
        <main class="load-failure" role="alert">
            <h1>{ t.app_title }</h1>
            <p>{ t.model_failed }{ " " }{ load_error_with(&props.error, lang, *detail) }</p>
        </main>
    }
}
