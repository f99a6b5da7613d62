//! Shown instead of the calculator when no framework could be loaded at all.

use yew::prelude::*;

use crate::app::hooks::use_preferences::remembered_language;
use crate::app::parts::KEEP;
use crate::engine::Lang;
use crate::i18n::{load_error_with, strings};
use crate::models::LoadError;

/// The page saying why. A broken file's own error is said in the texts of validation, which
/// live in a chunk (`Keep::model_error`, fetched by `app::start` before this is drawn); where
/// that chunk could not be fetched (offline before it was ever kept), the page says only that
/// the file is broken. A view function, not a component (one costs the first screen's module
/// its own glue).
pub fn load_failure(error: &LoadError) -> Html {
    // English when it was remembered and its texts are here (`app::start` fetched them).
    let lang = remembered_language()
        .filter(|l| crate::i18n::available(*l))
        .unwrap_or(Lang::Id);
    let t = strings(lang);
    let detail = KEEP.get().map(|keep| keep.model_error);
    html! {
        <main class="load-failure" role="alert">
            <h1>{ t.app_title }</h1>
            <p>{ t.model_failed }{ " " }{ load_error_with(error, lang, detail) }</p>
        </main>
    }
}
