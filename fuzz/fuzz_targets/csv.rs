//! Fuzz target: see `checks::csv`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::on_wasm_stack(|| checks::csv(data)));
