//! The eight aspects as a radar: baseline and scenario overlaid (SVG).

use yew::prelude::*;

use crate::app::store::Store;
use crate::charts::{self, px};
use crate::i18n::strings;

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn radar_chart(store: &Store) -> Html {
    let t = strings(store.lang);
    let name = store.active_name();
    let r = charts::radar(
        &store.fw,
        &[
            (t.baseline, &store.base_score.aspects),
            (&name, &store.score.aspects),
        ],
        store.lang,
    );
    let c = r.center;
    html! {
        <figure class="chart radar" data-testid="radar">
            <figcaption>{ t.aspects_radar }</figcaption>
            <svg viewBox={format!("0 0 {0} {0}", px(r.size))} role="img" aria-label={r.summary.clone()}>
                { for r.rings.iter().map(|(rad, label)| html! {
                    <g class="ring">
                        <circle cx={px(c)} cy={px(c)} r={px(rad)} />
                        <text x={px(c + 4.0)} y={px(c - rad + 11.0)}>{ label.clone() }</text>
                    </g>
                }) }
                { for r.axes.iter().map(|(x, y, lx, ly, label)| html! {
                    <g class="axis">
                        <line x1={px(c)} y1={px(c)} x2={px(x)} y2={px(y)} />
                        <text x={px(lx)} y={px(ly + 4.0)} text-anchor="middle">{ label.clone() }</text>
                    </g>
                }) }
                { for r.series.iter().enumerate().map(|(k, points)| html! {
                    <polygon class={if k == 0 { "series base" } else { "series scenario" }} points={points.clone()} />
                }) }
            </svg>
            <p class="legend">
                <span class="key key-base"></span>{ t.baseline }{ " " }
                <span class="key key-scenario"></span>{ name }
            </p>
            <ul class="axis-names" aria-hidden="true">
                { for store.fw.aspects.iter().map(|a| html! {
                    <li><strong>{ a.id.clone() }</strong>{ " " }{ a.name.get(store.lang) }</li>
                }) }
            </ul>
            <p class="sr-only">{ r.summary.clone() }</p>
        </figure>
    }
}
