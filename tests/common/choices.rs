//! Random planner inputs shared by the solver tests.

/// Per indicator, the cumulative gains and costs (both starting at 0) of steps given as
/// `(gain, cost)` increments.
pub fn cumulative(rows: Vec<Vec<(u64, u64)>>) -> (Vec<Vec<u64>>, Vec<Vec<u64>>) {
    let mut gains = Vec::new();
    let mut costs = Vec::new();
    for steps in rows {
        let (mut g, mut c) = (vec![0u64], vec![0u64]);
        for (dg, dc) in steps {
            g.push(g.last().unwrap() + dg);
            c.push(c.last().unwrap() + dc);
        }
        gains.push(g);
        costs.push(c);
    }
    (gains, costs)
}

/// A fixed pseudo-random sequence (xorshift): the same numbers in every run.
pub fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
