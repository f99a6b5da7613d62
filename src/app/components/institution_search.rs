//! Finding an institution among the published results by part of its name, and making it
//! "our institution".

use crate::engine::order;
use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::published::ResultsRef;
use crate::app::store::use_store;
use crate::engine::format;
use crate::i18n::{kind_name, standing_texts};
use crate::state::Action;

/// Institutions listed at most.
const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct InstitutionSearchProps {
    pub data: ResultsRef,
}

#[component]
pub fn InstitutionSearch(props: &InstitutionSearchProps) -> Html {
    let store = use_store();
    let (s, lang) = (standing_texts(store.lang), store.lang);
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    // Matching rows, one entry per institution in the order found, with its years.
    let mut found: Vec<(&str, Vec<&crate::results::Published>)> = Vec::new();
    for r in props.data.0.search(&query) {
        if let Some(k) = found.iter().position(|(id, _)| *id == r.id) {
            found[k].1.push(r);
        } else if found.len() < SHOWN {
            found.push((&r.id, vec![r]));
        }
    }
    // (A map built by insertion: `collect` would sort with a generic sort's copy.)
    let years: BTreeMap<&str, String> = order::map_of(found.iter().map(|(id, rows)| {
        let mut rows = rows.clone();
        order::sort_by_key(&mut rows, |r| r.year);
        let text = rows
            .iter()
            .map(|r| {
                format!(
                    "{}: {} {}",
                    r.year,
                    format::cents(u64::from(r.index), lang),
                    r.predicate
                )
            })
            .collect::<Vec<_>>()
            .join(" \u{b7} ");
        (*id, text)
    }));
    html! {
        <div class="institution-search" data-testid="institution-search">
            <label for="institution-query">{ s.find_label }</label>
            <input id="institution-query" type="search" autocomplete="off" value={(*query).clone()} {oninput}
                aria-describedby="institution-hint" data-testid="institution-query" />
            <p class="hint" id="institution-hint">{ s.find_hint }</p>
            if !query.trim().is_empty() {
                if found.is_empty() {
                    <p role="status" data-testid="institution-none">{ s.find_none }</p>
                } else {
                    <ul class="found" aria-live="polite">
                        { for found.iter().filter_map(|(id, rows)| Some((id, rows.iter().max_by_key(|r| r.year).copied()?))).map(|(id, last)| {
                            let dispatcher = store.dispatcher();
                            let pick = id.to_string();
                            let onclick = Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetPeer(Some(pick.clone()))));
                            let chosen = store.peer.as_deref() == Some(*id);
                            html! {
                                <li data-testid={format!("found-{id}")}>
                                    <span class="found-name">{ last.name.clone() }</span>
                                    <span class="meta">
                                        { kind_name(last.kind, lang) }
                                        { last.province.as_ref().map(|p| format!(" \u{b7} {p}")).unwrap_or_default() }
                                        { " \u{b7} " }{ years.get(id).cloned().unwrap_or_default() }
                                    </span>
                                    <button type="button" {onclick} disabled={chosen}
                                        aria-label={format!("{}: {}", s.set_peer, last.name)}
                                        data-testid={format!("set-peer-{id}")}>{ s.set_peer }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            }
        </div>
    }
}
