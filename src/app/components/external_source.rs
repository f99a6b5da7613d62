//! An indicator whose value comes from another agency's index (Pemdi 5: the Indeks Satu Data
//! Indonesia): type that index, see the value it converts to, how sure the conversion is, and
//! — while the index is not known — that the indicator counts as 1, as assessors count it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::decimal::read_decimal;
use crate::engine::{Lang, format};
use crate::i18n::{confidence, value_problem};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ExternalSourceProps {
    pub fw: FwRef,
    /// 0-based position of the indicator.
    pub index: usize,
    pub source: Option<u32>,
    pub value: u32,
    pub lang: Lang,
    pub onaction: Callback<Action>,
}

#[component]
pub fn ExternalSource(props: &ExternalSourceProps) -> Html {
    let fw = &props.fw.0;
    let (t, lang) = (crate::i18n::piece_texts(props.lang), props.lang);
    let problem = use_state(|| None::<String>);
    let Some(ext) = fw
        .indicators
        .get(props.index)
        .and_then(|i| i.external.as_ref())
    else {
        return html! {};
    };
    let (min, max) = ext.range();
    let unit = 10u32.pow(u32::from(ext.decimals));
    let show = |v: u32| format::value(v, ext.decimals, lang);
    let onchange = {
        let (problem, cb, index, decimals) = (
            problem.clone(),
            props.onaction.clone(),
            props.index,
            ext.decimals,
        );
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            if text.trim().is_empty() {
                problem.set(None);
                cb.emit(Action::SetSource {
                    indicator: index,
                    value: None,
                });
                return;
            }
            match read_decimal(&text, decimals, min, max) {
                Ok(v) => {
                    problem.set(None);
                    cb.emit(Action::SetSource {
                        indicator: index,
                        value: Some(v),
                    });
                }
                Err(f) => problem.set(Some(value_problem(
                    f,
                    min / unit,
                    max / unit,
                    decimals,
                    lang,
                ))),
            }
        })
    };
    let id = format!("source-{}", props.index + 1);
    let converted = props.source.and_then(|s| ext.convert(s).ok());
    let unknown = props.source.is_none() && props.value == fw.scale.min_value();
    html! {
        <div class={classes!("external", unknown.then_some("unknown"))} data-testid="external">
            <label for={id.clone()}>
                { t.external_from }{ ": " }<strong>{ ext.name.get(lang) }</strong>
                { format!(" ({}\u{2013}{}, {})", show(min), show(max), ext.by) }
            </label>
            <input id={id} type="text" inputmode="decimal" size="7" autocomplete="off"
                value={props.source.map(show).unwrap_or_default()} {onchange}
                aria-invalid={problem.is_some().to_string()} data-testid="source-input" />
            if let Some(v) = converted {
                <span class="converted" data-testid="converted">
                    { " \u{2192} " }{ format::value(v, fw.scale.decimals, lang) }
                    if v != props.value {
                        { " \u{b7} " }{ format::value(props.value, fw.scale.decimals, lang) }{ "?" }
                    }
                </span>
            }
            <p class="hint" aria-live="polite">
                { problem.as_ref().cloned().unwrap_or_else(|| t.external_source_hint.to_string()) }
            </p>
            if unknown {
                <p class="external-unknown" data-testid="external-unknown">{ t.external_unknown }</p>
            }
            <p class="hint">
                <em>{ confidence(ext.confidence, lang) }</em>{ ": " }{ ext.note.get(lang) }
            </p>
        </div>
    }
}
