//! How the index moves from the baseline to the scenario, domain by domain (SVG).

use yew::prelude::*;

use crate::app::store::Store;
use crate::charts::{self, px};
use crate::i18n::strings;

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn waterfall_chart(store: &Store) -> Html {
    let t = strings(store.lang);
    let name = store.active_name();
    let Some(w) = charts::waterfall(
        &store.fw,
        &store.levels,
        &store.baseline,
        (t.baseline, &name),
        store.lang,
    ) else {
        return html! {};
    };
    html! {
        <figure class="chart waterfall" data-testid="waterfall">
            <figcaption>{ crate::i18n::waterfall_heading(store.fw.hierarchy.first().map_or("", |k| k.get(store.lang)), store.lang) }</figcaption>
            <svg viewBox={format!("0 0 {} {}", px(w.width), px(w.height))} role="img" aria-label={w.summary.clone()}>
                { for w.grid.iter().map(|(y, label)| html! {
                    <g class="grid">
                        <line x1="44" x2={px(w.width)} y1={px(y)} y2={px(y)} />
                        <text x="40" y={px(y + 4.0)} text-anchor="end">{ label.clone() }</text>
                    </g>
                }) }
                { for w.bars.iter().enumerate().map(|(k, b)| html! {
                    <g class={classes!("bar", b.kind)}>
                        <rect x={px(b.x)} y={px(b.y)}
                            width={px(b.width)} height={px(b.height)} />
                        <text class="value" x={px(b.x + b.width / 2.0)} y={px(b.y - 4.0)}
                            text-anchor="middle">{ b.value.clone() }</text>
                        <text class="label" x={px(b.x + b.width / 2.0)} y={px(w.height - if k % 2 == 0 { 22.0 } else { 6.0 })}
                            text-anchor="middle">{ short(&b.label) }</text>
                    </g>
                }) }
            </svg>
            <p class="sr-only">{ w.summary.clone() }</p>
        </figure>
    }
}

/// Labels under bars: the first two words ("Tata Kelola").
fn short(label: &str) -> String {
    label
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}
