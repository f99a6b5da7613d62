//! The level picker: native radio buttons styled as one segmented control, so mouse, touch and
//! keyboard (Tab into the group, arrow keys between levels) all work as users expect.

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
}

#[component]
pub fn LevelControl(props: &LevelControlProps) -> Html {
    html! {
        <fieldset class="level-control">
            <legend class="sr-only">{ props.legend.clone() }</legend>
            { for props.choices.iter().map(|(value, label, name)| {
                let onselect = props.onselect.clone();
                let value = *value;
                let onchange = Callback::from(move |_: Event| onselect.emit(value));
                html! {
                    <label class="level-choice" title={name.clone()}>
                        <input type="radio" name={props.group.clone()} value={value.to_string()}
                            checked={props.value == value} {onchange} />
                        <span class="level-number">{ label.clone() }</span>
                        <span class="sr-only">{ " " }{ name.clone() }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
