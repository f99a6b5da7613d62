//! One aspect, collapsible: its name, weight and value, then its indicator rows.

use yew::prelude::*;

use crate::i18n::strings;
use crate::view::PartLine;

use super::delta_badge::delta_badge;
use super::indicator_row::{IndicatorRow, RowsContext};

pub struct AspectGroupProps {
    pub aspect: usize,
    pub line: PartLine,
    pub rows: RowsContext,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn aspect_group(props: &AspectGroupProps) -> Html {
    let rows = &props.rows;
    let t = strings(rows.lang);
    let p = &props.line;
    let fw = &rows.fw.0;
    let built = rows.built;
    let indicators = fw.aspects[props.aspect]
        .indicators
        .clone()
        .filter(move |i| *i < built);
    let kind = fw.kind_name(false).map_or(t.aspect, |k| k.get(rows.lang));
    html! {
        <details class="aspect" open=true data-testid={format!("aspect-group-{}", p.id)}>
            <summary>
                <h4>
                    <span class="kind">{ kind }{ " " }</span>{ p.name.clone() }
                    <span class="meta">
                        { t.weight }{ " " }{ p.weight.clone() }{ " · " }{ t.value }{ " " }{ p.value.clone() }
                        { delta_badge(&p.delta, p.delta_sign, t.change) }
                    </span>
                </h4>
            </summary>
            // In a fragment of its own, so that the keyed rows are matched by key (see
            // IndicatorTable).
            <>{ for indicators.map(|i| html! {
                <IndicatorRow key={i} fw={rows.fw.clone()} index={i}
                    value={rows.levels.get(i).copied().unwrap_or_default()}
                    base={rows.baseline.get(i).copied().unwrap_or_default()}
                    lang={rows.lang} onlevel={rows.onlevel.clone()}
                    onaction={rows.onaction.clone()} options={rows.planning.at(i)}
                    source={rows.sources.get(i).copied().flatten()} />
            }) }</>
        </details>
    }
}
