//! How the long lists are built in steps on the first screen (`app::hooks::use_first_paint`).

use spbe_calculator::app::hooks::use_first_paint::{
    FIRST_ROWS, MAX_STEP_ROWS, MAX_STEPS, next_row_cost, step_rows,
};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn a_step_holds_as_many_rows_as_the_budget_at_the_measured_cost() {
    assert_eq!(
        step_rows(0.0, 20),
        FIRST_ROWS,
        "before any step was measured"
    );
    assert_eq!(
        step_rows(3.0, 20),
        3,
        "10 ms at 3 ms a row: 3 rows, not a partial fourth"
    );
    assert_eq!(
        step_rows(40.0, 12),
        1,
        "a row dearer than the budget is built alone"
    );
    assert_eq!(
        step_rows(0.01, 40),
        MAX_STEP_ROWS,
        "cheap rows: at most the cap"
    );
}

#[wasm_bindgen_test]
fn a_list_never_takes_more_than_max_steps() {
    // 47 dear rows: four a step (12 steps), not one (45 steps re-rendering the list).
    assert_eq!(step_rows(40.0, 47), 4);
    for (cost, total) in [
        (40.0, 47usize),
        (100.0, 200),
        (0.5, 1000),
        (3.0, 7),
        (0.0, 3),
    ] {
        let (mut built, mut steps) = (FIRST_ROWS, 0);
        while built < total {
            built += step_rows(cost, total);
            steps += 1;
        }
        assert!(
            steps <= MAX_STEPS,
            "{steps} steps at {cost} ms a row for {total} rows"
        );
    }
}

#[wasm_bindgen_test]
fn the_row_cost_is_the_mean_of_the_last_step_and_the_estimate_before() {
    let first = next_row_cost(0.0, 4, 8.0);
    assert_eq!(first, 2.0, "the first step alone");
    assert_eq!(next_row_cost(first, 1, 6.0), 4.0);
    assert_eq!(
        next_row_cost(4.0, 0, 5.0),
        4.0,
        "a step without rows teaches nothing"
    );
    assert_eq!(
        next_row_cost(4.0, 2, f64::NAN),
        4.0,
        "nor one without a time"
    );
    assert_eq!(
        next_row_cost(4.0, 2, 0.0),
        4.0,
        "nor a timer too coarse to see it"
    );
}
