//! The one reducer: Yew's `use_reducer` holds the pure [`State`]; an action that changes
//! nothing returns the same `Rc`, so Yew skips the render. Also the view models shared by
//! context: the summary (computed once per change) and goal seek (computed at once only while
//! the planning screen is shown; otherwise a little after the last change, off the path of a
//! click, for the printed brief).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::Lang;
use crate::engine::plan::PlanRequest;
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

/// Goal seek for the current state, computed only while something on the page shows it (the
/// planning screen, the printed brief): then during the render, once per change of what it
/// depends on. Other screens never pay for it — a level change there only rescores.
#[hook]
pub fn use_plan(store: &Store, shown: bool) -> PlanView {
    let key = PlanKey(
        FwRef(store.fw.clone()),
        store.levels.clone(),
        store.plan_request(),
        store.lang,
    );
    let cache: Rc<RefCell<PlanCache>> = use_mut_ref(|| None);
    let fresh = cache.borrow().as_ref().is_some_and(|(k, _)| *k == key);
    if !fresh && shown {
        *cache.borrow_mut() = Some((key.clone(), Rc::new(crate::view::planner(store))));
    }
    // Never an outdated plan: where it is not shown it is not there.
    cache
        .borrow()
        .as_ref()
        .filter(|(k, _)| *k == key)
        .map(|(_, v)| v.clone())
}

/// The store of the enclosing calculator.
#[hook]
pub fn use_store() -> Store {
    // The calculator always provides the store; components are only used inside it.
    use_context::<Store>().expect("components are rendered inside the calculator's provider")
}
