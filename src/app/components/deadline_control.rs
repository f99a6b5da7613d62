//! The evidence deadline on the planning screen: the date by which items must be ready (for
//! example the start of the document stage), whether the plan keeps to what can be ready by
//! then, and how many of the plan's items are not.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::store::Store;
use crate::evidence::Deadline;
use crate::i18n::item_texts;
use crate::state::Action;
use crate::view::date_text;

pub struct Props {
    /// How many of the plan's items are not ready by the deadline (`None`: no plan).
    pub late: Option<usize>,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn deadline_control(store: &Store, props: &Props) -> Html {
    let t = item_texts(store.lang);
    let deadline = store.deadline.clone();
    let ondate = {
        let (store, deadline) = (store.clone(), deadline.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                store.dispatch(Action::SetDeadline(Deadline {
                    date: input.value(),
                    ..deadline.clone()
                }));
            }
        })
    };
    let onlimit = {
        let (store, deadline) = (store.clone(), deadline.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                store.dispatch(Action::SetDeadline(Deadline {
                    limit: input.checked(),
                    ..deadline.clone()
                }));
            }
        })
    };
    let onclear = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::SetDeadline(Deadline::default()))
        })
    };
    let date = deadline.date().map(|d| date_text(d, store.lang));
    html! {
        <fieldset class="deadline" data-testid="deadline">
            <legend>{ t.deadline_heading }</legend>
            <p class="hint" id="deadline-hint">{ t.deadline_hint }</p>
            <div class="deadline-inputs">
                <label>
                    <span>{ t.deadline_label }</span>
                    <input type="date" min="2000-01-01" max="2099-12-31" value={deadline.date.clone()}
                        aria-describedby="deadline-hint" onchange={ondate} data-testid="deadline-date" />
                </label>
                <label class="check">
                    <input type="checkbox" checked={deadline.limit} disabled={date.is_none()}
                        onchange={onlimit} data-testid="deadline-limit" />
                    <span>{ t.deadline_limit }</span>
                </label>
                if date.is_some() {
                    <button type="button" onclick={onclear} data-testid="deadline-clear">{ t.deadline_clear }</button>
                }
            </div>
            if let Some(date) = date.filter(|_| props.late.is_some() || deadline.limit) {
                <p class="deadline-state" role="status" data-testid="deadline-state">
                    if props.late == Some(0) {
                        { t.deadline_all_ready }{ " " }
                    } else if let Some(late) = props.late {
                        <strong>{ format!("{late}{}{date}{}", t.deadline_late[0], t.deadline_late[1]) }</strong>{ " " }
                    }
                    if deadline.limit {
                        { t.deadline_limited }
                    }
                </p>
            }
        </fieldset>
    }
}
