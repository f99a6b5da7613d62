//! The coordinator merges the files units sent back: any number at once, every proposed change
//! listed (old → new, from which unit), conflicts side by side and chosen one by one; nothing
//! changes until the review is applied, and the work before the merge can be restored. On the
//! files screen, once the work keeps evidence items.

use yew::prelude::*;

use crate::app::store::{Store, use_store};
use crate::engine::Lang;
use crate::evidence::ItemStatus;
use crate::evidence::share::{Change, Field, ShareDoc, apply, review};
use crate::i18n::{doc_error, field_name, share_error, share_texts};

use super::share_view::{Refused, read};
use crate::state::Action;
use crate::work::{DocError, MAX_FILE_BYTES};

/// The most files merged at once.
const MAX_FILES: usize = 60;
/// The longest value shown in the review (characters).
const SHOWN: usize = 160;

/// The review in progress: the changes, how many files, and the choice made for each change
/// (`None`: not chosen yet, only for conflicts; `Some(None)`: keep the work's value).
#[derive(Clone, PartialEq)]
struct Pending {
    changes: Vec<Change>,
    files: usize,
    chosen: Vec<Option<Option<usize>>>,
}

/// What the last action said.
#[derive(Clone, PartialEq)]
enum Outcome {
    Refused(String, String),
    Merged(usize),
    Undone,
}

#[component]
pub fn MergePanel() -> Html {
    let store = use_store();
    let lang = store.lang;
    let t = share_texts(lang);
    let pending = use_state(|| None::<Pending>);
    let outcome = use_state(|| None::<Outcome>);
    let onpick = {
        let (store, pending, outcome) = (store.clone(), pending.clone(), outcome.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let files: Vec<web_sys::File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|k| list.get(k)).collect())
                .unwrap_or_default();
            input.set_value("");
            let (store, pending, outcome) = (store.clone(), pending.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match read_all(&store, files).await {
                    Ok(p) => {
                        outcome.set(None);
                        pending.set(Some(p));
                    }
                    Err((name, why)) => {
                        pending.set(None);
                        outcome.set(Some(Outcome::Refused(name, why)));
                    }
                }
            });
        })
    };
    let onapply = {
        let (store, pending, outcome) = (store.clone(), pending.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(p) = &*pending else { return };
            let Some(chosen) = p
                .chosen
                .iter()
                .copied()
                .collect::<Option<Vec<Option<usize>>>>()
            else {
                return;
            };
            let merged = apply(&store.evidence, &p.changes, &chosen);
            let n = chosen.iter().filter(|c| c.is_some()).count();
            store.dispatch(Action::Merge(merged));
            pending.set(None);
            outcome.set(Some(Outcome::Merged(n)));
        })
    };
    let oncancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let onundo = {
        let (store, outcome) = (store.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::UndoMerge);
            outcome.set(Some(Outcome::Undone));
        })
    };
    html! {
        <section class="merge" aria-labelledby="merge-h" data-testid="merge">
            <h3 id="merge-h">{ t.merge_heading }</h3>
            <p class="hint">{ t.merge_hint }</p>
            <div class="buttons">
                <label for="merge-files">{ t.merge_pick }</label>
                <input id="merge-files" type="file" multiple=true accept=".json,application/json"
                    onchange={onpick} data-testid="merge-files" />
            </div>
            {
                match &*outcome {
                    Some(Outcome::Refused(name, why)) => html! {
                        <p class="notice" role="alert" data-testid="merge-outcome">{ format!("{}: {name}: {why}", t.refused) }</p>
                    },
                    Some(Outcome::Merged(n)) => html! {
                        <p class="notice ok" role="status" data-testid="merge-outcome">{ format!("{n} {}", t.merged) }</p>
                    },
                    Some(Outcome::Undone) => html! {
                        <p class="notice ok" role="status" data-testid="merge-outcome">{ t.undone }</p>
                    },
                    None => html! {},
                }
            }
            if store.mode.merged.is_some() && pending.is_none() {
                <button type="button" onclick={onundo} data-testid="merge-undo">{ t.undo }</button>
            }
            if let Some(p) = &*pending {
                { review_view(&store, p, &pending, lang) }
                <div class="buttons">
                    <button type="button" class="primary" onclick={onapply} data-testid="merge-apply"
                        disabled={p.changes.is_empty() || p.chosen.iter().any(Option::is_none)}>{ t.apply }</button>
                    <button type="button" onclick={oncancel} data-testid="merge-cancel">{ t.cancel }</button>
                    if p.chosen.iter().any(Option::is_none) {
                        <span class="hint">{ t.choose_all }</span>
                    }
                </div>
            }
        </section>
    }
}

/// Read, check and review every picked file; the first refused one is named with the reason.
async fn read_all(store: &Store, files: Vec<web_sys::File>) -> Result<Pending, (String, String)> {
    let lang = store.lang;
    let mut docs: Vec<(String, ShareDoc)> = Vec::new();
    if files.len() > MAX_FILES {
        let e = DocError::TooMany {
            field: "files".into(),
            max: MAX_FILES,
            got: files.len(),
        };
        return Err((String::new(), doc_error(&e, lang)));
    }
    for file in files {
        let name = file.name();
        let doc = read_one(file, &store.fw)
            .await
            .map_err(|e| (name.clone(), e.text(lang)))?;
        docs.push((name, doc));
    }
    let list: Vec<ShareDoc> = docs.iter().map(|(_, d)| d.clone()).collect();
    let changes = review(&store.fw, &store.evidence, &store.institution, &list)
        .map_err(|(k, e)| (docs[k].0.clone(), share_error(&e, lang)))?;
    let chosen = changes
        .iter()
        .map(|c| (!c.conflict).then_some(Some(0)))
        .collect();
    Ok(Pending {
        changes,
        files: docs.len(),
        chosen,
    })
}

/// One picked file, read and checked.
async fn read_one(file: web_sys::File, fw: &crate::engine::Framework) -> Result<ShareDoc, Refused> {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(Refused::Doc(DocError::TooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        }));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Refused::Doc(DocError::Encoding))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = crate::document::text_of(&bytes).map_err(Refused::Doc)?;
    read(text, fw)
}

/// A value as shown: statuses by name, long texts cut, empty said.
fn shown(field: Field, value: &str, lang: Lang) -> String {
    if value.is_empty() {
        return share_texts(lang).empty_value.to_string();
    }
    if field == Field::Status {
        return ItemStatus::named(value)
            .map_or_else(|| value.to_string(), |s| s.name(lang).to_string());
    }
    let mut s: String = value.chars().take(SHOWN).collect();
    if value.chars().count() > SHOWN {
        s.push('\u{2026}');
    }
    s
}

fn review_view(
    store: &Store,
    p: &Pending,
    pending: &UseStateHandle<Option<Pending>>,
    lang: Lang,
) -> Html {
    let t = share_texts(lang);
    let conflicts = p.changes.iter().filter(|c| c.conflict).count();
    let choose = |k: usize, pick: Option<usize>| {
        let pending = pending.clone();
        Callback::from(move |_: Event| {
            if let Some(mut p) = (*pending).clone() {
                p.chosen[k] = Some(pick);
                pending.set(Some(p));
            }
        })
    };
    html! {
        <div class="merge-review" data-testid="merge-review">
            <h4>{ t.review_heading }</h4>
            <p data-testid="merge-counts">{ format!("{}{}{}{}{}{}", p.changes.len(), t.review_counts[0], p.files, t.review_counts[1], conflicts, t.review_counts[2]) }</p>
            if p.changes.is_empty() { <p>{ t.nothing }</p> }
            <ol class="merge-changes">
                { for p.changes.iter().enumerate().map(|(k, c)| {
                    let ind = &store.fw.indicators[c.slot.indicator];
                    let what = if c.slot.code.is_empty() {
                        format!("{} {} \u{b7} {}", ind.label(), ind.name.get(lang), field_name(c.slot.field, lang))
                    } else {
                        format!("{} \u{b7} {}", c.slot.code, field_name(c.slot.field, lang))
                    };
                    let name = format!("merge-choice-{k}");
                    html! {
                        <li class={classes!(c.conflict.then_some("conflict"))} data-testid="merge-change">
                            <strong>{ what }</strong>
                            if c.conflict {
                                <p class="hint">{ t.conflict }</p>
                                <fieldset class="merge-choices">
                                    <legend class="sr-only">{ t.conflict }</legend>
                                    <label>
                                        <input type="radio" name={name.clone()} checked={p.chosen[k] == Some(None)}
                                            onchange={choose(k, None)} data-testid="merge-keep" />
                                        <span>{ format!("{}: {}", t.keep, shown(c.slot.field, &c.current, lang)) }</span>
                                    </label>
                                    { for c.proposals.iter().enumerate().map(|(j, pr)| html! {
                                        <label>
                                            <input type="radio" name={name.clone()} checked={p.chosen[k] == Some(Some(j))}
                                                onchange={choose(k, Some(j))} data-testid="merge-take" />
                                            <span>{ format!("{} {}: {}", t.take, pr.units.join(", "), shown(c.slot.field, &pr.value, lang)) }</span>
                                        </label>
                                    }) }
                                </fieldset>
                            } else {
                                <span class="merge-values">
                                    { format!(" {} \u{2192} {} ", shown(c.slot.field, &c.current, lang), shown(c.slot.field, &c.proposals[0].value, lang)) }
                                    <span class="task-meta">{ format!("({} {})", t.from_unit, c.proposals[0].units.join(", ")) }</span>
                                </span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
