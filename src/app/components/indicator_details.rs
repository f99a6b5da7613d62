//! What there is to know and set about one indicator besides its level buttons: the precise
//! value (on a decimal scale), the level's name and criterion and the next level's, the change
//! from the baseline, an external index with its conversion, the evidence helper and the
//! planning options with the note. Shown in a detailed card, and in the compact table when a
//! row is opened.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::Lang;
use crate::i18n::{level_of, strings};
use crate::state::Action;
use crate::view;

use super::delta_badge::delta_badge;
use super::evidence_helper::EvidenceHelper;
use super::evidence_items::EvidenceItems;
use super::external_source::ExternalSource;
use super::value_field::ValueField;

/// One indicator's planning inputs and note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowOptions {
    pub locked: bool,
    pub unverified: bool,
    pub effort: u32,
    pub max_level: u32,
    pub note: String,
    pub follows: bool,
}

#[derive(Properties, PartialEq, Clone)]
pub struct IndicatorDetailsProps {
    pub fw: FwRef,
    /// 0-based position of the indicator.
    pub index: usize,
    pub value: u32,
    pub base: u32,
    pub lang: Lang,
    /// A value chosen here (precise field, evidence helper).
    pub onselect: Callback<u32>,
    pub options: RowOptions,
    pub onaction: Callback<Action>,
    #[prop_or_default]
    pub source: Option<u32>,
    /// Whether to show the precise value field here (the table shows it in its row).
    #[prop_or_default]
    pub value_field: bool,
}

#[component]
pub fn IndicatorDetails(props: &IndicatorDetailsProps) -> Html {
    let fw = &props.fw.0;
    let t = strings(props.lang);
    let pt = crate::i18n::piece_texts(props.lang);
    let v = view::indicator(fw, props.index, props.value, props.base, props.lang);
    let onselect = props.onselect.clone();
    let scale = fw.scale;
    let index = props.index;
    let o = &props.options;
    let onlock = {
        let cb = props.onaction.clone();
        Callback::from(move |_: Event| cb.emit(Action::ToggleLock(index)))
    };
    let onunverified = {
        let cb = props.onaction.clone();
        Callback::from(move |_: Event| cb.emit(Action::ToggleUnverified(index)))
    };
    let oneffort = {
        let cb = props.onaction.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                if let Ok(effort) = input.value().trim().parse::<u32>() {
                    cb.emit(Action::SetEffort {
                        indicator: index,
                        effort,
                    });
                }
            }
        })
    };
    let onmax = {
        let cb = props.onaction.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Ok(value) = sel.value().parse::<u32>() {
                    cb.emit(Action::SetMaxLevel {
                        indicator: index,
                        value,
                    });
                }
            }
        })
    };
    let onnote = {
        let cb = props.onaction.clone();
        Callback::from(move |e: Event| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                cb.emit(Action::SetNote {
                    indicator: index,
                    text: area.value(),
                });
            }
        })
    };
    let id = |what: &str| format!("{what}-{}", v.no);
    let max = fw.scale.max;
    let external = fw.indicators[index].external.is_some();
    html! {
        <div class="indicator-details">
            if v.precise && props.value_field {
                <ValueField id={id("value")} value={props.value} decimals={scale.decimals}
                    min={scale.min_value()} max={scale.max_value()} lang={props.lang}
                    label={format!("{} {} {}", t.value_field, t.indicator.to_ascii_lowercase(), v.label)}
                    onvalue={onselect.clone()} disabled={o.follows} />
            }
            if external {
                <ExternalSource fw={props.fw.clone()} {index} source={props.source} value={props.value}
                    lang={props.lang} onaction={props.onaction.clone()} />
            }
            <p class="level-now" data-testid="level-now">
                <strong>
                    <span class="sr-only">{ level_of(&v.level, max, props.lang) }{ ": " }</span>
                    <span aria-hidden="true">{ if v.precise { t.value } else { t.level } }{ " " }{ v.level.clone() }{ " · " }</span>
                    { v.level_name.clone() }
                </strong>
                { " " }
                { delta_badge(&v.delta, v.delta_sign, t.change) }
            </p>
            <p class="criterion">
                <span class="criterion-label">{ pt.criteria_now }{ ": " }</span>{ v.criterion.clone() }
            </p>
            {
                match &v.next {
                    Some((n, _, _)) if v.next_completes => html! {
                        <p class="criterion next">
                            <span class="criterion-label">{ pt.criteria_complete }{ " " }{ n.clone() }{ "." }</span>
                        </p>
                    },
                    Some((n, name, criterion)) => html! {
                        <p class="criterion next">
                            <span class="criterion-label">
                                { pt.criteria_next }{ " " }{ n.clone() }{ " (" }{ name.clone() }{ "): " }
                            </span>
                            { criterion.clone() }
                        </p>
                    },
                    None => html! { <p class="criterion next">{ pt.highest_level }</p> },
                }
            }
            if v.precise && !o.follows {
                <EvidenceHelper fw={props.fw.clone()} {index} lang={props.lang} onvalue={onselect} />
            }
            <EvidenceItems {index} />
            <details class="plan-options" open={o.locked || o.unverified || o.effort != 1 || o.max_level != fw.scale.max_value() || !o.note.is_empty()}>
                <summary>{ pt.planning_options }{ " \u{b7} " }{ t.note }
                    if o.locked { <span class="tag">{ " \u{b7} " }{ t.lock }</span> }
                    if o.unverified { <span class="tag">{ " \u{b7} " }{ t.unverified }</span> }
                </summary>
                <div class="plan-option-fields">
                    <label class="choice">
                        <input type="checkbox" checked={o.locked} onchange={onlock} data-testid="lock" />
                        { t.lock }
                    </label>
                    <label class="choice">
                        <input type="checkbox" checked={o.unverified} onchange={onunverified} data-testid="unverified" />
                        { t.unverified }
                    </label>
                    <label for={id("effort")}>{ t.effort }</label>
                    <input id={id("effort")} type="number" min="1" max="1000" step="1" inputmode="numeric"
                        value={o.effort.to_string()} onchange={oneffort} data-testid="effort" />
                    <label for={id("max")}>{ t.max_level }</label>
                    <select id={id("max")} onchange={onmax} data-testid="max-level">
                        { for v.choices.iter().map(|(value, label, name)| html! {
                            <option value={value.to_string()} selected={*value == o.max_level}>{ format!("{label} \u{b7} {name}") }</option>
                        }) }
                    </select>
                    <label for={id("note")} class="note-label">{ t.note }</label>
                    <textarea id={id("note")} class="note" rows="2" maxlength="2000" placeholder={pt.note_hint}
                        value={o.note.clone()} onchange={onnote} data-testid="note" />
                </div>
            </details>
        </div>
    }
}
