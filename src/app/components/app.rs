//! The root: the calculator when the model loaded, otherwise a page saying why it did not.

use yew::prelude::*;

use crate::app::FwRef;
use crate::engine::ModelError;

use super::calculator::Calculator;
use super::load_failure::LoadFailure;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub model: Result<FwRef, ModelError>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.model {
        Ok(fw) => html! { <Calculator fw={fw.clone()} /> },
        Err(e) => html! { <LoadFailure error={e.clone()} /> },
    }
}
