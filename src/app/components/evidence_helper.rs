//! An estimate of an indicator's value from its evidence items (butir): how many of each
//! level's items were accepted, out of how many. Completing a level reaches its top value; a
//! share of the next level's items adds that share of the step. Labelled an estimate: it is
//! our reading of the 2026 practice, not an official rule.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::convert::ConvertError;
use crate::engine::{Lang, format};
use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct EvidenceHelperProps {
    pub fw: FwRef,
    /// 0-based position of the indicator.
    pub index: usize,
    pub lang: Lang,
    pub onvalue: Callback<u32>,
}

#[component]
pub fn EvidenceHelper(props: &EvidenceHelperProps) -> Html {
    let fw = &props.fw.0;
    let (t, lang) = (strings(props.lang), props.lang);
    let pt = crate::i18n::piece_texts(props.lang);
    let steps = fw.stops.len().saturating_sub(1);
    let counts = use_state(|| vec![(0u32, 0u32); steps]);
    let set = |k: usize, accepted: bool| {
        let counts = counts.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let n = input.value().trim().parse::<u32>().unwrap_or(0).min(999);
            let mut c = (*counts).clone();
            if let Some(slot) = c.get_mut(k) {
                if accepted {
                    slot.0 = n;
                } else {
                    slot.1 = n;
                }
            }
            counts.set(c);
        })
    };
    let result = fw.evidence_value(&counts);
    let onuse = {
        let (cb, result) = (props.onvalue.clone(), result);
        Callback::from(move |_: MouseEvent| {
            if let Ok(v) = result {
                cb.emit(v);
            }
        })
    };
    let no = props.index + 1;
    html! {
        <details class="evidence-helper" data-testid="evidence-helper">
            <summary>{ pt.evidence_heading }</summary>
            <p class="hint">{ pt.evidence_hint }</p>
            <div class="evidence-rows">
                { for (0..steps).map(|k| {
                    let top = fw.stops[k + 1];
                    let name = fw.level_name(props.index, top).map(|n| n.get(lang).to_string()).unwrap_or_default();
                    let (a, b) = (format!("ev-{no}-{k}-a"), format!("ev-{no}-{k}-t"));
                    html! {
                        <div class="evidence-row">
                            <span>{ format!("{} \u{2192} {}", name, format::value(top, fw.scale.decimals, lang)) }</span>
                            <label for={a.clone()} class="sr-only">{ format!("{name}: {}", t.accepted) }</label>
                            <input id={a} type="number" min="0" max="999" inputmode="numeric"
                                value={counts[k].0.to_string()} onchange={set(k, true)}
                                data-testid={format!("evidence-accepted-{}", k + 1)} />
                            <span>{ t.accepted }{ " " }{ pt.of_items }</span>
                            <label for={b.clone()} class="sr-only">{ format!("{name}: {}", pt.of_items) }</label>
                            <input id={b} type="number" min="0" max="999" inputmode="numeric"
                                value={counts[k].1.to_string()} onchange={set(k, false)}
                                data-testid={format!("evidence-total-{}", k + 1)} />
                        </div>
                    }
                }) }
            </div>
            <p aria-live="polite" data-testid="evidence-result">
                { match result {
                    Ok(v) => format!("{}: {}", pt.estimate, format::value(v, fw.scale.decimals, lang)),
                    Err(ConvertError::AcceptedAboveTotal { step }) => match lang {
                        Lang::Id => format!("Tingkat {step}: butir diterima melebihi jumlahnya."),
                        Lang::En => format!("Level {step}: more items accepted than there are."),
                    },
                    Err(_) => String::new(),
                } }
            </p>
            <button type="button" onclick={onuse} disabled={result.is_err()} data-testid="evidence-use">
                { pt.use_value }
            </button>
        </details>
    }
}
