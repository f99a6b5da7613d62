//! The `spbe` binary as a user runs it: a folder of work files of every kind and framework with
//! a broken one in the middle, plans, framework checks, a framework of one's own, usage errors.
//! Expected numbers come from the engine directly (`Framework::score`, `api::plan`), not from
//! the tool's own code path.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::rc::Rc;

use serde_json::Value;

use spbe_calculator::api::{self, ApiValue, Known};
use spbe_calculator::csv_file;
use spbe_calculator::document::{Document, Work};
use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::state::{Action, State};

fn raw(id: &str) -> RawModel {
    let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn model(id: &str) -> Rc<Framework> {
    Rc::new(Framework::from_raw(raw(id)).unwrap())
}

/// A work whose active scenario has the values `pick(i)` (a valid value of indicator i).
fn work(fw: &Rc<Framework>, institution: &str, pick: impl Fn(usize) -> u32) -> (Work, Vec<u32>) {
    let mut s = State::new(fw.clone(), Lang::Id);
    for i in 0..fw.indicators.len() {
        let value = pick(i);
        if let Some(n) = s.apply(Action::SetLevel {
            indicator: i,
            value,
        }) {
            s = n;
        }
    }
    let mut w = s.work();
    w.institution = institution.into();
    (w, s.levels.clone())
}

/// A fresh folder under the system's temporary directory.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spbe-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn spbe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spbe"))
        .args(args)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Values spread over each indicator's scale, different per indicator.
fn spread(fw: &Framework, i: usize, seed: usize) -> u32 {
    let unit = fw.scale.unit();
    let levels = fw.scale.max - fw.scale.min + 1;
    let whole = fw.scale.min + ((i * 7 + seed) as u32 % levels);
    whole * unit
}

#[test]
fn a_folder_of_work_files_is_scored_and_a_broken_one_is_reported() {
    let dir = folder("score");
    let (pemdi, spbe20, spbe18) = (model("pemdi-2026"), model("spbe-2020"), model("spbe-2018"));
    let (w1, l1) = work(&pemdi, "Kab. Contoh", |i| spread(&pemdi, i, 1));
    let (w2, l2) = work(&spbe20, "Kota; \"Uji\"", |i| spread(&spbe20, i, 3));
    let (w3, l3) = work(&spbe18, "Prov. Tiga", |i| spread(&spbe18, i, 2));
    let json = dir.join("a.json");
    std::fs::write(
        &json,
        serde_json::to_string(&Document::from_work(&w1, &pemdi, None)).unwrap(),
    )
    .unwrap();
    let broken = dir.join("b-broken.json");
    std::fs::write(
        &broken,
        r#"{"app":"spbe-calculator","schema":2,"model":"pemdi-2026""#,
    )
    .unwrap();
    let csv = dir.join("c.csv");
    std::fs::write(&csv, csv_file::write(&w2, &spbe20)).unwrap();
    let xlsx = dir.join("d.xlsx");
    std::fs::write(
        &xlsx,
        spbe_workbook::write::write(&w3, &spbe18, Lang::En, "2026-12-03").unwrap(),
    )
    .unwrap();
    let files = [&json, &broken, &csv, &xlsx].map(|p| path(p).to_string());

    let mut args = vec!["score", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let out = spbe(&args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a refused file makes the exit code 1"
    );
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{}: ", files[1])), "{err}");
    assert_eq!(
        err.lines().count(),
        1,
        "only the broken file is reported: {err}"
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert!(rows[1]["error"].as_str().unwrap().len() > 10);
    for (row, (fw, levels, institution)) in [rows[0].clone(), rows[2].clone(), rows[3].clone()]
        .iter()
        .zip([
            (&pemdi, &l1, "Kab. Contoh"),
            (&spbe20, &l2, "Kota; \"Uji\""),
            (&spbe18, &l3, "Prov. Tiga"),
        ])
    {
        let s = fw.score(levels).unwrap();
        assert_eq!(row["framework"], fw.id.as_str());
        assert_eq!(row["institution"], institution);
        assert_eq!(row["exact"], s.index.decimal_string(12).as_str());
        let cents = fw.index_cents(&s.index);
        assert_eq!(row["index"].as_f64().unwrap(), cents as f64 / 100.0);
        let band = &fw.bands[fw.band_of(&s.index, Default::default())];
        assert_eq!(row["predicateId"], band.id.as_str());
        assert_eq!(row["aspects"].as_array().unwrap().len(), fw.aspects.len());
        assert_eq!(row["domains"].as_array().unwrap().len(), fw.domains.len());
        for (a, v) in row["aspects"].as_array().unwrap().iter().zip(&s.aspects) {
            assert_eq!(a["index"].as_f64().unwrap(), v.cents() as f64 / 100.0);
        }
    }

    // CSV in Indonesian: semicolons, decimal commas, the awkward name quoted; the three
    // frameworks' parts as columns, empty where a framework has none.
    let mut args = vec!["score", "--format", "csv"];
    args.extend(files.iter().map(String::as_str));
    let out = spbe(&args);
    assert_eq!(out.status.code(), Some(1));
    let csv_out = text(&out.stdout);
    let lines: Vec<&str> = csv_out.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4, "{csv_out}");
    assert!(lines[0].starts_with("Berkas;Kerangka;Versi;Instansi;Skenario;Indeks;"));
    assert!(lines[2].contains("\"Kota; \"\"Uji\"\"\""), "{}", lines[2]);
    let s = spbe20.score(&l2).unwrap();
    let shown = format!(
        "{},{:02}",
        spbe20.index_cents(&s.index) / 100,
        spbe20.index_cents(&s.index) % 100
    );
    assert!(
        lines[2].contains(&format!(";{shown};")),
        "{} lacks {shown}",
        lines[2]
    );

    // The table, in English: a header and one line per scored file.
    let mut args = vec!["score", "--lang", "en"];
    args.extend(files.iter().map(String::as_str));
    let out = spbe(&args);
    let table = text(&out.stdout);
    assert!(table.starts_with("File"), "{table}");
    assert_eq!(table.lines().count(), 4);
    assert!(text(&out.stderr).contains("b-broken.json: "));

    // Every file good: exit 0.
    let out = spbe(&["score", &files[0], &files[2], &files[3]]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_plan_is_the_engines_least_effort_plan() {
    let dir = folder("plan");
    let fw = model("spbe-2020");
    let (w, levels) = work(&fw, "Dinas Uji", |i| {
        spread(&fw, i, 0).min(2 * fw.scale.unit())
    });
    let file = dir.join("w.json");
    std::fs::write(
        &file,
        serde_json::to_string(&Document::from_work(&w, &fw, None)).unwrap(),
    )
    .unwrap();
    let out = spbe(&[
        "plan",
        path(&file),
        "--target",
        "sangat-baik",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The same request through the JS API's rules.
    let loaded = [fw.clone()];
    let ids = [fw.id.clone()];
    let known = Known {
        loaded: &loaded,
        ids: &ids,
    };
    let values: Vec<ApiValue> = levels
        .iter()
        .map(|v| ApiValue::Number(format!("{}", f64::from(*v) / f64::from(fw.scale.unit()))))
        .collect();
    let want = api::plan(
        &known,
        &fw.id,
        &values,
        &vec![(
            "target".into(),
            spbe_calculator::api::ApiAny::Text("sangat-baik".into()),
        )],
    )
    .unwrap();
    assert_eq!(got["status"], want.status);
    assert_eq!(got["status"], "planned");
    assert_eq!(got["effort"].as_u64().unwrap(), want.effort);
    assert_eq!(got["exact"], want.exact.as_str());
    let steps = got["steps"].as_array().unwrap();
    assert_eq!(steps.len(), want.steps.len());
    for (g, w) in steps.iter().zip(&want.steps) {
        assert_eq!(g["indicator"].as_u64().unwrap(), u64::from(w.indicator));
        assert_eq!(
            g["to"].as_f64().unwrap(),
            f64::from(w.to) / f64::from(fw.scale.unit())
        );
    }
    // The table: the planner's own texts, one line per step.
    let out = spbe(&["plan", path(&file), "--target", "3,5"]);
    assert_eq!(out.status.code(), Some(0));
    let table = text(&out.stdout);
    assert!(table.contains("Target: 3,50"), "{table}");
    assert!(
        table.lines().count() >= 5 + want.steps.len().min(1),
        "{table}"
    );
    // A target that is neither: refused, naming the predicates.
    let out = spbe(&[
        "plan",
        path(&file),
        "--target",
        "luar-biasa",
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("neither a predicate (kurang, cukup, baik"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn framework_files_are_checked_with_the_apps_messages() {
    let root = format!("{}/..", env!("CARGO_MANIFEST_DIR"));
    let good = format!("{root}/assets/models/pemdi-2026.json");
    let nested = format!("{root}/e2e/fixtures/framework-nested-2000.json");
    let out = spbe(&["check", &good, &nested]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("pemdi-2026.json: sah — pemdi-2026"));
    let err = text(&out.stderr);
    assert!(err.contains("framework-nested-2000.json: "), "{err}");
    assert!(err.contains("32"), "the nesting limit is named: {err}");

    // A framework of one's own: checked, then used for a work file made for it.
    let dir = folder("own");
    let mut own = raw("spbe-2018");
    own.id = "latihan-kantor".into();
    let own_file = dir.join("latihan.json");
    std::fs::write(&own_file, serde_json::to_string(&own).unwrap()).unwrap();
    let fw = Rc::new(Framework::from_raw(own).unwrap());
    let (w, levels) = work(&fw, "Kantor Latihan", |i| spread(&fw, i, 4));
    let work_file = dir.join("kerja.csv");
    std::fs::write(&work_file, csv_file::write(&w, &fw)).unwrap();
    // Without the framework: refused, saying how to give it.
    let out = spbe(&["score", path(&work_file)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--framework"),
        "{}",
        text(&out.stderr)
    );
    let out = spbe(&[
        "score",
        "--framework",
        path(&own_file),
        "--format",
        "json",
        path(&work_file),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = fw.score(&levels).unwrap();
    assert_eq!(rows[0]["framework"], "latihan-kantor");
    assert_eq!(rows[0]["exact"], s.index.decimal_string(12).as_str());
    // A framework file given as a work file is named for what it is.
    let out = spbe(&["score", path(&own_file)]);
    assert!(text(&out.stderr).contains("berkas kerangka penilaian"));
    // A bundled id cannot be replaced.
    let out = spbe(&["score", "--framework", &good, path(&work_file)]);
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2_and_help_and_models_exit_0() {
    for args in [
        vec![],
        vec!["nilai"],
        vec!["score"],
        vec!["score", "--format", "xml", "a.json"],
        vec!["plan", "a.json", "b.json"],
        vec!["plan", "a.json", "--format", "csv"],
        vec!["score", "--target", "baik", "a.json"],
        vec!["models", "--lang", "jv"],
        vec!["check"],
    ] {
        let out = spbe(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage:"), "{args:?}");
    }
    let out = spbe(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("exit codes"));
    let out = spbe(&["models", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let catalog: Value = serde_json::from_str(spbe_calculator::models::CATALOG_JSON).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = catalog
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids, want,
        "every bundled framework, in the catalogue's order"
    );
    // A file that is not there: refused (1), not a usage error.
    let out = spbe(&["score", "/nonexistent/spbe-cli-test.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("tidak dapat dibaca"));
}
