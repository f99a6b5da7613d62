//! Goal seek for what is on the page, without freezing it. A plan is computed during the render
//! when it is found within a first slice of work (every bundled framework at efforts up to 100
//! per step); otherwise — a framework or efforts of the user's that need the large tables —
//! the rest runs in slices of about [`SLICE_MS`], each in its own browser task, so clicks and
//! typing go on; the panel shows the progress and can cancel. A change of anything the plan
//! depends on drops the job under way and starts the new one.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::FwRef;
use crate::app::store::{PlanView, Store};
use crate::engine::Lang;
use crate::engine::plan::{PlanJob, PlanPoll, PlanRequest};
use crate::view::{Planner, planner_cancelled, planner_for, planner_working};

/// Table cells between two looks at the clock.
const CELLS: u64 = 100_000;
/// Longest the first slice (during the render) works before the rest is handed to later tasks.
const FIRST_MS: f64 = 30.0;
/// Longest each later slice works before it lets the browser have a turn.
const SLICE_MS: f64 = 16.0;

/// What a plan depends on.
#[derive(Clone, PartialEq)]
struct PlanKey(FwRef, Vec<u32>, PlanRequest, Lang);

/// The panel's cancel and restart buttons.
#[derive(Clone, PartialEq)]
pub struct PlanControl {
    pub cancel: Callback<()>,
    pub restart: Callback<()>,
}

/// The shown plan (final, in progress or cancelled) and what it was computed for.
type Shown = Option<(PlanKey, Rc<Planner>)>;

/// The job under way: its key, the state it was made for, and a number of its own (a newer
/// job in the same place has another).
struct Running {
    id: u64,
    key: PlanKey,
    job: PlanJob,
    state: Store,
}

fn now() -> f64 {
    gloo_utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Runs `job` until it is done or `ms` have passed.
fn work(job: &mut PlanJob, fw: &crate::engine::Framework, ms: f64) -> PlanPoll {
    let start = now();
    loop {
        let poll = job.run(fw, CELLS);
        if matches!(poll, PlanPoll::Done(_)) || now() - start >= ms {
            return poll;
        }
    }
}

/// Goal seek for the current state while `shown` (the planning screen, the printed brief, an
/// embedded planner), and the controls of a plan that takes longer.
#[hook]
pub fn use_plan(store: &Store, shown: bool) -> (PlanView, PlanControl) {
    let key = PlanKey(
        FwRef(store.fw.clone()),
        store.levels.clone(),
        store.plan_request(),
        store.lang,
    );
    let shown_plan: Rc<RefCell<Shown>> = use_mut_ref(|| None);
    let running: Rc<RefCell<Option<Running>>> = use_mut_ref(|| None);
    let jobs: Rc<RefCell<u64>> = use_mut_ref(|| 0);
    let redraw = use_force_update();
    {
        // Leaving the page drops the job.
        let running = running.clone();
        use_effect_with((), move |_| move || drop(running.borrow_mut().take()));
    }
    let current = shown_plan.borrow().as_ref().is_some_and(|(k, _)| *k == key);
    if !current && shown {
        drop(running.borrow_mut().take());
        let mut job = store.plan_job();
        let planner = match work(&mut job, &store.fw, FIRST_MS) {
            PlanPoll::Done(out) => planner_for(store, out),
            PlanPoll::Working(p) => {
                let id = {
                    let mut n = jobs.borrow_mut();
                    *n += 1;
                    *n
                };
                *running.borrow_mut() = Some(Running {
                    id,
                    key: key.clone(),
                    job,
                    state: store.clone(),
                });
                spawn_slices(id, running.clone(), shown_plan.clone(), redraw.clone());
                planner_working(store, p)
            }
        };
        *shown_plan.borrow_mut() = Some((key.clone(), Rc::new(planner)));
    }
    let control = {
        let (cancel_running, cancel_shown, cancel_redraw) =
            (running.clone(), shown_plan.clone(), redraw.clone());
        let restart_shown = shown_plan.clone();
        PlanControl {
            cancel: Callback::from(move |()| {
                if let Some(r) = cancel_running.borrow_mut().take() {
                    let planner = planner_cancelled(&r.state);
                    *cancel_shown.borrow_mut() = Some((r.key, Rc::new(planner)));
                    cancel_redraw.force_update();
                }
            }),
            restart: Callback::from(move |()| {
                *restart_shown.borrow_mut() = None;
                redraw.force_update();
            }),
        }
    };
    // Never an outdated plan: where it is not shown it is not there.
    let view = shown_plan
        .borrow()
        .as_ref()
        .filter(|(k, _)| *k == key)
        .map(|(_, v)| v.clone());
    (view, control)
}

/// The later slices of the job in `running`, one browser task each, until it is done or
/// dropped (a change, cancel, or the page left).
fn spawn_slices(
    id: u64,
    running: Rc<RefCell<Option<Running>>>,
    shown: Rc<RefCell<Shown>>,
    redraw: UseForceUpdateHandle,
) {
    yew::platform::spawn_local(async move {
        loop {
            crate::app::tasks::next_task().await;
            let mut slot = running.borrow_mut();
            // Dropped, or replaced by the job of a newer change (which has its own loop).
            let Some(r) = slot.as_mut().filter(|r| r.id == id) else {
                return;
            };
            let fw = r.state.fw.clone();
            let planner = match work(&mut r.job, &fw, SLICE_MS) {
                PlanPoll::Done(out) => {
                    let r = slot.take().expect("the job is there");
                    let planner = planner_for(&r.state, out);
                    *shown.borrow_mut() = Some((r.key, Rc::new(planner)));
                    drop(slot);
                    redraw.force_update();
                    return;
                }
                PlanPoll::Working(p) => planner_working(&r.state, p),
            };
            *shown.borrow_mut() = Some((r.key.clone(), Rc::new(planner)));
            drop(slot);
            redraw.force_update();
        }
    });
}
