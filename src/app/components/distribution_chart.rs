//! The distribution of a year's published results, with the baseline, the scenario and our
//! institution marked (SVG drawn by the app; the text alternative says the same).

use yew::prelude::*;

use crate::charts::{Distribution, px};

pub struct DistributionChartProps {
    pub chart: Distribution,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn distribution_chart(props: &DistributionChartProps) -> Html {
    let c = &props.chart;
    html! {
        <figure class="chart distribution" data-testid="distribution">
            <svg viewBox={format!("0 0 {} {}", px(c.width), px(c.height))} role="img" aria-label={c.alt.clone()}>
                <line class="axis" x1="16" x2={px(c.width - 16.0)} y1={c.baseline_y.clone()} y2={c.baseline_y.clone()} />
                { for c.bars.iter().map(|[x, y, w, h]| html! {
                    <rect class="bar" x={x.clone()} y={y.clone()} width={w.clone()} height={h.clone()} />
                }) }
                { for c.ticks.iter().map(|(x, label)| html! {
                    <text class="tick" x={x.clone()} y={px(c.height - 6.0)} text-anchor="middle">{ label.clone() }</text>
                }) }
                { for c.markers.iter().enumerate().map(|(k, m)| html! {
                    <g class={format!("marker m{k}")}>
                        <line x1={m.x.clone()} x2={m.x.clone()} y1="30" y2={c.baseline_y.clone()} />
                        <text x={m.text_x.clone()} y={(12 + 10 * k).to_string()} text-anchor={m.anchor}>{ format!("{} {}", m.label, m.value) }</text>
                    </g>
                }) }
            </svg>
            <figcaption class="sr-only">{ c.alt.clone() }</figcaption>
        </figure>
    }
}
