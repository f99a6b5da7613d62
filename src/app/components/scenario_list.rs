//! The saved scenarios as tabs: pick one to edit, rename it, duplicate it, delete it, or
//! start a new one from the current levels.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::store::{on_click, use_store};
use crate::i18n::strings;
use crate::state::{Action, MAX_NAME, MAX_SCENARIOS};

#[component]
pub fn ScenarioList() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    let st = crate::i18n::screen_texts(store.lang);
    let active = store.active;
    let onrename = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                store.dispatch(Action::RenameScenario(active, input.value()));
            }
        })
    };
    let many = store.scenarios.len() > 1;
    html! {
        <section class="scenario-list" aria-labelledby="scenarios-title" data-testid="scenario-list">
            <h2 id="scenarios-title">{ st.scenarios_heading }</h2>
            <div class="tabs" role="group" aria-label={st.scenarios_heading}>
                { for store.scenarios.iter().enumerate().map(|(i, s)| html! {
                    <button type="button" class={classes!("tab", (i == active).then_some("active"))}
                        aria-pressed={(i == active).to_string()} onclick={on_click(&store, move || Action::SelectScenario(i))}
                        data-testid={format!("scenario-tab-{}", i + 1)}>
                        { s.name.clone() }
                    </button>
                }) }
                <button type="button" class="tab new" onclick={on_click(&store, move || Action::NewScenario)}
                    disabled={store.scenarios.len() >= MAX_SCENARIOS} data-testid="new-scenario">
                    { "+ " }{ st.new_scenario }
                </button>
            </div>
            <div class="scenario-edit">
                <label for="scenario-name">{ t.rename }{ " (" }{ st.active_scenario }{ ")" }</label>
                <input id="scenario-name" type="text" maxlength={MAX_NAME.to_string()}
                    value={store.scenarios.get(active).map(|s| s.name.clone()).unwrap_or_default()}
                    onchange={onrename} data-testid="scenario-name" />
                <button type="button" onclick={on_click(&store, move || Action::DuplicateScenario(active))}
                    disabled={store.scenarios.len() >= MAX_SCENARIOS} data-testid="duplicate-scenario">
                    { st.duplicate }
                </button>
                <button type="button" onclick={on_click(&store, move || Action::DeleteScenario(active))} disabled={!many}
                    data-testid="delete-scenario">
                    { st.delete }
                </button>
            </div>
        </section>
    }
}
