//! The exact solver behind goal seek: a multiple-choice covering knapsack over integer gains.
//!
//! Indicator `i` may take `k` steps (`k = 0..=K_i`), which adds the cumulative gain
//! `gains[i][k]` to the weighted sum at the cumulative effort `costs[i][k]`. We want the
//! choice of `k_i` whose gain reaches `gap` at least effort; ties go to the least gain (least
//! overshoot), then the fewest steps, then the lexicographically greatest `(k_1, …, k_n)`
//! (lower-numbered indicators first).
//!
//! The dynamic program runs over every exact gain up to `gap + largest step − 1` (a plan that
//! overshoots by a whole step could drop it and cost less). Gains are counted in residue
//! classes: all steps after an indicator's first one, and the first steps of indicators that
//! start on a stop, are multiples of a lattice `L`; an indicator that starts between stops
//! (Pemdi 1,26) has a first step with some residue modulo `L`. The reachable gains are then
//! `q·L + r` with `r` in the (usually tiny) set of subset sums of those residues, so a few
//! fractional starting values do not multiply the table by `L`. With every value on a stop
//! (SPBE) the set is `{0}` and this is the plain DP over gains in units of their gcd.

use super::dp_effort::EffortTable;
use super::order;

/// A DP cell that no combination reaches.
pub const UNREACHED: u64 = u64::MAX;
/// Bits of a packed DP cell that hold the number of steps (the rest hold the effort).
pub const STEP_BITS: u32 = 20;
/// Largest table (cells = states × indicators) the solver builds; beyond it the plan is
/// refused as too fine-grained rather than exhausting memory.
pub const MAX_CELLS: u64 = 48_000_000;
/// Up to this many cells the gain table is built at once (a few milliseconds); above it the
/// effort table of [`super::dp_effort`] is tried first.
pub const GAIN_FIRST: u64 = 100_000;

/// Effort and steps in one integer that orders like the pair `(effort, steps)`.
pub fn pack(effort: u64, steps: u64) -> u64 {
    effort
        .saturating_mul(1 << STEP_BITS)
        .saturating_add(steps)
        .min(UNREACHED - 1)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The options of every indicator.
pub struct Choices<'a> {
    /// `gains[i][k]`, `gains[i][0] = 0`, increasing in `k`.
    pub gains: &'a [Vec<u64>],
    /// `costs[i][k]`, `costs[i][0] = 0`.
    pub costs: &'a [Vec<u64>],
}

/// The reachable gains and how to index them.
pub(crate) struct Space {
    lattice: u64,
    /// Sorted residues modulo `lattice` that sums of first steps reach.
    residues: Vec<u64>,
    limit: u64,
}

impl Space {
    fn index(&self, s: u64) -> Option<usize> {
        let r = self.residues.binary_search(&(s % self.lattice)).ok()?;
        Some((s / self.lattice) as usize * self.residues.len() + r)
    }
    fn gain(&self, idx: usize) -> u64 {
        let n = self.residues.len();
        (idx / n) as u64 * self.lattice + self.residues[idx % n]
    }
    fn states(&self) -> usize {
        (self.limit / self.lattice) as usize * self.residues.len() + self.residues.len()
    }
    /// The largest multiple `q` of the lattice with `q·L + residues[j] <= limit`, if any.
    fn q_max(&self, j: usize) -> Option<u64> {
        let r = self.residues[j];
        (r <= self.limit).then(|| (self.limit - r) / self.lattice)
    }
}

pub(crate) fn space(c: &Choices, limit: u64) -> Space {
    // Lattice: steps after the first, and first steps that are multiples of all of those.
    let mut lattice = 0;
    for g in c.gains {
        for w in g.windows(2).skip(1) {
            lattice = gcd(lattice, w[1] - w[0]);
        }
    }
    if lattice == 0 {
        lattice = c
            .gains
            .iter()
            .filter_map(|g| g.get(1))
            .fold(0, |a, b| gcd(a, *b));
    }
    let lattice = lattice.max(1);
    let mut residues = vec![0u64];
    for g in c.gains {
        if let Some(first) = g.get(1) {
            let r = first % lattice;
            if r != 0 {
                let more: Vec<u64> = residues.iter().map(|x| (x + r) % lattice).collect();
                residues.extend(more);
                order::sort(&mut residues);
                residues.dedup();
            }
        }
    }
    Space {
        lattice,
        residues,
        limit,
    }
}

/// What the solver found.
pub enum Solved {
    /// `(effort, steps per indicator)`.
    Plan(u64, Vec<u32>),
    /// No choice reaches the gap.
    None,
    /// The table would exceed [`MAX_CELLS`].
    TooLarge,
}

/// The least-effort choice of steps that gains at least `gap` (see the module's tie rules), at
/// once. [`Solver`] finds the same choice in slices.
pub fn solve(c: &Choices, gap: u64) -> Solved {
    let mut s = Solver::new(c, gap);
    loop {
        if let Some(done) = s.run(c, u64::MAX) {
            return done;
        }
    }
}

/// How far a [`Solver`] is, in table cells: `done` of at most `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

/// The least-effort search as work that can be done in slices: [`Solver::run`] does at most a
/// given number of table cells and returns, so a page can stay responsive, show
/// [`Solver::progress`] and drop the solver to cancel. The result does not depend on how the
/// work was sliced.
pub struct Solver {
    gap: u64,
    stage: Stage,
    progress: Progress,
}

enum Stage {
    /// The effort table first; the gain table after it only when `fallback` is `Some`.
    Effort(Box<EffortTable>, Option<Space>),
    Gain(Box<GainTable>),
    Done(Option<Solved>),
}

impl Solver {
    /// Decides which tables the choice needs (nothing is filled yet).
    pub fn new(c: &Choices, gap: u64) -> Self {
        let n = c.gains.len();
        let reachable: u64 = c.gains.iter().filter_map(|g| g.last()).sum();
        let done = |s: Solved| Solver {
            gap,
            stage: Stage::Done(Some(s)),
            progress: Progress::default(),
        };
        if gap > reachable {
            return done(Solved::None);
        }
        let largest = c
            .gains
            .iter()
            .flat_map(|g| g.windows(2).map(|w| w[1] - w[0]))
            .max()
            .unwrap_or(1);
        let limit = (gap + largest - 1).min(reachable);
        let sp = space(c, limit);
        let cells = (sp.states() as u64).saturating_mul(n.max(1) as u64);
        let gain_work = |sp: &Space| GainTable::work(c, sp);
        // A large gain table (values between stops with four decimals): the effort table finds
        // the same choice in milliseconds; the gain table stays the fallback.
        let effort = if cells > GAIN_FIRST {
            EffortTable::new(c)
        } else {
            None
        };
        let (stage, total) = match effort {
            Some(t) => {
                let work = t.work(c);
                if cells > MAX_CELLS {
                    (Stage::Effort(Box::new(t), None), work)
                } else {
                    let g = gain_work(&sp);
                    (Stage::Effort(Box::new(t), Some(sp)), work.saturating_add(g))
                }
            }
            None if cells > MAX_CELLS => return done(Solved::TooLarge),
            None => {
                let g = gain_work(&sp);
                (Stage::Gain(Box::new(GainTable::new(sp))), g)
            }
        };
        Solver {
            gap,
            stage,
            progress: Progress { done: 0, total },
        }
    }

    /// How much of the work is done.
    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// Fills the tables for at most about `budget` cells; the choice once it is found (then
    /// every later call answers `None`).
    pub fn run(&mut self, c: &Choices, budget: u64) -> Option<Solved> {
        let mut left = budget.max(1);
        loop {
            let before = left;
            match &mut self.stage {
                Stage::Done(s) => return s.take(),
                Stage::Effort(t, fallback) => {
                    let full = t.fill(c, &mut left);
                    self.progress.done += before - left;
                    if !full {
                        return None;
                    }
                    self.stage = match (t.answer(c, self.gap), fallback.take()) {
                        (Some(s), _) => Stage::Done(Some(s)),
                        (None, Some(sp)) => Stage::Gain(Box::new(GainTable::new(sp))),
                        (None, None) => Stage::Done(Some(Solved::TooLarge)),
                    };
                }
                Stage::Gain(t) => {
                    let full = t.fill(c, &mut left);
                    self.progress.done += before - left;
                    if !full {
                        return None;
                    }
                    self.stage = Stage::Done(Some(t.answer(c, self.gap)));
                }
            }
        }
    }
}

/// The gain table (see the module's text) over the space `sp`, filled row by row — one row per
/// indicator, backwards, so that at indicator i ties prefer the larger k_i: the plan is then
/// the lexicographically greatest step vector among equals.
pub(crate) struct GainTable {
    sp: Space,
    best: Vec<u64>,
    next: Vec<u64>,
    pick: Vec<u8>,
    choice: Vec<Vec<u8>>,
    /// Where the filling stands: rows done, then the step `k`, residue `j` and multiple `q`
    /// within the current row.
    rows: usize,
    k: usize,
    j: usize,
    q: usize,
    started: bool,
}

impl GainTable {
    fn new(sp: Space) -> Self {
        let states = sp.states();
        let mut best = vec![UNREACHED; states];
        best[0] = 0;
        GainTable {
            sp,
            best,
            next: vec![UNREACHED; states],
            pick: Vec::new(),
            choice: Vec::new(),
            rows: 0,
            k: 0,
            j: 0,
            q: 0,
            started: false,
        }
    }

    /// The cells [`GainTable::fill`] visits, about.
    fn work(c: &Choices, sp: &Space) -> u64 {
        let states = sp.states() as u64;
        c.gains
            .iter()
            .map(|g| g.iter().take_while(|x| **x <= sp.limit).count() as u64 * states)
            .sum()
    }

    /// Fills up to `left` cells (and counts them off); `true` once every row is done.
    fn fill(&mut self, c: &Choices, left: &mut u64) -> bool {
        let n = c.gains.len();
        let sp = &self.sp;
        let nr = sp.residues.len();
        while self.rows < n {
            let i = n - 1 - self.rows;
            if !self.started {
                self.next.fill(UNREACHED);
                self.pick = vec![0u8; self.best.len()];
                self.started = true;
            }
            while self.k < c.gains[i].len() && c.gains[i][self.k] <= sp.limit {
                let (k, gain) = (self.k, c.gains[i][self.k]);
                let add = pack(c.costs[i][k], k as u64);
                // Every state of residue j moves to residue j' and up by `carry` lattice units.
                while self.j < nr {
                    if *left == 0 {
                        return false;
                    }
                    *left -= 1;
                    let j = self.j;
                    let moved = sp.residues[j] + gain;
                    let target = sp
                        .residues
                        .binary_search(&(moved % sp.lattice))
                        .ok()
                        .and_then(|j2| {
                            let carry = moved / sp.lattice;
                            let top = sp.q_max(j2)?.checked_sub(carry)?;
                            Some((j2, carry as usize, sp.q_max(j)?.min(top) as usize))
                        });
                    if let Some((j2, carry, q_end)) = target {
                        let end = q_end.min(self.q.saturating_add(*left as usize));
                        for q in self.q..=end {
                            let from = q * nr + j;
                            let prev = self.best[from];
                            if prev == UNREACHED {
                                continue;
                            }
                            let to = (q + carry) * nr + j2;
                            let cand = prev.saturating_add(add).min(UNREACHED - 1);
                            // `<=` lets a later (larger) k win ties.
                            if cand <= self.next[to] {
                                self.next[to] = cand;
                                self.pick[to] = k as u8;
                            }
                        }
                        let did = (end + 1 - self.q) as u64;
                        *left = left.saturating_sub(did);
                        if end < q_end {
                            self.q = end + 1;
                            return false;
                        }
                    }
                    self.j += 1;
                    self.q = 0;
                }
                self.k += 1;
                self.j = 0;
            }
            std::mem::swap(&mut self.best, &mut self.next);
            self.choice.push(std::mem::take(&mut self.pick));
            self.rows += 1;
            (self.k, self.started) = (0, false);
        }
        true
    }

    /// The choice the full table holds: least effort, then least overshoot (= smallest gain at
    /// or above the gap), then fewest steps and the lexicographic order of each gain's cell.
    fn answer(&self, c: &Choices, gap: u64) -> Solved {
        let sp = &self.sp;
        let best = &self.best;
        let found = (0..sp.states())
            .filter(|&idx| best[idx] != UNREACHED && sp.gain(idx) >= gap)
            .min_by_key(|&idx| (best[idx] >> STEP_BITS, sp.gain(idx), best[idx]));
        let Some(idx) = found else {
            return Solved::None;
        };
        let effort = best[idx] >> STEP_BITS;
        let mut s = sp.gain(idx);
        let mut ks = Vec::with_capacity(c.gains.len());
        // Rows were filled from the last indicator to the first.
        for (i, pick) in self.choice.iter().rev().enumerate() {
            let Some(at) = sp.index(s) else {
                return Solved::None;
            };
            let k = pick[at];
            ks.push(u32::from(k));
            s -= c.gains[i][usize::from(k)];
        }
        Solved::Plan(effort, ks)
    }
}
