//! The fuzz corpora (fuzz/corpus/<target>: the seeds, the inputs libFuzzer kept for their
//! coverage, minimised, and any crash reproducers) replayed through the same checks as the
//! fuzz targets, natively, in every `cargo test`. The workbook corpus is replayed by the XLSX
//! crate's tests.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/checks.rs"]
mod checks;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = format!("{}/fuzz/corpus/{target}", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        // On the wasm build's stack, as the fuzz targets run.
        let result = std::panic::catch_unwind(|| checks::on_wasm_stack(|| check(&bytes)));
        assert!(result.is_ok(), "{} fails its check", path.display());
        n += 1;
    }
    n
}

#[test]
fn every_corpus_input_passes_its_check() {
    for (target, check) in [
        ("fragment", checks::fragment as fn(&[u8])),
        ("document", checks::document),
        ("csv", checks::csv),
        ("model", checks::model),
        ("api", checks::api),
        ("embed", checks::embed),
        ("share", checks::share),
    ] {
        let n = replay(target, check);
        assert!(n >= 3, "{target}: only {n} inputs");
    }
}
