//! One indicator as a detailed card: number, name, weight, the level control, then its details
//! (the precise value on a decimal scale, the level's name and criteria, the next level's, the
//! change from the baseline, an external index, the evidence helper, the planning options).
//! Also what the lists of indicators hand down to their rows.

use yew::prelude::*;

use crate::app::FwRef;
use crate::app::hooks::use_first_paint::use_rows_built;
use crate::app::store::use_store;
use crate::engine::Lang;
use crate::i18n::strings;
use crate::state::{Action, State};
use crate::view;

use super::indicator_details::{IndicatorDetails, RowOptions};
use super::level_control::{Levels, level_control};

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
    /// Indicators before this position are built; the rest come a few at a time in the next
    /// tasks (see [`use_rows_built`]).
    pub built: usize,
}

impl RowsContext {
    /// Whether indicators after what is built are still to come.
    pub fn pending(&self) -> bool {
        self.fw.0.indicators.len() > self.built
    }
}

/// What a list of indicators (the table or the cards) hands down to its rows.
#[hook]
pub fn use_rows() -> RowsContext {
    let store = use_store();
    let level_dispatcher = store.dispatcher();
    // One callback for every row, stable across renders, so a row re-renders only when its own
    // value, baseline or the language changes.
    let onlevel = use_callback((), move |(indicator, value): (usize, u32), _| {
        level_dispatcher.dispatch(Action::SetLevel { indicator, value })
    });
    let dispatcher = store.dispatcher();
    let onaction = use_callback((), move |action: Action, _| dispatcher.dispatch(action));
    // The first screen's rows first, the rest a few at a time in the next tasks.
    let built = use_rows_built(store.fw.indicators.len());
    RowsContext {
        fw: FwRef(store.fw.clone()),
        levels: store.levels.clone(),
        baseline: store.baseline.clone(),
        lang: store.lang,
        planning: Planning::of(&store),
        sources: store.sources.clone(),
        onlevel,
        onaction,
        built,
    }
}

/// The planning inputs of every indicator, handed down to the rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Planning {
    pub locked: Vec<bool>,
    pub unverified: Vec<bool>,
    pub efforts: Vec<u32>,
    pub max_levels: Vec<u32>,
    pub notes: Vec<String>,
    /// Whose value follows its evidence items (not entered by hand).
    pub follows: Vec<bool>,
}

impl Planning {
    pub fn of(state: &State) -> Planning {
        Planning {
            locked: state.locked.clone(),
            unverified: state.unverified.clone(),
            efforts: state.efforts.clone(),
            max_levels: state.max_levels.clone(),
            notes: state.notes.clone(),
            follows: (0..state.levels.len())
                .map(|i| state.follows_items(i))
                .collect(),
        }
    }

    pub fn at(&self, i: usize) -> RowOptions {
        RowOptions {
            locked: self.locked.get(i).copied().unwrap_or_default(),
            unverified: self.unverified.get(i).copied().unwrap_or_default(),
            effort: self.efforts.get(i).copied().unwrap_or(1),
            max_level: self.max_levels.get(i).copied().unwrap_or_default(),
            note: self.notes.get(i).cloned().unwrap_or_default(),
            follows: self.follows.get(i).copied().unwrap_or_default(),
        }
    }
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
    /// Columns of the compact table (its details row spans them); cards leave it out.
    #[prop_or_default]
    pub columns: usize,
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
    let name_id = format!("indicator-{}-name", v.no);
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
            { level_control(Levels {
                group: format!("level-{}", v.no), value: props.value, choices: &v.choices,
                onselect: &onselect, compact: false, disabled: props.options.follows,
                legend: format!("{} {} {}", if v.precise { t.quick_picks } else { t.level }, t.indicator.to_ascii_lowercase(), v.label),
            }) }
            if props.options.follows {
                <p class="tag follows" data-testid="follows-items">{ t.follows_items }</p>
            }
            <IndicatorDetails fw={props.fw.clone()} index={props.index} value={props.value} base={props.base}
                lang={props.lang} {onselect} options={props.options.clone()} onaction={props.onaction.clone()}
                source={props.source} value_field=true />
        </article>
    }
}
