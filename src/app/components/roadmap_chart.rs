//! The projected index per year over the predicate bands, targets marked (SVG).

use yew::prelude::*;

use crate::charts;

#[derive(Properties, PartialEq)]
pub struct RoadmapChartProps {
    pub chart: charts::RoadmapChart,
    pub label: AttrValue,
}

#[component]
pub fn RoadmapChart(props: &RoadmapChartProps) -> Html {
    let c = &props.chart;
    let summary = c
        .points
        .iter()
        .map(|(_, _, year, value, _)| format!("{year}: {value}"))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="chart roadmap-chart" data-testid="roadmap-chart">
            <svg viewBox={format!("0 0 {} {}", c.width, c.height)} role="img"
                aria-label={format!("{}: {summary}", props.label)}>
                { for c.bands.iter().map(|(y, h, color, name)| html! {
                    <g class="band-area">
                        <rect x="44" y={format!("{y:.1}")} width={format!("{:.1}", c.width - 60.0)} height={format!("{h:.1}")}
                            fill={color.clone()} />
                        <text x="48" y={format!("{:.1}", y + 12.0)}>{ name.clone() }</text>
                    </g>
                }) }
                <polyline class="line" points={c.line.clone()} />
                { for c.targets.iter().map(|(x, y)| html! {
                    <line class="target" x1={format!("{:.1}", x - 10.0)} x2={format!("{:.1}", x + 10.0)}
                        y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                }) }
                { for c.points.iter().map(|(x, y, year, value, met)| html! {
                    <g class={classes!("point", (!met).then_some("unmet"))}>
                        <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" />
                        <text class="value" x={format!("{x:.1}")} y={format!("{:.1}", y - 8.0)} text-anchor="middle">{ value.clone() }</text>
                        <text class="year" x={format!("{x:.1}")} y={format!("{:.1}", c.height - 8.0)} text-anchor="middle">{ year.clone() }</text>
                    </g>
                }) }
            </svg>
            <p class="sr-only">{ summary }</p>
        </figure>
    }
}
