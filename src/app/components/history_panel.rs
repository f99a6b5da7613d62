//! The institution's yearly series across frameworks: the published results of our
//! institution, the past years the user enters (each under the framework of its year), and
//! the roadmap's projections, as a table and a chart, with the plain statement that indices
//! of different frameworks are not comparable point for point.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::store::use_store;
use crate::engine::decimal::read_decimal;
use crate::i18n::standing_texts;
use crate::state::Action;
use crate::view::History;

use super::history_chart::{HistoryChartProps, history_chart};

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub history: History,
}

#[component]
pub fn HistoryPanel(props: &HistoryPanelProps) -> Html {
    let store = use_store();
    let s = standing_texts(store.lang);
    let year = use_state(|| 2022u16);
    let value = use_node_ref();
    let problem = use_state(|| false);
    let onyear = {
        let year = year.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                year.set(sel.value().parse().unwrap_or(*year));
            }
        })
    };
    let onadd = {
        let (dispatcher, year, value, problem) = (
            store.dispatcher(),
            year.clone(),
            value.clone(),
            problem.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = value.cast::<HtmlInputElement>() else {
                return;
            };
            match read_decimal(&input.value(), 2, 0, 500) {
                Ok(index) => {
                    problem.set(false);
                    dispatcher.dispatch(Action::SetPastYear {
                        year: *year,
                        index: Some(index),
                    });
                    input.set_value("");
                }
                Err(_) => problem.set(true),
            }
        })
    };
    html! {
        <div class="history" data-testid="history">
            <h3 id="history-title">{ s.history_heading }</h3>
            <p class="history-note" data-testid="history-note">{ s.history_note }</p>
            { history_chart(&HistoryChartProps { chart: props.history.chart.clone() }) }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="history-title">
            <table class="parts">
                <thead>
                    <tr>
                        <th scope="col">{ s.history_year }</th>
                        <th scope="col">{ s.history_framework }</th>
                        <th scope="col" class="num">{ s.history_value }</th>
                        <th scope="col">{ s.history_source }</th>
                        <th scope="col"><span class="sr-only">{ s.history_remove }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for props.history.rows.iter().map(|r| {
                        let dispatcher = store.dispatcher();
                        let y = r.year;
                        let onremove = Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetPastYear { year: y, index: None }));
                        html! {
                            <tr data-testid={format!("history-{}", r.year)}>
                                <th scope="row">{ r.year }</th>
                                <td>{ r.framework.clone() }</td>
                                <td class="num">{ r.value.clone() }</td>
                                <td>{ r.source.clone() }</td>
                                <td>
                                    if r.entered {
                                        <button type="button" onclick={onremove}
                                            aria-label={format!("{} {}", s.history_remove, r.year)}>{ s.history_remove }</button>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            <form class="history-add" onsubmit={onadd} data-testid="history-add">
                <label>
                    <span>{ s.history_year }</span>
                    <select onchange={onyear} data-testid="history-year">
                        { for (2018u16..=2025).map(|y| html! { <option value={y.to_string()} selected={y == *year}>{ y }</option> }) }
                    </select>
                </label>
                <label>
                    <span>{ s.history_value }</span>
                    <input type="text" inputmode="decimal" ref={value} placeholder="2,45"
                        aria-invalid={(*problem).to_string()} data-testid="history-value" />
                </label>
                <button type="submit">{ s.history_add }</button>
                if *problem {
                    <p class="value-problem" role="alert" data-testid="history-problem">{ "0\u{2013}5, 2 desimal / 2 decimals" }</p>
                }
            </form>
        </div>
    }
}
