//! One domain: its name, weight and value, then its aspects.

use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::Lang;
use crate::i18n::strings;
use crate::state::Action;
use crate::view::DomainLines;

use super::aspect_group::AspectGroup;
use super::delta_badge::DeltaBadge;
use super::indicator_row::Planning;

#[derive(Properties, PartialEq)]
pub struct DomainSectionProps {
    pub fw: FwRef,
    pub domain: usize,
    pub lines: DomainLines,
    pub levels: Vec<u32>,
    pub baseline: Vec<u32>,
    pub lang: Lang,
    pub onlevel: Callback<(usize, u32)>,
    pub onaction: Callback<Action>,
    pub planning: Planning,
}

#[component]
pub fn DomainSection(props: &DomainSectionProps) -> Html {
    let t = strings(props.lang);
    let d = &props.lines.domain;
    let aspects = props.fw.0.domains[props.domain].aspects.clone();
    html! {
        <section class="domain" aria-labelledby={format!("domain-{}", d.id)}>
            <h3 id={format!("domain-{}", d.id)}>
                <span class="kind">{ t.domain }{ " " }</span>{ d.name.clone() }
                <span class="meta">
                    { t.weight }{ " " }{ d.weight.clone() }{ " · " }{ t.value }{ " " }{ d.value.clone() }
                    <DeltaBadge text={d.delta.clone()} sign={d.delta_sign} label={t.change} />
                </span>
            </h3>
            { for aspects.zip(props.lines.aspects.iter()).map(|(a, line)| html! {
                <AspectGroup fw={props.fw.clone()} aspect={a} line={line.clone()}
                    levels={props.levels.clone()} baseline={props.baseline.clone()}
                    lang={props.lang} onlevel={props.onlevel.clone()}
                    onaction={props.onaction.clone()} planning={props.planning.clone()} />
            }) }
        </section>
    }
}
