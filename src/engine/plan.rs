//! Goal seek: the plan of least total effort that lifts the index to a target.
//!
//! Raising indicator `i` by `k` whole levels adds `k · w_i · unit` to the weighted sum
//! `Σ w_i · v_i` (the index is that sum over `total_weight · unit`). A target index becomes a
//! least integer weighted sum, so the problem is a multiple-choice covering knapsack over
//! integer gains. [`plan`] solves it exactly with a dynamic program over every reachable gain
//! (in units of the gcd of the step gains: 5 basis points for SPBE 2020), not greedily.
//!
//! Ties are broken deterministically: least effort, then least overshoot of the target, then
//! fewest steps, then raising lower-numbered indicators first (the step vector
//! `(k_1, …, k_n)` that is lexicographically greatest). The same input gives the same plan
//! everywhere.

use super::exact::Exact;
use super::model::Framework;
use super::predicate::Basis;

/// What the user aims for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An index value in hundredths (300 = 3,00).
    Index(u64),
    /// A predicate band, by its position in [`Framework::bands`].
    Band(usize),
}

/// How the effort of one level step grows with the level it reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EffortCurve {
    /// Every step costs the indicator's effort.
    #[default]
    Flat,
    /// Reaching whole level `L` (counted from the bottom of the scale, first step = 1) costs
    /// `L` times the indicator's effort: higher levels cost more.
    Rising,
}

/// The constraints and costs of a goal seek.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRequest {
    pub target: Target,
    pub basis: Basis,
    /// Effort of one step per indicator (default 1 each).
    pub efforts: Vec<u32>,
    pub curve: EffortCurve,
    /// Indicators (0-based) that must stay at their current level.
    pub locked: Vec<bool>,
    /// Highest allowed value per indicator, in scale units (default: the scale's maximum).
    pub max_levels: Vec<u32>,
    /// At most this many whole levels up per indicator (None: no limit).
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
    /// The target is met by the levels as they are.
    Met,
    Planned {
        steps: Vec<PlanStep>,
        effort: u64,
        /// The levels after the plan.
        levels: Vec<u32>,
        /// Exact index after the plan.
        index: Exact,
    },
    Unreachable {
        /// The highest index the constraints allow, and the levels that give it.
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
    /// A maximum level outside the scale (1-based indicator number).
    BadMaxLevel { indicator: usize, value: u32 },
    /// A band position that does not exist.
    UnknownBand(usize),
    /// The levels do not fit the framework.
    BadLevels,
}

/// The least weighted sum `Σ w_i v_i` whose index meets `target` under `basis`.
pub fn required_sum(fw: &Framework, target: &Target, basis: Basis) -> Result<u128, PlanError> {
    let cents = match target {
        Target::Index(c) => *c,
        Target::Band(b) => u64::from(fw.bands.get(*b).ok_or(PlanError::UnknownBand(*b))?.from),
    };
    let denom = u128::from(fw.total_weight) * u128::from(fw.scale.unit());
    Ok(match basis {
        // sum / denom >= cents / 100
        Basis::Exact => (u128::from(cents) * denom).div_ceil(100),
        // round_half_up(sum / denom) >= cents / 100  <=>  sum / denom >= (cents - 0.5) / 100
        Basis::Rounded => (u128::from(cents) * 2)
            .saturating_sub(1)
            .saturating_mul(denom)
            .div_ceil(200),
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

/// The exact index of `levels`.
pub fn index_of(fw: &Framework, levels: &[u32]) -> Exact {
    let denom = u64::from(fw.total_weight) * u64::from(fw.scale.unit());
    Exact::new(weighted_sum(fw, levels) as u64, denom)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Per indicator: the allowed number of whole steps and the cost of each count.
struct Options {
    /// `costs[i][k]` = effort of raising indicator `i` by `k` steps (`costs[i][0] = 0`).
    costs: Vec<Vec<u64>>,
    /// Gain of one step of indicator `i`, in weighted-sum units.
    step_gain: Vec<u64>,
}

fn options(fw: &Framework, levels: &[u32], req: &PlanRequest, relax: Relax) -> Options {
    let scale = fw.scale;
    let unit = scale.unit();
    let mut costs = Vec::with_capacity(levels.len());
    let mut step_gain = Vec::with_capacity(levels.len());
    for (i, &v) in levels.iter().enumerate() {
        let cap = if relax.max_levels {
            scale.max_value()
        } else {
            req.max_levels[i]
        };
        let mut k_max = cap.saturating_sub(v) / unit;
        if !relax.pace {
            if let Some(p) = req.pace {
                k_max = k_max.min(p);
            }
        }
        if req.locked[i] && !relax.locks {
            k_max = 0;
        }
        let mut c = vec![0u64];
        let mut total = 0u64;
        for j in 1..=k_max {
            // The whole level reached, counted from the bottom of the scale (first step = 1).
            let reached = (v / unit + j).saturating_sub(scale.min);
            let factor = match req.curve {
                EffortCurve::Flat => 1,
                EffortCurve::Rising => u64::from(reached.max(1)),
            };
            total = total.saturating_add(u64::from(req.efforts[i]).saturating_mul(factor));
            c.push(total);
        }
        costs.push(c);
        step_gain.push(u64::from(fw.indicators[i].weight) * u64::from(unit));
    }
    Options { costs, step_gain }
}

#[derive(Clone, Copy, Default)]
struct Relax {
    locks: bool,
    max_levels: bool,
    pace: bool,
}

/// Bits of a packed DP cell that hold the number of steps (the rest hold the effort).
const STEP_BITS: u32 = 20;
/// A DP cell that no combination reaches.
const UNREACHED: u64 = u64::MAX;

/// Effort and steps in one integer that orders like the pair `(effort, steps)`.
fn pack(effort: u64, steps: u64) -> u64 {
    effort
        .saturating_mul(1 << STEP_BITS)
        .saturating_add(steps)
        .min(UNREACHED - 1)
}

/// The best `(effort, steps)` of reaching each exact gain, and the choice per indicator.
struct Table {
    /// `choice[i][s]`: steps of indicator `i` in the best plan for gain `s·g` from `i` on.
    choice: Vec<Vec<u8>>,
    /// Packed `(effort, steps)` per gain, [`UNREACHED`] where no plan gives it.
    best: Vec<u64>,
}

/// Fill the table for gains up to `limit` units. Partial gains never shrink, so gains above
/// `limit` can be dropped: with `limit = gap + largest step - 1` every optimal plan stays inside
/// (a plan overshooting by a whole step or more could drop that step and cost less).
fn solve(opts: &Options, g: u64, limit: usize) -> Table {
    let units: Vec<u64> = opts.step_gain.iter().map(|s| s / g).collect();
    let n = opts.costs.len();
    let mut best = vec![UNREACHED; limit + 1];
    best[0] = 0;
    let mut choice = vec![Vec::new(); n];
    let mut next = vec![UNREACHED; limit + 1];
    // Backwards over indicators, so that at indicator i ties prefer the larger k_i: the plan
    // is then the lexicographically greatest step vector among equals.
    for i in (0..n).rev() {
        next.fill(UNREACHED);
        let mut pick = vec![0u8; limit + 1];
        let u = units[i] as usize;
        for (k, &cost) in opts.costs[i].iter().enumerate() {
            let shift = k * u;
            if shift > limit {
                break;
            }
            let add = pack(cost, k as u64);
            for s in shift..=limit {
                let prev = best[s - shift];
                if prev == UNREACHED {
                    continue;
                }
                let cand = prev.saturating_add(add).min(UNREACHED - 1);
                // `<=` lets a later (larger) k win ties.
                if cand <= next[s] {
                    next[s] = cand;
                    pick[s] = k as u8;
                }
            }
        }
        std::mem::swap(&mut best, &mut next);
        choice[i] = pick;
    }
    Table { choice, best }
}

impl Table {
    /// Steps per indicator of the best plan reaching exactly `s` units of gain.
    fn steps(&self, mut s: usize, units: &[u64]) -> Vec<u32> {
        let mut ks = Vec::with_capacity(units.len());
        for (i, u) in units.iter().enumerate() {
            let k = self.choice[i][s];
            ks.push(u32::from(k));
            s -= usize::from(k) * *u as usize;
        }
        ks
    }
}

fn apply_steps(fw: &Framework, levels: &[u32], ks: &[u32]) -> Vec<u32> {
    levels
        .iter()
        .zip(ks)
        .map(|(v, k)| v + k * fw.scale.unit())
        .collect()
}

/// Every indicator as high as the constraints (less those relaxed) allow.
fn top_levels(fw: &Framework, levels: &[u32], req: &PlanRequest, relax: Relax) -> Vec<u32> {
    let o = options(fw, levels, req, relax);
    let ks: Vec<u32> = o.costs.iter().map(|c| c.len() as u32 - 1).collect();
    apply_steps(fw, levels, &ks)
}

/// The levels with the highest index that `req`'s locks, caps and pace allow from `levels`.
pub fn best_reachable(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Vec<u32> {
    top_levels(fw, levels, req, Relax::default())
}

/// The least-effort plan from `levels` to the target, or why there is none.
pub fn plan(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Result<PlanOutcome, PlanError> {
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
    let need = required_sum(fw, &req.target, req.basis)?;
    let current: u128 = weighted_sum(fw, levels);
    if current >= need {
        return Ok(PlanOutcome::Met);
    }
    let gap = need - current;
    let opts = options(fw, levels, req, Relax::default());
    let g = opts.step_gain.iter().fold(0, |a, &b| gcd(a, b)).max(1);
    let units: Vec<u64> = opts.step_gain.iter().map(|s| s / g).collect();
    let reachable: u64 = opts
        .costs
        .iter()
        .zip(&units)
        .map(|(c, u)| (c.len() as u64 - 1) * u)
        .sum();
    let gap_units = gap.div_ceil(u128::from(g));
    let denom = u64::from(fw.total_weight) * u64::from(fw.scale.unit());
    let found = if gap_units > u128::from(reachable) {
        None
    } else {
        let largest = units.iter().copied().max().unwrap_or(1);
        let limit = (gap_units as u64 + largest - 1).min(reachable) as usize;
        let table = solve(&opts, g, limit);
        // Least effort, then least overshoot (= smallest gain at or above the gap), then fewest
        // steps and the lexicographic order the table already holds for each gain.
        (gap_units as usize..=limit)
            .filter(|&s| table.best[s] != UNREACHED)
            .min_by_key(|&s| (table.best[s] >> STEP_BITS, s, table.best[s]))
            .map(|s| (table.best[s] >> STEP_BITS, table.steps(s, &units)))
    };
    match found {
        Some((effort, ks)) => {
            let new_levels = apply_steps(fw, levels, &ks);
            let steps = ks
                .iter()
                .enumerate()
                .filter(|(_, k)| **k > 0)
                .map(|(i, &k)| PlanStep {
                    indicator: i,
                    from: levels[i],
                    to: new_levels[i],
                    gain: Exact::new(u64::from(k) * opts.step_gain[i], denom),
                    effort: opts.costs[i][k as usize],
                })
                .collect();
            let index = index_of(fw, &new_levels);
            Ok(PlanOutcome::Planned {
                steps,
                effort,
                levels: new_levels,
                index,
            })
        }
        None => {
            let top_levels = |r: Relax| {
                let lv = top_levels(fw, levels, req, r);
                (weighted_sum(fw, &lv), lv)
            };
            let (best_sum, best_levels) = top_levels(Relax::default());
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
                if top_levels(r).0 >= need {
                    binding.push(b);
                }
            }
            if binding.is_empty() {
                let all = Relax {
                    locks: true,
                    max_levels: true,
                    pace: true,
                };
                binding.push(if top_levels(all).0 >= need {
                    Binding::Combination
                } else {
                    Binding::Scale
                });
            }
            Ok(PlanOutcome::Unreachable {
                best: Exact::new(best_sum as u64, denom),
                best_levels,
                binding,
            })
        }
    }
}

/// Orders by index gain per unit of effort, most first, compared exactly
/// (`a.gain / a.effort` against `b.gain / b.effort` by cross-multiplication; effort 0 counts 1).
pub fn more_per_effort(a: (&Exact, u64), b: (&Exact, u64)) -> std::cmp::Ordering {
    let per = |x: (&Exact, u64), y: (&Exact, u64)| {
        u128::from(x.0.numer()) * u128::from(y.0.denom()) * u128::from(y.1.max(1))
    };
    per(b, a).cmp(&per(a, b))
}

/// One line of the marginal-gain ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marginal {
    pub indicator: usize,
    /// Exact change of the index from this indicator's next whole level.
    pub gain: Exact,
    /// Effort of that step.
    pub effort: u64,
    /// Levels of this indicator alone that would reach the next predicate band, if it can.
    pub steps_to_next_band: Option<u32>,
}

/// Every indicator that can still rise, ranked by gain per effort (then gain, then number).
pub fn marginal_gains(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Vec<Marginal> {
    if fw.check_levels(levels).is_err()
        || req.efforts.len() != levels.len()
        || req.locked.len() != levels.len()
        || req.max_levels.len() != levels.len()
    {
        return Vec::new();
    }
    let opts = options(fw, levels, req, Relax::default());
    let denom = u64::from(fw.total_weight) * u64::from(fw.scale.unit());
    let current: u128 = weighted_sum(fw, levels);
    let index = Exact::new(current as u64, denom);
    let next_need = fw
        .next_band(&index, req.basis)
        .and_then(|nb| required_sum(fw, &Target::Band(nb.band), req.basis).ok());
    let mut out: Vec<Marginal> = (0..levels.len())
        .filter(|&i| opts.costs[i].len() > 1)
        .map(|i| {
            let step = u128::from(opts.step_gain[i]);
            let steps_to_next_band = next_need.and_then(|need| {
                let k = need.saturating_sub(current).div_ceil(step);
                (k < opts.costs[i].len() as u128).then_some(k as u32)
            });
            Marginal {
                indicator: i,
                gain: Exact::new(opts.step_gain[i], denom),
                effort: opts.costs[i][1],
                steps_to_next_band,
            }
        })
        .collect();
    // gain/effort descending, compared exactly by cross-multiplication.
    out.sort_by(|a, b| {
        more_per_effort((&a.gain, a.effort), (&b.gain, b.effort))
            .then(b.gain.cmp(&a.gain))
            .then(a.indicator.cmp(&b.indicator))
    });
    out
}

/// What became of one roadmap year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// No target set: the levels carry over.
    NoTarget,
    /// The target was already met by the previous year's levels.
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
    /// Levels and exact index at the end of the year.
    pub levels: Vec<u32>,
    pub index: Exact,
}

/// Plan year after year: each year's least-effort plan starts from the previous year's levels,
/// under the same constraints (the pace limit applies per year).
pub fn roadmap(
    fw: &Framework,
    start: &[u32],
    template: &PlanRequest,
    targets: &[Option<Target>],
) -> Result<Vec<YearPlan>, PlanError> {
    let denom = u64::from(fw.total_weight) * u64::from(fw.scale.unit());
    let index_of = |lv: &[u32]| index_of(fw, lv);
    let mut levels = start.to_vec();
    let mut out = Vec::with_capacity(targets.len());
    for target in targets {
        let Some(target) = target else {
            out.push(YearPlan {
                status: YearStatus::NoTarget,
                steps: Vec::new(),
                effort: 0,
                index: index_of(&levels),
                levels: levels.clone(),
            });
            continue;
        };
        let req = PlanRequest {
            target: target.clone(),
            // Caps below a level reached earlier cannot lower it.
            max_levels: template
                .max_levels
                .iter()
                .zip(&levels)
                .map(|(m, l)| (*m).max(*l))
                .collect(),
            ..template.clone()
        };
        let year = match plan(fw, &levels, &req)? {
            PlanOutcome::Met => YearPlan {
                status: YearStatus::Met,
                steps: Vec::new(),
                effort: 0,
                index: index_of(&levels),
                levels: levels.clone(),
            },
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
                let o = options(fw, &levels, &req, Relax::default());
                let steps = levels
                    .iter()
                    .zip(&best_levels)
                    .enumerate()
                    .filter(|(_, (a, b))| b > a)
                    .map(|(i, (a, b))| {
                        let k = ((b - a) / fw.scale.unit()) as usize;
                        PlanStep {
                            indicator: i,
                            from: *a,
                            to: *b,
                            gain: Exact::new(k as u64 * o.step_gain[i], denom),
                            effort: o.costs[i][k],
                        }
                    })
                    .collect::<Vec<_>>();
                YearPlan {
                    status: YearStatus::Unreachable,
                    effort: steps.iter().map(|s| s.effort).sum(),
                    steps,
                    levels: best_levels,
                    index: best,
                }
            }
        };
        levels.clone_from(&year.levels);
        out.push(year);
    }
    Ok(out)
}
