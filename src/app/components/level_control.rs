//! The level picker: native radio buttons styled as one segmented control, so mouse, touch and
//! keyboard (Tab into the group, arrow keys between levels) all work as users expect. In the
//! compact table each button carries its level's name as its accessible name and tooltip
//! instead of a hidden text node, to keep the page light.

use yew::prelude::*;

/// What a level picker shows.
pub struct Levels<'a> {
    /// The radio group's name (unique on the page).
    pub group: String,
    pub value: u32,
    /// `(value, label, level name)` of each choice.
    pub choices: &'a [(u32, String, String)],
    pub legend: String,
    pub onselect: &'a Callback<u32>,
    /// Smaller buttons, for the compact table.
    pub compact: bool,
    /// The value follows the indicator's evidence items: shown, not chosen here.
    pub disabled: bool,
}

/// A view function, not a component: it is drawn in every row, and a component costs the
/// first screen's module its own glue (its row decides when it is drawn again).
pub fn level_control(props: Levels) -> Html {
    html! {
        <fieldset class={classes!("level-control", props.compact.then_some("compact"))} disabled={props.disabled}>
            <legend class="sr-only">{ props.legend }</legend>
            { for props.choices.iter().map(|(value, label, name)| {
                let onselect = props.onselect.clone();
                let value = *value;
                let onchange = Callback::from(move |_: Event| onselect.emit(value));
                let checked = props.value == value;
                if props.compact {
                    // Two elements a level: the label itself is the button face.
                    html! {
                        <label class={classes!("level-choice", "level-number", checked.then_some("chosen"))} title={name.clone()}>
                            <input type="radio" name={props.group.clone()} value={value.to_string()}
                                {checked} {onchange} aria-label={format!("{label} {name}")} />
                            { label.clone() }
                        </label>
                    }
                } else {
                    html! {
                        <label class="level-choice" title={name.clone()}>
                            <input type="radio" name={props.group.clone()} value={value.to_string()}
                                {checked} {onchange} />
                            <span class="level-number">{ label.clone() }</span>
                            <span class="sr-only">{ " " }{ name.clone() }</span>
                        </label>
                    }
                }
            }) }
        </fieldset>
    }
}
