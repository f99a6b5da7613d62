//! One domain: its name, weight and value, then its aspects. In a framework without domains
//! (Pemdi) there is one section without a heading, holding every aspect.

use yew::prelude::*;

use crate::i18n::strings;
use crate::view::DomainLines;

use super::aspect_group::{AspectGroupProps, aspect_group};
use super::delta_badge::delta_badge;
use super::indicator_row::RowsContext;

pub struct DomainSectionProps {
    pub domain: usize,
    pub lines: DomainLines,
    pub rows: RowsContext,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn domain_section(props: &DomainSectionProps) -> Html {
    let t = strings(props.rows.lang);
    let fw = &props.rows.fw.0;
    let aspects = fw
        .domains
        .get(props.domain)
        .map_or(0..fw.aspects.len(), |d| d.aspects.clone())
        .filter(|a| fw.aspects[*a].indicators.start < props.rows.built);
    let groups = html! {
        { for aspects.zip(props.lines.aspects.iter()).map(|(a, line)| html! {
            <key={a}>{ aspect_group(&AspectGroupProps { aspect: a, line: line.clone(), rows: props.rows.clone() }) }</>
        }) }
    };
    let Some(d) = &props.lines.domain else {
        return html! { <div class="domain">{ groups }</div> };
    };
    let kind = fw
        .kind_name(true)
        .map_or(t.domain, |k| k.get(props.rows.lang));
    html! {
        <section class="domain" aria-labelledby={format!("domain-{}", d.id)}>
            <h3 id={format!("domain-{}", d.id)}>
                <span class="kind">{ kind }{ " " }</span>{ d.name.clone() }
                <span class="meta">
                    { t.weight }{ " " }{ d.weight.clone() }{ " · " }{ t.value }{ " " }{ d.value.clone() }
                    { delta_badge(&d.delta, d.delta_sign, t.change) }
                </span>
            </h3>
            { groups }
        </section>
    }
}
