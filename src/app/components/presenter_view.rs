//! Presenter mode (a button, or `present=1` in the link): the index and predicate readable
//! from the back of a room, high contrast, one group's indicators at a time with large level
//! controls, driven entirely by the keyboard so that a presentation clicker works (← → and
//! Page Up/Down: group; ↑ ↓: indicator; a digit: level; Q: the participants' QR code full
//! screen; Esc: leave), and the link and QR code for participants.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::qr_code::QrCode;
use crate::app::store::use_store;
use crate::engine::format;
use crate::i18n::workshop_texts;
use crate::state::Action;
use crate::view::{index_text, indicator};

use super::level_control::{Levels, level_control};

#[component]
pub fn PresenterView() -> Html {
    let store = use_store();
    let t = workshop_texts(store.lang);
    let fw = store.fw.clone();
    let groups = fw.aspects.len().max(1);
    let group = use_state(|| 0usize);
    let focus = use_state(|| 0usize);
    let qr_open = use_state(|| false);
    let g = (*group).min(groups - 1);
    let range = fw
        .aspects
        .get(g)
        .map_or(0..fw.indicators.len(), |a| a.indicators.clone());
    let focused = range.start + (*focus).min(range.len().saturating_sub(1));
    {
        // One listener for the whole page while presenting; it reads the current values
        // through the handles it was given, re-registered when they change.
        let (store, group, focus, qr_open) =
            (store.clone(), group.clone(), focus.clone(), qr_open.clone());
        let (range, stops) = (range.clone(), fw.stops.clone());
        use_effect_with((g, focused, *qr_open, store.levels.clone()), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo_utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.ctrl_key() || e.alt_key() || e.meta_key() {
                        return;
                    }
                    let key = e.key();
                    let handled = match key.as_str() {
                        "ArrowRight" | "PageDown" => {
                            group.set((g + 1) % groups);
                            focus.set(0);
                            true
                        }
                        "ArrowLeft" | "PageUp" => {
                            group.set((g + groups - 1) % groups);
                            focus.set(0);
                            true
                        }
                        "ArrowDown" => {
                            focus.set(
                                (focused + 1 - range.start).min(range.len().saturating_sub(1)),
                            );
                            true
                        }
                        "ArrowUp" => {
                            focus.set((focused - range.start).saturating_sub(1));
                            true
                        }
                        "q" | "Q" => {
                            qr_open.set(!*qr_open);
                            true
                        }
                        "Escape" => {
                            if *qr_open {
                                qr_open.set(false);
                            } else {
                                store.dispatch(Action::SetPresent(false));
                            }
                            true
                        }
                        k => match k.parse::<u32>() {
                            // A digit picks the level whose label it is (the stop of that
                            // whole level).
                            Ok(d) => {
                                match stops.iter().find(|&&s| s == d * store.fw.scale.unit()) {
                                    Some(&value) => {
                                        store.dispatch(Action::SetLevel {
                                            indicator: focused,
                                            value,
                                        });
                                        true
                                    }
                                    None => false,
                                }
                            }
                            Err(_) => false,
                        },
                    };
                    if handled {
                        e.prevent_default();
                    }
                },
            );
            move || drop(listener)
        });
    }
    let lang = store.lang;
    let index = index_text(&fw, &store.score.index, lang);
    let band = &fw.bands[fw.band_of(&store.score.index, store.basis)];
    let aspect = fw.aspects.get(g);
    let aspect_value = aspect
        .zip(store.score.aspects.get(g))
        .map(|(_, v)| format::cents(v.cents(), lang))
        .unwrap_or_default();
    let link = format!(
        "{}#{}",
        crate::app::storage::page_base(),
        store.share_fragment().replace("&present=1", "")
    );
    let leave = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::SetPresent(false)))
    };
    let toggle_qr = {
        let qr_open = qr_open.clone();
        Callback::from(move |_: MouseEvent| qr_open.set(!*qr_open))
    };
    let step_group = |d: usize| {
        let (group, focus) = (group.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            group.set((g + d) % groups);
            focus.set(0);
        })
    };
    html! {
        <div class="presenter" data-testid="presenter">
            <header class="presenter-top">
                <span>{ fw.name.get(lang) }</span>
                <button type="button" onclick={leave} data-testid="leave-presenter">{ t.leave }</button>
            </header>
            <div class="presenter-score" role="status" aria-live="polite">
                <div class="presenter-index" data-testid="presenter-index">{ index }</div>
                <div class="presenter-predicate" data-testid="presenter-predicate">{ band.name.get(lang) }</div>
            </div>
            <section class="presenter-group" aria-labelledby="presenter-group-title">
                <div class="presenter-group-head">
                    <button type="button" onclick={step_group(groups - 1)} aria-label="←">{ "‹" }</button>
                    <h2 id="presenter-group-title" data-testid="presenter-group">
                        { format!("{} {} {} {}: ", fw.kind_name(false).map(|k| k.get(lang).to_string()).unwrap_or_default(), g + 1, t.group_of, groups).trim_start().to_string() }
                        { aspect.map(|a| a.name.get(lang).to_string()).unwrap_or_default() }
                        <span class="presenter-group-value">{ format!(" ({aspect_value})") }</span>
                    </h2>
                    <button type="button" onclick={step_group(1)} aria-label="→">{ "›" }</button>
                </div>
                <ol class="presenter-rows">
                    { for range.clone().map(|i| {
                        let line = indicator(&fw, i, store.levels[i], store.baseline[i], lang);
                        let onselect = {
                            let store = store.clone();
                            Callback::from(move |value: u32| store.dispatch(Action::SetLevel { indicator: i, value }))
                        };
                        let onfocus = {
                            let focus = focus.clone();
                            let start = range.start;
                            Callback::from(move |_: FocusEvent| focus.set(i - start))
                        };
                        html! {
                            <li class={classes!("presenter-row", (i == focused).then_some("focused"))}
                                data-testid={format!("present-indicator-{}", line.no)} onfocusin={onfocus}
                                aria-current={(i == focused).then_some("true")}>
                                <span class="presenter-name">{ format!("{}. {}", line.label, line.name) }</span>
                                { level_control(Levels {
                                    group: format!("present-level-{}", line.no), value: store.levels[i],
                                    choices: &line.choices, onselect: &onselect, compact: false, disabled: false,
                                    legend: format!("{} {}", line.label, line.name),
                                }) }
                            </li>
                        }
                    }) }
                </ol>
            </section>
            <footer class="presenter-foot">
                <p class="presenter-keys">{ t.keys_help }</p>
                <button type="button" onclick={toggle_qr.clone()} data-testid="presenter-qr-button">
                    { t.participants }{ " · " }{ t.qr_full }
                </button>
            </footer>
            if *qr_open {
                <div class="presenter-qr-full" role="dialog" aria-modal="true" aria-label={t.participants}
                    data-testid="presenter-qr-full">
                    <QrCode text={link.clone()} class="qr-big" testid="presenter-qr-big" at_once=true />
                    <p class="presenter-link">{ link.clone() }</p>
                    <button type="button" onclick={toggle_qr}>{ t.qr_close }</button>
                </div>
            }
        </div>
    }
}
