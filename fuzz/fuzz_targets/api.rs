//! Fuzz target: see `checks::api`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::on_wasm_stack(|| checks::api(data)));
