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

/// The least-effort choice by the tie rules of [`super::dp`], or `None` when the effort table
/// or the search would exceed its bound (the caller then uses the gain table).
pub fn solve(c: &Choices, gap: u64) -> Option<Solved> {
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
    let most: usize = costs.iter().filter_map(|k| k.last()).sum();
    if (most as u64 + 1).saturating_mul(n as u64 + 1) > MAX_EFFORT_CELLS {
        return None;
    }
    let width = most + 1;
    // Row i: the indicators i..n; lo/hi[i * width + r] for an exact effort r (NONE: no choice
    // of theirs costs exactly r).
    // `fewest`: the fewest steps that cost exactly r (whatever they gain), to cut the search
    // among choices of equal gain.
    let mut lo = vec![NONE; (n + 1) * width];
    let mut hi = vec![0u64; (n + 1) * width];
    let mut fewest = vec![u64::MAX; (n + 1) * width];
    lo[n * width] = 0;
    fewest[n * width] = 0;
    for i in (0..n).rev() {
        let (row, next) = (i * width, (i + 1) * width);
        for (k, (&gain, &cost)) in c.gains[i].iter().zip(&costs[i]).enumerate() {
            for r in cost..width {
                let below = lo[next + r - cost];
                if below == NONE {
                    continue;
                }
                let (l, h) = (gain + below, gain + hi[next + r - cost]);
                let f = k as u64 + fewest[next + r - cost];
                if lo[row + r] == NONE {
                    (lo[row + r], hi[row + r], fewest[row + r]) = (l, h, f);
                } else {
                    lo[row + r] = lo[row + r].min(l);
                    hi[row + r] = hi[row + r].max(h);
                    fewest[row + r] = fewest[row + r].min(f);
                }
            }
        }
    }
    let Some(effort) = (0..width).find(|&r| lo[r] != NONE && hi[r] >= gap) else {
        return Some(Solved::None);
    };
    let mut s = Search {
        c,
        costs: &costs,
        lo: &lo,
        hi: &hi,
        fewest: &fewest,
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
    Some(Solved::Plan(effort as u64 * unit, s.best_ks))
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
