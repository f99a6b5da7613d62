//! The indicators, grouped by domain and aspect (or by aspect only, as the framework says).

use yew::prelude::*;

use crate::app::store::use_summary;

use super::domain_section::{DomainSectionProps, domain_section};
use super::indicator_row::use_rows;

#[component]
pub fn IndicatorList() -> Html {
    let summary = use_summary();
    let rows = use_rows();
    crate::app::takeover::use_takeover();
    let fw = rows.fw.0.clone();
    let first = |d: usize| {
        fw.domains
            .get(d)
            .and_then(|x| fw.aspects.get(x.aspects.start))
            .map_or(0, |a| a.indicators.start)
    };
    html! {
        <section class="indicators" id="indikator" aria-labelledby="indicators-title" tabindex="-1"
            aria-busy={rows.pending().then_some("true")} data-pending={rows.pending().then_some("")}>
            { for summary.domains.iter().enumerate().filter(|(d, _)| first(*d) < rows.built).map(|(d, lines)| html! {
                <key={d}>{ domain_section(&DomainSectionProps { domain: d, lines: lines.clone(), rows: rows.clone() }) }</>
            }) }
        </section>
    }
}
