//! "Our institution": its official published results, year by year, with the domains.

use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::{standing_texts, strings};
use crate::state::Action;
use crate::view::PeerView;

pub struct PeerCardProps {
    pub peer: Option<PeerView>,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn peer_card(store: &Store, props: &PeerCardProps) -> Html {
    let (s, t) = (standing_texts(store.lang), strings(store.lang));
    let Some(p) = &props.peer else {
        return html! {
            <div class="peer-card" data-testid="peer-card">
                <h3>{ s.peer_heading }</h3>
                <p class="hint">{ s.peer_none }</p>
            </div>
        };
    };
    let onremove = {
        let dispatcher = store.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetPeer(None)))
    };
    let domain_names: Vec<String> = store
        .fw
        .domains
        .iter()
        .map(|d| d.name.get(store.lang).to_string())
        .collect();
    html! {
        <div class="peer-card" data-testid="peer-card">
            <h3>{ s.peer_heading }{ ": " }<span data-testid="peer-name">{ p.name.clone() }</span></h3>
            <p class="meta">{ p.kind_name.clone() }{ p.province.as_ref().map(|x| format!(" \u{b7} {x}")).unwrap_or_default() }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={s.peer_heading}>
            <table class="parts">
                <thead>
                    <tr>
                        <th scope="col">{ s.history_year }</th>
                        <th scope="col" class="num">{ s.col_index }</th>
                        <th scope="col">{ t.predicate }</th>
                        { for (0..4).map(|d| html! {
                            <th scope="col" class="num" title={domain_names.get(d).cloned().unwrap_or_default()}>{ format!("D{}", d + 1) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for p.years.iter().map(|y| html! {
                        <tr data-testid={format!("peer-{}", y.year)}>
                            <th scope="row">{ y.year }</th>
                            <td class="num">{ y.index.clone() }</td>
                            <td>{ y.predicate.clone() }</td>
                            { for y.domains.iter().map(|d| html! { <td class="num">{ d.clone() }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            { for p.years.iter().filter_map(|y| y.marked.as_ref().map(|m| html! {
                <p class="hint" data-testid={format!("peer-marked-{}", y.year)}>{ format!("{}: {m}", y.year) }</p>
            })) }
            <button type="button" onclick={onremove} data-testid="remove-peer">{ s.remove_peer }</button>
        </div>
    }
}
