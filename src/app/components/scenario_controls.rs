//! Baseline and what-if: keep the current levels as the baseline, go back to it, or start
//! afresh from a preset of the model (the floor, a published report).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::store::{on_click, use_store, use_summary};
use crate::i18n::strings;
use crate::state::Action;

#[component]
pub fn ScenarioControls() -> Html {
    let store = use_store();
    let chosen = use_state(|| 0usize);
    let t = strings(store.lang);
    let lang = store.lang;
    let changes = use_summary().changes.clone();
    let onselect = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                chosen.set(select.value().parse().unwrap_or(0));
            }
        })
    };
    html! {
        <section class="scenario" aria-labelledby="scenario-title">
            <div class="scenario-head">
                <h2 id="scenario-title">{ t.scenario_heading }</h2>
                <p class="changes" data-testid="changes" aria-live="polite">{ changes }</p>
            </div>
            <div class="buttons">
                <button type="button" onclick={on_click(&store, move || Action::SetBaselineToCurrent)}
                    title={t.set_baseline_hint} aria-describedby="baseline-hint" data-testid="set-baseline"
                    disabled={!store.has_changes()}>
                    { t.set_baseline }
                </button>
                <button type="button" onclick={on_click(&store, move || Action::ResetToBaseline)}
                    data-testid="reset" disabled={!store.has_changes()}>
                    { t.reset_to_baseline }
                </button>
            </div>
            <p class="sr-only" id="baseline-hint">{ t.set_baseline_hint }</p>
            <div class="preset">
                <label for="preset">{ t.start_from }</label>
                <select id="preset" onchange={onselect} data-testid="preset">
                    { for store.fw.presets.iter().enumerate().map(|(i, p)| html! {
                        <option value={i.to_string()} selected={*chosen == i}>{ p.name.get(lang) }</option>
                    }) }
                </select>
                <button type="button" onclick={on_click(&store, { let c = *chosen; move || Action::StartFromPreset(c) })}
                    data-testid="load-preset">
                    { t.load }
                </button>
            </div>
        </section>
    }
}
