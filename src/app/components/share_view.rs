//! The restricted mode a unit works in: its file's items and narratives only — status, note
//! and document location of each item, the narrative of each indicator it answers for — saved
//! back to a file for the coordinator. The work kept on this device is not touched.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::files;
use crate::app::storage;
use crate::app::store::use_store;
use crate::evidence::ItemStatus;
use crate::evidence::share::{ShareDoc, ShareEdit, changed, check, edit, file_name, link};
use crate::i18n::{doc_error, share_error, share_texts};
use crate::state::{Action, Opaque};
use crate::view::{date_text, status_choices};

#[component]
pub fn ShareView() -> Html {
    let store = use_store();
    let lang = store.lang;
    let t = share_texts(lang);
    // How many changes the last saved file held (to warn before leaving).
    let saved = use_state(|| 0usize);
    let opened = store.mode.share.clone();
    // The file's text as picked, or a unit link's payload: read and checked here, then
    // carried as the document (a link's left-out names and texts put back from the framework).
    let failed = {
        let store = store.clone();
        use_memo(opened.clone(), move |opened| {
            let opened = opened.as_ref()?;
            let doc = match (opened.get::<String>(), opened.get::<link::Payload>()) {
                (Some(text), _) => read(text, &store.fw),
                (None, Some(link::Payload(p))) => link::decode(p)
                    .map_err(Refused::Share)
                    .and_then(|text| read(&text, &store.fw))
                    .map(|doc| link::restore(doc, &store.fw, store.lang)),
                (None, None) => return None,
            };
            match doc {
                Ok(doc) => {
                    store.dispatch(Action::OpenShare(Some(Opaque::new(doc))));
                    None
                }
                Err(why) => Some(why),
            }
        })
    };
    let onleave = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::OpenShare(None)))
    };
    if let Some(why) = &*failed {
        return html! {
            <main class="share-view" data-testid="share-view">
                <h2>{ t.mode_title }</h2>
                <p class="notice" role="alert" data-testid="share-refused">{ format!("{}: {}", t.refused, why.text(lang)) }</p>
                <button type="button" onclick={onleave} data-testid="share-close">{ t.close }</button>
            </main>
        };
    }
    let Some(doc) = opened.as_ref().and_then(|o| o.get::<ShareDoc>()).cloned() else {
        return html! {};
    };
    let n = changed(&doc);
    let change = {
        let (store, doc) = (store.clone(), doc.clone());
        move |e: ShareEdit| {
            if let Some(next) = edit(&doc, e) {
                store.dispatch(Action::OpenShare(Some(Opaque::new(next))));
            }
        }
    };
    let onsave = {
        let (doc, saved) = (doc.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let name = file_name(&doc.unit, &storage::today());
            files::download(&name, "application/json", &crate::web::json_text(&doc));
            saved.set(changed(&doc));
        })
    };
    let onclose = {
        let store = store.clone();
        let unsaved = n != *saved;
        Callback::from(move |_: MouseEvent| {
            if unsaved
                && !gloo_utils::window()
                    .confirm_with_message(t.close_confirm)
                    .unwrap_or(true)
            {
                return;
            }
            store.dispatch(Action::OpenShare(None));
        })
    };
    let statuses = status_choices(lang);
    html! {
        <main class="share-view" data-testid="share-view">
            <h2>{ t.mode_title }</h2>
            <p class="share-of" data-testid="share-of">
                <strong>{ format!("{} {}", t.mode_of, doc.unit) }</strong>
                { format!(" \u{b7} {} \u{b7} {}", if doc.institution.is_empty() { "\u{2014}" } else { &doc.institution }, store.fw.name.get(lang)) }
                if !doc.exported.is_empty() { { format!(" \u{b7} {}", date_text(&doc.exported, lang)) } }
            </p>
            <p class="hint">{ t.mode_hint }</p>
            <p class="hint">{ t.fixed_hint }</p>
            <div class="buttons share-actions">
                <button type="button" class="primary" onclick={onsave.clone()} data-testid="share-save">{ t.save }</button>
                <button type="button" onclick={onclose} data-testid="share-close">{ t.close }</button>
                <span class="share-changed" role="status" data-testid="share-changed">{ format!("{}: {n}", t.changed) }</span>
            </div>
            { for doc.indicators.iter().enumerate().map(|(d, ind)| html! {
                <section class="share-indicator" data-testid="share-indicator" aria-label={ind.name.clone()}>
                    <h3>{ ind.name.clone() }</h3>
                    if let Some(n) = &ind.narrative {
                        <label class="share-narrative">
                            <span>{ t.narrative }</span>
                            <textarea rows="4" maxlength={crate::evidence::MAX_NARRATIVE.to_string()}
                                value={n.value.clone()} data-testid="share-narrative"
                                onchange={{
                                    let change = change.clone();
                                    Callback::from(move |e: Event| if let Some(a) = e.target_dyn_into::<HtmlTextAreaElement>() {
                                        change(ShareEdit::Narrative { indicator: d, text: a.value() });
                                    })
                                }} />
                        </label>
                    }
                    <ul class="share-items">
                        { for ind.items.iter().enumerate().map(|(j, it)| {
                            let status = ItemStatus::named(&it.status.value).unwrap_or_default();
                            let c1 = change.clone();
                            let c2 = change.clone();
                            let c3 = change.clone();
                            html! {
                                <li data-testid={format!("share-item-{}", it.code)}>
                                    <p><span class="item-code">{ it.code.clone() }</span>{ " " }{ it.text.clone() }
                                        <span class="task-meta">
                                            { format!(" \u{b7} Level {}", it.level) }
                                            if !it.due.is_empty() { { format!(" \u{b7} {} {}", t.due, date_text(&it.due, lang)) } }
                                        </span>
                                    </p>
                                    <div class="share-fields">
                                        <label>
                                            <span>{ t.status }</span>
                                            <select data-testid="share-status" onchange={Callback::from(move |e: Event| {
                                                if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                                                    if let Some(status) = ItemStatus::named(&s.value()) {
                                                        c1(ShareEdit::Status { indicator: d, item: j, status });
                                                    }
                                                }
                                            })}>
                                                { for statuses.iter().map(|(s, name)| html! {
                                                    <option value={s.code()} selected={*s == status}>{ *name }</option>
                                                }) }
                                            </select>
                                        </label>
                                        <label>
                                            <span>{ t.note }</span>
                                            <input type="text" value={it.note.value.clone()} data-testid="share-note"
                                                maxlength={crate::evidence::MAX_ITEM_NOTE.to_string()}
                                                onchange={Callback::from(move |e: Event| if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                                                    c2(ShareEdit::Note { indicator: d, item: j, text: i.value() });
                                                })} />
                                        </label>
                                        <label>
                                            <span>{ t.location }</span>
                                            <input type="text" value={it.location.value.clone()} data-testid="share-location"
                                                maxlength={crate::evidence::MAX_LOCATION.to_string()}
                                                onchange={Callback::from(move |e: Event| if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                                                    c3(ShareEdit::Location { indicator: d, item: j, text: i.value() });
                                                })} />
                                        </label>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }) }
            <div class="buttons">
                <button type="button" class="primary" onclick={onsave} data-testid="share-save-bottom">{ t.save }</button>
            </div>
        </main>
    }
}

/// Why a picked unit file cannot be opened or merged.
pub enum Refused {
    Doc(crate::work::DocError),
    Share(crate::evidence::share::ShareError),
}

impl Refused {
    pub fn text(&self, lang: crate::engine::Lang) -> String {
        match self {
            Refused::Doc(e) => doc_error(e, lang),
            Refused::Share(e) => share_error(e, lang),
        }
    }
}

/// A unit file's text, read (the nesting limit checked first) and checked against the
/// framework in use.
pub fn read(text: &str, fw: &crate::engine::Framework) -> Result<ShareDoc, Refused> {
    let doc: ShareDoc = crate::web::parse_json(text).map_err(|e| match e {
        crate::web::JsonError::Limit(l) => Refused::Doc(crate::work::DocError::Limit(l)),
        crate::web::JsonError::Syntax(m) => Refused::Doc(crate::work::DocError::Syntax(m)),
    })?;
    check(&doc, fw).map_err(Refused::Share)?;
    Ok(doc)
}
