//! The root: the calculator when a framework loaded, otherwise a page saying why it did not.

use yew::prelude::*;

use crate::app::FwRef;
use crate::models::LoadError;
use crate::state::Notice;

use super::calculator::Calculator;
use super::load_failure::LoadFailure;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub model: Result<FwRef, LoadError>,
    /// Said on the first screen (a framework asked for that could not be loaded).
    #[prop_or_default]
    pub notice: Option<Notice>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.model {
        Ok(fw) => html! { <Calculator fw={fw.clone()} notice={props.notice.clone()} /> },
        Err(e) => html! { <LoadFailure error={e.clone()} /> },
    }
}
