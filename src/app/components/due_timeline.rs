//! The timeline of due dates: the items not yet accepted by the month they are due, the months
//! after the evidence deadline marked, and how many have no date.

use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::unit_texts;
use crate::view::MonthLine;

pub struct Props {
    pub timeline: Vec<MonthLine>,
    pub undated: usize,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn due_timeline(store: &Store, props: &Props) -> Html {
    let t = unit_texts(store.lang);
    html! {
        <section class="timeline" aria-labelledby="timeline-h" data-testid="timeline">
            <h3 id="timeline-h">{ t.timeline_heading }</h3>
            <p class="hint">{ t.timeline_hint }</p>
            if props.timeline.is_empty() {
                <p>{ t.timeline_empty }</p>
            }
            <ol class="months">
                { for props.timeline.iter().map(|m| html! {
                    <li class={classes!("month", m.after_deadline.then_some("late"))} data-testid="month">
                        <h4>
                            { m.label.clone() }
                            <span class="month-count">{ format!(" ({})", m.items.len()) }</span>
                            if m.after_deadline { <span class="task-late">{ format!(" \u{26a0} {}", t.after_deadline) }</span> }
                        </h4>
                        <ul>
                            { for m.items.iter().map(|d| html! {
                                <li class={classes!(d.late.then_some("late"))}>
                                    <span class="due">{ d.due.clone() }</span>{ " " }
                                    <span class="item-code">{ d.code.clone() }</span>
                                    <span class="task-meta">
                                        if !d.unit.is_empty() { { format!(" \u{b7} {}", d.unit) } }
                                        { format!(" \u{b7} {}", d.status) }
                                    </span>
                                    if d.late { <span class="task-late">{ format!(" \u{26a0} {}", t.after_deadline) }</span> }
                                </li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
            if props.undated > 0 {
                <p class="hint" data-testid="undated">{ format!("{} {}", props.undated, t.undated) }</p>
            }
        </section>
    }
}
