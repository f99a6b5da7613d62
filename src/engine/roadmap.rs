//! The yearly roadmap: each year's least-effort plan starts from the previous year's values;
//! [`RoadmapJob`] computes it in slices, as [`PlanJob`] does one plan.

use super::dp::Progress;
use super::exact::Exact;
use super::model::Framework;
use super::plan::{
    PlanError, PlanJob, PlanOutcome, PlanPoll, PlanRequest, PlanStep, Relax, Target, index_of,
    options, steps_between,
};
use super::plan_job::{Poll, Sliced};

/// What became of one roadmap year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// No target set: the values carry over.
    NoTarget,
    /// The target was already met by the previous year's values.
    Met,
    Planned,
    /// Out of reach this year: the year goes as far as the constraints allow.
    Unreachable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearPlan {
    pub status: YearStatus,
    pub steps: Vec<PlanStep>,
    pub effort: u64,
    /// Values and exact index at the end of the year.
    pub levels: Vec<u32>,
    pub index: Exact,
}

/// Plan year after year: each year's least-effort plan starts from the previous year's values,
/// under the same constraints (the pace limit applies per year).
pub fn roadmap(
    fw: &Framework,
    start: &[u32],
    template: &PlanRequest,
    targets: &[Option<Target>],
) -> Result<Vec<YearPlan>, PlanError> {
    let mut job = RoadmapJob::new(start, template, targets);
    loop {
        if let RoadmapPoll::Done(out) = job.run(fw, u64::MAX) {
            return out;
        }
    }
}

/// Where a [`RoadmapJob`] stands after a slice.
pub type RoadmapPoll = Poll<Result<Vec<YearPlan>, PlanError>>;

impl Sliced for RoadmapJob {
    type Out = Result<Vec<YearPlan>, PlanError>;
    fn run(&mut self, fw: &Framework, budget: u64) -> RoadmapPoll {
        RoadmapJob::run(self, fw, budget)
    }
}

/// The roadmap as work in slices: one [`PlanJob`] per year with a target, in turn.
pub struct RoadmapJob {
    template: PlanRequest,
    targets: Vec<Option<Target>>,
    levels: Vec<u32>,
    years: Vec<YearPlan>,
    /// The plan of the year under way.
    current: Option<(PlanRequest, PlanJob)>,
    finished: bool,
}

impl RoadmapJob {
    pub fn new(start: &[u32], template: &PlanRequest, targets: &[Option<Target>]) -> Self {
        RoadmapJob {
            template: template.clone(),
            targets: targets.to_vec(),
            levels: start.to_vec(),
            years: Vec::with_capacity(targets.len()),
            current: None,
            finished: false,
        }
    }

    /// Years done, with the share of the year under way, out of all years (in thousandths).
    pub fn progress(&self) -> Progress {
        let share = self.current.as_ref().map_or(0, |(_, job)| {
            let p = job.progress();
            p.done.saturating_mul(1000) / p.total.max(1)
        });
        Progress {
            done: self.years.len() as u64 * 1000 + share.min(999),
            total: self.targets.len().max(1) as u64 * 1000,
        }
    }

    /// Works for at most about `budget` table cells per year planned in this call; the years
    /// once all are planned (afterwards `Working` with no progress).
    pub fn run(&mut self, fw: &Framework, budget: u64) -> RoadmapPoll {
        if self.finished {
            return RoadmapPoll::Working(Progress::default());
        }
        while self.years.len() < self.targets.len() {
            let levels = &self.levels;
            let unchanged = |status| YearPlan {
                status,
                steps: Vec::new(),
                effort: 0,
                index: index_of(fw, levels),
                levels: levels.clone(),
            };
            let Some(target) = self.targets[self.years.len()].clone() else {
                let year = unchanged(YearStatus::NoTarget);
                self.years.push(year);
                continue;
            };
            let (req, job) = self.current.get_or_insert_with(|| {
                let req = PlanRequest {
                    target,
                    // Caps below a value reached earlier cannot lower it.
                    max_levels: self
                        .template
                        .max_levels
                        .iter()
                        .zip(levels)
                        .map(|(m, l)| (*m).max(*l))
                        .collect(),
                    ..self.template.clone()
                };
                let job = PlanJob::new(fw, levels, &req);
                (req, job)
            });
            let outcome = match job.run(fw, budget) {
                PlanPoll::Working(_) => return RoadmapPoll::Working(self.progress()),
                PlanPoll::Done(Err(e)) => {
                    self.finished = true;
                    return RoadmapPoll::Done(Err(e));
                }
                PlanPoll::Done(Ok(outcome)) => outcome,
            };
            let year = match outcome {
                PlanOutcome::Met => unchanged(YearStatus::Met),
                PlanOutcome::Planned {
                    steps,
                    effort,
                    levels: after,
                    index,
                } => YearPlan {
                    status: YearStatus::Planned,
                    steps,
                    effort,
                    levels: after,
                    index,
                },
                PlanOutcome::Unreachable {
                    best, best_levels, ..
                } => {
                    let o = options(fw, levels, req, Relax::default());
                    let ks: Vec<u32> = o.values.iter().map(|v| v.len() as u32 - 1).collect();
                    let steps = steps_between(fw, &o, levels, &ks);
                    YearPlan {
                        status: YearStatus::Unreachable,
                        effort: steps.iter().map(|s| s.effort).sum(),
                        steps,
                        levels: best_levels,
                        index: best,
                    }
                }
            };
            self.current = None;
            self.levels.clone_from(&year.levels);
            self.years.push(year);
        }
        self.finished = true;
        RoadmapPoll::Done(Ok(std::mem::take(&mut self.years)))
    }
}
