//! An indicator's evidence items (butir), level by level: each item's status (a select), its
//! note or reason for rejection and its own text, moving and removing it, adding an item to a
//! level; whether the indicator's value follows the items; both values the items give and
//! where the catalogue comes from. Under an indicator, in the details' chunk.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::store::use_store;
use crate::evidence::{ItemEdit, ItemStatus, MAX_ITEM_NOTE, MAX_LOCATION, MAX_NARRATIVE, MAX_UNIT};
use crate::i18n::item_texts;
use crate::state::Action;
use crate::view::{self, ItemRow, LevelItems};

#[derive(Properties, PartialEq)]
pub struct EvidenceItemsProps {
    /// 0-based position of the indicator.
    pub index: usize,
}

#[component]
pub fn EvidenceItems(props: &EvidenceItemsProps) -> Html {
    let store = use_store();
    let i = props.index;
    let p = view::items_panel(&store, i);
    let (lang, t) = (store.lang, item_texts(store.lang));
    let no = store.fw.indicators[i].label();
    let send = {
        let store = store.clone();
        Callback::from(move |edit: ItemEdit| {
            let current = store.evidence.get(i).and_then(Option::as_ref);
            if let Some(items) = crate::evidence::edit(&store.fw, i, current, edit) {
                store.dispatch(Action::SetItems {
                    indicator: i,
                    items,
                });
            }
        })
    };
    let onfollow = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                send.emit(ItemEdit::Follow(input.checked()));
            }
        })
    };
    let onreset = {
        let send = send.clone();
        let confirm = t.reset_confirm;
        Callback::from(move |_: MouseEvent| {
            let ok = web_sys::window()
                .and_then(|w| w.confirm_with_message(confirm).ok())
                .unwrap_or(true);
            if ok {
                send.emit(ItemEdit::Reset);
            }
        })
    };
    let follow_id = format!("items-follow-{no}");
    let units_id = format!("items-units-{no}");
    let onunit = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                send.emit(ItemEdit::Unit(input.value()));
            }
        })
    };
    // The counter follows the typing (the text being typed is held here, so a render does
    // not put the kept text back); the text is kept on change (leaving the field).
    let typed = use_state(|| None::<String>);
    let onnarrative = {
        let (send, typed) = (send.clone(), typed.clone());
        Callback::from(move |e: Event| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                send.emit(ItemEdit::Narrative(area.value()));
                typed.set(None);
            }
        })
    };
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                typed.set(Some(area.value()));
            }
        })
    };
    let narrative = (*typed).clone().unwrap_or_else(|| p.narrative.clone());
    let count = match &*typed {
        Some(text) => format!(
            "{} / {} {}",
            crate::engine::format::count(text.chars().count() as u64, lang),
            crate::engine::format::count(MAX_NARRATIVE as u64, lang),
            t.characters
        ),
        None => p.narrative_count.clone(),
    };
    html! {
        <details class="evidence-items" open={p.touched} data-testid="evidence-items">
            <summary>
                { t.heading }{ " \u{b7} " }{ t.self_assessed }{ " " }
                <span data-testid="items-self">{ p.self_assessed.clone() }</span>
                { " \u{b7} " }{ t.verified }{ " " }
                <span data-testid="items-verified">{ p.verified.clone() }</span>
            </summary>
            <p class="hint">{ p.provenance }</p>
            <p class="choice">
                <input id={follow_id.clone()} type="checkbox" checked={p.follow} onchange={onfollow}
                    aria-describedby={format!("{follow_id}-hint")} data-testid="items-follow" />
                <label for={follow_id.clone()}>{ t.follow }</label>
            </p>
            <p class="hint" id={format!("{follow_id}-hint")}>{ t.follow_hint }</p>
            <datalist id={units_id.clone()}>
                { for p.units.iter().map(|u| html! { <option value={u.clone()} /> }) }
            </datalist>
            <div class="items-fields">
                <label for={format!("{units_id}-unit")}>{ t.unit }</label>
                <input id={format!("{units_id}-unit")} type="text" list={units_id.clone()} maxlength={MAX_UNIT.to_string()}
                    value={p.unit.clone()} onchange={onunit} data-testid="items-unit" />
                <label for={format!("{units_id}-narrative")}>{ t.narrative }</label>
                <textarea id={format!("{units_id}-narrative")} rows="3" maxlength={MAX_NARRATIVE.to_string()}
                    aria-describedby={format!("{units_id}-narrative-hint {units_id}-narrative-count")}
                    value={narrative} onchange={onnarrative} {oninput} data-testid="items-narrative" />
                <p class="hint" id={format!("{units_id}-narrative-hint")}>{ t.narrative_hint }
                    { " " }<span id={format!("{units_id}-narrative-count")} aria-live="polite" data-testid="items-narrative-count">{ count }</span>
                </p>
            </div>
            { for p.levels.iter().map(|l| level(l, &no, &units_id, lang, &send)) }
            if p.touched {
                <button type="button" class="link-button" onclick={onreset} data-testid="items-reset">{ t.reset }</button>
            }
        </details>
    }
}

fn level(
    l: &LevelItems,
    no: &str,
    units_id: &str,
    lang: crate::engine::Lang,
    send: &Callback<ItemEdit>,
) -> Html {
    let t = item_texts(lang);
    let head = format!("items-{no}-l{}", l.level);
    let add_id = format!("{head}-new");
    let level = l.level;
    let onadd = {
        let send = send.clone();
        let add_id = add_id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&add_id))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el).ok());
            if let Some(input) = input {
                let text = input.value();
                if !text.trim().is_empty() {
                    send.emit(ItemEdit::Add { level, text });
                    input.set_value("");
                }
            }
        })
    };
    html! {
        <section class="item-level" aria-labelledby={head.clone()} data-testid={format!("items-level-{}", l.level)}>
            <h6 id={head.clone()}>
                { l.title.clone() }
                <span class="item-top">{ " \u{b7} " }{ t.reaches }{ " " }{ l.top.clone() }</span>
                <span class="item-done">{ " \u{b7} " }{ l.done.clone() }</span>
            </h6>
            if l.gated {
                <p class="hint gated">{ t.gated }</p>
            }
            <ol class="items">
                { for l.items.iter().map(|it| item(it, units_id, lang, send)) }
            </ol>
            <form class="item-add" onsubmit={onadd}>
                <label for={add_id.clone()} class="sr-only">{ format!("{} {}", t.add_label, l.level) }</label>
                <input id={add_id} type="text" maxlength="600" placeholder={format!("{} {}", t.add_label, l.level)}
                    data-testid={format!("items-new-{}", l.level)} />
                <button type="submit">{ t.add }</button>
            </form>
        </section>
    }
}

fn item(
    it: &ItemRow,
    units_id: &str,
    lang: crate::engine::Lang,
    send: &Callback<ItemEdit>,
) -> Html {
    let t = item_texts(lang);
    let index = it.index;
    let id = format!("item-{}", it.code);
    let onstatus = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(status) = ItemStatus::named(&sel.value()) {
                    send.emit(ItemEdit::Status { index, status });
                }
            }
        })
    };
    let onnote = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                send.emit(ItemEdit::Note {
                    index,
                    text: area.value(),
                });
            }
        })
    };
    let ontext = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let text = input.value();
                send.emit(ItemEdit::Text {
                    index,
                    text: (!text.trim().is_empty()).then_some(text),
                });
            }
        })
    };
    let field = |make: fn(usize, String) -> ItemEdit| {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                send.emit(make(index, input.value()));
            }
        })
    };
    let onowner = field(|index, unit| ItemEdit::Owner { index, unit });
    let ondue = field(|index, date| ItemEdit::Due { index, date });
    let onlocation = field(|index, text| ItemEdit::Location { index, text });
    let button = |edit: ItemEdit, label: &str, symbol: &str, enabled: bool, testid: &str| {
        let send = send.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            send.emit(edit.clone());
            let item = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|b| b.closest("li").ok().flatten());
            if let (ItemEdit::Move { up, .. }, Some(item)) = (&edit, item) {
                focus_moved(item, *up);
            }
        });
        html! {
            <button type="button" class="icon-button" {onclick} disabled={!enabled}
                aria-label={format!("{label}: {}", it.code)} title={label.to_string()} data-testid={testid.to_string()}>
                { symbol.to_string() }
            </button>
        }
    };
    let rejected = it.status == ItemStatus::Rejected;
    let status_class = format!("item status-{}", it.status.code());
    html! {
        // Keyed by its code (unique in the indicator, `evidence::check`): an item moved, added
        // or removed keeps its own element — its open details, the focus on its buttons.
        <li key={it.code.clone()} class={status_class} data-testid={format!("item-{}", it.code)}>
            <div class="item-head">
                <span class="item-code">{ it.code.clone() }</span>
                <span class="item-text">
                    { it.text.clone() }
                    if it.from_criterion {
                        <span class="tag">{ " (" }{ t.from_criterion }{ ")" }</span>
                    }
                </span>
                <label for={format!("{id}-status")} class="sr-only">{ format!("{} {}", t.status, it.code) }</label>
                <select id={format!("{id}-status")} onchange={onstatus} data-testid="item-status">
                    { for view::status_choices(lang).into_iter().map(|(s, name)| html! {
                        <option value={s.code()} selected={s == it.status}>{ name }</option>
                    }) }
                </select>
            </div>
            if !it.owner.is_empty() || !it.due.is_empty() {
                <p class="item-meta">
                    if !it.owner.is_empty() { <span>{ it.owner.clone() }</span> }
                    if !it.owner.is_empty() && !it.due.is_empty() { { " \u{b7} " } }
                    if !it.due.is_empty() { <span>{ t.due }{ " " }{ it.due_shown.clone() }</span> }
                </p>
            }
            if rejected || !it.note.is_empty() {
                <p class="item-note">{ if rejected { t.reason } else { t.note } }{ ": " }{ it.note.clone() }</p>
            }
            <details class="item-more">
                <summary>{ t.owner }{ ", " }{ t.due }{ ", " }{ t.note }{ " \u{b7} " }{ t.own_text }</summary>
                <label for={format!("{id}-note")}>{ if rejected { t.reason } else { t.note } }</label>
                <textarea id={format!("{id}-note")} rows="2" maxlength={MAX_ITEM_NOTE.to_string()}
                    value={it.note.clone()} onchange={onnote} data-testid="item-note" />
                <label for={format!("{id}-owner")}>{ t.owner }</label>
                <input id={format!("{id}-owner")} type="text" list={units_id.to_string()} maxlength={MAX_UNIT.to_string()}
                    value={if it.owner_inherited { String::new() } else { it.owner.clone() }}
                    placeholder={t.owner_hint} onchange={onowner} data-testid="item-owner" />
                <label for={format!("{id}-due")}>{ t.due }</label>
                <input id={format!("{id}-due")} type="date" min="2000-01-01" max="2099-12-31"
                    value={it.due.clone()} onchange={ondue} data-testid="item-due" />
                <label for={format!("{id}-location")}>{ t.location }</label>
                <input id={format!("{id}-location")} type="text" maxlength={MAX_LOCATION.to_string()}
                    value={it.location.clone()} onchange={onlocation} data-testid="item-location" />
                <label for={format!("{id}-text")}>{ t.own_text }</label>
                <input id={format!("{id}-text")} type="text" maxlength="600"
                    value={if it.own_text { it.text.clone() } else { String::new() }}
                    placeholder={it.text.clone()} onchange={ontext} data-testid="item-text" />
                <div class="item-buttons">
                    { button(ItemEdit::Move { index, up: true }, t.up, "\u{2191}", it.up, "item-up") }
                    { button(ItemEdit::Move { index, up: false }, t.down, "\u{2193}", it.down, "item-down") }
                    { button(ItemEdit::Remove { index }, t.remove, "\u{2715}", it.removable, "item-remove") }
                </div>
            </details>
        </li>
    }
}

/// After a move: the focus on the moved item's button again (moving its element, which is
/// kept with it by its key, took it away), or on its other one where it reached the end of its
/// level; the next press moves it again.
fn focus_moved(item: web_sys::Element, up: bool) {
    gloo_timers::callback::Timeout::new(0, move || {
        let button = |testid: &str| {
            item.query_selector(&format!("[data-testid=\"{testid}\"]:not(:disabled)"))
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        };
        let (same, other) = if up {
            ("item-up", "item-down")
        } else {
            ("item-down", "item-up")
        };
        if let Some(b) = button(same).or_else(|| button(other)) {
            let _ = b.focus();
        }
    })
    .forget();
}
