//! The root: the calculator when a framework loaded, otherwise a page saying why it did not.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::FwRef;
use crate::models::LoadError;
use crate::state::{Notice, State, same_rc};

use super::calculator::Calculator;
use super::load_failure::load_failure;

#[derive(Properties)]
pub struct AppProps {
    pub model: Result<FwRef, LoadError>,
    /// Said on the first screen (a framework asked for that could not be loaded).
    #[prop_or_default]
    pub notice: Option<Rc<Notice>>,
    /// The state to start from, instead of the link and saved work (the prerender).
    #[prop_or_default]
    pub start: Option<Rc<State>>,
}

/// The root's props are given once. The framework, the notice and the state compare by
/// pointer (see `State`'s `PartialEq`); two failures to load are taken as different.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        let same_model = match (&self.model, &other.model) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        same_model && same_rc(&self.notice, &other.notice) && same_rc(&self.start, &other.start)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Is it time to replace the prerendered first screen?
    crate::app::takeover::use_takeover();
    match &props.model {
        Ok(fw) => {
            html! { <Calculator fw={fw.clone()} notice={props.notice.clone()} start={props.start.clone()} /> }
        }
        Err(e) => load_failure(e),
    }
}
