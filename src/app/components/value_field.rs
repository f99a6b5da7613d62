//! The precise value of an indicator on a scale with decimals (Pemdi: 1,1667): typed with a
//! decimal comma or point, shown in the language's format. A value out of range or with too
//! many decimals says why and keeps the previous value.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::decimal::read_decimal;
use crate::engine::{Lang, format};
use crate::i18n::{strings, value_problem};

#[derive(Properties, PartialEq)]
pub struct ValueFieldProps {
    /// The input's id (unique on the page).
    pub id: AttrValue,
    pub value: u32,
    pub decimals: u8,
    /// The range in scale units, and as whole numbers for the message.
    pub min: u32,
    pub max: u32,
    pub lang: Lang,
    pub label: AttrValue,
    pub onvalue: Callback<u32>,
    /// In the compact table: the label and the range hint only for screen readers, the
    /// problem (if any) shown.
    #[prop_or_default]
    pub compact: bool,
    /// The value follows the indicator's evidence items.
    #[prop_or_default]
    pub disabled: bool,
}

#[component]
pub fn ValueField(props: &ValueFieldProps) -> Html {
    let t = strings(props.lang);
    let problem = use_state(|| None::<String>);
    let unit = 10u32.pow(u32::from(props.decimals));
    let onchange = {
        let (problem, onvalue) = (problem.clone(), props.onvalue.clone());
        let (decimals, min, max, lang) = (props.decimals, props.min, props.max, props.lang);
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            match read_decimal(&input.value(), decimals, min, max) {
                Ok(v) => {
                    problem.set(None);
                    input.set_value(&format::value(v, decimals, lang));
                    onvalue.emit(v);
                }
                Err(fault) => problem.set(Some(value_problem(
                    fault,
                    min / unit,
                    max / unit,
                    decimals,
                    lang,
                ))),
            }
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class={classes!("value-field", problem.is_some().then_some("invalid"), props.compact.then_some("compact"))}>
            <label for={props.id.clone()} class={classes!(props.compact.then_some("sr-only"))}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                size="7" value={format::value(props.value, props.decimals, props.lang)}
                {onchange} aria-describedby={hint_id.clone()} disabled={props.disabled}
                aria-invalid={problem.is_some().to_string()} data-testid="value-input" />
            <span id={hint_id} class={classes!("hint", (props.compact && problem.is_none()).then_some("sr-only"))}
                aria-live="polite" data-testid="value-problem">
                { problem.as_ref().map_or_else(
                    || format!("{}\u{2013}{}. {}", props.min / unit, props.max / unit, t.value_hint),
                    Clone::clone,
                ) }
            </span>
        </div>
    }
}
