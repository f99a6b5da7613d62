//! Prints how long the planner takes natively for SPBE 2020 and Pemdi 2026 at several targets,
//! next to a plain level change (reducer + rescore), so the ratio can be tracked: `make bench`.
//! A measurement script, not a test: it prints numbers and never fails on them.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

use std::hint::black_box;
use std::rc::Rc;
use std::time::Instant;

use spbe_calculator::engine::Lang;
use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::plan::{PlanError, PlanRequest, Target, marginal_gains, plan};
use spbe_calculator::engine::{Basis, Framework};
use spbe_calculator::state::{Action, State};

fn time<F: FnMut()>(runs: u32, mut f: F) -> f64 {
    f();
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let load = |id: &str| {
        let path = format!("{}/assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("bundled model file");
        let raw: RawModel = serde_json::from_str(&text).expect("bundled model parses");
        Rc::new(Framework::from_raw(raw).expect("bundled model is valid"))
    };
    let fw = load("spbe-2020");
    let state = State::new(fw.clone(), Lang::Id);
    let floor = fw.floor_levels();
    let kemenko = fw.presets[1].levels.clone();
    let change = time(2000, || {
        black_box(state.apply(Action::SetLevel {
            indicator: 20,
            value: 3,
        }));
    });
    println!("native, SPBE 2020 (mean of many runs, microseconds):");
    println!("  level change (reducer + rescore)      {change:>10.1} µs");
    for (label, levels, target) in [
        ("floor -> Cukup", &floor, Target::Band(1)),
        ("floor -> Baik", &floor, Target::Band(2)),
        ("floor -> 4,00", &floor, Target::Index(400)),
        ("floor -> Memuaskan", &floor, Target::Band(4)),
        ("Kemenko 2021 -> Sangat Baik", &kemenko, Target::Band(3)),
    ] {
        let req = PlanRequest::new(&fw, target, Basis::Exact);
        let t = time(50, || {
            black_box(plan(&fw, levels, &req).ok());
        });
        println!(
            "  plan {label:<32}{t:>10.1} µs  ({:.0}x a level change)",
            t / change
        );
    }
    let req = PlanRequest::new(&fw, Target::Band(3), Basis::Exact);
    let t = time(500, || {
        black_box(marginal_gains(&fw, &kemenko, &req));
    });
    println!("  marginal-gain ranking                 {t:>10.1} µs");

    // Pemdi: fractional values (Aceh Tengah 2026 has 1,26 / 1,1667 …) put first steps off the
    // lattice of whole band steps; the residue classes keep the table small.
    let pemdi = load("pemdi-2026");
    let aceh = pemdi.presets[1].levels.clone();
    let pfloor = pemdi.floor_levels();
    // A value on every indicator that the evidence helper can give (thirds: 1,8333), the
    // worst case for the residue classes.
    let thirds: Vec<u32> = (0..20)
        .map(|i| if i % 2 == 0 { 18_333 } else { 11_667 })
        .collect();
    println!("native, Pemdi 2026:");
    for (label, levels, target) in [
        ("floor -> Cukup", &pfloor, Target::Band(1)),
        ("floor -> Memuaskan", &pfloor, Target::Band(4)),
        ("Aceh Tengah 2026 -> Cukup", &aceh, Target::Band(1)),
        ("Aceh Tengah 2026 -> Baik", &aceh, Target::Band(2)),
        ("Aceh Tengah 2026 -> Memuaskan", &aceh, Target::Band(4)),
        ("thirds everywhere -> Memuaskan", &thirds, Target::Band(4)),
    ] {
        let req = PlanRequest::new(&pemdi, target, Basis::Exact);
        let t = time(20, || {
            black_box(plan(&pemdi, levels, &req).ok());
        });
        println!("  plan {label:<32}{t:>10.1} µs");
    }

    // The planner's worst case: random four-decimal Pemdi vectors (values 1–5, as 7/6 is kept
    // as 1,1667) against every predicate, with equal efforts and efforts of 1–100 per step;
    // each plan timed once. Worst, 99th percentile and
    // median printed; "too large" refusals counted (there should be none).
    let mut seed = 0x5eed_u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut times, mut refused) = (Vec::new(), 0);
    for _ in 0..1000 {
        let levels: Vec<u32> = (0..pemdi.indicators.len())
            .map(|_| 10_000 + (next() % 40_001) as u32)
            .collect();
        // Equal efforts, and efforts of 1–100 per step.
        let efforts: Vec<u32> = (0..levels.len())
            .map(|_| 1 + (next() % 100) as u32)
            .collect();
        for b in 0..pemdi.bands.len() {
            for uneven in [false, true] {
                let mut req = PlanRequest::new(&pemdi, Target::Band(b), Basis::Exact);
                if uneven {
                    req.efforts.clone_from(&efforts);
                }
                let start = Instant::now();
                let out = black_box(plan(&pemdi, &levels, &req));
                times.push(start.elapsed().as_secs_f64() * 1e3);
                refused += usize::from(matches!(out, Err(PlanError::TooLarge)));
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "  plan 1000 random 4-decimal vectors x {} targets x (equal efforts, efforts 1-100): median {:.2} ms, p99 {:.2} ms, worst {:.2} ms, refused {refused}",
        pemdi.bands.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    );
}
