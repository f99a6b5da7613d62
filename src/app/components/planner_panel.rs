//! Goal seek: choose a target (a predicate or an index value), a pace limit and an effort
//! curve; see the least-effort plan, most valuable action first, and apply it.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::FwRef;
use crate::app::store::{use_plan_control, use_plan_view, use_store};
use crate::engine::plan::EffortCurve;
use crate::i18n::{percent, planning_texts, strings};
use crate::state::Action;
use crate::view::PlanStatus;

use super::deadline_control::{Props as DeadlineProps, deadline_control};
use super::target_picker::{TargetPickerProps, target_picker};
use super::task_line::{Props as TaskLineProps, task_line};

#[component]
pub fn PlannerPanel() -> Html {
    let store = use_store();
    let (t, lang, fw) = (strings(store.lang), store.lang, store.fw.clone());
    let st = crate::i18n::screen_texts(store.lang);
    // On the planning screen the plan is always computed (see `use_plan`).
    let control = use_plan_control();
    let Some(v) = use_plan_view() else {
        return html! {};
    };
    let pt = planning_texts(lang);
    let it = crate::i18n::item_texts(lang);

    let ontarget = {
        let store = store.clone();
        Callback::from(move |target| store.dispatch(Action::SetTarget(target)))
    };
    let onpace = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                store.dispatch(Action::SetPace(sel.value().parse().ok()));
            }
        })
    };
    let oncurve = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                let curve = if sel.value() == "rising" {
                    EffortCurve::Rising
                } else {
                    EffortCurve::Flat
                };
                store.dispatch(Action::SetCurve(curve));
            }
        })
    };
    let onapply = {
        let (store, levels) = (store.clone(), v.levels.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(levels) = &levels {
                store.dispatch(Action::ApplyPlan(levels.clone()));
            }
        })
    };
    let oncancel = control.cancel.reform(|_: MouseEvent| ());
    let onrestart = control.restart.reform(|_: MouseEvent| ());
    let max_steps = fw.max_steps();
    html! {
        <section class="planner" aria-labelledby="planner-title" data-testid="planner">
            <h2 id="planner-title">{ st.planner_heading }</h2>
            <p class="hint">{ st.planner_hint }</p>
            <div class="planner-inputs">
                { target_picker(&TargetPickerProps {
                    fw: FwRef(fw.clone()), lang, value: store.target.clone(),
                    none_label: st.target_next.into(), label: t.target_label.into(), testid: "plan-target".into(),
                    suggested: fw.index_cents(&store.score.index).div_ceil(10) * 10 + 10, onchange: ontarget,
                }) }
                <label>
                    <span>{ st.pace_label }</span>
                    <select onchange={onpace} data-testid="plan-pace">
                        <option value="" selected={store.pace.is_none()}>{ st.pace_none }</option>
                        { for (1..max_steps).map(|p| html! {
                            <option value={p.to_string()} selected={store.pace == Some(p)}>{ format!("+{p}") }</option>
                        }) }
                    </select>
                </label>
                <label>
                    <span>{ st.curve_label }</span>
                    <select onchange={oncurve} data-testid="plan-curve">
                        <option value="flat" selected={store.curve == EffortCurve::Flat}>{ st.curve_flat }</option>
                        <option value="rising" selected={store.curve == EffortCurve::Rising}>{ st.curve_rising }</option>
                    </select>
                </label>
            </div>
            { deadline_control(&store, &DeadlineProps { late: (!v.lines.is_empty()).then(|| v.lines.iter().flat_map(|l| &l.tasks).filter(|t| t.late.is_some()).count()) }) }
            <div class={classes!("plan-result", v.status.code())}
                data-testid="plan-result" aria-live="polite">
                <p class="plan-target"><strong>{ t.target_label }{ ": " }</strong>{ v.target.clone() }</p>
                <p class="plan-message" data-testid="plan-message">{ v.message.clone() }</p>
                if let (PlanStatus::Working, Some(share)) = (&v.status, v.progress) {
                    <div class="plan-progress">
                        <progress max="100" value={share.to_string()} aria-label={pt.progress_label}
                            data-testid="plan-progress"></progress>
                        <span aria-hidden="true">{ percent(share, lang) }</span>
                        <button type="button" onclick={oncancel} data-testid="plan-cancel">{ pt.cancel }</button>
                    </div>
                }
                if v.status == PlanStatus::Cancelled {
                    <button type="button" onclick={onrestart} data-testid="plan-restart">{ pt.restart }</button>
                }
                if let (PlanStatus::Planned, Some(p)) = (&v.status, &v.projected) {
                    <p class="plan-projected" data-testid="plan-projected"><strong>{ t.projected }{ ": " }</strong>{ p.clone() }</p>
                }
            </div>
            if !v.lines.is_empty() {
                <ol class="plan-steps" data-testid="plan-steps">
                    { for v.lines.iter().map(|l| html! {
                        <li>
                            <strong>{ format!("{} {} {}: {} \u{2192} {}", t.indicator, l.label, l.name, l.from, l.to) }</strong>
                            <span class="gain">{ format!(" {} ", l.gain) }</span>
                            <span class="effort">{ format!("({} {})", t.effort.to_ascii_lowercase(), l.effort) }</span>
                            <br />
                            <span class="criterion"><em>{ l.level_name.clone() }{ ": " }</em>{ l.criterion.clone() }</span>
                            if !l.tasks.is_empty() {
                                <ul class="plan-tasks" aria-label={format!("{} {}", it.tasks_label, l.label)} data-testid="plan-tasks">
                                    { for l.tasks.iter().map(|task| task_line(&TaskLineProps { task: task.clone(), lang })) }
                                </ul>
                            }
                        </li>
                    }) }
                </ol>
                <button type="button" class="primary" onclick={onapply} data-testid="apply-plan">{ st.apply_plan }</button>
            }
        </section>
    }
}
