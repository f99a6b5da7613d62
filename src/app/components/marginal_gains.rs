//! Which single step buys the most index per unit of effort, and how many levels of one
//! indicator alone would reach the next predicate.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::i18n::strings;
use crate::view;

/// Rows shown before "show all".
const FIRST: usize = 10;

#[component]
pub fn MarginalGains() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    let st = crate::i18n::screen_texts(store.lang);
    let lines = view::marginal(&store);
    let all = use_state(|| false);
    let shown = if *all {
        lines.len()
    } else {
        FIRST.min(lines.len())
    };
    let ontoggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <section class="marginal" aria-labelledby="marginal-title" data-testid="marginal">
            <h2 id="marginal-title">{ st.marginal_heading }</h2>
            <p class="hint">{ st.marginal_hint }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="marginal-title">
            <table class="parts">
                <thead>
                    <tr>
                        <th scope="col">{ t.indicator_col }</th>
                        <th scope="col" class="num">{ t.level }</th>
                        <th scope="col" class="num">{ t.gain }</th>
                        <th scope="col" class="num">{ st.gain_per_effort }</th>
                        <th scope="col" class="num">{ st.steps_to_band }</th>
                    </tr>
                </thead>
                <tbody>
                    { for lines.iter().take(shown).map(|l| html! {
                        <tr data-testid={format!("marginal-{}", l.no)}>
                            <th scope="row">{ format!("{}. {}", l.label, l.name) }</th>
                            <td class="num">{ l.level.clone() }</td>
                            <td class="num">{ l.gain.clone() }</td>
                            <td class="num">{ l.per_effort.clone() }</td>
                            <td class="num">{ l.steps_to_band.clone() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            if lines.len() > FIRST {
                <button type="button" onclick={ontoggle} aria-expanded={(*all).to_string()}>
                    { if *all { format!("\u{2212} {}", FIRST) } else { format!("+ {}", lines.len() - FIRST) } }
                </button>
            }
        </section>
    }
}
