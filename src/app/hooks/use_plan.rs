//! Goal seek and the yearly roadmap for what is on the page, in slices where they take longer
//! (see [`super::use_sliced`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::FwRef;
use crate::app::store::{PlanView, Store};
use crate::engine::plan::{PlanRequest, RoadmapJob, Target};
use crate::engine::{Exact, Lang};
use crate::evidence::{Deadline, Evidence};
use crate::state::State;
use crate::view::{
    Roadmap, planner_cancelled, planner_for, planner_working, roadmap_cancelled, roadmap_for,
    roadmap_indices_for, roadmap_working,
};
use crate::work::RoadmapYear;

use super::use_sliced::{JobControl, SlicedViews, use_sliced};

/// What a plan depends on (its steps' tasks on the evidence and its deadline too).
#[derive(Clone, PartialEq)]
struct PlanKey(
    FwRef,
    Vec<u32>,
    PlanRequest,
    Lang,
    Vec<Option<Evidence>>,
    Deadline,
);

/// Goal seek for the current state while `shown` (the planning screen, the printed brief, an
/// embedded planner), and the controls of a plan that takes longer.
#[hook]
pub fn use_plan(store: &Store, shown: bool) -> (PlanView, JobControl) {
    let key = PlanKey(
        FwRef(store.fw.clone()),
        store.levels.clone(),
        store.plan_request(),
        store.lang,
        store.evidence.clone(),
        store.deadline.clone(),
    );
    let views = SlicedViews {
        done: planner_for,
        working: planner_working,
        cancelled: planner_cancelled,
    };
    use_sliced(store, key, shown, State::plan_job, views)
}

/// What the roadmap depends on.
#[derive(Clone, PartialEq)]
struct RoadmapKey(
    FwRef,
    Vec<u32>,
    PlanRequest,
    Vec<RoadmapYear>,
    Lang,
    Vec<Option<Evidence>>,
);

fn roadmap_key(store: &Store) -> RoadmapKey {
    RoadmapKey(
        FwRef(store.fw.clone()),
        store.baseline.clone(),
        store.plan_request(),
        store.roadmap.clone(),
        store.lang,
        store.evidence.clone(),
    )
}

fn roadmap_job(state: &State) -> RoadmapJob {
    let targets: Vec<Option<Target>> = state.roadmap.iter().map(|y| y.target.clone()).collect();
    RoadmapJob::new(&state.baseline, &state.roadmap_request(), &targets)
}

/// The yearly roadmap of the current state, and the controls of one that takes longer.
#[hook]
pub fn use_roadmap(store: &Store) -> (Option<Rc<Roadmap>>, JobControl) {
    let key = roadmap_key(store);
    let views = SlicedViews {
        done: roadmap_for,
        working: roadmap_working,
        cancelled: roadmap_cancelled,
    };
    use_sliced(store, key, true, roadmap_job, views)
}

/// The index at the end of each roadmap year with a target (the standing screen's markers):
/// none until the roadmap is planned, in slices where it takes longer.
#[hook]
pub fn use_roadmap_indices(store: &Store) -> Rc<Vec<(u16, Exact)>> {
    let key = roadmap_key(store);
    let views = SlicedViews {
        done: roadmap_indices_for,
        working: |_, _| Vec::new(),
        cancelled: |_| Vec::new(),
    };
    let (indices, _) = use_sliced(store, key, true, roadmap_job, views);
    indices.unwrap_or_default()
}
