//! The packed framework files the app fetches (engine::packed): every bundled framework reads
//! back exactly as its JSON file reads; damaged or hostile bytes are refused with a message,
//! never a panic; groups nested too deep are refused before they are followed, and every
//! nesting a JSON framework file can hold reads back (the npm package packs a user's JSON
//! before it is validated).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;

use common::{model_json, raw_from_json};
use spbe_calculator::engine::limits::{MAX_NESTING, json_nesting};
use spbe_calculator::engine::packed::{MAX_DEPTH, pack, unpack};
use spbe_calculator::engine::{Framework, ModelError};
use spbe_calculator::models::{CATALOG_JSON, Entry, packed_file};

fn bundled() -> Vec<(String, Vec<u8>, spbe_calculator::engine::model::RawModel)> {
    let catalog: Vec<Entry> = serde_json::from_str(CATALOG_JSON).unwrap();
    catalog
        .iter()
        .map(|e| {
            let raw = raw_from_json(&model_json(&e.id)).unwrap();
            (e.id.clone(), pack(&raw), raw)
        })
        .collect()
}

#[test]
fn every_bundled_framework_reads_back_exactly() {
    for (id, bytes, raw) in bundled() {
        let back = unpack(&bytes).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(back, raw, "{id}");
        // The same framework, validated, whichever way it was read.
        assert_eq!(
            Framework::from_raw(back).unwrap(),
            Framework::from_raw(raw).unwrap(),
            "{id}"
        );
        // Smaller than the JSON file it comes from.
        assert!(bytes.len() < model_json(&id).len(), "{id}");
    }
    assert_eq!(packed_file("pemdi-2026.json"), "pemdi-2026.bin");
}

#[test]
fn damaged_files_are_refused_with_a_message() {
    let (_, bytes, _) = bundled().remove(0);
    let syntax = |b: &[u8]| match unpack(b) {
        Err(ModelError::Syntax(m)) => m,
        other => panic!("expected a syntax error, got {other:?}"),
    };
    assert!(syntax(b"").contains("not a packed framework"));
    assert!(syntax(b"{\"format\":2}").contains("not a packed framework"));
    // Another version.
    let mut v = bytes.clone();
    v[6] = 9;
    assert!(syntax(&v).contains("not a packed framework"));
    // Cut anywhere: damaged at a byte, never a panic.
    for cut in (7..bytes.len()).step_by(97) {
        assert!(
            syntax(&bytes[..cut]).contains("damaged at byte"),
            "cut at {cut}"
        );
    }
    // Something after the end.
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(syntax(&longer).contains("1 bytes too many"));
}

#[test]
fn groups_nested_too_deep_are_refused_before_they_are_followed() {
    let bytes = pack(&nested(MAX_DEPTH + 2));
    assert!(matches!(unpack(&bytes), Err(ModelError::Syntax(m)) if m.contains("damaged at byte")));
}

/// A framework whose first group is wrapped in `levels` more groups.
fn nested(levels: usize) -> spbe_calculator::engine::model::RawModel {
    let (_, _, mut raw) = bundled().remove(0);
    let mut group = raw.groups[0].clone();
    for _ in 0..levels {
        let mut outer = raw.groups[0].clone();
        outer.indicators.clear();
        outer.groups = vec![group];
        group = outer;
    }
    raw.groups = vec![group];
    raw
}

#[test]
fn every_nesting_the_json_reader_accepts_reads_back_and_is_judged_by_the_validation() {
    // The deepest nesting of groups whose JSON is within the reader's limit.
    let deepest = (0..)
        .take_while(|&l| {
            json_nesting(&serde_json::to_string(&nested(l)).unwrap(), MAX_NESTING).is_ok()
        })
        .last()
        .unwrap();
    assert!(deepest >= 10, "{deepest}");
    for levels in [1, deepest] {
        let raw = nested(levels);
        let back = unpack(&pack(&raw)).unwrap_or_else(|e| panic!("{levels}: {e}"));
        assert_eq!(back, raw, "{levels}");
        // Refused by the validation, with the same message as the JSON read directly.
        let direct = Framework::from_raw(raw).unwrap_err();
        assert_eq!(Framework::from_raw(back).unwrap_err(), direct, "{levels}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any bytes at all, and any change to a real file: a framework or a message, no panic.
    #[test]
    fn arbitrary_and_mutated_bytes_never_panic(
        junk in proptest::collection::vec(any::<u8>(), 0..512),
        at in any::<prop::sample::Index>(),
        flip in any::<u8>(),
    ) {
        let _ = unpack(&junk);
        let mut with_header = b"SPBEPK\x01".to_vec();
        with_header.extend_from_slice(&junk);
        let _ = unpack(&with_header);
        let (_, mut bytes, _) = bundled().remove(0);
        let i = at.index(bytes.len());
        bytes[i] ^= flip.max(1);
        let _ = unpack(&bytes);
    }
}
