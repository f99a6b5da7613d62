//! One domain: its name, weight and value, then its aspects.

use yew::prelude::*;

use crate::i18n::strings;
use crate::view::DomainLines;

use super::aspect_group::AspectGroup;
use super::delta_badge::DeltaBadge;
use super::indicator_row::RowsContext;

#[derive(Properties, PartialEq)]
pub struct DomainSectionProps {
    pub domain: usize,
    pub lines: DomainLines,
    pub rows: RowsContext,
}

#[component]
pub fn DomainSection(props: &DomainSectionProps) -> Html {
    let t = strings(props.rows.lang);
    let d = &props.lines.domain;
    let aspects = props.rows.fw.0.domains[props.domain].aspects.clone();
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
                <AspectGroup aspect={a} line={line.clone()} rows={props.rows.clone()} />
            }) }
        </section>
    }
}
