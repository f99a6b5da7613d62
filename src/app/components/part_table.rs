//! The four domain values and, under each, its aspects.

use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::strings;
use crate::view::{DomainLines, PartLine};

use super::delta_badge::delta_badge;

pub fn part_table(store: &Store, domains: &[DomainLines]) -> Html {
    let t = strings(store.lang);
    // "Domain / Aspek" or, in a framework with aspects only, "Aspek".
    let kinds = store
        .fw
        .hierarchy
        .iter()
        .map(|k| k.get(store.lang))
        .collect::<Vec<_>>()
        .join(" / ");
    let row = |kind: &'static str, p: &PartLine| {
        html! {
            <tr class={kind} data-testid={format!("{kind}-{}", p.id)}>
                <th scope="row">{ p.name.clone() }<span class="weight">{ " " }{ p.weight.clone() }</span></th>
                <td class="num" data-testid="value">{ p.value.clone() }</td>
                <td class="num">
                    { delta_badge(&p.delta, p.delta_sign, t.change) }
                </td>
            </tr>
        }
    };
    html! {
        <table class="parts">
            <caption>{ kinds.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ kinds }</th>
                    <th scope="col" class="num">{ t.value }</th>
                    <th scope="col" class="num">{ t.change }</th>
                </tr>
            </thead>
            { for domains.iter().map(|d| html! {
                <tbody>
                    if let Some(domain) = &d.domain { { row("domain", domain) } }
                    { for d.aspects.iter().map(|a| row("aspect", a)) }
                </tbody>
            }) }
        </table>
    }
}
