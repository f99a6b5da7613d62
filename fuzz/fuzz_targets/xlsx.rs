//! Fuzz target: a workbook as a user could pick it (the reader of the XLSX module: the
//! spbe-workbook crate). Whatever reads writes back to a workbook that reads to the identical
//! work.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use spbe_workbook::{read, write as workbook};

use spbe_calculator::engine::Lang;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::on_wasm_stack(|| workbook_check(data)));

fn workbook_check(data: &[u8]) {
    let _ = read::model_of(data);
    for fw in checks::frameworks() {
        let Ok(work) = read::read(data, fw) else {
            continue;
        };
        let fw = fw
            .with_choice(&work.choice)
            .expect("a checked choice applies");
        let again = workbook::write(&work, &fw, Lang::En, "2026-11-28").expect("writes");
        assert_eq!(
            read::read(&again, &fw).expect("a workbook we write reads"),
            work
        );
    }
}
