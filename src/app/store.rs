//! The one reducer: Yew's `use_reducer` holds the pure [`State`]; an action that changes
//! nothing returns the same `Rc`, so Yew skips the render. Also the view models shared by
//! context: the summary (computed once per change) and goal seek (computed only where it is
//! shown, by [`crate::app::hooks::use_plan`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_print::Print;
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

/// What the calculator shares with every part, by one context (one provider costs the first
/// screen's module less than three; all three change with the state anyway).
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub store: Store,
    pub summary: SummaryView,
    /// What is on the page for printing, and how a button asks to print.
    pub print: Print,
}

/// What the enclosing calculator shares (outside one: none).
#[hook]
pub fn use_shared() -> Option<Shared> {
    use_context::<Shared>()
}

/// The summary of the enclosing calculator.
#[hook]
pub fn use_summary() -> SummaryView {
    use_shared()
        .expect("components are rendered inside the calculator's provider")
        .summary
}

/// The goal-seek result, when one has been computed (see [`crate::app::hooks::use_plan`]).
pub type PlanView = Option<Rc<Planner>>;

/// The plan of the enclosing calculator.
#[hook]
pub fn use_plan_view() -> PlanView {
    use_context::<PlanView>().expect("components are rendered inside the calculator's provider")
}

/// The store of the enclosing calculator.
#[hook]
pub fn use_store() -> Store {
    // The calculator always provides the store; components are only used inside it.
    use_shared()
        .expect("components are rendered inside the calculator's provider")
        .store
}

/// The cancel and restart of the enclosing calculator's plan.
#[hook]
pub fn use_plan_control() -> crate::app::hooks::use_sliced::JobControl {
    use_context().expect("components are rendered inside the calculator's provider")
}

/// A click that dispatches the action `make` builds: one per click, so actions need no `Clone`
/// (whose derived code for every variant would sit in the first screen's module).
pub fn on_click(store: &Store, make: impl Fn() -> Action + 'static) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_: MouseEvent| store.dispatch(make()))
}
