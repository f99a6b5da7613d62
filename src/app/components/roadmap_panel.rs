//! The yearly roadmap: a target per year, each year planned from the last, the years that
//! cannot be met, and a chart of the projected index over the predicate bands.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::FwRef;
use crate::app::hooks::use_plan::use_roadmap;
use crate::app::store::{on_click, use_store};
use crate::i18n::{percent, planning_texts, strings};
use crate::state::{Action, MAX_ROADMAP_YEARS};
use crate::view::PlanStatus;

use super::roadmap_chart::{RoadmapChartProps, roadmap_chart};
use super::target_picker::{TargetPickerProps, target_picker};
use super::task_line::{Props as TaskLineProps, task_line};

#[component]
pub fn RoadmapPanel() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    let st = crate::i18n::screen_texts(store.lang);
    // Planned year after year here; in slices, with progress and cancel, where it takes longer.
    let (r, control) = use_roadmap(&store);
    let Some(r) = r else {
        return html! {};
    };
    let pt = planning_texts(store.lang);
    let it = crate::i18n::item_texts(store.lang);
    let oncancel = control.cancel.reform(|_: MouseEvent| ());
    let onrestart = control.restart.reform(|_: MouseEvent| ());
    let onstart = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                if let Ok(year) = input.value().trim().parse::<u16>() {
                    if (2000..=2100).contains(&year) {
                        store.dispatch(Action::SetRoadmapStart(year));
                    }
                }
            }
        })
    };
    let first = store.roadmap.first().map_or(2026, |y| y.year);
    let fw = FwRef(store.fw.clone());
    html! {
        <section class="roadmap" aria-labelledby="roadmap-title" data-testid="roadmap">
            <h2 id="roadmap-title">{ st.roadmap_heading }</h2>
            <p class="hint">{ st.roadmap_hint }</p>
            <div class="roadmap-controls">
                <label>
                    <span>{ st.first_year }</span>
                    <input type="number" min="2000" max="2100" value={first.to_string()} onchange={onstart}
                        data-testid="roadmap-start" />
                </label>
                <button type="button" onclick={on_click(&store, move || Action::AddRoadmapYear)}
                    disabled={store.roadmap.len() >= MAX_ROADMAP_YEARS}>{ st.add_year }</button>
                <button type="button" onclick={on_click(&store, move || Action::RemoveRoadmapYear)}
                    disabled={store.roadmap.len() <= 1}>{ st.remove_year }</button>
            </div>
            <ol class="roadmap-years">
                { for store.roadmap.iter().enumerate().zip(r.lines.iter()).map(|((k, y), line)| {
                    let lang = store.lang;
                    let store = store.clone();
                    let onchange = Callback::from(move |target| store.dispatch(Action::SetRoadmapTarget(k, target)));
                    html! {
                        <li class={classes!("year", (!line.met).then_some("unmet"))} data-testid={format!("roadmap-year-{}", y.year)}>
                            <h3>{ y.year }</h3>
                            { target_picker(&TargetPickerProps {
                                fw: fw.clone(), lang, value: y.target.clone(),
                                none_label: t.no_target.into(), label: t.target_label.into(),
                                testid: format!("roadmap-target-{}", y.year).into(),
                                suggested: 300, onchange,
                            }) }
                            <p class="year-result">
                                <strong>{ line.status.clone() }</strong>
                                if !line.result.is_empty() { { " \u{b7} " }{ line.result.clone() } }
                                if line.effort > 0 { { format!(" \u{b7} {} {}", t.effort.to_ascii_lowercase(), line.effort) } }
                            </p>
                            if !line.actions.is_empty() {
                                <details>
                                    <summary>{ t.actions }{ format!(" ({})", line.actions.len()) }</summary>
                                    <ul>{ for line.actions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
                                    if !line.tasks.is_empty() {
                                        <p class="tasks-heading">{ format!("{} ({})", it.roadmap_tasks, line.tasks.len()) }</p>
                                        <ul class="plan-tasks" data-testid="roadmap-tasks">
                                            { for line.tasks.iter().map(|task| task_line(&TaskLineProps { task: task.clone(), lang })) }
                                        </ul>
                                    }
                                </details>
                            }
                        </li>
                    }
                }) }
            </ol>
            <p class={classes!("roadmap-verdict", r.status.code())} data-testid="roadmap-verdict" aria-live="polite">{ r.verdict.clone() }</p>
            if let (PlanStatus::Working, Some(share)) = (&r.status, r.progress) {
                <div class="plan-progress">
                    <progress max="100" value={share.to_string()} aria-label={pt.progress_label}
                        data-testid="roadmap-progress"></progress>
                    <span aria-hidden="true">{ percent(share, store.lang) }</span>
                    <button type="button" onclick={oncancel} data-testid="roadmap-cancel">{ pt.cancel }</button>
                </div>
            }
            if r.status == PlanStatus::Cancelled {
                <button type="button" onclick={onrestart} data-testid="roadmap-restart">{ pt.restart }</button>
            }
            { roadmap_chart(&RoadmapChartProps { chart: r.chart.clone(), label: st.roadmap_heading.into() }) }
        </section>
    }
}
