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

/// The store of the enclosing calculator.
#[hook]
pub fn use_store() -> Store {
    // The calculator always provides the store; components are only used inside it.
    use_context::<Store>().expect("components are rendered inside the calculator's provider")
}
