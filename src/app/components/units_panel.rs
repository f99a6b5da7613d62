//! The evidence work by unit on the planning screen: each providing unit with its items,
//! status, due dates and the index that depends on it against the plan; the button that
//! prints one A4 page per unit; the timeline of due dates by month.

use yew::prelude::*;

use crate::app::files;
use crate::app::hooks::use_print::Printout;
use crate::app::storage;
use crate::app::store::{Store, use_plan_view, use_shared, use_store};
use crate::evidence::share::{ShareDoc, file_name, link, split};
use crate::i18n::{item_texts, share_texts, unit_texts};
use crate::view::{UnitPage, units_view};

use super::due_timeline::{Props as DueProps, due_timeline};

#[component]
pub fn UnitsPanel() -> Html {
    let store = use_store();
    let plan = use_plan_view();
    let (t, it) = (unit_texts(store.lang), item_texts(store.lang));
    let v = units_view(&store, plan.as_ref().and_then(|p| p.levels.as_deref()));
    let print = use_shared().map(|s| s.print);
    let onprint = Callback::from(move |_: MouseEvent| {
        if let Some(p) = &print {
            p.request.emit(Printout::Units);
        }
    });
    let named: Vec<String> = v
        .pages
        .iter()
        .filter(|p| p.named)
        .map(|p| p.name.clone())
        .collect();
    let onall = {
        let (store, named) = (store.clone(), named.clone());
        Callback::from(move |_: MouseEvent| {
            for unit in &named {
                export(&store, unit);
            }
        })
    };
    let st = share_texts(store.lang);
    // The last unit link asked for: the unit, and the link or the length that is too long.
    let made = use_state(|| None::<Made>);
    html! {
        <section class="units" aria-labelledby="units-h" data-testid="units">
            <h2 id="units-h">{ t.heading }</h2>
            <p class="hint">{ t.hint }</p>
            if v.pages.is_empty() {
                <p data-testid="units-empty">{ t.empty }</p>
            } else {
                <div class="buttons">
                    <button type="button" onclick={onprint} data-testid="print-units">{ t.print }</button>
                    if !named.is_empty() {
                        <button type="button" onclick={onall} data-testid="unit-files">{ st.export_all }</button>
                    }
                </div>
                <p class="hint">{ st.export_hint }</p>
                if !v.planned { <p class="hint">{ t.no_plan }</p> }
                <ul class="unit-list">
                    { for v.pages.iter().map(|p| unit(&store, p, t, it.due, &made)) }
                </ul>
            }
            { due_timeline(&store, &DueProps { timeline: v.timeline.clone(), undated: v.undated }) }
        </section>
    }
}

/// `unit`'s share of the work as of today.
fn share_of(store: &Store, unit: &str) -> ShareDoc {
    split(
        &store.fw,
        &store.evidence,
        &store.institution,
        unit,
        store.lang,
        &storage::today(),
    )
}

/// Download `unit`'s file: its share of the work.
fn export(store: &Store, unit: &str) {
    let doc = share_of(store, unit);
    files::download(
        &file_name(unit, &doc.exported),
        "application/json",
        &crate::web::json_text(&doc),
    );
}

/// A unit's link as made: the unit, and the link or the length it would have had.
type Made = (String, Result<String, usize>);

/// `unit`'s share as a link (copied), where it fits.
fn make_link(store: &Store, unit: &str) -> Made {
    let doc = share_of(store, unit);
    let json = crate::web::json_line(&link::compact(&doc, &store.fw, store.lang));
    let made = link::fragment(&store.fw.id, &json).map(|f| format!("{}#{f}", storage::page_base()));
    if let Ok(url) = &made {
        let _ = gloo_utils::window().navigator().clipboard().write_text(url);
    }
    (unit.to_string(), made)
}

fn unit(
    store: &Store,
    p: &UnitPage,
    t: &crate::i18n::UnitTexts,
    due: &'static str,
    made: &UseStateHandle<Option<Made>>,
) -> Html {
    let st = share_texts(store.lang);
    let onfile = {
        let (store, name) = (store.clone(), p.name.clone());
        Callback::from(move |_: MouseEvent| export(&store, &name))
    };
    let onlink = {
        let (store, name, made) = (store.clone(), p.name.clone(), made.clone());
        Callback::from(move |_: MouseEvent| made.set(Some(make_link(&store, &name))))
    };
    let shown = made
        .as_ref()
        .filter(|(u, _)| *u == p.name)
        .map(|(_, m)| m.clone());
    // Renaming: the form's field, applied to every indicator and item that names the unit (a
    // name in use folds the two units into one).
    let input = NodeRef::default();
    let onrename = {
        let (store, name, input) = (store.clone(), p.name.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let to = input.cast::<web_sys::HtmlInputElement>().map(|i| i.value());
            if let Some(evidence) =
                to.and_then(|to| crate::evidence::rename_unit(&store.evidence, &name, &to))
            {
                store.dispatch(crate::state::Action::SetEvidence(evidence));
            }
        })
    };
    let field_id = format!(
        "unit-name-{}",
        p.name
            .bytes()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    html! {
        <li data-testid="unit">
            <details>
                <summary>
                    <strong class="unit-name">{ p.name.clone() }</strong>
                    <span class="unit-meta">
                        { format!(" \u{b7} {} \u{b7} {}: {}", p.accepted, t.depends, p.depends) }
                        if let Some(s) = &p.share { { format!(" ({s} {})", t.of_planned) } }
                    </span>
                </summary>
                <p class="hint" data-testid="unit-depends-hint">{ t.depends_hint }</p>
                if p.named {
                    <div class="buttons unit-buttons">
                        <button type="button" onclick={onfile} data-testid="unit-file">{ st.export_one }</button>
                        <button type="button" onclick={onlink} data-testid="unit-link">{ st.link }</button>
                    </div>
                    { match shown {
                        Some(Ok(url)) => html! {
                            <p class="unit-link" role="status">
                                <label>{ st.link_copied }
                                    <input type="text" readonly=true value={url} data-testid="unit-link-text"
                                        onfocus={Callback::from(|e: FocusEvent| {
                                            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() { i.select(); }
                                        })} />
                                </label>
                            </p>
                        },
                        Some(Err(length)) => html! {
                            <p class="notice unit-link" role="status" data-testid="unit-link-long">
                                { format!("{}{length}{}{}{}", st.link_long[0], st.link_long[1], link::MAX_LINK, st.link_long[2]) }
                            </p>
                        },
                        None => html! {},
                    } }
                    <form class="unit-rename" onsubmit={onrename} data-testid="unit-rename">
                        <label for={field_id.clone()}>{ t.rename_label }</label>
                        <input id={field_id} ref={input} type="text" value={p.name.clone()}
                            maxlength={crate::evidence::MAX_UNIT.to_string()} data-testid="unit-name" />
                        <button type="submit">{ t.rename }</button>
                    </form>
                }
                if !p.indicators.is_empty() {
                    <p class="unit-indicators">
                        <strong>{ t.responsible_for }{ ": " }</strong>
                        { p.indicators.iter().map(|i| format!("{} {} ({})", i.label, i.name, i.values)).collect::<Vec<_>>().join("; ") }
                    </p>
                }
                <ul class="unit-items">
                    { for p.items.iter().map(|i| html! {
                        <li class={classes!(i.accepted.then_some("done"))}>
                            <span class="item-code">{ i.code.clone() }</span>{ " " }{ i.text.clone() }
                            <span class="task-meta">
                                { format!(" \u{b7} {} {} \u{b7} {}", t.indicator, i.indicator, i.status) }
                                if !i.due.is_empty() { { format!(" \u{b7} {due} {}", i.due) } }
                                if i.needed { { format!(" \u{b7} {}", t.needed) } }
                            </span>
                            if let Some(late) = &i.late {
                                <span class="task-late">{ format!(" \u{26a0} {late}") }</span>
                            }
                        </li>
                    }) }
                </ul>
            </details>
        </li>
    }
}
