//! The indicators, grouped by domain and aspect (or by aspect only, as the framework says).

use yew::prelude::*;

use crate::app::FwRef;
use crate::app::store::{use_store, use_summary};
use crate::state::Action;

use super::domain_section::DomainSection;
use super::indicator_row::{Planning, RowsContext};

#[component]
pub fn IndicatorList() -> Html {
    let store = use_store();
    let level_dispatcher = store.dispatcher();
    // One callback for every row, stable across renders, so a row re-renders only when its own
    // value, baseline or the language changes.
    let onlevel = use_callback((), move |(indicator, value): (usize, u32), _| {
        level_dispatcher.dispatch(Action::SetLevel { indicator, value })
    });
    let dispatcher = store.dispatcher();
    let onaction = use_callback((), move |action: Action, _| dispatcher.dispatch(action));
    let summary = use_summary();
    let rows = RowsContext {
        fw: FwRef(store.fw.clone()),
        levels: store.levels.clone(),
        baseline: store.baseline.clone(),
        lang: store.lang,
        planning: Planning::of(&store),
        sources: store.sources.clone(),
        onlevel,
        onaction,
    };
    html! {
        <section class="indicators" id="indikator" aria-labelledby="indicators-title" tabindex="-1">
            { for summary.domains.iter().enumerate().map(|(d, lines)| html! {
                <DomainSection domain={d} lines={lines.clone()} rows={rows.clone()} />
            }) }
        </section>
    }
}
