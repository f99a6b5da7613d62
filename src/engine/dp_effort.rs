//! The same least-effort choice as [`super::dp::solve`], found by effort instead of gain, for
//! values so fine-grained that a table over every exact gain would be too large (Pemdi values
//! with four decimals: 7/6 kept as 1,1667 puts each indicator's first step on its own residue).
//!
//! Efforts are small integers (at most a few hundred units per step), so the table is over
//! *effort*: for the indicators `i..n` and an exact effort `r`, the least and the greatest gain
//! any choice of theirs reaches (`lo`, `hi`). The least effort is then the least `r` whose
//! greatest gain reaches the gap. Among the choices of exactly that effort the tie rules ask
//! for the least gain at or above the gap, then the fewest steps, then the greatest step
//! vector: a depth-first search over the indicators, the greatest step first (so the first of
//! equals found is the greatest vector), that enters a branch only when the tables say it can
//! still reach the gap at exactly the remaining effort and can still beat the best gain found.
//! The search is bounded ([`MAX_NODES`]); past it the caller falls back to the gain table.

use super::dp::{Choices, Solved};

/// Largest effort table (effort units after dividing by the costs' common factor, per
/// indicator) this solver builds.
pub const MAX_EFFORT_CELLS: u64 = 8_000_000;
/// Most search nodes before the solver gives the choice back to the gain table.
pub const MAX_NODES: u64 = 300_000;

const NONE: u64 = u64::MAX;

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The least-effort choice by the tie rules of [`super::dp`], at once, or `None` when the
/// effort table or the search would exceed its bound (the caller then uses the gain table).
pub fn solve(c: &Choices, gap: u64) -> Option<Solved> {
    let mut t = EffortTable::new(c)?;
    t.fill(c, &mut u64::MAX.clone());
    t.answer(c, gap)
}

/// The effort table, filled row by row (one row per indicator, from the last) so that the
/// work can be sliced.
pub(crate) struct EffortTable {
    unit: u64,
    costs: Vec<Vec<usize>>,
    width: usize,
    // Row i: the indicators i..n; lo/hi[i * width + r] for an exact effort r (NONE: no choice
    // of theirs costs exactly r).
    // `fewest`: the fewest steps that cost exactly r (whatever they gain), to cut the search
    // among choices of equal gain.
    lo: Vec<u64>,
    hi: Vec<u64>,
    fewest: Vec<u64>,
    /// Where the filling stands: rows done, then the step `k` and the effort `r` in the row.
    rows: usize,
    k: usize,
    r: usize,
}

impl EffortTable {
    /// The empty table, or `None` when it would exceed [`MAX_EFFORT_CELLS`].
    pub(crate) fn new(c: &Choices) -> Option<Self> {
        let n = c.gains.len();
        let unit = c.costs.iter().flatten().fold(0, |a, b| gcd(a, *b)).max(1);
        let costs: Vec<Vec<usize>> = c
            .costs
            .iter()
            .map(|k| {
                k.iter()
                    .map(|x| usize::try_from(x / unit).unwrap_or(usize::MAX))
                    .collect()
            })
            .collect();
        let most = costs
            .iter()
            .filter_map(|k| k.last())
            .fold(0usize, |a, b| a.saturating_add(*b));
        if (most as u64).saturating_add(1).saturating_mul(n as u64 + 1) > MAX_EFFORT_CELLS {
            return None;
        }
        let width = most + 1;
        let mut lo = vec![NONE; (n + 1) * width];
        let mut fewest = vec![u64::MAX; (n + 1) * width];
        lo[n * width] = 0;
        fewest[n * width] = 0;
        Some(EffortTable {
            unit,
            costs,
            width,
            lo,
            hi: vec![0u64; (n + 1) * width],
            fewest,
            rows: 0,
            k: 0,
            r: 0,
        })
    }

    /// The cells [`EffortTable::fill`] visits.
    pub(crate) fn work(&self, c: &Choices) -> u64 {
        self.costs
            .iter()
            .take(c.gains.len())
            .flatten()
            .map(|cost| (self.width - cost.min(&self.width)) as u64)
            .sum()
    }

    /// Fills up to `left` cells (and counts them off); `true` once every row is done.
    pub(crate) fn fill(&mut self, c: &Choices, left: &mut u64) -> bool {
        let n = c.gains.len();
        let width = self.width;
        while self.rows < n {
            let i = n - 1 - self.rows;
            let (row, next) = (i * width, (i + 1) * width);
            while self.k < c.gains[i].len() {
                let (k, gain, cost) = (self.k, c.gains[i][self.k], self.costs[i][self.k]);
                let from = self.r.max(cost);
                let end =
                    width.min(from.saturating_add(usize::try_from(*left).unwrap_or(usize::MAX)));
                for r in from..end {
                    let below = self.lo[next + r - cost];
                    if below == NONE {
                        continue;
                    }
                    let (l, h) = (gain + below, gain + self.hi[next + r - cost]);
                    let f = k as u64 + self.fewest[next + r - cost];
                    if self.lo[row + r] == NONE {
                        (self.lo[row + r], self.hi[row + r], self.fewest[row + r]) = (l, h, f);
                    } else {
                        self.lo[row + r] = self.lo[row + r].min(l);
                        self.hi[row + r] = self.hi[row + r].max(h);
                        self.fewest[row + r] = self.fewest[row + r].min(f);
                    }
                }
                *left = left.saturating_sub((end.saturating_sub(from)) as u64);
                if end < width {
                    self.r = end;
                    return false;
                }
                (self.k, self.r) = (self.k + 1, 0);
            }
            (self.rows, self.k) = (self.rows + 1, 0);
        }
        true
    }

    /// The choice of least effort by the tie rules, from the full table; `None` when the
    /// search would exceed [`MAX_NODES`].
    pub(crate) fn answer(&self, c: &Choices, gap: u64) -> Option<Solved> {
        let n = c.gains.len();
        let (lo, hi, width) = (&self.lo, &self.hi, self.width);
        let Some(effort) = (0..width).find(|&r| lo[r] != NONE && hi[r] >= gap) else {
            return Some(Solved::None);
        };
        let mut s = Search {
            c,
            costs: &self.costs,
            lo,
            hi,
            fewest: &self.fewest,
            width,
            gap,
            nodes: 0,
            best: (NONE, u64::MAX),
            best_ks: Vec::new(),
            ks: vec![0; n],
        };
        if !s.dfs(0, effort, 0, 0) {
            return None;
        }
        if s.best.0 == NONE {
            return Some(Solved::None);
        }
        Some(Solved::Plan(effort as u64 * self.unit, s.best_ks))
    }
}

struct Search<'a> {
    c: &'a Choices<'a>,
    costs: &'a [Vec<usize>],
    lo: &'a [u64],
    hi: &'a [u64],
    fewest: &'a [u64],
    width: usize,
    gap: u64,
    nodes: u64,
    /// The best (gain, steps) found, and its steps per indicator.
    best: (u64, u64),
    best_ks: Vec<u32>,
    ks: Vec<u32>,
}

impl Search<'_> {
    /// Choices for indicators `i..` of exactly effort `left`; `false` when the node budget ran
    /// out. (Recursion as deep as the framework has indicators.)
    fn dfs(&mut self, i: usize, left: usize, gain: u64, steps: u64) -> bool {
        let n = self.ks.len();
        if i == n {
            if gain >= self.gap && (gain, steps) < self.best {
                self.best = (gain, steps);
                self.best_ks.clone_from(&self.ks);
            }
            return true;
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return false;
        }
        let next = (i + 1) * self.width;
        for k in (0..self.c.gains[i].len()).rev() {
            let cost = self.costs[i][k];
            if cost > left {
                continue;
            }
            let rest = left - cost;
            let (lo, hi) = (self.lo[next + rest], self.hi[next + rest]);
            if lo == NONE {
                continue;
            }
            let g = gain + self.c.gains[i][k];
            let least = (g + lo).max(self.gap);
            if g + hi < self.gap || least > self.best.0 {
                continue;
            }
            // At best an equal gain: only fewer steps could win (an equal count found later is
            // a smaller vector).
            if least == self.best.0 && steps + k as u64 + self.fewest[next + rest] >= self.best.1 {
                continue;
            }
            self.ks[i] = k as u32;
            if !self.dfs(i + 1, rest, g, steps + k as u64) {
                return false;
            }
        }
        self.ks[i] = 0;
        true
    }
}
