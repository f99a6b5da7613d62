//! One A4 page per unit, shown only when printing "by unit": the unit's indicators and items
//! with status, due dates and flags, the index that depends on it against the plan, the
//! evidence deadline.

use yew::prelude::*;

use crate::app::storage;
use crate::app::store::{use_plan_view, use_store};
use crate::i18n::{item_texts, unit_texts};
use crate::view::{date_text, units_view};

/// The longest item text printed (a page per unit).
const TEXT_CHARS: usize = 110;

#[component]
pub fn UnitPages() -> Html {
    let store = use_store();
    let plan = use_plan_view();
    let (t, it, lang) = (unit_texts(store.lang), item_texts(store.lang), store.lang);
    let v = units_view(&store, plan.as_ref().and_then(|p| p.levels.as_deref()));
    let institution = if store.institution.is_empty() {
        "\u{2014}".to_string()
    } else {
        store.institution.clone()
    };
    let deadline = store
        .deadline
        .date()
        .map(|d| format!(" \u{b7} {}: {}", it.deadline_label, date_text(d, lang)));
    let short = |s: &str| {
        let mut out: String = s.chars().take(TEXT_CHARS).collect();
        if s.chars().count() > TEXT_CHARS {
            out.push('\u{2026}');
        }
        out
    };
    html! {
        <div class="unit-pages" data-testid="unit-pages" aria-hidden="true">
            { for v.pages.iter().map(|p| html! {
                <article class="unit-page" data-testid="unit-page">
                    <header>
                        <h1>{ format!("{}: {}", t.page_title, p.name) }</h1>
                        <p class="brief-meta">
                            <strong>{ institution.clone() }</strong>
                            { format!(" \u{b7} {} \u{b7} {}: {}", store.fw.name.get(lang), t.printed_on, storage::today()) }
                            { deadline.clone().unwrap_or_default() }
                        </p>
                    </header>
                    <p>
                        <strong>{ format!("{}: {}", t.depends, p.depends) }</strong>
                        if let Some(s) = &p.share { { format!(" ({s} {})", t.of_planned) } }
                        { format!(" \u{b7} {}", p.accepted) }
                    </p>
                    if !v.planned { <p class="hint">{ t.no_plan }</p> }
                    if !p.indicators.is_empty() {
                        <p>
                            <strong>{ t.responsible_for }{ ": " }</strong>
                            { p.indicators.iter().map(|i| format!("{} {} ({})", i.label, i.name, i.values)).collect::<Vec<_>>().join("; ") }
                        </p>
                    }
                    <table class="unit-table">
                        <thead>
                            <tr>
                                <th scope="col">{ t.indicator }</th>
                                <th scope="col">{ t.code }</th>
                                <th scope="col">{ t.item }</th>
                                <th scope="col">{ t.status }</th>
                                <th scope="col">{ t.due }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for p.items.iter().map(|i| html! {
                                <tr>
                                    <td>{ i.indicator.clone() }</td>
                                    <td class="code">{ i.code.clone() }</td>
                                    <td>
                                        { short(&i.text) }
                                        if i.needed { <em>{ format!(" ({})", t.needed) }</em> }
                                    </td>
                                    <td>{ i.status.clone() }</td>
                                    <td>
                                        { i.due.clone() }
                                        if i.late.is_some() { { " \u{26a0}" } }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </article>
            }) }
        </div>
    }
}
