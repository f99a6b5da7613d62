//! Switching framework: fetch it (once; the service worker keeps it), bring back its saved
//! work, and hand both to the reducer. A framework that cannot be loaded leaves everything as
//! it is and says why.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Framework;
use crate::state::{Action, Notice, State};

use super::registry;
use super::storage::{self, Saved};

/// Load framework `id`, telling the user while it loads; `None` (and a notice) when it fails.
pub async fn load(id: &str, dispatch: &UseReducerDispatcher<State>) -> Option<Rc<Framework>> {
    dispatch.dispatch(Action::SetLoading(Some(id.to_string())));
    match registry::load(id).await {
        Ok(fw) => Some(fw),
        Err(e) => {
            dispatch.dispatch(Action::SetLoading(None));
            dispatch.dispatch(Action::Notify(Notice::ModelFailed(e).into()));
            None
        }
    }
}

/// Use `fw` from now on, with its saved work (the work of the framework left is kept).
pub async fn to(fw: Rc<Framework>, dispatch: &UseReducerDispatcher<State>) {
    let (saved, kept) = match storage::saved(&fw).await {
        Saved::Work(w) => (Some(w), None),
        Saved::Nothing => (None, None),
        Saved::KeptAside(e) => (None, Some(e)),
    };
    dispatch.dispatch(Action::SwitchFramework { fw, saved });
    if let Some(e) = kept {
        dispatch.dispatch(Action::Notify(Notice::SavedDataKept(e).into()));
    }
}

/// Load framework `id` and switch to it.
pub fn by_id(id: String, dispatch: UseReducerDispatcher<State>) {
    yew::platform::spawn_local(async move {
        if let Some(fw) = load(&id, &dispatch).await {
            to(fw, &dispatch).await;
        }
    });
}
