//! Goal seek: the plan of least total effort that lifts the index to a target.
//!
//! A step is "complete the next level": the indicator's value rises to the next stop above it
//! (SPBE: the next whole level; Pemdi: the next band top, so from 1,26 the first step goes to
//! 1,50). Raising indicator `i` to stop `t` adds `w_i · (t − v_i)` to the weighted sum
//! `Σ w_i · v_i`, whose quotient by `total_weight · unit` is the index. A target index or band
//! becomes a least integer weighted sum, and [`super::dp::solve`] finds the least-effort
//! combination exactly (not greedily).
//!
//! Ties are broken deterministically: least effort, then least overshoot of the target, then
//! fewest steps, then raising lower-numbered indicators first (the step vector
//! `(k_1, …, k_n)` that is lexicographically greatest). The same input gives the same plan
//! everywhere.

use super::exact::Exact;
use super::model::{BandEdge, Framework, Rounding};
use super::predicate::Basis;

pub use super::gains::{Marginal, marginal_gains, more_per_effort};
pub use super::plan_job::{PlanJob, PlanPoll, Poll, Sliced, plan};
pub use super::roadmap::{RoadmapJob, RoadmapPoll, YearPlan, YearStatus, roadmap};

/// What the user aims for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// An index value in hundredths (300 = 3,00), reached when the deciding value is at least
    /// that.
    Index(u64),
    /// A predicate band, by its position in [`Framework::bands`].
    Band(usize),
}

/// How the effort of one step grows with the level it reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum EffortCurve {
    /// Every step costs the indicator's effort.
    #[default]
    Flat,
    /// Reaching the `j`-th stop above the floor costs `j` times the indicator's effort: higher
    /// levels cost more.
    Rising,
}

/// The constraints and costs of a goal seek.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlanRequest {
    pub target: Target,
    pub basis: Basis,
    /// Effort of one step per indicator (default 1 each).
    pub efforts: Vec<u32>,
    pub curve: EffortCurve,
    /// Indicators (0-based) that must stay at their current value.
    pub locked: Vec<bool>,
    /// Highest allowed value per indicator, in scale units (default: the scale's maximum).
    pub max_levels: Vec<u32>,
    /// At most this many steps per indicator (None: no limit).
    pub pace: Option<u32>,
}

impl PlanRequest {
    /// Flat unit efforts, nothing locked, no caps, no pace limit.
    pub fn new(fw: &Framework, target: Target, basis: Basis) -> PlanRequest {
        let n = fw.indicators.len();
        PlanRequest {
            target,
            basis,
            efforts: vec![1; n],
            curve: EffortCurve::Flat,
            locked: vec![false; n],
            max_levels: vec![fw.scale.max_value(); n],
            pace: None,
        }
    }
}

/// One action of a plan: indicator `indicator` (0-based) from `from` to `to` (scale units).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub indicator: usize,
    pub from: u32,
    pub to: u32,
    /// How many steps (levels completed).
    pub steps: u32,
    /// Exact change of the index.
    pub gain: Exact,
    pub effort: u64,
}

/// A constraint that keeps the target out of reach (removing it alone would reach it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    Locks,
    MaxLevels,
    Pace,
    /// Only lifting several constraints together (or none at all) would help.
    Combination,
    /// Not even every indicator at the top of the scale reaches it.
    Scale,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanOutcome {
    /// The target is met by the values as they are.
    Met,
    Planned {
        steps: Vec<PlanStep>,
        effort: u64,
        /// The values after the plan.
        levels: Vec<u32>,
        /// Exact index after the plan.
        index: Exact,
    },
    Unreachable {
        /// The highest index the constraints allow, and the values that give it.
        best: Exact,
        best_levels: Vec<u32>,
        binding: Vec<Binding>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// A per-indicator list has the wrong length.
    WrongLength {
        field: &'static str,
        expected: usize,
        got: usize,
    },
    /// A maximum value outside the scale (1-based indicator number).
    BadMaxLevel { indicator: usize, value: u32 },
    /// A band position that does not exist.
    UnknownBand(usize),
    /// The values do not fit the framework.
    BadLevels,
    /// The values and weights are so fine-grained that an exact plan would need too large a
    /// table (a framework file of the user's with extreme weights or decimals).
    TooLarge,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::WrongLength {
                field,
                expected,
                got,
            } => write!(f, "{field} has {got} entries, not {expected}"),
            PlanError::BadMaxLevel { indicator, value } => {
                write!(
                    f,
                    "the maximum of indicator {indicator} ({value}) is off the scale"
                )
            }
            PlanError::UnknownBand(b) => write!(f, "there is no band {b}"),
            PlanError::BadLevels => f.write_str("the values do not fit the framework"),
            PlanError::TooLarge => f.write_str("an exact plan would need too large a table"),
        }
    }
}

impl std::error::Error for PlanError {}

/// `ceil(a / b)` for `b > 0`.
fn ceil_div(a: u128, b: u128) -> u128 {
    a.div_ceil(b)
}

/// The least weighted sum `Σ w_i v_i` whose index meets `target` under `basis`, the
/// framework's index rounding and (for bands) its edge rule.
pub fn required_sum(fw: &Framework, target: &Target, basis: Basis) -> Result<u128, PlanError> {
    let (c, edge) = match target {
        Target::Index(c) => (u128::from(*c), BandEdge::LowerInclusive),
        Target::Band(b) => (
            u128::from(fw.bands.get(*b).ok_or(PlanError::UnknownBand(*b))?.from),
            fw.band_edge,
        ),
    };
    let d = u128::from(fw.total_weight) * u128::from(fw.scale.unit());
    let upper = edge == BandEdge::UpperInclusive;
    Ok(match (basis, fw.index_rounding) {
        // sum/d >= c/100, or > c/100.
        (Basis::Exact, _) if upper => c * d / 100 + 1,
        (Basis::Exact, _) => ceil_div(c * d, 100),
        // round_half_up(sum/d) >= c/100  <=>  sum/d >= (c - 1/2)/100; "> c" is ">= c + 1".
        (Basis::Rounded, Rounding::HalfUp) if upper => ceil_div((2 * c + 1) * d, 200),
        (Basis::Rounded, Rounding::HalfUp) => ceil_div((2 * c).saturating_sub(1) * d, 200),
        // truncate(sum/d) >= c/100  <=>  sum/d >= c/100.
        (Basis::Rounded, Rounding::Truncate) if upper => ceil_div((c + 1) * d, 100),
        (Basis::Rounded, Rounding::Truncate) => ceil_div(c * d, 100),
    })
}

/// `Σ weight · value`: the index is this over `total_weight · unit`.
pub fn weighted_sum(fw: &Framework, levels: &[u32]) -> u128 {
    fw.indicators
        .iter()
        .zip(levels)
        .map(|(ind, v)| u128::from(ind.weight) * u128::from(*v))
        .sum()
}

/// The denominator of every index: `total_weight · unit`.
pub fn denominator(fw: &Framework) -> u64 {
    u64::from(fw.total_weight) * u64::from(fw.scale.unit())
}

/// The exact index of `levels`.
pub fn index_of(fw: &Framework, levels: &[u32]) -> Exact {
    Exact::new(weighted_sum(fw, levels) as u64, denominator(fw))
}

/// Per indicator: the values each number of steps reaches, their cumulative gains and costs.
pub(crate) struct Options {
    pub values: Vec<Vec<u32>>,
    pub gains: Vec<Vec<u64>>,
    pub costs: Vec<Vec<u64>>,
}

/// Which constraints to ignore (to find the one that binds).
#[derive(Clone, Copy, Default)]
pub(crate) struct Relax {
    pub locks: bool,
    pub max_levels: bool,
    pub pace: bool,
}

pub(crate) fn options(fw: &Framework, levels: &[u32], req: &PlanRequest, relax: Relax) -> Options {
    let n = levels.len();
    let mut o = Options {
        values: Vec::with_capacity(n),
        gains: Vec::with_capacity(n),
        costs: Vec::with_capacity(n),
    };
    for (i, &v) in levels.iter().enumerate() {
        let cap = if relax.max_levels {
            fw.scale.max_value()
        } else {
            req.max_levels[i]
        };
        let mut k_max = usize::MAX;
        if !relax.pace {
            if let Some(p) = req.pace {
                k_max = p as usize;
            }
        }
        if req.locked[i] && !relax.locks {
            k_max = 0;
        }
        let weight = u64::from(fw.indicators[i].weight);
        let (mut values, mut gains, mut costs) = (vec![v], vec![0u64], vec![0u64]);
        let mut total = 0u64;
        for (j, &stop) in fw.stops.iter().enumerate() {
            if stop <= v || stop > cap || values.len() > k_max {
                continue;
            }
            let factor = match req.curve {
                EffortCurve::Flat => 1,
                // `j` is how many stops above the floor this one is (the first step = 1).
                EffortCurve::Rising => (j as u64).max(1),
            };
            total = total.saturating_add(u64::from(req.efforts[i]).saturating_mul(factor));
            values.push(stop);
            gains.push(weight * u64::from(stop - v));
            costs.push(total);
        }
        o.values.push(values);
        o.gains.push(gains);
        o.costs.push(costs);
    }
    o
}

/// Every indicator as high as the constraints (less those relaxed) allow.
pub(crate) fn top_levels(
    fw: &Framework,
    levels: &[u32],
    req: &PlanRequest,
    relax: Relax,
) -> Vec<u32> {
    options(fw, levels, req, relax)
        .values
        .iter()
        .map(|v| v.last().copied().unwrap_or_default())
        .collect()
}

/// What it takes to go from `from` to `to` under `req`'s efforts and curve, indicator by
/// indicator: `(steps, effort)` for each (a value between stops counts as the step that
/// reaches it; a value lowered costs nothing). Locks, caps and pace are not applied: see
/// [`within_rules`].
pub fn effort_between(
    fw: &Framework,
    from: &[u32],
    to: &[u32],
    req: &PlanRequest,
) -> Vec<(u32, u64)> {
    let all = Relax {
        locks: true,
        max_levels: true,
        pace: true,
    };
    let o = options(fw, from, req, all);
    from.iter()
        .zip(to)
        .enumerate()
        .map(|(i, (&f, &t))| {
            if t <= f {
                return (0, 0);
            }
            let k = o.values[i]
                .iter()
                .position(|&v| v >= t)
                .unwrap_or(o.values[i].len() - 1);
            (k as u32, o.costs[i][k])
        })
        .collect()
}

/// Whether going from `from` to `to` keeps `req`'s locks, caps and pace.
pub fn within_rules(fw: &Framework, from: &[u32], to: &[u32], req: &PlanRequest) -> bool {
    let steps = effort_between(fw, from, to, req);
    from.iter().zip(to).enumerate().all(|(i, (&f, &t))| {
        (t == f || !req.locked[i])
            && t <= req.max_levels[i].max(f)
            && req.pace.is_none_or(|p| steps[i].0 <= p)
    })
}

/// The values with the highest index that `req`'s locks, caps and pace allow from `levels`.
pub fn best_reachable(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Vec<u32> {
    top_levels(fw, levels, req, Relax::default())
}

/// The steps from `levels` to `after` as plan actions (indicators that rise).
pub(crate) fn steps_between(
    fw: &Framework,
    o: &Options,
    levels: &[u32],
    ks: &[u32],
) -> Vec<PlanStep> {
    let denom = denominator(fw);
    ks.iter()
        .enumerate()
        .filter(|(_, k)| **k > 0)
        .map(|(i, &k)| PlanStep {
            indicator: i,
            from: levels[i],
            to: o.values[i][k as usize],
            steps: k,
            gain: Exact::new(o.gains[i][k as usize], denom),
            effort: o.costs[i][k as usize],
        })
        .collect()
}

pub(crate) fn check(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Result<(), PlanError> {
    let n = fw.indicators.len();
    for (field, got) in [
        ("efforts", req.efforts.len()),
        ("locked", req.locked.len()),
        ("maxLevels", req.max_levels.len()),
    ] {
        if got != n {
            return Err(PlanError::WrongLength {
                field,
                expected: n,
                got,
            });
        }
    }
    fw.check_levels(levels).map_err(|_| PlanError::BadLevels)?;
    if let Some(i) = req.max_levels.iter().position(|m| !fw.scale.contains(*m)) {
        return Err(PlanError::BadMaxLevel {
            indicator: i + 1,
            value: req.max_levels[i],
        });
    }
    Ok(())
}
