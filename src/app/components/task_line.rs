//! One evidence item a plan step needs, as a task: code, text, status, owner, due date, and
//! why it is not ready by the evidence deadline. Under the plan's steps and the roadmap's years.

use yew::prelude::*;

use crate::i18n::item_texts;
use crate::view::TaskLine as Task;

pub struct Props {
    pub task: Task,
    pub lang: crate::engine::Lang,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn task_line(props: &Props) -> Html {
    let (task, it) = (&props.task, item_texts(props.lang));
    html! {
        <li>
            <span class="item-code">{ task.code.clone() }</span>{ " " }
            { task.text.clone() }
            <span class="task-meta">
                { format!(" \u{b7} {}", task.status) }
                if !task.owner.is_empty() { { format!(" \u{b7} {}", task.owner) } }
                if !task.due.is_empty() { { format!(" \u{b7} {} {}", it.due, task.due) } }
            </span>
            if let Some(late) = &task.late {
                <span class="task-late" data-testid="task-late">{ format!(" \u{26a0} {late}") }</span>
            }
        </li>
    }
}
