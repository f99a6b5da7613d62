//! Fuzz target: see `checks::document`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::on_wasm_stack(|| checks::document(data)));
