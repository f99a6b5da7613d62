//! The one-page brief for leadership (A4 portrait, shown only when printing): institution, date,
//! index and predicate with the band bar, domains with changes, the plan's top actions, the
//! aspect chart and the notes.

use yew::prelude::*;

use crate::app::storage;
use crate::app::store::{use_plan_view, use_store, use_summary};
use crate::i18n::strings;

use super::band_bar::band_bar;
use super::radar_chart::radar_chart;

/// Actions and notes that fit on the page.
const TOP: usize = 6;
const NOTES: usize = 6;
const NOTE_CHARS: usize = 160;

#[component]
pub fn PrintBrief() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    let st = crate::i18n::screen_texts(store.lang);
    let v = use_summary();
    let plan = use_plan_view();
    let scenario = store.active_name();
    let notes: Vec<(String, String)> = store
        .notes
        .iter()
        .zip(&store.fw.indicators)
        .filter(|(n, _)| !n.trim().is_empty())
        .take(NOTES)
        .map(|(n, ind)| {
            let mut text: String = n.chars().take(NOTE_CHARS).collect();
            if n.chars().count() > NOTE_CHARS {
                text.push('…');
            }
            (ind.label(), text)
        })
        .collect();
    html! {
        <article class="brief" data-testid="brief" aria-hidden="true">
            <header>
                <h1>{ format!("{} {}", st.brief_title, v.index_name) }</h1>
                <p class="brief-meta">{ format!("{} \u{b7} {}", store.fw.name.get(store.lang), store.fw.legal_basis) }</p>
                <p class="brief-meta">
                    <strong>{ if store.institution.is_empty() { "—".to_string() } else { store.institution.clone() } }</strong>
                    { format!(" · {} · {}: {}", scenario, t.date, storage::today()) }
                </p>
            </header>
            <div class="brief-headline">
                <span class="index-value" data-testid="brief-index">{ v.index.clone() }</span>
                <span class="predicate-chip" style={format!("background:{}", v.predicate_color)}>{ v.predicate.clone() }</span>
                if let Some(d) = &v.index_delta {
                    <span class="delta">{ d.clone() }{ " " }</span>
                }
                if let Some(b) = &v.baseline { <span class="baseline-note">{ b.clone() }</span> }
            </div>
            { band_bar(&v.bands, v.marker, t.band_bar_label, false) }
            <p>{ v.next.clone() }</p>
            <div class="brief-columns">
                <table class="parts">
                    <caption>{ store.fw.hierarchy.first().map_or(t.domain, |k| k.get(store.lang)) }</caption>
                    <tbody>
                        // The top groups: domains, or the aspects of a framework without domains.
                        { for v.domains.iter().flat_map(|d| match &d.domain {
                            Some(domain) => vec![domain.clone()],
                            None => d.aspects.clone(),
                        }).map(|p| html! {
                            <tr>
                                <th scope="row">{ p.name.clone() }</th>
                                <td class="num">{ p.value.clone() }</td>
                                <td class="num">{ p.delta.clone().unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                { radar_chart(&store) }
            </div>
            if let Some(plan) = plan.as_deref() {
                <h2>{ st.top_actions }{ format!(" ({})", plan.target) }</h2>
                <p>{ plan.message.clone() }</p>
                <ol class="brief-actions">
                    { for plan.lines.iter().take(TOP).map(|l| html! {
                        <li>{ format!("{} {} {}: {} \u{2192} {} ({})", t.indicator, l.label, l.name, l.from, l.to, l.gain) }</li>
                    }) }
                </ol>
            }
            if !notes.is_empty() {
                <h2>{ t.note }</h2>
                <ul class="brief-notes">
                    { for notes.iter().map(|(no, text)| html! { <li><strong>{ format!("{no}. ") }</strong>{ text.clone() }</li> }) }
                </ul>
            }
            <footer>{ t.privacy }</footer>
        </article>
    }
}
