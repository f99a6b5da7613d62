//! `make bench`: how long `spbe score` takes for 1,000 work files (a third each JSON, CSV and
//! XLSX, the three bundled frameworks, random values), beside a plain reference measured in
//! the same run: reading the same files' bytes and doing nothing with them. Prints the
//! numbers; asserts nothing about time.
//!
//! `cargo build --release -p spbe-cli && cargo run --release -p spbe-cli --example bench_cli`
//! (the binary is looked for beside the example's directory: target/release/spbe).

use std::path::PathBuf;
use std::process::Command;
use std::rc::Rc;
use std::time::Instant;

use spbe_calculator::csv_file;
use spbe_calculator::document::Document;
use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::state::{Action, State};

const FILES: usize = 1_000;
const RUNS: usize = 3;

fn model(id: &str) -> Rc<Framework> {
    let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
    let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Rc::new(Framework::from_raw(raw).unwrap())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let exe = std::env::current_exe().unwrap();
    let spbe = exe.parent().and_then(|d| d.parent()).unwrap().join("spbe");
    assert!(
        spbe.exists(),
        "build the tool first: cargo build --release -p spbe-cli"
    );
    let dir = std::env::temp_dir().join(format!("spbe-bench-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let frameworks = [model("pemdi-2026"), model("spbe-2020"), model("spbe-2018")];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut files: Vec<PathBuf> = Vec::new();
    for n in 0..FILES {
        let fw = &frameworks[n % 3];
        let mut s = State::new(fw.clone(), Lang::Id);
        for i in 0..fw.indicators.len() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let steps = u64::from(fw.scale.max - fw.scale.min) * u64::from(fw.scale.unit());
            let value = fw.scale.min * fw.scale.unit() + (seed % (steps + 1)) as u32;
            if let Some(next) = s.apply(Action::SetLevel {
                indicator: i,
                value,
            }) {
                s = next;
            }
        }
        let mut w = s.work();
        w.institution = format!("Instansi {n}");
        let path = dir.join(format!("{n:04}.{}", ["json", "csv", "xlsx"][(n / 3) % 3]));
        let bytes = match (n / 3) % 3 {
            0 => serde_json::to_vec(&Document::from_work(&w, fw, None)).unwrap(),
            1 => csv_file::write(&w, fw).into_bytes(),
            _ => spbe_workbook::write::write(&w, fw, Lang::Id, "2026-12-03").unwrap(),
        };
        std::fs::write(&path, bytes).unwrap();
        files.push(path);
    }
    let bytes: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();
    let mut tool = Vec::new();
    let mut plain = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let out = Command::new(&spbe)
            .arg("score")
            .arg("--format")
            .arg("csv")
            .args(&files)
            .output()
            .unwrap();
        tool.push(t.elapsed().as_secs_f64());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let rows = out
            .stdout
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .count();
        assert_eq!(rows, FILES + 1, "a header and one row per file");
        let t = Instant::now();
        let read: usize = files.iter().map(|f| std::fs::read(f).unwrap().len()).sum();
        plain.push(t.elapsed().as_secs_f64());
        assert_eq!(read as u64, bytes);
    }
    println!(
        "spbe score: {FILES} work files (JSON, CSV, XLSX; 3 frameworks; {:.1} MB) in {:.2} s \
         (median of {RUNS}; budget 2 s); reading the same files alone: {:.3} s",
        bytes as f64 / 1e6,
        median(tool),
        median(plain)
    );
    if std::env::var_os("SPBE_BENCH_KEEP").is_some() {
        println!("files kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
