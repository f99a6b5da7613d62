//! One indicator: number, name, weight, the level control, the level's name and criteria, the
//! next level's criteria, and the change from the baseline.

use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::Lang;
use crate::i18n::{level_of, strings};
use crate::view;

use super::delta_badge::DeltaBadge;
use super::level_control::LevelControl;

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
    let max = fw.scale.max;
    html! {
        <article class={classes!("indicator", v.delta.is_some().then_some("changed"))}
            data-testid={format!("indicator-{}", v.no)} aria-labelledby={name_id.clone()}>
            <header>
                <span class="no" aria-hidden="true">{ v.no }</span>
                <h5 id={name_id}>
                    <span class="sr-only">{ t.indicator }{ " " }{ v.no }{ ": " }</span>
                    { v.name.clone() }
                </h5>
                <span class="weight">
                    { t.weight }{ " " }{ v.weight.clone() }
                    <span class="per-level">{ " · " }{ v.per_level.clone() }{ " " }{ t.per_level }</span>
                </span>
            </header>
            <LevelControl group={format!("level-{}", v.no)} value={props.value}
                choices={v.choices.clone()} {onselect}
                legend={format!("{} {} {}", t.level, t.indicator.to_lowercase(), v.no)} />
            <p class="level-now" data-testid="level-now">
                <strong>
                    <span class="sr-only">{ level_of(&v.level, max, props.lang) }{ ": " }</span>
                    <span aria-hidden="true">{ t.level }{ " " }{ v.level.clone() }{ " · " }</span>
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
        </article>
    }
}
