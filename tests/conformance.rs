//! The engine against the conformance vectors (`conformance/*.json`, written by the independent
//! reference `conformance/reference.mjs`): every case's exact aspects, domains and index, the
//! index as shown, the predicate under both bases, and the least number of steps of every
//! plan case — for every bundled framework under every combination of its variant options.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use serde_json::Value;

use spbe_calculator::engine::decimal::read_value;
use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::plan::{PlanOutcome, PlanRequest, Target, plan};
use spbe_calculator::engine::{Basis, Exact, Framework};
use spbe_calculator::models::{CATALOG_JSON, Entry};

fn root(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

fn fraction(text: &str) -> Exact {
    let (n, d) = text.split_once('/').unwrap_or((text, "1"));
    Exact::new(n.parse().unwrap(), d.parse().unwrap())
}

/// The framework under a case's choice (option ids by variant id).
fn under(base: &Framework, choice: &Value, cache: &mut BTreeMap<String, Framework>) -> Framework {
    let key = choice.to_string();
    if let Some(fw) = cache.get(&key) {
        return fw.clone();
    }
    let picks: Vec<usize> = base
        .raw
        .variants
        .iter()
        .map(|v| {
            let id = choice[&v.id]
                .as_str()
                .expect("a choice names every variant");
            v.options
                .iter()
                .position(|o| o.id == id)
                .expect("a known option")
        })
        .collect();
    let fw = base.with_choice(&picks).unwrap();
    cache.insert(key, fw.clone());
    fw
}

fn values(fw: &Framework, v: &Value) -> Vec<u32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| read_value(t.as_str().unwrap(), fw.scale).unwrap())
        .collect()
}

#[test]
fn the_engine_meets_every_conformance_vector() {
    let catalog: Vec<Entry> = serde_json::from_str(CATALOG_JSON).unwrap();
    for entry in catalog {
        let raw: RawModel = serde_json::from_str(
            &std::fs::read_to_string(root(&format!("assets/models/{}", entry.file))).unwrap(),
        )
        .unwrap();
        let base = Framework::from_raw(raw).unwrap();
        let file = root(&format!("conformance/{}.json", entry.id));
        let vectors: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(vectors["framework"], entry.id.as_str());
        assert_eq!(
            vectors["frameworkVersion"],
            base.version.as_str(),
            "{file}: regenerate"
        );
        let mut cache = BTreeMap::new();
        let cases = vectors["cases"].as_array().unwrap();
        assert!(cases.len() >= 1000, "{file}: at least 1,000 cases");
        for case in cases {
            let fw = under(&base, &case["choice"], &mut cache);
            let name = format!("{} {} {}", entry.id, case["name"], case["choice"]);
            let s = fw.score(&values(&fw, &case["values"])).unwrap();
            assert!(
                s.index == fraction(case["index"].as_str().unwrap()),
                "{name}: index"
            );
            let cents = fw.index_cents(&s.index);
            assert_eq!(
                format!("{}.{:02}", cents / 100, cents % 100),
                case["shown"],
                "{name}: shown"
            );
            for basis in [Basis::Exact, Basis::Rounded] {
                assert_eq!(
                    fw.bands[fw.band_of(&s.index, basis)].id,
                    case["predicate"][basis.code()],
                    "{name}: predicate ({})",
                    basis.code()
                );
            }
            for (a, v) in fw.aspects.iter().zip(&s.aspects) {
                assert!(
                    *v == fraction(case["aspects"][&a.id].as_str().unwrap()),
                    "{name}: {}",
                    a.id
                );
            }
            for (d, v) in fw.domains.iter().zip(&s.domains) {
                assert!(
                    *v == fraction(case["domains"][&d.id].as_str().unwrap()),
                    "{name}: {}",
                    d.id
                );
            }
            let parts = case["aspects"].as_object().unwrap().len()
                + case["domains"].as_object().unwrap().len();
            assert_eq!(
                parts,
                fw.aspects.len() + fw.domains.len(),
                "{name}: every part"
            );
        }
        let plans = vectors["plans"].as_array().unwrap();
        assert!(plans.len() >= 50, "{file}: plan cases");
        for p in plans {
            let fw = under(&base, &p["choice"], &mut cache);
            let basis = Basis::from_code(p["basis"].as_str().unwrap()).unwrap();
            let target = Target::Band(fw.band_named(p["target"].as_str().unwrap()).unwrap());
            let levels = values(&fw, &p["values"]);
            let got = match plan(&fw, &levels, &PlanRequest::new(&fw, target, basis)).unwrap() {
                PlanOutcome::Met => Some(0),
                PlanOutcome::Planned { effort, .. } => Some(effort),
                PlanOutcome::Unreachable { .. } => None,
            };
            assert_eq!(got, p["steps"].as_u64(), "{} plan {p}", entry.id);
        }
    }
}
