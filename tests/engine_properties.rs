//! Property tests of the engine against a plain, separately written reference: the official
//! three-step formula (aspect, then domain from aspects, then index from domains) in its own
//! fraction arithmetic, rounding by decimal digits and the predicate table written out.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::frac::Frac;
use common::spbe2020;
use proptest::prelude::*;
use spbe_calculator::engine::{Basis, Exact};

/// The predicate table of PermenPANRB 59/2020, Tabel 13.
fn reference_predicate(v: Frac) -> &'static str {
    if v.at_least(42, 10) {
        "Memuaskan"
    } else if v.at_least(35, 10) {
        "Sangat Baik"
    } else if v.at_least(26, 10) {
        "Baik"
    } else if v.at_least(18, 10) {
        "Cukup"
    } else {
        "Kurang"
    }
}

/// Indicator weights (%·100) and aspect membership, written out from the regulation.
const ASPECTS: [(usize, usize, u128); 8] = [
    (0, 10, 130),
    (10, 14, 250),
    (14, 18, 250),
    (18, 20, 250),
    (20, 28, 150),
    (28, 31, 150),
    (31, 41, 275),
    (41, 47, 300),
];
const DOMAINS: [&[usize]; 4] = [&[0], &[1, 2, 3], &[4, 5], &[6, 7]];

fn reference(levels: &[u32]) -> (Vec<Frac>, Vec<Frac>, Frac) {
    let aspects: Vec<Frac> = ASPECTS
        .iter()
        .map(|&(a, b, w)| {
            let sum: u128 = levels[a..b].iter().map(|&l| u128::from(l) * w).sum();
            Frac(sum, w * (b - a) as u128)
        })
        .collect();
    let aspect_w = |i: usize| ASPECTS[i].2 * (ASPECTS[i].1 - ASPECTS[i].0) as u128;
    let domains: Vec<Frac> = DOMAINS
        .iter()
        .map(|ids| {
            let w: u128 = ids.iter().map(|&i| aspect_w(i)).sum();
            ids.iter()
                .fold(Frac(0, 1), |acc, &i| {
                    acc.add(aspects[i].mul_int(aspect_w(i)))
                })
                .div_int(w)
        })
        .collect();
    let dw: Vec<u128> = DOMAINS
        .iter()
        .map(|ids| ids.iter().map(|&i| aspect_w(i)).sum())
        .collect();
    let index = domains
        .iter()
        .zip(&dw)
        .fold(Frac(0, 1), |acc, (d, w)| acc.add(d.mul_int(*w)))
        .div_int(10_000);
    (aspects, domains, index)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn engine_matches_the_reference(levels in prop::collection::vec(1u32..=5, 47)) {
        let fw = spbe2020();
        let s = fw.score(&levels).unwrap();
        let (aspects, domains, index) = reference(&levels);
        prop_assert!(index.same(&s.index));
        prop_assert_eq!(s.index.cents(), index.cents_by_digits());
        for (a, e) in aspects.iter().zip(&s.aspects) {
            prop_assert!(a.same(e));
            prop_assert_eq!(e.cents(), a.cents_by_digits());
        }
        for (d, e) in domains.iter().zip(&s.domains) {
            prop_assert!(d.same(e));
            prop_assert_eq!(e.cents(), d.cents_by_digits());
        }
        let exact_band = &fw.bands[fw.band_of(&s.index, Basis::Exact)].name.id;
        prop_assert_eq!(exact_band.as_str(), reference_predicate(index));
        let rounded = Frac(u128::from(index.cents_by_digits()), 100);
        let rounded_band = &fw.bands[fw.band_of(&s.index, Basis::Rounded)].name.id;
        prop_assert_eq!(rounded_band.as_str(), reference_predicate(rounded));
    }

    #[test]
    fn raising_a_level_never_lowers_anything(levels in prop::collection::vec(1u32..=4, 47), i in 0usize..47) {
        let fw = spbe2020();
        let before = fw.score(&levels).unwrap();
        let mut up = levels.clone();
        up[i] += 1;
        let after = fw.score(&up).unwrap();
        prop_assert!(after.index > before.index);
        let a = fw.indicators[i].aspect;
        prop_assert!(after.aspects[a] > before.aspects[a]);
        for (j, (x, y)) in before.aspects.iter().zip(&after.aspects).enumerate() {
            if j != a { prop_assert_eq!(x, y); }
        }
        // The index gain is exactly the indicator's weight / 10 000.
        let gain = after.index.checked_sub(&before.index).unwrap();
        prop_assert_eq!(gain, Exact::new(u64::from(fw.indicators[i].weight), 10_000));
    }

    #[test]
    fn next_band_gap_is_exact(levels in prop::collection::vec(1u32..=5, 47), rounded in any::<bool>()) {
        let fw = spbe2020();
        let basis = if rounded { Basis::Rounded } else { Basis::Exact };
        let s = fw.score(&levels).unwrap();
        let band = fw.band_of(&s.index, basis);
        match fw.next_band(&s.index, basis) {
            None => prop_assert_eq!(band, fw.bands.len() - 1),
            Some(n) => {
                prop_assert_eq!(n.band, band + 1);
                // deciding value + gap is exactly the next band's edge
                let edge = Exact::from_cents(u64::from(fw.bands[n.band].from));
                prop_assert_eq!(edge.checked_sub(&n.gap).unwrap(), fw.deciding_value(&s.index, basis));
            }
        }
    }

    #[test]
    fn wrong_levels_are_refused_not_scored(levels in prop::collection::vec(0u32..=7, 0..60)) {
        let fw = spbe2020();
        let valid = levels.len() == 47 && levels.iter().all(|v| (1..=5).contains(v));
        prop_assert_eq!(fw.score(&levels).is_ok(), valid);
    }
}
