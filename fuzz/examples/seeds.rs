//! Write the seed corpora of the fuzz targets from real inputs: links, documents, CSV files
//! and workbooks of rich work in every framework, the model files, API calls, and units'
//! files and links.
//! `cargo +nightly run --manifest-path fuzz/Cargo.toml --example seeds` (make fuzz-seeds).

#[path = "../checks.rs"]
mod checks;

use spbe_workbook::write as workbook;

use std::rc::Rc;

use spbe_calculator::csv_file;
use spbe_calculator::document::Document;
use spbe_calculator::engine::plan::{EffortCurve, Target};
use spbe_calculator::engine::{Basis, Lang, View, fragment};
use spbe_calculator::evidence::Evidence;
use spbe_calculator::evidence::share::{self, link};
use spbe_calculator::state::{Action, State};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let put = |target: &str, name: &str, bytes: &[u8]| {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("seed-{name}")), bytes).unwrap();
    };
    for fw in checks::frameworks() {
        let fw = Rc::new(fw.clone());
        let top = *fw.tops.last().unwrap();
        let mut s = State::new(fw.clone(), Lang::Id);
        for a in [
            Action::StartFromPreset(fw.presets.len() - 1),
            Action::RenameScenario(0, "Realistis; \"hemat\"".into()),
            Action::NewScenario,
            Action::SetLevel {
                indicator: 3,
                value: top,
            },
            Action::SetTarget(Some(Target::Index(310))),
            Action::SetPace(Some(2)),
            Action::SetCurve(EffortCurve::Rising),
            Action::SetEffort {
                indicator: 2,
                effort: 7,
            },
            Action::ToggleLock(5),
            Action::SetNote {
                indicator: 0,
                text: "=SUM(A1) ; \"x\"\nbaris".into(),
            },
            Action::SetInstitution("Pemerintah Kab. Contoh".into()),
            Action::SetRoadmapTarget(1, Some(Target::Band(2))),
            Action::SetPeer(Some("kab-paser".into())),
            Action::SetPastYear {
                year: 2022,
                index: Some(281),
            },
        ] {
            if let Some(n) = s.apply(a) {
                s = n;
            }
        }
        let (w, id) = (s.work(), fw.id.clone());
        for (k, (view, lang, basis)) in [
            (View::Isi, Lang::Id, Basis::Exact),
            (View::Rencana, Lang::En, Basis::Rounded),
        ]
        .into_iter()
        .enumerate()
        {
            let link = fragment::format(&s.levels, &s.baseline, basis, view, lang, &fw);
            put("fragment", &format!("{id}-{k}"), link.as_bytes());
        }
        put(
            "fragment",
            &format!("{id}-floor"),
            fragment::format(
                &fw.floor_levels(),
                &fw.floor_levels(),
                Basis::Exact,
                View::Isi,
                Lang::Id,
                &fw,
            )
            .as_bytes(),
        );
        let doc =
            serde_json::to_string_pretty(&Document::from_work(&w, &fw, Some("2026-11-28".into())))
                .unwrap();
        put("document", &id, doc.as_bytes());
        put("csv", &id, csv_file::write(&w, &fw).as_bytes());
        put(
            "xlsx",
            &format!("{id}-id"),
            &workbook::write(&w, &fw, Lang::Id, "2026-11-28").unwrap(),
        );
        put(
            "xlsx",
            &format!("{id}-en"),
            &workbook::write(&w, &fw, Lang::En, "2026-11-28").unwrap(),
        );
        put(
            "model",
            &id,
            serde_json::to_string(&*fw.raw).unwrap().as_bytes(),
        );
        // Units' files and links: indicator 1 Bappeda's with one item Diskominfo's, a note.
        let mut evidence = vec![None; fw.indicators.len()];
        let mut one = Evidence::catalogue(&fw, 0);
        one.unit = "Bappeda".into();
        one.narrative = "Penjelasan; \"kutip\"".into();
        if let Some(it) = one.items.last_mut() {
            it.owner = "Diskominfo".into();
            it.note = "Menunggu tanda tangan".into();
        }
        evidence[0] = Some(one);
        for unit in ["Bappeda", "Diskominfo"] {
            let doc = share::split(&fw, &evidence, "Kota Contoh", unit, Lang::Id, "2026-12-03");
            put(
                "share",
                &format!("{id}-{unit}"),
                serde_json::to_string_pretty(&doc).unwrap().as_bytes(),
            );
            let json = serde_json::to_string(&link::compact(&doc, &fw, Lang::Id)).unwrap();
            let fragment = link::fragment(&fw.id, &json).unwrap();
            put(
                "share",
                &format!("{id}-{unit}-link"),
                link::payload(&fragment).unwrap().as_bytes(),
            );
        }
    }
    for (k, call) in [
        &[1u8, 1, 3, 3, 3, 3][..],
        &[0, 1, 5, 9, 9, 9, 9, 2, 0, 1, 3][..],
        &[2, 0, 37, 4, 4, 4, 4, 4, 4, 4, 4, 1, 5][..],
        &[3, 2, 200, 1, 1, 1][..],
    ]
    .iter()
    .enumerate()
    {
        put("api", &k.to_string(), call);
    }
    // Deep nesting, structure-aware: a framework whose groups nest 2,000 deep (it once stopped
    // the browser's module with a stack overflow), the same carried inside a work document,
    // and a host message whose levels nest as deep. Each must be refused before any recursion.
    let pemdi = checks::frameworks()
        .iter()
        .find(|f| f.id == "pemdi-2026")
        .unwrap();
    let mut raw = serde_json::to_value(&*pemdi.raw).unwrap();
    raw["id"] = "custom-deep".into();
    let text = raw.to_string();
    let (head, tail) = text.split_at(text.find("\"groups\":[").unwrap() + "\"groups\":[".len());
    let open = r#"{"id":"g","name":{"id":"g","en":"g"},"weight":100,"groups":["#.repeat(2000);
    let nested = format!("{head}{open}{},{tail}", "]}".repeat(2000));
    put("model", "nested-2000", nested.as_bytes());
    put(
        "document",
        "nested-framework",
        format!(
            r#"{{"app":"spbe-calculator","schema":2,"model":"custom-deep","framework":{nested}}}"#
        )
        .as_bytes(),
    );
    put(
        "embed",
        "nested-levels",
        format!(
            r#"{{"source":"spbe-kalkulator-host","type":"setLevels","levels":{}3{}}}"#,
            "[".repeat(5000),
            "]".repeat(5000)
        )
        .as_bytes(),
    );
    println!("seeds written under {}", root.display());
}
