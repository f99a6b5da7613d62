//! Sorting with one copy of the code. The standard library's sorts are generic: every element
//! type and every comparison closure gets its own copy of the sorting machinery (about 3 to 7 KB
//! of wasm each), and the app and the npm package had some twenty of them, spread over the
//! chunks a first visit fetches. Here the sorting itself is one function over indices with the
//! comparison behind a `dyn` call ([`order`]); what stays generic per element type is a loop of
//! swaps. The lists sorted are short (indicators, plan steps, published rows, residues of a
//! planning lattice), so a merge sort with an indirect comparison is fast enough everywhere.
//!
//! Every sort here is stable: equal elements keep their order (as `slice::sort_by`).

use std::cmp::Ordering;

/// The stable order of the items `0..n` under `cmp` (a bottom-up merge sort on indices).
pub fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r, mut k) = (start, mid, start);
            while l < mid && r < end {
                // The right element goes first only when it is strictly less: stability.
                if cmp(from[r], from[l]) == Ordering::Less {
                    to[k] = from[r];
                    r += 1;
                } else {
                    to[k] = from[l];
                    l += 1;
                }
                k += 1;
            }
            to[k..k + (mid - l)].copy_from_slice(&from[l..mid]);
            k += mid - l;
            to[k..k + (end - r)].copy_from_slice(&from[r..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// The swaps that put the element now at `order[k]` at position `k`, in turn for each `k`:
/// swap position `k` with the returned `swaps[k]` (never less than `k`).
fn swaps(order: &[usize]) -> Vec<usize> {
    let n = order.len();
    // pos[x]: where the element first at x is now; at[p]: which element is now at p.
    let mut pos: Vec<usize> = (0..n).collect();
    let mut at: Vec<usize> = (0..n).collect();
    let mut out = Vec::with_capacity(n);
    for (k, &x) in order.iter().enumerate() {
        let p = pos[x];
        let y = at[k];
        at[k] = x;
        at[p] = y;
        pos[x] = k;
        pos[y] = p;
        out.push(p);
    }
    out
}

/// Sort `v` stably by `cmp` (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = order(v.len(), &mut |i, j| cmp(&v[i], &v[j]));
    for (k, p) in swaps(&order).into_iter().enumerate() {
        v.swap(k, p);
    }
}

/// Sort `v` stably by a key (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` in its natural order (as `slice::sort`; stable, so also for `sort_unstable`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// A map of `pairs` built by inserting them one by one (a later key replaces an earlier one, as
/// `collect` does): `collect` into a `BTreeMap` sorts the pairs first, with the standard
/// library's generic sort.
pub fn map_of<K: Ord, V>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> std::collections::BTreeMap<K, V> {
    let mut map = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency needed for a sort's test).
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut s = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..n)
            .map(|_| {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (s >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_library_stably() {
        for n in [0, 1, 2, 3, 7, 8, 9, 31, 64, 100, 257, 1000] {
            for (seed, range) in [(1, 3), (2, 10), (3, 1000), (4, 1)] {
                // (key, original position): stability shows in the positions of equal keys.
                let mut ours: Vec<(u64, usize)> = numbers(seed, n, range)
                    .into_iter()
                    .enumerate()
                    .map(|(i, k)| (k, i))
                    .collect();
                let mut std = ours.clone();
                std.sort_by_key(|p| p.0);
                sort_by_key(&mut ours, |p| p.0);
                assert_eq!(ours, std, "n {n}, seed {seed}, range {range}");
            }
        }
    }

    #[test]
    fn a_map_by_insertion_is_the_collected_map() {
        let pairs = [(3, "c"), (1, "a"), (3, "later"), (2, "b"), (0, "")];
        let collected: std::collections::BTreeMap<_, _> = pairs.into_iter().collect();
        assert_eq!(super::map_of(pairs), collected);
        assert_eq!(super::map_of(pairs)[&3], "later");
        assert!(super::map_of(Vec::<(u8, u8)>::new()).is_empty());
    }

    #[test]
    fn sorts_owned_values_by_any_comparison() {
        let mut words: Vec<String> = ["pemdi", "spbe", "aplikasi", "", "spbe", "arsitektur"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut words);
        assert_eq!(
            words,
            ["", "aplikasi", "arsitektur", "pemdi", "spbe", "spbe"]
        );
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(
            words,
            ["arsitektur", "aplikasi", "pemdi", "spbe", "spbe", ""]
        );
    }

    #[test]
    fn already_sorted_and_reversed() {
        let mut up: Vec<u32> = (0..500).collect();
        sort(&mut up);
        assert!(up.windows(2).all(|w| w[0] < w[1]));
        let mut down: Vec<u32> = (0..500).rev().collect();
        sort(&mut down);
        assert_eq!(down, up);
    }
}
