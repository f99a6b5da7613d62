//! One row of the compact table: number, name (a button that opens the row's details), weight,
//! the level buttons, the precise value on a decimal scale, the change from the baseline.
//! Up and down arrows on the level buttons move to the row above or below; a digit sets the
//! level (the level whose number it is: on Pemdi, that level completed).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::strings;
use crate::view;

use super::delta_badge::delta_badge;
use super::indicator_details::IndicatorDetailsProps;
use super::indicator_row::IndicatorRowProps;
use super::level_control::{Levels, level_control};
use super::value_field::ValueField;
use crate::app::lazy::Deferred;
use crate::app::parts::{Piece, PieceProps};

/// A row of the table takes what a card takes (and the table's number of columns).
pub type IndicatorTableRowProps = IndicatorRowProps;

/// Focus the level buttons of the row `step` rows away (its chosen level, else its first).
fn focus_row(from: &web_sys::Element, step: i32) {
    let doc = gloo_utils::document();
    let Ok(rows) = doc.query_selector_all(".entry-table tr[data-row]") else {
        return;
    };
    let row = from.closest("tr[data-row]").ok().flatten();
    let here = (0..rows.length()).find(|k| {
        rows.get(*k)
            .zip(row.as_ref())
            .is_some_and(|(r, row)| r.is_same_node(Some(row)))
    });
    let Some(target) = here
        .and_then(|k| k.checked_add_signed(step))
        .and_then(|k| rows.get(k))
        .and_then(|r| r.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let pick = target
        .query_selector(".level-control input:checked")
        .ok()
        .flatten()
        .or_else(|| target.query_selector(".level-control input").ok().flatten());
    if let Some(input) = pick.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = input.focus();
    }
}

#[component]
pub fn IndicatorTableRow(props: &IndicatorTableRowProps) -> Html {
    let fw = &props.fw.0;
    let t = strings(props.lang);
    let v = view::indicator(fw, props.index, props.value, props.base, props.lang);
    let open = use_state(|| false);
    let onselect = {
        let (onlevel, index) = (props.onlevel.clone(), props.index);
        Callback::from(move |value: u32| onlevel.emit((index, value)))
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let (onselect, fw) = (onselect.clone(), props.fw.0.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if target.type_() != "radio" {
                return;
            }
            match e.key().as_str() {
                "ArrowUp" => {
                    e.prevent_default();
                    focus_row(&target, -1);
                }
                "ArrowDown" => {
                    e.prevent_default();
                    focus_row(&target, 1);
                }
                key => {
                    // A digit: the level of that number (its top on a decimal scale).
                    let Some(d) = key.parse::<u32>().ok().filter(|_| key.len() == 1) else {
                        return;
                    };
                    let Some(value) = d
                        .checked_sub(fw.scale.min)
                        .and_then(|k| fw.tops.get(k as usize).copied())
                    else {
                        return;
                    };
                    e.prevent_default();
                    onselect.emit(value);
                    let fieldset = target.closest("fieldset").ok().flatten();
                    gloo_timers::callback::Timeout::new(0, move || {
                        let checked = fieldset
                            .and_then(|f| f.query_selector("input:checked").ok().flatten())
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                        if let Some(input) = checked {
                            let _ = input.focus();
                        }
                    })
                    .forget();
                }
            }
        })
    };
    let details_id = format!("details-{}", v.no);
    let scale = fw.scale;
    html! {
        <>
            <tr class={classes!("entry-row", v.delta.is_some().then_some("changed"))} data-row=""
                data-testid={format!("indicator-{}", v.no)} {onkeydown}>
                <td class="no">{ v.label.clone() }</td>
                <th scope="row" class="name">
                    <button type="button" class="row-toggle" aria-expanded={open.to_string()}
                        aria-controls={details_id.clone()} onclick={ontoggle} data-testid="row-toggle"
                        aria-label={format!("{} {}: {} \u{b7} {}", t.indicator, v.label, v.name, t.details)}>
                        { v.name.clone() }
                    </button>
                </th>
                <td class="num weight">{ v.weight.clone() }</td>
                <td class="level">
                    { level_control(Levels {
                        group: format!("level-{}", v.no), value: props.value, choices: &v.choices,
                        onselect: &onselect, compact: true, disabled: props.options.follows,
                        legend: format!("{} {} {}", if v.precise { t.quick_picks } else { t.level }, t.indicator.to_ascii_lowercase(), v.label),
                    }) }
                    if props.options.follows {
                        <span class="tag follows" data-testid="follows-items">{ t.follows_items }</span>
                    }
                </td>
                if v.precise {
                    <td class="value">
                        <ValueField id={format!("value-{}", v.no)} value={props.value} decimals={scale.decimals}
                            min={scale.min_value()} max={scale.max_value()} lang={props.lang} compact=true
                            disabled={props.options.follows}
                            label={format!("{} {} {}", t.value_field, t.indicator.to_ascii_lowercase(), v.label)}
                            onvalue={onselect.clone()} />
                    </td>
                }
                <td class="num change">{ delta_badge(&v.delta, v.delta_sign, t.change) }</td>
            </tr>
            if *open {
                <tr class="details-row" id={details_id.clone()} data-testid={details_id}>
                    <td colspan={props.columns.to_string()}>
                        <Deferred piece={Piece::Details} props={PieceProps::Details(IndicatorDetailsProps {
                            fw: props.fw.clone(), index: props.index, value: props.value, base: props.base,
                            lang: props.lang, onselect, options: props.options.clone(),
                            onaction: props.onaction.clone(), source: props.source, value_field: false,
                        })} />
                    </td>
                </tr>
            }
        </>
    }
}
