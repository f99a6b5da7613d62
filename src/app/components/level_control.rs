//! The level picker: native radio buttons styled as one segmented control, so mouse, touch and
//! keyboard (Tab into the group, arrow keys between levels) all work as users expect. In the
//! compact table each button carries its level's name as its accessible name and tooltip
//! instead of a hidden text node, to keep the page light.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelControlProps {
    /// The radio group's name (unique on the page).
    pub group: AttrValue,
    pub value: u32,
    /// `(value, label, level name)` of each choice.
    pub choices: Vec<(u32, String, String)>,
    pub legend: AttrValue,
    pub onselect: Callback<u32>,
    /// Smaller buttons, for the compact table.
    #[prop_or_default]
    pub compact: bool,
    /// The value follows the indicator's evidence items: shown, not chosen here.
    #[prop_or_default]
    pub disabled: bool,
}

#[component]
pub fn LevelControl(props: &LevelControlProps) -> Html {
    html! {
        <fieldset class={classes!("level-control", props.compact.then_some("compact"))} disabled={props.disabled}>
            <legend class="sr-only">{ props.legend.clone() }</legend>
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
