//! Workshop exercises: a participant's levels compared with the least-effort plan from the
//! same start, and the link keys that carry an exercise.

use crate::engine::Framework;
use crate::engine::exact::Exact;
use crate::engine::plan::{self, PlanOutcome, PlanRequest, PlanStep, Target};
use crate::state::{Exercise, State};

/// The keys an exercise adds to a link (after the levels and baseline, which are its start).
pub fn keys(fw: &Framework, e: &Exercise) -> String {
    let target = match &e.target {
        Target::Band(b) => fw.bands.get(*b).map(|b| b.id.clone()).unwrap_or_default(),
        Target::Index(c) => format!("{}.{:02}", c / 100, c % 100),
    };
    let mut keys = format!("&exercise=1&target={target}");
    if let Some(p) = e.pace {
        keys.push_str(&format!("&pace={p}"));
    }
    keys
}

/// The link of an exercise from the current levels: the trainer's case, target and pace.
pub fn link(s: &State, target: Target, pace: Option<u32>) -> String {
    let mut start = s.clone();
    start.baseline = s.levels.clone();
    start.mode = crate::state::Mode {
        exercise: Some(Exercise {
            start: s.levels.clone(),
            target,
            pace,
        }),
        ..Default::default()
    };
    start.share_fragment()
}

/// One indicator in the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub indicator: usize,
    pub start: u32,
    pub mine: u32,
    pub best: u32,
}

/// A participant's attempt next to the best plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub my_effort: u64,
    pub my_index: Exact,
    /// The attempt meets the target.
    pub reached: bool,
    /// The attempt keeps the exercise's pace.
    pub within_rules: bool,
    /// The least effort (None when the target cannot be reached within the rules; 0 when
    /// the start already meets it).
    pub best_effort: Option<u64>,
    pub best_index: Exact,
    pub best_steps: Vec<PlanStep>,
    /// Indicators raised to the same value in both.
    pub shared: Vec<Row>,
    /// Indicators where the attempt and the best plan differ.
    pub differ: Vec<Row>,
}

/// The request an exercise plans with: its target and pace, the state's basis, efforts and
/// curve, nothing locked or capped.
pub fn request(s: &State, e: &Exercise) -> PlanRequest {
    let mut req = PlanRequest::new(&s.fw, e.target.clone(), s.basis);
    req.pace = e.pace;
    req.efforts = s.efforts.clone();
    req.curve = s.curve;
    req
}

pub fn compare(s: &State, e: &Exercise) -> Comparison {
    let fw = &s.fw;
    let req = request(s, e);
    let steps = plan::effort_between(fw, &e.start, &s.levels, &req);
    let my_effort = steps.iter().map(|(_, c)| c).sum();
    let my_index = plan::index_of(fw, &s.levels);
    let reached = plan::required_sum(fw, &e.target, s.basis)
        .is_ok_and(|need| plan::weighted_sum(fw, &s.levels) >= need);
    let (best_effort, best_levels, best_steps) = match plan::plan(fw, &e.start, &req) {
        Ok(PlanOutcome::Met) => (Some(0), e.start.clone(), Vec::new()),
        Ok(PlanOutcome::Planned {
            steps,
            effort,
            levels,
            ..
        }) => (Some(effort), levels, steps),
        _ => (None, e.start.clone(), Vec::new()),
    };
    let rows = (0..e.start.len()).map(|i| Row {
        indicator: i,
        start: e.start[i],
        mine: s.levels[i],
        best: best_levels[i],
    });
    let (shared, differ) = rows
        .filter(|r| r.mine != r.start || r.best != r.start)
        .partition(|r| r.mine == r.best);
    Comparison {
        my_effort,
        my_index,
        reached,
        within_rules: plan::within_rules(fw, &e.start, &s.levels, &req),
        best_effort,
        best_index: plan::index_of(fw, &best_levels),
        best_steps,
        shared,
        differ,
    }
}
