//! On the entry screen, the case study or exercise in progress: the case's label, story and
//! "start again"; for an exercise, its task, "compare with the best plan" (your effort next
//! to the least effort, the steps you share with it and those that differ, whether you
//! reached the target) and "show the best plan" (only then is the optimum shown).

use yew::prelude::*;

use crate::app::store::use_store;
use crate::engine::format;
use crate::engine::plan::Target;
use crate::exercise::{Row, compare};
use crate::i18n::{kind_label, workshop_texts};
use crate::state::Action;
use crate::view::index_text;

#[component]
pub fn CasePanel() -> Html {
    let store = use_store();
    let t = workshop_texts(store.lang);
    let lang = store.lang;
    let fw = store.fw.clone();
    let compared = use_state(|| false);
    let case = store
        .mode
        .case
        .and_then(|i| fw.presets.get(i))
        .filter(|p| p.kind.is_some());
    let exercise = store.mode.exercise.clone();
    if case.is_none() && exercise.is_none() {
        return html! {};
    }
    let restart = {
        let (store, compared) = (store.clone(), compared.clone());
        Callback::from(move |_: MouseEvent| {
            compared.set(false);
            store.dispatch(Action::RestartCase);
        })
    };
    let head = case.map(|c| {
        html! {
            <>
                <h2>{ c.name.get(lang) }</h2>
                <p><span class="case-kind" data-testid="case-kind">{ c.kind.map(|k| kind_label(k, lang)).unwrap_or_default() }</span></p>
                if let Some(story) = &c.story {
                    <p data-testid="case-story">{ story.get(lang) }</p>
                }
            </>
        }
    });
    let body = exercise.map(|e| {
        let target = match &e.target {
            Target::Band(b) => fw.bands.get(*b).map(|b| b.name.get(lang).to_string()).unwrap_or_default(),
            Target::Index(c) => format::cents(*c, lang),
        };
        let mut task = t.task.replace("{target}", &target);
        if let Some(p) = e.pace {
            task.push(' ');
            task.push_str(&t.task_pace.replace("{pace}", &p.to_string()));
        }
        let cmp = (*compared || store.mode.revealed).then(|| compare(&store, &e));
        let oncompare = {
            let compared = compared.clone();
            Callback::from(move |_: MouseEvent| compared.set(true))
        };
        let onreveal = {
            let (store, compared) = (store.clone(), compared.clone());
            Callback::from(move |_: MouseEvent| {
                compared.set(true);
                store.dispatch(Action::Reveal);
            })
        };
        let revealed = store.mode.revealed;
        let name = |r: &Row| fw.indicators[r.indicator].name.get(lang).to_string();
        let label = |v: u32| format::level_value(v, fw.scale.decimals, lang);
        let table = |rows: &[Row], testid: &'static str, best: bool| html! {
            <table class="case-table" data-testid={testid}>
                <thead><tr>
                    <th scope="col">{ t.col_indicator }</th><th scope="col">{ t.col_start }</th>
                    <th scope="col">{ t.col_yours }</th>
                    if best { <th scope="col">{ t.col_best }</th> }
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr data-indicator={fw.indicators[r.indicator].no.to_string()}>
                            <th scope="row">{ format!("{}. {}", fw.indicators[r.indicator].label(), name(r)) }</th>
                            <td>{ label(r.start) }</td><td>{ label(r.mine) }</td>
                            if best { <td>{ label(r.best) }</td> }
                        </tr>
                    }) }
                </tbody>
            </table>
        };
        html! {
            <>
                <p class="case-task" data-testid="exercise-task"><strong>{ task }</strong></p>
                if !revealed { <p class="hint">{ t.planner_hidden }</p> }
                <div class="case-actions">
                    <button type="button" onclick={oncompare} data-testid="exercise-compare">{ t.compare }</button>
                    <button type="button" onclick={onreveal} data-testid="exercise-reveal" disabled={revealed}>{ t.reveal }</button>
                </div>
                if let Some(c) = cmp {
                    <div class="case-result" data-testid="exercise-result" aria-live="polite">
                        <p>
                            <span data-testid="exercise-reached" class={if c.reached { "ok" } else { "short" }}>
                                { if c.reached { t.reached } else { t.not_reached } }
                            </span>
                            { format!(" · {}", index_text(&fw, &c.my_index, lang)) }
                        </p>
                        <dl class="case-efforts">
                            <dt>{ t.your_effort }</dt><dd data-testid="my-effort">{ c.my_effort }</dd>
                            <dt>{ t.least_effort }</dt>
                            <dd data-testid="least-effort">{ c.best_effort.map_or_else(|| "–".to_string(), |e| e.to_string()) }</dd>
                        </dl>
                        if !c.within_rules { <p class="short" data-testid="outside-rules">{ t.outside_rules }</p> }
                        if c.best_effort.is_none() { <p class="short">{ t.unreachable }</p> }
                        <h3>{ t.shared }{ format!(" ({})", c.shared.len()) }</h3>
                        if !c.shared.is_empty() { { table(&c.shared, "shared-steps", false) } }
                        <h3>{ t.differ }{ format!(" ({})", c.differ.len()) }</h3>
                        if !c.differ.is_empty() { { table(&c.differ, "differing-steps", revealed) } }
                        if revealed {
                            <h3>{ t.best_plan }{ format!(" · {}", index_text(&fw, &c.best_index, lang)) }</h3>
                            <ol class="case-best" data-testid="best-plan">
                                { for c.best_steps.iter().map(|s| html! {
                                    <li data-indicator={fw.indicators[s.indicator].no.to_string()}>
                                        { format!("{}. {}: {} → {} ({} {})", fw.indicators[s.indicator].label(),
                                            fw.indicators[s.indicator].name.get(lang), label(s.from), label(s.to), s.steps, t.steps) }
                                    </li>
                                }) }
                            </ol>
                        }
                    </div>
                }
            </>
        }
    });
    html! {
        <section class="case-panel" data-testid="case-panel" aria-label={crate::i18n::screen_texts(store.lang).workshop_heading}>
            { head.unwrap_or_default() }
            { body.unwrap_or_default() }
            <button type="button" onclick={restart} data-testid="case-restart">{ t.restart }</button>
        </section>
    }
}
