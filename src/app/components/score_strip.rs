//! On a phone the summary scrolls away with the page; this slim strip keeps the index and the
//! predicate in view. Wide screens hide it (the summary itself is sticky there). Screen readers
//! skip it: the summary says the same.

use yew::prelude::*;

use crate::app::store::use_summary;

#[component]
pub fn ScoreStrip() -> Html {
    let v = use_summary();
    html! {
        <div class="score-strip" aria-hidden="true">
            <span>{ v.index_name.clone() }{ " " }<strong>{ v.index.clone() }</strong></span>
            if let Some(d) = &v.index_delta {
                <span class="delta">{ d.clone() }</span>
            }
            <span class="predicate-chip" style={format!("background:{}", v.predicate_color)}>
                { v.predicate.clone() }
            </span>
        </div>
    }
}
