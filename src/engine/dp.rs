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
                residues.sort_unstable();
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

/// The least-effort choice of steps that gains at least `gap` (see the module's tie rules).
pub fn solve(c: &Choices, gap: u64) -> Solved {
    let n = c.gains.len();
    let reachable: u64 = c.gains.iter().filter_map(|g| g.last()).sum();
    if gap > reachable {
        return Solved::None;
    }
    let largest = c
        .gains
        .iter()
        .flat_map(|g| g.windows(2).map(|w| w[1] - w[0]))
        .max()
        .unwrap_or(1);
    let limit = (gap + largest - 1).min(reachable);
    let sp = space(c, limit);
    let states = sp.states();
    let cells = (states as u64).saturating_mul(n.max(1) as u64);
    // A large gain table (values between stops with four decimals): the effort table finds
    // the same choice in milliseconds; the gain table stays the fallback.
    if cells > GAIN_FIRST {
        if let Some(solved) = super::dp_effort::solve(c, gap) {
            return solved;
        }
    }
    if cells > MAX_CELLS {
        return Solved::TooLarge;
    }
    by_gain(c, gap, &sp)
}

/// The gain table's answer (see the module's text), over the space `sp`.
pub(crate) fn by_gain(c: &Choices, gap: u64, sp: &Space) -> Solved {
    let n = c.gains.len();
    let limit = sp.limit;
    let states = sp.states();
    let mut best = vec![UNREACHED; states];
    best[0] = 0;
    let mut next = vec![UNREACHED; states];
    let mut choice: Vec<Vec<u8>> = Vec::with_capacity(n);
    // Backwards over indicators, so that at indicator i ties prefer the larger k_i: the plan
    // is then the lexicographically greatest step vector among equals.
    for i in (0..n).rev() {
        next.fill(UNREACHED);
        let mut pick = vec![0u8; states];
        let nr = sp.residues.len();
        for (k, (&gain, &cost)) in c.gains[i].iter().zip(&c.costs[i]).enumerate() {
            if gain > limit {
                break;
            }
            let add = pack(cost, k as u64);
            // Every state of residue j moves to residue j' and up by `carry` lattice units.
            for j in 0..nr {
                let moved = sp.residues[j] + gain;
                let Ok(j2) = sp.residues.binary_search(&(moved % sp.lattice)) else {
                    continue;
                };
                let carry = moved / sp.lattice;
                let (Some(q_from), Some(q_to)) = (sp.q_max(j), sp.q_max(j2)) else {
                    continue;
                };
                let Some(q_top) = q_to.checked_sub(carry) else {
                    continue;
                };
                for q in 0..=q_from.min(q_top) as usize {
                    let from = q * nr + j;
                    let prev = best[from];
                    if prev == UNREACHED {
                        continue;
                    }
                    let to = (q + carry as usize) * nr + j2;
                    let cand = prev.saturating_add(add).min(UNREACHED - 1);
                    // `<=` lets a later (larger) k win ties.
                    if cand <= next[to] {
                        next[to] = cand;
                        pick[to] = k as u8;
                    }
                }
            }
        }
        std::mem::swap(&mut best, &mut next);
        choice.push(pick);
    }
    choice.reverse();
    // Least effort, then least overshoot (= smallest gain at or above the gap), then fewest
    // steps and the lexicographic order the table already holds for each gain.
    let found = (0..states)
        .filter(|&idx| best[idx] != UNREACHED && sp.gain(idx) >= gap)
        .min_by_key(|&idx| (best[idx] >> STEP_BITS, sp.gain(idx), best[idx]));
    let Some(idx) = found else {
        return Solved::None;
    };
    let effort = best[idx] >> STEP_BITS;
    let mut s = sp.gain(idx);
    let mut ks = Vec::with_capacity(n);
    for (i, pick) in choice.iter().enumerate() {
        let Some(at) = sp.index(s) else {
            return Solved::None;
        };
        let k = pick[at];
        ks.push(u32::from(k));
        s -= c.gains[i][usize::from(k)];
    }
    Solved::Plan(effort, ks)
}
