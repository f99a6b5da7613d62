//! What the summary says about evidence, in the details' chunk (fetched when first needed):
//! while indicators are marked "not yet backed by evidence", the index range if they drop a
//! level; while any indicator's value follows its evidence items, the index as self-assessed
//! (items uploaded or accepted) and as verified (accepted only), the difference, and the
//! indicators that make it.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::i18n::item_texts;
use crate::view;

#[component]
pub fn ItemsSummary() -> Html {
    let store = use_store();
    let range = view::uncertainty(&store).map(|range| {
        html! {
            <p class="uncertainty" data-testid="uncertainty">
                { crate::i18n::strings(store.lang).uncertainty }{ " " }<strong>{ range }</strong>
            </p>
        }
    });
    let Some(s) = view::items_summary(&store) else {
        return html! { { for range } };
    };
    let t = item_texts(store.lang);
    html! {
        <>
        { for range }
        <section class="items-summary" aria-labelledby="items-summary-h" data-testid="items-summary">
            <h3 id="items-summary-h">{ t.summary_heading }
                <span class="hint">{ format!(" ({} {})", s.following, t.following) }</span>
            </h3>
            <dl class="items-indices">
                <div><dt>{ t.self_assessed }</dt><dd data-testid="items-summary-self">{ s.self_assessed.clone() }</dd></div>
                <div><dt>{ t.verified }</dt><dd data-testid="items-summary-verified">{ s.verified.clone() }</dd></div>
                <div><dt>{ t.difference }</dt><dd data-testid="items-summary-difference">{ s.difference.clone() }</dd></div>
            </dl>
            if s.gaps.is_empty() {
                <p class="hint">{ t.none_behind }</p>
            } else {
                <p class="items-behind-label">{ t.behind }</p>
                <ul class="items-behind" data-testid="items-summary-gaps">
                    { for s.gaps.iter().map(|g| html! {
                        <li>{ format!("{} {} \u{b7} {}", g.label, g.name, g.values) }</li>
                    }) }
                </ul>
            }
        </section>
        </>
    }
}
