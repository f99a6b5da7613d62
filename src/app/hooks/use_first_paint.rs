//! The first screen is built in short tasks: long lists a few rows at a time, and the summary
//! column in the task after the rest ([`use_staged`]).
//!
//! Long lists are built a few rows at a time: the rows of the first screen at once, the rest
//! in small steps, each in a task of its own after the browser has had a turn. Opening the
//! entry screen on a slow phone then costs several short tasks instead of one long one, and
//! the first rows appear sooner.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How many rows the first step builds. Few: the first screen is on the page already
/// (prerendered, see `app::takeover`), and each step should stay a short task on a slow phone.
pub const FIRST_ROWS: usize = 2;
/// How many rows each later step adds.
pub const STEP_ROWS: usize = 4;

/// How many of `total` rows are built so far: [`FIRST_ROWS`] on the first render, then
/// [`STEP_ROWS`] more in each following task until all are.
#[hook]
pub fn use_rows_built(total: usize) -> usize {
    // The prerender (natively, no tasks) draws every row: the page the browser shows before
    // the app has started is the whole first screen.
    let first = if cfg!(target_arch = "wasm32") {
        FIRST_ROWS
    } else {
        total
    };
    let built = use_state_eq(|| first);
    {
        let built = built.clone();
        use_effect_with((*built, total), move |(now, total)| {
            let next = (*now < *total).then(|| {
                let more = *now + STEP_ROWS;
                Timeout::new(0, move || built.set(more))
            });
            move || drop(next)
        });
    }
    *built
}

/// False at the first rendering, true from the next task on: what is built a task later (the
/// summary column), so that no start-up task is long. The prerender (natively) builds it at
/// once.
#[hook]
pub fn use_staged() -> bool {
    let staged = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    {
        let staged = staged.clone();
        use_effect_with((), move |_| {
            let next = Timeout::new(0, move || staged.set(true));
            move || drop(next)
        });
    }
    *staged
}
