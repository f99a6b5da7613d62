//! Goal seek as work that can be done in slices: [`PlanJob`] holds one request and its
//! solver; [`PlanJob::run`] fills the solver's tables for at most a given number of cells and
//! returns, so a page stays responsive, shows [`PlanJob::progress`] and cancels by dropping
//! the job. [`plan`] is the same job run to the end at once. Most plans (every bundled
//! framework at efforts up to 100 per step) finish within the first slice; a framework or
//! efforts of the user's that need the large tables take several.

use super::dp::{Choices, Progress, Solved, Solver};
use super::exact::Exact;
use super::model::Framework;
use super::plan::{
    Binding, Options, PlanError, PlanOutcome, PlanRequest, Relax, check, denominator, index_of,
    options, required_sum, steps_between, top_levels, weighted_sum,
};

/// One goal seek under way.
pub struct PlanJob {
    levels: Vec<u32>,
    req: PlanRequest,
    need: u128,
    options: Options,
    state: JobState,
}

enum JobState {
    Solving(Box<Solver>),
    Done(Option<Result<PlanOutcome, PlanError>>),
}

/// Where work in slices stands after a slice: its result, or how far it is.
pub enum Poll<T> {
    Done(T),
    Working(Progress),
}

/// Where a [`PlanJob`] stands after a slice.
pub type PlanPoll = Poll<Result<PlanOutcome, PlanError>>;

/// Work on one framework that can be done in slices ([`PlanJob`], [`super::roadmap::RoadmapJob`]).
pub trait Sliced {
    type Out;
    /// Works for at most about `budget` table cells; the result once found (afterwards
    /// `Working` with no progress).
    fn run(&mut self, fw: &Framework, budget: u64) -> Poll<Self::Out>;
}

impl Sliced for PlanJob {
    type Out = Result<PlanOutcome, PlanError>;
    fn run(&mut self, fw: &Framework, budget: u64) -> PlanPoll {
        PlanJob::run(self, fw, budget)
    }
}

impl PlanJob {
    /// Checks the request and sets the solver up (no table is filled yet).
    pub fn new(fw: &Framework, levels: &[u32], req: &PlanRequest) -> PlanJob {
        let mut job = PlanJob {
            levels: levels.to_vec(),
            req: req.clone(),
            need: 0,
            options: Options {
                values: Vec::new(),
                gains: Vec::new(),
                costs: Vec::new(),
            },
            state: JobState::Done(None),
        };
        let start = check(fw, levels, req).and_then(|()| required_sum(fw, &req.target, req.basis));
        let need = match start {
            Ok(need) => need,
            Err(e) => {
                job.state = JobState::Done(Some(Err(e)));
                return job;
            }
        };
        let current = weighted_sum(fw, levels);
        if current >= need {
            job.state = JobState::Done(Some(Ok(PlanOutcome::Met)));
            return job;
        }
        let gap = u64::try_from(need - current).unwrap_or(u64::MAX);
        job.need = need;
        job.options = options(fw, levels, req, Relax::default());
        let c = Choices {
            gains: &job.options.gains,
            costs: &job.options.costs,
        };
        job.state = JobState::Solving(Box::new(Solver::new(&c, gap)));
        job
    }

    /// How much of the work is done.
    pub fn progress(&self) -> Progress {
        match &self.state {
            JobState::Solving(s) => s.progress(),
            JobState::Done(_) => Progress::default(),
        }
    }

    /// Works for at most about `budget` table cells on the framework the job was made for;
    /// the outcome once found (afterwards `Working` with no progress).
    pub fn run(&mut self, fw: &Framework, budget: u64) -> PlanPoll {
        let solved = match &mut self.state {
            JobState::Done(out) => {
                return out
                    .take()
                    .map_or(PlanPoll::Working(Progress::default()), PlanPoll::Done);
            }
            JobState::Solving(solver) => {
                let c = Choices {
                    gains: &self.options.gains,
                    costs: &self.options.costs,
                };
                match solver.run(&c, budget) {
                    Some(s) => s,
                    None => return PlanPoll::Working(solver.progress()),
                }
            }
        };
        self.state = JobState::Done(None);
        PlanPoll::Done(self.outcome(fw, solved))
    }

    fn outcome(&self, fw: &Framework, solved: Solved) -> Result<PlanOutcome, PlanError> {
        let (levels, req, o, need) = (&self.levels[..], &self.req, &self.options, self.need);
        match solved {
            Solved::TooLarge => Err(PlanError::TooLarge),
            Solved::Plan(effort, ks) => {
                let new_levels: Vec<u32> = ks
                    .iter()
                    .enumerate()
                    .map(|(i, k)| o.values[i][*k as usize])
                    .collect();
                Ok(PlanOutcome::Planned {
                    steps: steps_between(fw, o, levels, &ks),
                    effort,
                    index: index_of(fw, &new_levels),
                    levels: new_levels,
                })
            }
            Solved::None => Ok(unreachable(fw, levels, req, need)),
        }
    }
}

/// The least-effort plan from `levels` to the target, or why there is none.
pub fn plan(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Result<PlanOutcome, PlanError> {
    let mut job = PlanJob::new(fw, levels, req);
    loop {
        if let PlanPoll::Done(out) = job.run(fw, u64::MAX) {
            return out;
        }
    }
}

/// The best reachable index and which constraints keep the target out of reach.
fn unreachable(fw: &Framework, levels: &[u32], req: &PlanRequest, need: u128) -> PlanOutcome {
    let top = |r: Relax| {
        let lv = top_levels(fw, levels, req, r);
        (weighted_sum(fw, &lv), lv)
    };
    let (best_sum, best_levels) = top(Relax::default());
    let mut binding = Vec::new();
    for (b, r) in [
        (
            Binding::Locks,
            Relax {
                locks: true,
                ..Relax::default()
            },
        ),
        (
            Binding::MaxLevels,
            Relax {
                max_levels: true,
                ..Relax::default()
            },
        ),
        (
            Binding::Pace,
            Relax {
                pace: true,
                ..Relax::default()
            },
        ),
    ] {
        if top(r).0 >= need {
            binding.push(b);
        }
    }
    if binding.is_empty() {
        let all = Relax {
            locks: true,
            max_levels: true,
            pace: true,
        };
        binding.push(if top(all).0 >= need {
            Binding::Combination
        } else {
            Binding::Scale
        });
    }
    PlanOutcome::Unreachable {
        best: Exact::new(best_sum as u64, denominator(fw)),
        best_levels,
        binding,
    }
}
