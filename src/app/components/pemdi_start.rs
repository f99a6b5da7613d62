//! "Start a Pemdi plan from this": for work in a framework that has a successor with a
//! crosswalk (SPBE 2020 → Pemdi 2026), one row per indicator of the successor with the old
//! indicators that feed it, the current levels, our suggested starting value and the user's
//! choice; then the successor opens with those values. The mapping is labelled as ours.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::registry::{self, fetch_text, parse_json};
use crate::app::store::use_store;
use crate::app::{FwRef, switch};
use crate::crosswalk::{Crosswalk, crosswalk_path};
use crate::engine::format;
use crate::i18n::{load_error, standing_texts};
use crate::state::Action;
use crate::view;

/// The crosswalk and the successor, loaded.
#[derive(Clone, PartialEq)]
struct Loaded {
    cw: Rc<Crosswalk>,
    to: FwRef,
}

#[component]
pub fn PemdiStart() -> Html {
    let store = use_store();
    let (s, lang) = (standing_texts(store.lang), store.lang);
    let successor = registry::catalog()
        .get(&store.fw.id)
        .and_then(|e| e.successor.clone());
    let loaded: UseStateHandle<Option<Result<Loaded, String>>> = use_state(|| None);
    let chosen: UseStateHandle<Vec<Option<u32>>> = use_state(Vec::new);
    let Some(to_id) = successor else {
        return html! {};
    };
    let ontoggle = {
        let (loaded, from, to_id) = (loaded.clone(), store.fw.clone(), to_id.clone());
        Callback::from(move |_: Event| {
            if loaded.is_some() {
                return;
            }
            let (loaded, from, to_id) = (loaded.clone(), from.clone(), to_id.clone());
            yew::platform::spawn_local(async move {
                let result = async {
                    let text = fetch_text(&crosswalk_path(&from.id, &to_id))
                        .await
                        .map_err(|status| format!("HTTP {}", status.unwrap_or(0)))?;
                    let cw: Crosswalk = parse_json(&text)?;
                    let to = registry::load(&to_id)
                        .await
                        .map_err(|e| load_error(&e, lang))?;
                    cw.check(&from, &to)?;
                    Ok(Loaded {
                        cw: Rc::new(cw),
                        to: FwRef(to),
                    })
                }
                .await;
                loaded.set(Some(result));
            });
        })
    };
    let body = match &*loaded {
        None => html! {},
        Some(Err(why)) => html! { <p class="load-problem" role="alert">{ why.clone() }</p> },
        Some(Ok(l)) => {
            let rows = view::crosswalk_rows(&store, &l.cw, &l.to.0);
            let to = l.to.0.clone();
            let value_of =
                |k: usize, suggested: u32| chosen.get(k).copied().flatten().unwrap_or(suggested);
            let levels: Vec<u32> = rows
                .iter()
                .map(|r| value_of(r.indicator, r.value))
                .collect();
            let onstart = {
                let (dispatcher, to, levels) = (store.dispatcher(), to.clone(), levels.clone());
                let name = format!(
                    "{} {}",
                    if lang == crate::engine::Lang::Id {
                        "Dari"
                    } else {
                        "From"
                    },
                    store.fw.name.get(lang)
                );
                Callback::from(move |_: MouseEvent| {
                    let (to, dispatcher) = (to.clone(), dispatcher.clone());
                    let (levels, name) = (levels.clone(), name.clone());
                    yew::platform::spawn_local(async move {
                        switch::to(to, &dispatcher).await;
                        dispatcher.dispatch(Action::StartFromLevels { levels, name });
                    });
                })
            };
            html! {
                <>
                    <p class="hint crosswalk-note" data-testid="crosswalk-note">{ l.cw.note.get(lang) }</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={s.pemdi_heading}>
                    <table class="parts crosswalk" data-testid="crosswalk">
                        <thead>
                            <tr>
                                <th scope="col">{ s.pemdi_col_indicator }</th>
                                <th scope="col">{ s.pemdi_col_from }</th>
                                <th scope="col">{ s.pemdi_col_suggested }</th>
                                <th scope="col">{ s.pemdi_col_yours }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|r| {
                                let k = r.indicator;
                                let onchange = {
                                    let chosen = chosen.clone();
                                    Callback::from(move |e: Event| {
                                        if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                                            let mut c = (*chosen).clone();
                                            c.resize(c.len().max(k + 1), None);
                                            c[k] = sel.value().parse().ok();
                                            chosen.set(c);
                                        }
                                    })
                                };
                                let now = value_of(k, r.value);
                                html! {
                                    <tr data-testid={format!("crosswalk-{}", k + 1)}>
                                        <th scope="row">{ r.name.clone() }<span class="meta">{ format!(" \u{b7} {}", r.fit) }</span></th>
                                        <td>
                                            { for r.primary.iter().map(|p| html! { <div>{ p.clone() }</div> }) }
                                            if !r.secondary.is_empty() {
                                                <div class="meta">{ format!("{}: {}", s.pemdi_secondary, r.secondary.join("; ")) }</div>
                                            }
                                            if let Some(n) = &r.note { <div class="meta">{ n.clone() }</div> }
                                        </td>
                                        <td data-testid="suggested">{ r.suggested.clone() }<div class="meta">{ r.why.clone() }</div></td>
                                        <td>
                                            <select {onchange} aria-label={format!("{} {}", s.pemdi_col_yours, r.name)} data-testid="yours">
                                                { for to.stops.iter().map(|v| html! {
                                                    <option value={v.to_string()} selected={*v == now}>{ format::value(*v, to.scale.decimals, lang) }</option>
                                                }) }
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    </div>
                    <p class="hint">{ s.pemdi_started }</p>
                    <button type="button" class="primary" onclick={onstart} data-testid="pemdi-start">{ s.pemdi_start }</button>
                </>
            }
        }
    };
    html! {
        <details class="pemdi-start" ontoggle={ontoggle} data-testid="pemdi-start-section">
            <summary>{ s.pemdi_heading }</summary>
            <p class="hint">{ s.pemdi_intro }</p>
            { body }
        </details>
    }
}
