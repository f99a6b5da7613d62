//! Choose a target: "none" (the caller says what that means), a predicate, or an index value
//! typed in Indonesian or English format.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::plan::Target;
use crate::engine::{Lang, format};
use crate::i18n::strings;

/// Read a decimal index ("3,25" or "3.25") as hundredths.
pub fn parse_cents(text: &str) -> Option<u64> {
    let t = text.trim().replace(',', ".");
    let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
    if int.is_empty()
        || frac.len() > 2
        || !int.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let int: u64 = int.parse().ok()?;
    let frac: u64 = format!("{frac:0<2}").parse().ok()?;
    int.checked_mul(100)?.checked_add(frac)
}

pub struct TargetPickerProps {
    pub fw: FwRef,
    pub lang: Lang,
    pub value: Option<Target>,
    /// The text of the "no target" choice.
    pub none_label: AttrValue,
    /// The index offered when the user switches to "index value".
    pub suggested: u64,
    pub label: AttrValue,
    pub testid: AttrValue,
    pub onchange: Callback<Option<Target>>,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn target_picker(props: &TargetPickerProps) -> Html {
    let (fw, lang, t) = (&props.fw.0, props.lang, strings(props.lang));
    let key = match &props.value {
        None => "none".to_string(),
        Some(Target::Band(b)) => format!("band-{b}"),
        Some(Target::Index(_)) => "index".to_string(),
    };
    let onselect = {
        let (cb, suggested) = (props.onchange.clone(), props.suggested);
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let value = sel.value();
            cb.emit(match value.as_str() {
                "none" => None,
                "index" => Some(Target::Index(suggested)),
                other => other
                    .strip_prefix("band-")
                    .and_then(|b| b.parse().ok())
                    .map(Target::Band),
            });
        })
    };
    let max = u64::from(fw.scale.max) * 100;
    let onindex = {
        let cb = props.onchange.clone();
        let hint = format!(
            "{} \u{2013} {}",
            format::cents(0, lang),
            format::cents(max, lang)
        );
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            match parse_cents(&input.value()) {
                Some(c) if c <= max => {
                    input.set_custom_validity("");
                    cb.emit(Some(Target::Index(c)));
                }
                _ => {
                    input.set_custom_validity(&hint);
                    input.report_validity();
                }
            }
        })
    };
    let index_text = match &props.value {
        Some(Target::Index(c)) => format::cents(*c, lang),
        _ => String::new(),
    };
    html! {
        <span class="target-picker">
            <label>
                <span>{ props.label.clone() }</span>
                <select onchange={onselect} data-testid={props.testid.clone()}>
                    <option value="none" selected={key == "none"}>{ props.none_label.clone() }</option>
                    { for fw.bands.iter().enumerate().skip(1).map(|(i, b)| {
                        let k = format!("band-{i}");
                        html! {
                            <option value={k.clone()} selected={key == k}>
                                { format!("{} (\u{2265} {})", b.name.get(lang), format::cents(u64::from(b.from), lang)) }
                            </option>
                        }
                    }) }
                    <option value="index" selected={key == "index"}>{ t.target_index }</option>
                </select>
            </label>
            if key == "index" {
                <label>
                    <span>{ t.target_value }</span>
                    <input type="text" inputmode="decimal" value={index_text} onchange={onindex}
                        data-testid={format!("{}-index", props.testid)} size="5" />
                </label>
            }
        </span>
    }
}
