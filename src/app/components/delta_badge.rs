//! A change from the baseline ("+0,12"), coloured by direction and labelled for screen readers.

use yew::prelude::*;

/// The badge of `text` (nothing when there is none), going up (`sign` 1), down (-1) or neither;
/// `label` is spoken before the text ("Perubahan"). A view function, not a component: it is
/// drawn in every row, and a component costs the first screen's module its own glue.
pub fn delta_badge(text: &Option<String>, sign: i8, label: &'static str) -> Html {
    let Some(text) = text else {
        return html! {};
    };
    let direction = match sign {
        1 => "up",
        -1 => "down",
        _ => "same",
    };
    html! {
        <span class={classes!("delta", direction)}>
            <span class="sr-only">{ label }{ " " }</span>
            { text.clone() }
        </span>
    }
}
