//! The one scoring algorithm against a plain reference on random frameworks: trees of depth 2
//! (aspects → indicators) and 3 (domains → aspects → indicators), scales with 0 to 4 decimals
//! from 0 or 1. The reference follows the official three steps (aspect from its indicators,
//! domain from its aspects' values, index from the top groups' values) in its own fraction
//! arithmetic and rounds by looking at decimal digits.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::frac::Frac;
use common::raw_from_json;
use proptest::prelude::*;
use spbe_calculator::engine::Framework;

/// A random framework: `shape[d][a]` = the weights of aspect `a` of domain `d`.
#[derive(Clone, Debug)]
struct Tree {
    domains: bool,
    shape: Vec<Vec<Vec<u32>>>,
    min: u32,
    decimals: u8,
}

fn json(t: &Tree) -> String {
    let levels = (6 - t.min) as usize;
    let texts = vec![r#"{"id":"x","en":"y"}"#; levels].join(",");
    let mut no = 0;
    let group = |id: String, weight: u32, inner: String| {
        format!(r#"{{"id":"{id}","name":{{"id":"g","en":"g"}},"weight":{weight},{inner}}}"#)
    };
    let mut domains = Vec::new();
    for (d, aspects) in t.shape.iter().enumerate() {
        let mut list = Vec::new();
        for (a, weights) in aspects.iter().enumerate() {
            let inds: Vec<String> = weights
                .iter()
                .map(|w| {
                    no += 1;
                    format!(
                        r#"{{"id":"I{no}","no":{no},"name":{{"id":"i","en":"i"}},"weight":{w},"ladder":"l","criteria":[{texts}]}}"#
                    )
                })
                .collect();
            list.push(group(
                format!("A{d}x{a}"),
                weights.iter().sum(),
                format!(r#""indicators":[{}]"#, inds.join(",")),
            ));
        }
        let total: u32 = aspects.iter().flatten().sum();
        if t.domains {
            domains.push(group(
                format!("D{d}"),
                total,
                format!(r#""groups":[{}]"#, list.join(",")),
            ));
        } else {
            domains.extend(list);
        }
    }
    let hierarchy = if t.domains {
        r#"[{"id":"Domain","en":"Domain"},{"id":"Aspek","en":"Aspect"}]"#
    } else {
        r#"[{"id":"Aspek","en":"Aspect"}]"#
    };
    format!(
        r##"{{"format":2,"id":"r","name":{{"id":"r","en":"r"}},"indexName":{{"id":"r","en":"r"}},"version":"1",
        "legalBasis":"-","years":{{"from":2026}},"status":"reconstructed","note":{{"id":"-","en":"-"}},
        "scale":{{"min":{min},"max":5,"decimals":{dec}}},
        "ladders":[{{"id":"l","name":{{"id":"l","en":"l"}},"levels":[{texts}]}}],
        "bands":[{{"id":"a","from":{min},"name":{{"id":"A","en":"A"}},"color":"#000000"}}],
        "hierarchy":{hierarchy},"groups":[{}]}}"##,
        domains.join(","),
        min = t.min,
        dec = t.decimals,
    )
}

fn tree() -> impl Strategy<Value = Tree> {
    (
        any::<bool>(),
        prop::collection::vec(
            prop::collection::vec(prop::collection::vec(1u32..=300, 1..5), 1..4),
            1..4,
        ),
        0u32..=1,
        0u8..=4,
    )
        .prop_map(|(domains, shape, min, decimals)| Tree {
            domains,
            shape,
            min,
            decimals,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn the_generic_scorer_matches_the_three_step_formula(
        (t, fractions) in tree().prop_flat_map(|t| {
            let n: usize = t.shape.iter().flatten().map(Vec::len).sum();
            (Just(t), prop::collection::vec(0u32..=100_000, n))
        })
    ) {
        let fw = Framework::from_raw(raw_from_json(&json(&t)).unwrap()).unwrap();
        let unit = u128::from(fw.scale.unit());
        let (lo, hi) = (fw.scale.min_value(), fw.scale.max_value());
        let values: Vec<u32> = fractions
            .iter()
            .map(|f| lo + ((u64::from(hi - lo) * u64::from(*f)) / 100_000) as u32)
            .collect();
        let s = fw.score(&values).unwrap();
        // Step 1: aspects from indicators; step 2: domains from aspect values; step 3: the
        // index from the top groups' values.
        let mut k = 0;
        let mut aspect_values = Vec::new();
        let mut domain_values = Vec::new();
        let mut top = Frac(0, 1);
        let total: u128 = t.shape.iter().flatten().flatten().map(|w| u128::from(*w)).sum();
        for aspects in &t.shape {
            let mut domain = Frac(0, 1);
            let dw: u128 = aspects.iter().flatten().map(|w| u128::from(*w)).sum();
            for weights in aspects {
                let aw: u128 = weights.iter().map(|w| u128::from(*w)).sum();
                let mut sum = Frac(0, 1);
                for w in weights {
                    sum = sum.add(Frac(u128::from(*w) * u128::from(values[k]), unit));
                    k += 1;
                }
                let aspect = sum.scale(1, aw);
                aspect_values.push(aspect);
                domain = domain.add(aspect.scale(aw, 1));
                if !t.domains {
                    top = top.add(aspect.scale(aw, 1));
                }
            }
            let domain = domain.scale(1, dw);
            if t.domains {
                domain_values.push(domain);
                top = top.add(domain.scale(dw, 1));
            }
        }
        let index = top.scale(1, total);
        prop_assert!(index.same(&s.index));
        prop_assert_eq!(s.index.cents(), index.cents_by_digits());
        prop_assert_eq!(s.aspects.len(), aspect_values.len());
        for (a, e) in aspect_values.iter().zip(&s.aspects) {
            prop_assert!(a.same(e));
            prop_assert_eq!(e.cents(), a.cents_by_digits());
        }
        prop_assert_eq!(s.domains.len(), domain_values.len());
        for (d, e) in domain_values.iter().zip(&s.domains) {
            prop_assert!(d.same(e));
            prop_assert_eq!(e.cents(), d.cents_by_digits());
        }
        // Values outside the scale or of the wrong count are refused, never scored.
        let mut bad = values.clone();
        bad[0] = hi + 1;
        prop_assert!(fw.score(&bad).is_err());
        prop_assert!(fw.score(&values[1..]).is_err());
    }
}
