//! Goal seek for what is inside: the planning screen, the printed brief and an embedded
//! planner compute the plan here — inside their own chunk — and share it by context. The
//! first screen never computes a plan, and never carries the planner's code.

use yew::prelude::*;

use crate::app::hooks::use_plan::use_plan;
use crate::app::hooks::use_sliced::JobControl;
use crate::app::store::{PlanView, use_store};

#[derive(Properties, PartialEq)]
pub struct WithPlanProps {
    pub children: Html,
}

#[component]
pub fn WithPlan(props: &WithPlanProps) -> Html {
    let store = use_store();
    let (plan, control): (PlanView, JobControl) = use_plan(&store, true);
    html! {
        <ContextProvider<PlanView> context={plan}>
            <ContextProvider<JobControl> context={control}>
                { props.children.clone() }
            </ContextProvider<JobControl>>
        </ContextProvider<PlanView>>
    }
}
