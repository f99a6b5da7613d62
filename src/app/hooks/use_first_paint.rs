//! The first screen is built in short tasks: long lists a few rows at a time, and the summary
//! column in the task after the rest ([`use_staged`]).
//!
//! Long lists are built a few rows at a time: the rows of the first screen at once, the rest
//! in steps, each in a task of its own after the browser has had a turn. Each step builds as
//! many rows as fit in [`STEP_BUDGET_MS`], measured on this device from the steps before (a
//! row's cost is learned, not assumed): on a slow phone a step is one row, on a laptop several.
//! Opening the entry screen then costs short tasks instead of one long one, and no task blocks
//! input for long (a long task is one over 50 ms; the budget leaves room for a 4× slower CPU).

use std::cell::Cell;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How many rows the first step builds. Few: the first screen is on the page already
/// (prerendered, see `app::takeover`), and each step should stay a short task on a slow phone.
pub const FIRST_ROWS: usize = 2;
/// The most rows one step adds, however cheap they are.
pub const MAX_STEP_ROWS: usize = 8;
/// The most steps the rest of a list takes, however dear its rows are: each step also renders
/// the list around the rows built before it, so many small steps would cost more in all (and
/// on a very slow device the list would take long to complete).
pub const MAX_STEPS: usize = 12;
/// The time one step may take (milliseconds): a quarter of a long task, so that even a CPU four
/// times slower than the one measured stays under 50 ms.
pub const STEP_BUDGET_MS: f64 = 10.0;

thread_local! {
    /// What one row has cost to build on this device (milliseconds; 0 = not measured yet): the
    /// mean of the last step's cost per row and the estimate before it, so that one step slowed
    /// by something else (a collection, code compiled on first use) does not decide alone.
    static ROW_COST_MS: Cell<f64> = const { Cell::new(0.0) };
    /// When the step being rendered began (milliseconds, negative = no step), and how many
    /// rows were built before it. One list is built at a time (the screen shows one).
    static STEP: Cell<(f64, usize)> = const { Cell::new((-1.0, 0)) };
}

/// How many rows the next step builds in a list of `total` rows: as many as
/// [`STEP_BUDGET_MS`] holds at the cost measured so far (two before any was measured), at
/// least one and at most [`MAX_STEP_ROWS`] — but never so few that the list would take more
/// than [`MAX_STEPS`] steps.
pub fn step_rows(row_cost_ms: f64, total: usize) -> usize {
    let fit = if row_cost_ms > 0.0 {
        // Truncation is meant: a step never goes over the budget by a partial row.
        ((STEP_BUDGET_MS / row_cost_ms) as usize).clamp(1, MAX_STEP_ROWS)
    } else {
        FIRST_ROWS
    };
    fit.max(total.div_ceil(MAX_STEPS))
}

/// The estimate of a row's cost after a step that built `rows` rows in `ms` milliseconds,
/// from the estimate `old` before it (0 = none): the mean of the two; a step without rows or
/// without a measurement teaches nothing.
pub fn next_row_cost(old: f64, rows: usize, ms: f64) -> f64 {
    if rows == 0 || !ms.is_finite() || ms <= 0.0 {
        return old;
    }
    let per_row = ms / rows as f64;
    if old > 0.0 {
        (old + per_row) / 2.0
    } else {
        per_row
    }
}

fn now_ms() -> f64 {
    gloo_utils::window().performance().map_or(0.0, |p| p.now())
}

/// How many of `total` rows are built so far: [`FIRST_ROWS`] on the first render, then more
/// in each following task (see [`step_rows`]) until all are.
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
            // The effect runs once the step's rows are rendered: what they cost.
            let (began, before) = STEP.with(|s| s.replace((-1.0, 0)));
            if began >= 0.0 {
                let (rows, ms) = (now.saturating_sub(before), now_ms() - began);
                ROW_COST_MS.with(|c| c.set(next_row_cost(c.get(), rows, ms)));
            }
            let next = (*now < *total).then(|| {
                let (now, total) = (*now, *total);
                Timeout::new(0, move || {
                    STEP.with(|s| s.set((now_ms(), now)));
                    built.set(now + step_rows(ROW_COST_MS.with(Cell::get), total));
                })
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
