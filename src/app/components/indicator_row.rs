//! One indicator: number, name, weight, the level control (and on a decimal scale the precise
//! value), the level's name and criteria, the next level's criteria, the change from the
//! baseline, an external index where the value comes from another agency, and the planning
//! options.

use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::Lang;
use crate::i18n::{level_of, strings};
use crate::state::{Action, State};
use crate::view;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use super::delta_badge::DeltaBadge;
use super::evidence_helper::EvidenceHelper;
use super::external_source::ExternalSource;
use super::level_control::LevelControl;
use super::value_field::ValueField;

/// What the domain sections and aspect groups hand down to their rows.
#[derive(Clone, Debug, PartialEq)]
pub struct RowsContext {
    pub fw: FwRef,
    pub levels: Vec<u32>,
    pub baseline: Vec<u32>,
    pub lang: Lang,
    pub planning: Planning,
    /// External index values entered, per indicator.
    pub sources: Vec<Option<u32>>,
    /// `(indicator, value)` when the user picks a level.
    pub onlevel: Callback<(usize, u32)>,
    /// Any other change a row makes (lock, note, …).
    pub onaction: Callback<Action>,
}

/// The planning inputs of every indicator, handed down to the rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Planning {
    pub locked: Vec<bool>,
    pub unverified: Vec<bool>,
    pub efforts: Vec<u32>,
    pub max_levels: Vec<u32>,
    pub notes: Vec<String>,
}

impl Planning {
    pub fn of(state: &State) -> Planning {
        Planning {
            locked: state.locked.clone(),
            unverified: state.unverified.clone(),
            efforts: state.efforts.clone(),
            max_levels: state.max_levels.clone(),
            notes: state.notes.clone(),
        }
    }

    pub fn at(&self, i: usize) -> RowOptions {
        RowOptions {
            locked: self.locked.get(i).copied().unwrap_or_default(),
            unverified: self.unverified.get(i).copied().unwrap_or_default(),
            effort: self.efforts.get(i).copied().unwrap_or(1),
            max_level: self.max_levels.get(i).copied().unwrap_or_default(),
            note: self.notes.get(i).cloned().unwrap_or_default(),
        }
    }
}

/// One indicator's planning inputs and note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowOptions {
    pub locked: bool,
    pub unverified: bool,
    pub effort: u32,
    pub max_level: u32,
    pub note: String,
}

#[derive(Properties, PartialEq)]
pub struct IndicatorRowProps {
    pub fw: FwRef,
    /// 0-based position of the indicator.
    pub index: usize,
    pub value: u32,
    pub base: u32,
    pub lang: Lang,
    /// `(indicator, value)` when the user picks a level.
    pub onlevel: Callback<(usize, u32)>,
    /// Planning inputs of this row, and where their changes go.
    pub options: RowOptions,
    pub onaction: Callback<Action>,
    /// The external index entered, for an indicator converted from one.
    #[prop_or_default]
    pub source: Option<u32>,
}

#[component]
pub fn IndicatorRow(props: &IndicatorRowProps) -> Html {
    let fw = &props.fw.0;
    let t = strings(props.lang);
    let v = view::indicator(fw, props.index, props.value, props.base, props.lang);
    let onselect = {
        let (onlevel, index) = (props.onlevel.clone(), props.index);
        Callback::from(move |value: u32| onlevel.emit((index, value)))
    };
    let scale = fw.scale;
    let name_id = format!("indicator-{}-name", v.no);
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
        <article class={classes!("indicator", v.delta.is_some().then_some("changed"))}
            data-testid={format!("indicator-{}", v.no)} aria-labelledby={name_id.clone()}>
            <header>
                <span class="no" aria-hidden="true">{ v.label.clone() }</span>
                <h5 id={name_id}>
                    <span class="sr-only">{ t.indicator }{ " " }{ v.label.clone() }{ ": " }</span>
                    { v.name.clone() }
                </h5>
                <span class="weight">
                    { t.weight }{ " " }{ v.weight.clone() }
                    if !v.per_level.is_empty() {
                        <span class="per-level">{ " · " }{ v.per_level.clone() }{ " " }{ t.per_level }</span>
                    }
                </span>
            </header>
            <LevelControl group={format!("level-{}", v.no)} value={props.value}
                choices={v.choices.clone()} onselect={onselect.clone()}
                legend={format!("{} {} {}", if v.precise { t.quick_picks } else { t.level }, t.indicator.to_lowercase(), v.label)} />
            if v.precise {
                <ValueField id={id("value")} value={props.value} decimals={scale.decimals}
                    min={scale.min_value()} max={scale.max_value()} lang={props.lang}
                    label={format!("{} {} {}", t.value_field, t.indicator.to_lowercase(), v.label)}
                    onvalue={onselect.clone()} />
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
                <DeltaBadge text={v.delta.clone()} sign={v.delta_sign} label={t.change} />
            </p>
            <p class="criterion">
                <span class="criterion-label">{ t.criteria_now }{ ": " }</span>{ v.criterion.clone() }
            </p>
            {
                match &v.next {
                    Some((n, _, _)) if v.next_completes => html! {
                        <p class="criterion next">
                            <span class="criterion-label">{ t.criteria_complete }{ " " }{ n.clone() }{ "." }</span>
                        </p>
                    },
                    Some((n, name, criterion)) => html! {
                        <p class="criterion next">
                            <span class="criterion-label">
                                { t.criteria_next }{ " " }{ n.clone() }{ " (" }{ name.clone() }{ "): " }
                            </span>
                            { criterion.clone() }
                        </p>
                    },
                    None => html! { <p class="criterion next">{ t.highest_level }</p> },
                }
            }
            if v.precise {
                <EvidenceHelper fw={props.fw.clone()} {index} lang={props.lang} onvalue={onselect} />
            }
            <details class="plan-options" open={o.locked || o.unverified || o.effort != 1 || o.max_level != fw.scale.max_value() || !o.note.is_empty()}>
                <summary>{ t.planning_options }{ " \u{b7} " }{ t.note }
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
                    <textarea id={id("note")} class="note" rows="2" maxlength="2000" placeholder={t.note_hint}
                        value={o.note.clone()} onchange={onnote} data-testid="note" />
                </div>
            </details>
        </article>
    }
}
