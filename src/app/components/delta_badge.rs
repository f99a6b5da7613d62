//! A change from the baseline ("+0,12"), coloured by direction and labelled for screen readers.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeltaBadgeProps {
    /// The text to show; nothing is rendered when there is none.
    pub text: Option<String>,
    pub sign: i8,
    /// Spoken before the text ("Perubahan").
    pub label: AttrValue,
}

#[component]
pub fn DeltaBadge(props: &DeltaBadgeProps) -> Html {
    let Some(text) = &props.text else {
        return html! {};
    };
    let direction = match props.sign {
        1 => "up",
        -1 => "down",
        _ => "same",
    };
    html! {
        <span class={classes!("delta", direction)}>
            <span class="sr-only">{ props.label.clone() }{ " " }</span>
            { text.clone() }
        </span>
    }
}
