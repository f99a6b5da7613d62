//! The one reducer: Yew's `use_reducer` holds the pure [`State`]; an action that changes
//! nothing returns the same `Rc`, so Yew skips the render. Also the view models shared by
//! context: the summary (computed once per change) and goal seek (computed at once only while
//! the planning screen is shown; otherwise a little after the last change, off the path of a
//! click, for the printed brief).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::plan::PlanRequest;
use crate::engine::{Lang, View};
use crate::state::{Action, State};
use crate::view::Planner;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// What every component reads the state from and sends actions to (by context).
pub type Store = UseReducerHandle<State>;

/// The summary of the current state (index, predicate, bands, domains, aspects, changes),
/// computed once per change by the calculator and shared with every component that shows it.
pub type SummaryView = Rc<crate::view::Summary>;

/// The summary of the enclosing calculator.
#[hook]
pub fn use_summary() -> SummaryView {
    use_context::<SummaryView>().expect("components are rendered inside the calculator's provider")
}

/// The goal-seek result, when one has been computed (see [`use_plan`]).
pub type PlanView = Option<Rc<Planner>>;

/// The plan of the enclosing calculator.
#[hook]
pub fn use_plan_view() -> PlanView {
    use_context::<PlanView>().expect("components are rendered inside the calculator's provider")
}

/// What a plan depends on.
#[derive(Clone, PartialEq)]
struct PlanKey(FwRef, Vec<u32>, PlanRequest, Lang);

/// The last plan and what it was computed for.
type PlanCache = Option<(PlanKey, Rc<Planner>)>;

/// How long after the last change a plan nobody is looking at is brought up to date.
const IDLE_MS: u32 = 400;

/// Goal seek for the current state: computed during the render while the planning screen is
/// shown (it is what that screen is about); on other screens a little after the last change
/// (so a click on a level updates the index at once) — and never before the first screen.
#[hook]
pub fn use_plan(store: &Store) -> PlanView {
    let key = PlanKey(
        FwRef(store.fw.clone()),
        store.levels.clone(),
        store.plan_request(),
        store.lang,
    );
    let cache: Rc<RefCell<PlanCache>> = use_mut_ref(|| None);
    let ready = use_state(|| 0u32);
    let fresh = cache.borrow().as_ref().is_some_and(|(k, _)| *k == key);
    if !fresh && store.view == View::Rencana {
        *cache.borrow_mut() = Some((key.clone(), Rc::new(crate::view::planner(store))));
    }
    {
        let (cache, store, ready) = (cache.clone(), store.clone(), ready.clone());
        use_effect_with(key, move |key| {
            let key = key.clone();
            let stale = !cache.borrow().as_ref().is_some_and(|(k, _)| *k == key);
            let timeout = stale.then(|| {
                Timeout::new(IDLE_MS, move || {
                    *cache.borrow_mut() = Some((key, Rc::new(crate::view::planner(&store))));
                    ready.set(*ready + 1);
                })
            });
            move || drop(timeout)
        });
    }
    cache.borrow().as_ref().map(|(_, v)| v.clone())
}

/// The store of the enclosing calculator.
#[hook]
pub fn use_store() -> Store {
    // The calculator always provides the store; components are only used inside it.
    use_context::<Store>().expect("components are rendered inside the calculator's provider")
}
