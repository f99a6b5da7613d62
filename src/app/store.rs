//! The one reducer: Yew's `use_reducer` holds the pure [`State`]; an action that changes
//! nothing returns the same `Rc`, so Yew skips the render.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, State};

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

/// The goal-seek result for the current state, computed once per change of its inputs by the
/// calculator and shared with the planner panel and the printed brief.
pub type PlanView = Rc<crate::view::Planner>;

/// The plan of the enclosing calculator.
#[hook]
pub fn use_plan_view() -> PlanView {
    // The calculator always provides it, like the store.
    use_context::<PlanView>().expect("components are rendered inside the calculator's provider")
}

/// The store of the enclosing calculator.
#[hook]
pub fn use_store() -> Store {
    // The calculator always provides the store; components are only used inside it.
    use_context::<Store>().expect("components are rendered inside the calculator's provider")
}
