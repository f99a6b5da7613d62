//! The history chart: each framework's years with its band edges, the index per year (points
//! of different frameworks are never joined), projections hollow.

use yew::prelude::*;

use crate::charts::{HistoryChart as Chart, px};

pub struct HistoryChartProps {
    pub chart: Chart,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn history_chart(props: &HistoryChartProps) -> Html {
    let c = &props.chart;
    html! {
        <figure class="chart history-chart" data-testid="history-chart">
            <svg viewBox={format!("0 0 {} {}", px(c.width), px(c.height))} role="img" aria-label={c.alt.clone()}>
                { for c.spans.iter().enumerate().map(|(k, s)| html! {
                    <g class={format!("span s{}", k % 3)}>
                        <rect x={s.x.clone()} y="18" width={s.width.clone()} height={px(c.height - 42.0)} />
                        <text class="span-name" x={s.x.clone()} y="12" dx="4">{ s.name.clone() }</text>
                        { for s.edges.iter().map(|(y, label)| html! {
                            <g class="edge">
                                <line x1={s.x.clone()} x2={s.right.clone()} y1={y.clone()} y2={y.clone()} />
                                <text x={s.x.clone()} y={y.clone()} dx="2" dy="-2">{ label.clone() }</text>
                            </g>
                        }) }
                    </g>
                }) }
                { for c.lines.iter().map(|l| html! { <polyline class="line" points={l.clone()} /> }) }
                { for c.points.iter().map(|(x, y, label, projected)| html! {
                    <g class={classes!("point", projected.then_some("projected"))}>
                        <circle cx={x.clone()} cy={y.clone()} r="4" />
                        <text x={x.clone()} y={y.clone()} dy="-8" text-anchor="middle">{ label.clone() }</text>
                    </g>
                }) }
                { for c.years.iter().map(|(x, label)| html! {
                    <text class="tick" x={x.clone()} y={px(c.height - 6.0)} text-anchor="middle">{ label.clone() }</text>
                }) }
            </svg>
            <figcaption class="sr-only">{ c.alt.clone() }</figcaption>
        </figure>
    }
}
