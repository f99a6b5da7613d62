//! The projected index per year over the predicate bands, targets marked (SVG).

use yew::prelude::*;

use crate::charts::{self, px};

pub struct RoadmapChartProps {
    pub chart: charts::RoadmapChart,
    pub label: AttrValue,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn roadmap_chart(props: &RoadmapChartProps) -> Html {
    let c = &props.chart;
    let summary = c
        .points
        .iter()
        .map(|(_, _, year, value, _)| format!("{year}: {value}"))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="chart roadmap-chart" data-testid="roadmap-chart">
            <svg viewBox={format!("0 0 {} {}", px(c.width), px(c.height))} role="img"
                aria-label={format!("{}: {summary}", props.label)}>
                { for c.bands.iter().map(|(y, h, color, name)| html! {
                    <g class="band-area">
                        <rect x="44" y={px(y)} width={px(c.width - 60.0)} height={px(h)}
                            fill={color.clone()} />
                        <text x="48" y={px(y + 12.0)}>{ name.clone() }</text>
                    </g>
                }) }
                <polyline class="line" points={c.line.clone()} />
                { for c.targets.iter().map(|(x, y)| html! {
                    <line class="target" x1={px(x - 10.0)} x2={px(x + 10.0)}
                        y1={px(y)} y2={px(y)} />
                }) }
                { for c.points.iter().map(|(x, y, year, value, met)| html! {
                    <g class={classes!("point", (!met).then_some("unmet"))}>
                        <circle cx={px(x)} cy={px(y)} r="4" />
                        <text class="value" x={px(x)} y={px(y - 8.0)} text-anchor="middle">{ value.clone() }</text>
                        <text class="year" x={px(x)} y={px(c.height - 8.0)} text-anchor="middle">{ year.clone() }</text>
                    </g>
                }) }
            </svg>
            <p class="sr-only">{ summary }</p>
        </figure>
    }
}
