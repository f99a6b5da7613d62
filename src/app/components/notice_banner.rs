//! A message above the calculator, such as a link that could not be read.

use yew::prelude::*;

use crate::app::store::{on_click, use_store};
use crate::i18n::{doc_error, fragment_error, load_error, switched};
use crate::state::{Action, Notice, PendingReason};

#[component]
pub fn NoticeBanner() -> Html {
    let store = use_store();
    let Some(notice) = store.notice.as_deref() else {
        return html! {};
    };
    let t = crate::i18n::piece_texts(store.lang);
    let lang = store.lang;
    let text = match notice {
        Notice::BadLink(e) => format!(
            "{} {} {}",
            t.bad_link,
            fragment_error(e, lang),
            t.bad_link_kept
        ),
        Notice::LinkUnavailable => t.link_unavailable.to_string(),
        Notice::TextsUnavailable => t.texts_unavailable.to_string(),
        Notice::ImportFailed(e) => format!(
            "{} {} {}",
            t.import_failed,
            doc_error(e, lang),
            t.import_kept
        ),
        Notice::Imported(name) => format!("{} {name}", t.imported),
        Notice::Pending(PendingReason::LinkOpened) => t.pending_link.to_string(),
        Notice::Pending(PendingReason::OtherTab) => t.pending_other_tab.to_string(),
        Notice::StorageUnavailable => t.storage_unavailable.to_string(),
        Notice::SavedDataKept(e) => format!("{} {}", t.saved_data_kept, doc_error(e, lang)),
        Notice::ExportFailed(reason) => format!("{} {reason}", t.export_failed),
        Notice::ModelFailed(e) => format!(
            "{} {} {}",
            t.model_load_failed,
            load_error(e, lang),
            t.bad_link_kept
        ),
        Notice::Switched { file, from, to } => {
            switched(file.as_deref(), from.get(lang), to.get(lang), lang)
        }
    };
    let pending = matches!(notice, Notice::Pending(_)) && store.pending.is_some();
    let ondismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissNotice))
    };
    html! {
        <div class={classes!("notice", matches!(notice, Notice::Imported(_) | Notice::Switched { .. }).then_some("ok"))} role="alert" data-testid="notice">
            <p>{ text }
                // English could not be shown: said in English too, marked as such for screen
                // readers.
                if matches!(notice, Notice::TextsUnavailable) && lang == crate::engine::Lang::Id {
                    { " " }<span lang="en">{ crate::i18n::TEXTS_UNAVAILABLE_EN }</span>
                }
            </p>
            if pending {
                <button type="button" class="primary" onclick={on_click(&store, move || Action::AcceptPending)}
                    data-testid="restore-saved">{ t.restore_saved }</button>
                <button type="button" onclick={on_click(&store, move || Action::DiscardPending)}
                    data-testid="keep-current">{ t.keep_current }</button>
            } else {
                <button type="button" onclick={ondismiss}>{ t.dismiss }</button>
            }
        </div>
    }
}
