//! The four domains side by side: our institution as published, the scenario, and the
//! average of the same kind nationally and in the province.

use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::standing_texts;
use crate::view::DomainLine;

pub struct PeerDomainsProps {
    pub lines: Vec<DomainLine>,
    pub heads: Vec<String>,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn peer_domains(store: &Store, props: &PeerDomainsProps) -> Html {
    let s = standing_texts(store.lang);
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "\u{2013}".into());
    let with_province = !props.heads.get(3).is_none_or(String::is_empty);
    html! {
        <div class="peer-domains" data-testid="peer-domains">
            <h3 id="peer-domains-title">{ s.domains_heading }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="peer-domains-title">
            <table class="parts">
                <thead>
                    <tr>
                        <th scope="col">{ "Domain" }</th>
                        { for props.heads.iter().take(if with_province { 4 } else { 3 }).map(|h| html! { <th scope="col" class="num">{ h.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.lines.iter().enumerate().map(|(d, l)| html! {
                        <tr data-testid={format!("peer-domain-{}", d + 1)}>
                            <th scope="row">{ l.name.clone() }</th>
                            <td class="num">{ dash(&l.peer) }</td>
                            <td class="num">{ l.scenario.clone() }</td>
                            <td class="num">{ dash(&l.kind_average) }</td>
                            if with_province { <td class="num">{ dash(&l.province_average) }</td> }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </div>
    }
}
