//! On a phone the summary sits below the work; this slim strip keeps what a planner checks
//! after every change in view at every scroll position: the index, the predicate, the bands
//! with the index marked, the distance to the next band and the target's status. Wide screens
//! hide it (the summary column itself stays in view there). Screen readers skip it: the
//! summary says the same.

use yew::prelude::*;

use crate::app::store::{Store, SummaryView};
use crate::i18n::strings;

use super::band_bar::band_bar;

pub fn score_strip(store: &Store, v: &SummaryView) -> Html {
    let t = strings(store.lang);
    html! {
        <div class="score-strip" aria-hidden="true" data-testid="score-strip">
            <div class="strip-line">
                <span>{ v.index_name.clone() }{ " " }<strong>{ v.index.clone() }</strong></span>
                if let Some(d) = &v.index_delta {
                    <span class="delta">{ d.clone() }</span>
                }
                <span class="predicate-chip" style={format!("background:{}", v.predicate_color)}>
                    { v.predicate.clone() }
                </span>
                <span class="strip-next">{ v.next.clone() }</span>
            </div>
            { band_bar(&v.bands, v.marker, t.band_bar_label, true) }
            <p class={classes!("strip-target", v.target_met.then_some("met"))}>
                { t.target_label }{ ": " }{ v.target.clone() }{ " \u{b7} " }
                <strong>{ v.target_gap.clone().unwrap_or_else(|| t.target_met.to_string()) }</strong>
            </p>
        </div>
    }
}
