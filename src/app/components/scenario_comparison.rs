//! Every scenario beside the baseline in columns, with what differs marked, and the two charts
//! for the scenario being edited.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::view;

use super::radar_chart::radar_chart;
use super::waterfall_chart::waterfall_chart;

#[component]
pub fn ScenarioComparison() -> Html {
    let store = use_store();
    let st = crate::i18n::screen_texts(store.lang);
    let c = view::comparison(&store);
    html! {
        <section class="comparison" aria-labelledby="compare-title" data-testid="comparison">
            <h2 id="compare-title">{ st.compare_heading }</h2>
            <p class="hint">{ st.compare_hint }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-title">
                <table class="parts compare">
                    <thead>
                        <tr>
                            <th scope="col"></th>
                            { for c.columns.iter().enumerate().map(|(k, name)| html! {
                                <th scope="col" class={classes!("num", (k == c.active_column).then_some("active"))}>{ name.clone() }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for c.rows.iter().map(|r| html! {
                            <tr class={r.kind} data-testid={format!("compare-{}", r.kind)}>
                                <th scope="row">{ r.label.clone() }</th>
                                { for r.cells.iter().map(|cell| html! {
                                    <td class={classes!("num", cell.changed.then_some("changed"))}>
                                        { cell.text.clone() }
                                        if cell.changed { <span class="sr-only">{ " *" }</span> }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if c.differing == 0 {
                <p class="hint">{ st.no_differences }</p>
            }
            <div class="charts">
                { waterfall_chart(&store) }
                { radar_chart(&store) }
            </div>
        </section>
    }
}
