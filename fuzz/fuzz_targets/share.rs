//! Fuzz target: see `checks::share`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::on_wasm_stack(|| checks::share(data)));
