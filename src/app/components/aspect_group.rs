//! One aspect, collapsible: its name, weight and value, then its indicator rows.

use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::Lang;
use crate::i18n::strings;
use crate::state::Action;
use crate::view::PartLine;

use super::delta_badge::DeltaBadge;
use super::indicator_row::IndicatorRow;
use super::indicator_row::Planning;

#[derive(Properties, PartialEq)]
pub struct AspectGroupProps {
    pub fw: FwRef,
    pub aspect: usize,
    pub line: PartLine,
    pub levels: Vec<u32>,
    pub baseline: Vec<u32>,
    pub lang: Lang,
    pub onlevel: Callback<(usize, u32)>,
    pub onaction: Callback<Action>,
    pub planning: Planning,
}

#[component]
pub fn AspectGroup(props: &AspectGroupProps) -> Html {
    let t = strings(props.lang);
    let p = &props.line;
    let indicators = props.fw.0.aspects[props.aspect].indicators.clone();
    html! {
        <details class="aspect" open=true data-testid={format!("aspect-group-{}", p.id)}>
            <summary>
                <h4>
                    <span class="kind">{ t.aspect }{ " " }</span>{ p.name.clone() }
                    <span class="meta">
                        { t.weight }{ " " }{ p.weight.clone() }{ " · " }{ t.value }{ " " }{ p.value.clone() }
                        <DeltaBadge text={p.delta.clone()} sign={p.delta_sign} label={t.change} />
                    </span>
                </h4>
            </summary>
            { for indicators.map(|i| html! {
                <IndicatorRow key={i} fw={props.fw.clone()} index={i}
                    value={props.levels.get(i).copied().unwrap_or_default()}
                    base={props.baseline.get(i).copied().unwrap_or_default()}
                    lang={props.lang} onlevel={props.onlevel.clone()}
                    onaction={props.onaction.clone()} options={props.planning.at(i)} />
            }) }
        </details>
    }
}
