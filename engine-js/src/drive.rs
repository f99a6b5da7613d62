//! The one future this module waits for — the planner chunk's load — driven without an
//! executor: it is polled when started and again after each wake, and its answer is handed to
//! the JavaScript callbacks waiting for it. A wake only asks JavaScript to call [`poll`] later
//! (index.js passes `() => queueMicrotask(drivePlanner)`), never during the wake: the chunk
//! loader wakes while it holds its own lock, so polling there would lock it twice, and a poll
//! never runs inside another. Single-threaded, as wasm is here.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use wasm_bindgen::JsValue;

type Load = Pin<Box<dyn Future<Output = bool>>>;

thread_local! {
    /// The load under way.
    static LOAD: RefCell<Option<Load>> = const { RefCell::new(None) };
    /// How a wake asks for the next poll (index.js's, see the module's comment).
    static SCHEDULE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Whoever waits for the load under way (none: no load is): each is called once with its
    /// answer.
    static WAITING: RefCell<Vec<js_sys::Function>> = const { RefCell::new(Vec::new()) };
}

/// Start `load` and call `done(answer)` when it ends; if a load is already under way, `done`
/// waits for that one instead. A wake calls `schedule`, which must call [`poll`] soon after.
pub fn start(
    load: impl Future<Output = bool> + 'static,
    done: js_sys::Function,
    schedule: js_sys::Function,
) {
    let under_way = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.push(done);
        w.len() > 1
    });
    if under_way {
        return;
    }
    SCHEDULE.with(|s| *s.borrow_mut() = Some(schedule));
    LOAD.with(|l| *l.borrow_mut() = Some(Box::pin(load)));
    poll();
}

/// Poll the load under way, if any (`drivePlanner`; a wake after it ended finds none).
pub fn poll() {
    let Some(mut load) = LOAD.with(|l| l.borrow_mut().take()) else {
        return;
    };
    // SAFETY: the waker's data is null and its functions never read it (see `raw`).
    let waker = unsafe { Waker::from_raw(raw()) };
    let Poll::Ready(answer) = load.as_mut().poll(&mut Context::from_waker(&waker)) else {
        LOAD.with(|l| *l.borrow_mut() = Some(load));
        return;
    };
    for done in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
        let _ = done.call1(&JsValue::NULL, &JsValue::from_bool(answer));
    }
}

fn wake() {
    SCHEDULE.with(|s| {
        if let Some(schedule) = &*s.borrow() {
            let _ = schedule.call0(&JsValue::NULL);
        }
    });
}

// A waker with no data: waking it asks for the one load to be polled.
fn raw() -> RawWaker {
    RawWaker::new(std::ptr::null(), &VTABLE)
}
static VTABLE: RawWakerVTable = RawWakerVTable::new(|_| raw(), |_| wake(), |_| wake(), |_| {});
