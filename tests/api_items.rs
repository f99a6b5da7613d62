//! `spbe.valueFromItems` (and the npm package's): an indicator's value from its evidence items'
//! statuses, against the official Aceh Tengah values of reference §2.3, the level gating, the
//! whole-level frameworks, and a plain reference over random statuses.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pemdi2026, spbe2018, spbe2020};
use proptest::prelude::*;
use spbe_calculator::api::{self, ApiError, ITEM_STATUSES, Known};
use spbe_calculator::engine::Framework;

fn call(fw: &Framework, levels: &[&[&str]]) -> Result<(u32, u32), ApiError> {
    let ids = vec![fw.id.clone()];
    let fws = [std::rc::Rc::new(fw.clone())];
    let levels: Vec<Vec<String>> = levels
        .iter()
        .map(|l| l.iter().map(|s| s.to_string()).collect())
        .collect();
    api::value_from_items(
        &Known {
            loaded: &fws,
            ids: &ids,
        },
        &fw.id,
        &levels,
    )
    .map(|v| (v.self_assessed, v.verified))
}

const A: &str = "accepted";
const U: &str = "uploaded";
const M: &str = "missing";
const R: &str = "ditolak";

#[test]
fn pemdi_values_from_items_reproduce_the_official_aceh_tengah_values() {
    let fw = pemdi2026();
    let v = |levels: &[&[&str]]| call(&fw, levels).unwrap().1;
    // Reference §2.3: items per level as the assessor's stage-1 table lists them.
    assert_eq!(
        v(&[&[A], &[A, A, M, M]]),
        20_000,
        "I1: L1 1/1, L2 2 of 4 -> 2,00"
    );
    assert_eq!(v(&[&[A, A], &[M]]), 15_000, "I2: L1 2/2, L2 0 -> 1,50");
    assert_eq!(v(&[&[A]]), 15_000, "I11: L1 1/1 -> 1,50");
    assert_eq!(v(&[&[A, M]]), 12_500, "I12: L1 1 of 2 -> 1,25");
    assert_eq!(v(&[&[A, M, M]]), 11_667, "I13: L1 1 of 3 -> 1,1667");
    assert_eq!(
        v(&[&[A, A], &[A, A]]),
        25_000,
        "I17: L1 2/2, L2 2/2 -> 2,50"
    );
    // Self-assessed counts uploaded items too; verified only accepted ones.
    assert_eq!(call(&fw, &[&[A, U], &[U, M]]).unwrap(), (20_000, 12_500));
    // A level's items count only when the level below is complete (here: rejected).
    assert_eq!(call(&fw, &[&[A, R], &[A, A]]).unwrap(), (12_500, 12_500));
    // Indonesian names and any case; nothing at all is the floor.
    assert_eq!(v(&[&["Diterima"], &["diterima", "Belum Ada"]]), 20_000);
    assert_eq!(call(&fw, &[]).unwrap(), (10_000, 10_000));
    // Every level complete is the top.
    assert_eq!(v(&[&[A] as &[&str]; 5]), 50_000);
}

#[test]
fn whole_level_frameworks_count_complete_levels_only() {
    let fw = spbe2020();
    // SPBE 2020's floor (level 1) has items: they gate every level above.
    assert_eq!(call(&fw, &[&[A], &[A, A], &[A, M, A, A]]).unwrap(), (2, 2));
    assert_eq!(call(&fw, &[&[M], &[A, A]]).unwrap(), (1, 1));
    assert_eq!(call(&fw, &[&[A], &[A], &[A], &[A], &[A]]).unwrap(), (5, 5));
    assert_eq!(call(&fw, &[&[A], &[U], &[A]]).unwrap(), (3, 1));
    // SPBE 2018 starts at level 0 ("nothing yet"): level 1 is the first list.
    let old = spbe2018();
    assert_eq!(call(&old, &[&[A], &[A, U]]).unwrap(), (2, 1));
    assert_eq!(call(&old, &[&[M]]).unwrap(), (0, 0));
    // Too many levels, an unknown status: refused, naming them.
    let e = call(&fw, &[&[A] as &[&str]; 6]).unwrap_err();
    assert!(
        e.to_string().contains("has 6 levels; spbe-2020 has 5"),
        "{e}"
    );
    let e = call(&fw, &[&[A], &[A, "approved"]]).unwrap_err();
    assert_eq!(e.code(), "badArgument");
    assert!(
        e.to_string()
            .contains("[1][1] = \"approved\" is not a status"),
        "{e}"
    );
}

/// The rule written out plainly, for Pemdi: walk the levels; a complete level reaches its top;
/// a partial one adds its share of the step (half up to four decimals) and ends the walk.
fn reference(levels: &[Vec<usize>], done: &[usize]) -> u32 {
    let tops = [15_000u64, 25_000, 35_000, 40_000, 50_000];
    let mut value = 10_000u64;
    for (k, items) in levels.iter().enumerate() {
        let total = items.len() as u64;
        let n = items.iter().filter(|s| done.contains(s)).count() as u64;
        if total == 0 {
            break;
        }
        if n == total {
            value = tops[k];
            continue;
        }
        value = (2 * (value * total + n * (tops[k] - value)) + total) / (2 * total);
        break;
    }
    value as u32
}

proptest! {
    #[test]
    fn pemdi_items_value_equals_a_plain_reference(
        levels in prop::collection::vec(prop::collection::vec(0usize..5, 0..6), 0..=5)
    ) {
        let fw = pemdi2026();
        let names: Vec<Vec<&str>> = levels
            .iter()
            .map(|l| l.iter().map(|s| ITEM_STATUSES[*s].1).collect())
            .collect();
        let refs: Vec<&[&str]> = names.iter().map(|l| l.as_slice()).collect();
        let (self_assessed, verified) = call(&fw, &refs).unwrap();
        // Statuses by position in ITEM_STATUSES: 2 uploaded, 3 accepted.
        prop_assert_eq!(self_assessed, reference(&levels, &[2, 3]));
        prop_assert_eq!(verified, reference(&levels, &[3]));
    }
}
