//! The summary: index, predicate in its band colour, band bar, distance to the next band,
//! predicate basis, and the domain and aspect values, each with its change from the baseline.

use yew::prelude::*;

use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::store::{Store, SummaryView};
use crate::i18n::strings;

use super::band_bar::band_bar;
use super::basis_switch::basis_switch;
use super::delta_badge::delta_badge;
use super::part_table::part_table;
use super::variant_switch::variant_switch;

/// A view function, not a component (a component costs the first screen's module its own
/// glue): drawn again with the calculator, whose store and summary it shows.
pub fn summary_panel(store: &Store, v: &SummaryView) -> Html {
    let t = strings(store.lang);
    html! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" class="sr-only">{ v.index_name.clone() }</h2>
            // What must stay in view while working: index, predicate, bands, the next band,
            // the target's status.
            <div class="summary-head">
            <div class="headline">
                <div class="index-block">
                    <span class="label" data-testid="index-name">{ v.index_name.clone() }</span>
                    <span class="index-value" data-testid="index-value">{ v.index.clone() }</span>
                    { delta_badge(&v.index_delta, v.index_delta_sign, t.change) }
                </div>
                <div class="predicate-block">
                    <span class="label">{ t.predicate }</span>
                    <span class="predicate-chip" data-testid="predicate"
                        style={format!("background:{}", v.predicate_color)}>
                        { v.predicate.clone() }
                    </span>
                    if let Some(level) = &v.band_level {
                        <span class="band-level" data-testid="band-level">{ level.clone() }</span>
                    }
                </div>
            </div>
            // Announced after each change, in one sentence.
            <p class="sr-only" aria-live="polite">
                { format!("{} {}, {}. {}", v.index_name, v.index, v.predicate, v.next) }
            </p>
            <p class="exact" data-testid="exact-value">
                { t.exact_value }{ ": " }{ v.exact.clone() }
                if let Some(b) = &v.baseline {
                    <span class="baseline-note">{ " · " }{ b.clone() }</span>
                }
            </p>
            { band_bar(&v.bands, v.marker, t.band_bar_label, false) }
            <p class="next-band" data-testid="next-band">{ v.next.clone() }</p>
            <p class={classes!("target-status", v.target_met.then_some("met"))} data-testid="target-status">
                <span class="label-inline">{ t.target_label }{ ": " }</span>{ v.target.clone() }{ " \u{b7} " }
                <strong>{ v.target_gap.clone().unwrap_or_else(|| t.target_met.to_string()) }</strong>
            </p>
            if let Some(edge) = &v.edge {
                <p class="on-edge" data-testid="on-edge" title={t.edge_explain}>{ edge.clone() }</p>
            }
            </div>
            // What the evidence says: the range if unbacked levels drop, the indices by the items.
            if store.unverified.iter().any(|u| *u) || store.evidence.iter().flatten().any(|e| e.follow) {
                <Deferred piece={Piece::Items} />
            }
            { basis_switch(store) }
            { variant_switch(store) }
            { part_table(store, &v.domains) }
        </section>
    }
}
