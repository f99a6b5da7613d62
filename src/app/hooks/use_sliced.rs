//! Work that may take more than a moment, without freezing the page: goal seek and the yearly
//! roadmap. The work is done during the render when it ends within [`FIRST_MS`] (every bundled
//! framework at efforts up to 100 per step); otherwise — a framework or efforts of the user's
//! that need the large tables — the rest runs in slices of about [`SLICE_MS`], each in its own
//! browser task, so clicks and typing go on; the view shows the progress and can cancel. A
//! change of anything the work depends on (its key) drops the job under way and starts anew.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::store::Store;
use crate::engine::Framework;
use crate::engine::dp::Progress;
use crate::engine::plan::{Poll, Sliced};
use crate::state::State;

/// Table cells between two looks at the clock.
const CELLS: u64 = 100_000;
/// Longest the first slice (during the render) works before the rest is handed to later tasks.
const FIRST_MS: f64 = 30.0;
/// Longest each later slice works before it lets the browser have a turn.
const SLICE_MS: f64 = 16.0;

/// The cancel and restart buttons of work in slices.
#[derive(Clone, PartialEq)]
pub struct JobControl {
    pub cancel: Callback<()>,
    pub restart: Callback<()>,
}

/// The view of the work's result, of its progress, and of a cancelled job.
pub struct SlicedViews<O, V> {
    pub done: fn(&State, O) -> V,
    pub working: fn(&State, Progress) -> V,
    pub cancelled: fn(&State) -> V,
}

/// The job under way: its key, the state it was made for, and a number of its own (a newer
/// job in the same place has another).
struct Running<K, J> {
    id: u64,
    key: K,
    job: J,
    state: Store,
}

/// What the hook keeps between renders.
struct Slot<K, J, V> {
    /// The view shown (final, in progress or cancelled) and the key it is for.
    shown: Option<(K, Rc<V>)>,
    running: Option<Running<K, J>>,
    jobs: u64,
}

type Shared<K, J, V> = Rc<RefCell<Slot<K, J, V>>>;

fn now() -> f64 {
    gloo_utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Runs `job` until it is done or `ms` have passed.
fn work<J: Sliced>(job: &mut J, fw: &Framework, ms: f64) -> Poll<J::Out> {
    let start = now();
    loop {
        let poll = job.run(fw, CELLS);
        if matches!(poll, Poll::Done(_)) || now() - start >= ms {
            return poll;
        }
    }
}

/// The view of `make(state)`'s result for `key` while `shown`, and the job's controls.
#[hook]
pub fn use_sliced<K, J, V>(
    store: &Store,
    key: K,
    shown: bool,
    make: fn(&State) -> J,
    views: SlicedViews<J::Out, V>,
) -> (Option<Rc<V>>, JobControl)
where
    K: PartialEq + Clone + 'static,
    J: Sliced + 'static,
    V: 'static,
{
    let slot: Shared<K, J, V> = use_mut_ref(|| Slot {
        shown: None,
        running: None,
        jobs: 0,
    });
    let redraw = use_force_update();
    {
        // Leaving the page drops the job.
        let slot = slot.clone();
        use_effect_with((), move |_| move || drop(slot.borrow_mut().running.take()));
    }
    let current = slot.borrow().shown.as_ref().is_some_and(|(k, _)| *k == key);
    if !current && shown {
        let mut s = slot.borrow_mut();
        s.running = None;
        let mut job = make(store);
        let view = match work(&mut job, &store.fw, FIRST_MS) {
            Poll::Done(out) => (views.done)(store, out),
            Poll::Working(p) => {
                s.jobs += 1;
                let id = s.jobs;
                s.running = Some(Running {
                    id,
                    key: key.clone(),
                    job,
                    state: store.clone(),
                });
                spawn_slices(id, slot.clone(), views.done, views.working, redraw.clone());
                (views.working)(store, p)
            }
        };
        s.shown = Some((key.clone(), Rc::new(view)));
    }
    let control = {
        let (cancel_slot, cancel_redraw, cancelled) =
            (slot.clone(), redraw.clone(), views.cancelled);
        let restart_slot = slot.clone();
        JobControl {
            cancel: Callback::from(move |()| {
                let mut s = cancel_slot.borrow_mut();
                if let Some(r) = s.running.take() {
                    s.shown = Some((r.key, Rc::new(cancelled(&r.state))));
                    drop(s);
                    cancel_redraw.force_update();
                }
            }),
            restart: Callback::from(move |()| {
                restart_slot.borrow_mut().shown = None;
                redraw.force_update();
            }),
        }
    };
    // Never an outdated view: where it is not shown it is not there.
    let view = slot
        .borrow()
        .shown
        .as_ref()
        .filter(|(k, _)| *k == key)
        .map(|(_, v)| v.clone());
    (view, control)
}

/// The later slices of job `id`, one browser task each, until it is done or dropped (a
/// change, cancel, or the page left).
fn spawn_slices<K, J, V>(
    id: u64,
    slot: Shared<K, J, V>,
    done: fn(&State, J::Out) -> V,
    working: fn(&State, Progress) -> V,
    redraw: UseForceUpdateHandle,
) where
    K: Clone + 'static,
    J: Sliced + 'static,
    V: 'static,
{
    yew::platform::spawn_local(async move {
        loop {
            crate::app::tasks::next_task().await;
            let mut s = slot.borrow_mut();
            // Dropped, or replaced by the job of a newer change (which has its own loop).
            let Some(r) = s.running.as_mut().filter(|r| r.id == id) else {
                return;
            };
            let fw = r.state.fw.clone();
            let finished = match work(&mut r.job, &fw, SLICE_MS) {
                Poll::Done(out) => {
                    let r = s.running.take().expect("the job is there");
                    s.shown = Some((r.key, Rc::new(done(&r.state, out))));
                    true
                }
                Poll::Working(p) => {
                    let view = working(&r.state, p);
                    s.shown = Some((r.key.clone(), Rc::new(view)));
                    false
                }
            };
            drop(s);
            redraw.force_update();
            if finished {
                return;
            }
        }
    });
}
