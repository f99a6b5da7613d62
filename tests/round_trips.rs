//! Round trips as properties: for any valid work of any framework, JSON and CSV written and
//! read back give the identical work (XLSX: the XLSX crate's tests, with the same work).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::random_work::random_work;
use common::{pemdi2026, spbe2018, spbe2020};
use proptest::prelude::*;
use spbe_calculator::csv_file;
use spbe_calculator::document::{Document, check_work};
use spbe_calculator::engine::Framework;

fn frameworks() -> [Framework; 3] {
    [spbe2020(), pemdi2026(), spbe2018()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_work_survives_json_and_csv(bytes in prop::collection::vec(any::<u8>(), 0..3000), pick in 0usize..3) {
        let fw = frameworks()[pick].clone();
        let w = random_work(&fw, &bytes);
        // Valid by construction.
        let w = check_work(&fw, w).expect("random work is valid");
        let fw = fw.with_choice(&w.choice).unwrap();
        let json = serde_json::to_string_pretty(&Document::from_work(&w, &fw, None)).unwrap();
        let doc: Document = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(doc.into_work(&fw).unwrap(), w.clone());
        let csv = csv_file::write(&w, &fw);
        prop_assert_eq!(csv_file::read(&csv, &fw).unwrap(), w);
    }
}
