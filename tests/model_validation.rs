//! A model file is validated when it is loaded; each fault gets a typed error naming the item.
//! The three bundled files are valid, bilingual, and agree with the catalogue.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{model, model_json, raw_from_json, spbe2020_json, spbe2020_raw};
use spbe_calculator::engine::model::{BandEdge, Num, Origin, RawModel, Rounding};
use spbe_calculator::engine::{Framework, ModelError};
use spbe_calculator::models::{CATALOG_JSON, Catalog, Entry};

fn check(mutate: impl FnOnce(&mut RawModel)) -> Result<Framework, ModelError> {
    let mut raw = spbe2020_raw();
    mutate(&mut raw);
    Framework::from_raw(raw)
}

fn pemdi_check(mutate: impl FnOnce(&mut RawModel)) -> Result<Framework, ModelError> {
    let mut raw = raw_from_json(&model_json("pemdi-2026")).unwrap();
    mutate(&mut raw);
    Framework::from_raw(raw)
}

const BUNDLED: [&str; 3] = ["pemdi-2026", "spbe-2020", "spbe-2018"];

#[test]
fn bundled_models_are_valid_and_every_text_is_bilingual() {
    for id in BUNDLED {
        let fw = model(id);
        assert_eq!(fw.id, id);
        for ind in &fw.indicators {
            assert!(
                !ind.name.id.is_empty() && !ind.name.en.is_empty(),
                "{}",
                ind.id
            );
            for c in &ind.criteria {
                assert!(!c.id.is_empty() && !c.en.is_empty(), "{}", ind.id);
                assert_ne!(c.id, c.en, "{id} {} criteria must be translated", ind.id);
            }
            // The criteria of consecutive levels differ: each level says something new.
            for pair in ind.criteria.windows(2) {
                assert_ne!(pair[0], pair[1], "{id} {}", ind.id);
            }
        }
        for v in &fw.variants {
            for o in &v.options {
                assert_ne!(o.explain.id, o.explain.en, "{id} {}", o.id);
            }
        }
        assert_ne!(fw.note.id, fw.note.en);
    }
}

/// What `build.rs` compiled in is what serde reads from `catalog.json` (which refuses unknown
/// fields): no field lost, misread or defaulted on the way. One entry differing anywhere in one
/// field fails.
#[test]
fn the_compiled_catalogue_is_the_file() {
    let read = serde_json::from_str::<Vec<Entry>>(CATALOG_JSON).unwrap();
    let bundled = Catalog::bundled();
    assert_eq!(bundled.0.len(), read.len());
    for (compiled, read) in bundled.0.iter().zip(&read) {
        assert_eq!(compiled, read, "{}", read.id);
    }
    // A field the build would not see (say, a successor) would differ here.
    assert!(read.iter().any(|e| e.successor.is_some()));
    assert!(read.iter().any(|e| e.years.to.is_some()) && read.iter().any(|e| e.years.to.is_none()));
}

#[test]
fn the_catalogue_matches_the_files() {
    let catalog = Catalog(serde_json::from_str::<Vec<Entry>>(CATALOG_JSON).unwrap());
    assert_eq!(
        catalog.0.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        BUNDLED
    );
    assert_eq!(catalog.start(), Some("pemdi-2026"));
    for e in &catalog.0 {
        let fw = model(&e.id);
        assert_eq!(e.file, format!("{}.json", e.id));
        assert_eq!(
            (&e.name, &e.version, &e.legal_basis),
            (&fw.name, &fw.version, &fw.legal_basis)
        );
        assert_eq!((e.years, e.status), (fw.years, fw.status));
        assert_eq!(e.indicators, fw.indicators.len());
        assert_eq!(
            (e.scale.min, e.scale.max, e.scale.decimals),
            (fw.scale.min, fw.scale.max, fw.scale.decimals)
        );
        let bands: Vec<u32> = e
            .bands
            .iter()
            .map(|b| (b.0 * 100.0).round() as u32)
            .collect();
        assert_eq!(bands, fw.bands.iter().map(|b| b.from).collect::<Vec<_>>());
    }
}

#[test]
fn pemdi_is_aspects_only_with_decimals_tops_and_an_open_edge_rule() {
    let fw = model("pemdi-2026");
    assert!(fw.domains.is_empty());
    assert_eq!(fw.hierarchy.len(), 1);
    assert_eq!(fw.hierarchy[0].id, "Aspek");
    assert_eq!(fw.aspects.len(), 7);
    assert_eq!(fw.indicators.len(), 20);
    let weights: Vec<u32> = fw.indicators.iter().map(|i| i.weight).collect();
    assert_eq!(
        weights,
        [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15]
    );
    assert_eq!(
        fw.aspects.iter().map(|a| a.weight).collect::<Vec<_>>(),
        [10, 10, 15, 15, 10, 15, 25]
    );
    assert_eq!((fw.scale.min, fw.scale.max, fw.scale.decimals), (1, 5, 4));
    assert_eq!(fw.tops, [15_000, 25_000, 35_000, 40_000, 50_000]);
    assert_eq!(fw.stops, [10_000, 15_000, 25_000, 35_000, 40_000, 50_000]);
    assert_eq!(
        fw.bands.iter().map(|b| b.from).collect::<Vec<_>>(),
        [100, 150, 250, 350, 400]
    );
    assert_eq!(
        fw.bands
            .iter()
            .map(|b| b.level.clone().unwrap().id)
            .collect::<Vec<_>>(),
        ["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"]
    );
    assert_eq!(fw.band_edge, BandEdge::LowerInclusive);
    assert_eq!(
        fw.with_choice(&[1]).unwrap().band_edge,
        BandEdge::UpperInclusive
    );
    // Level of a value: 1,26 and 1,50 are level 1, 1,51 is level 2.
    assert_eq!(fw.level_slot(12_600), 0);
    assert_eq!(fw.level_slot(15_000), 0);
    assert_eq!(fw.level_slot(15_100), 1);
    assert_eq!(fw.level_name(0, 25_000).unwrap().id, "Membangun");
    // The external indicators and their maps.
    let ext: Vec<u32> = fw
        .indicators
        .iter()
        .filter(|i| i.external.is_some())
        .map(|i| i.no)
        .collect();
    assert_eq!(ext, [5, 6, 7, 18]);
    assert_eq!(
        fw.status,
        spbe_calculator::engine::model::Status::Reconstructed
    );
}

#[test]
fn spbe_2018_has_37_values_levels_from_zero_and_two_open_rules() {
    let fw = model("spbe-2018");
    assert_eq!(fw.indicators.len(), 37);
    assert_eq!((fw.scale.min, fw.scale.max), (0, 5));
    assert_eq!(fw.domains.len(), 3);
    assert_eq!(fw.aspects.len(), 7);
    assert_eq!(
        fw.indicators[34..]
            .iter()
            .map(|i| i.label())
            .collect::<Vec<_>>(),
        ["35a", "35b", "35c"]
    );
    assert_eq!(
        fw.domains.iter().map(|d| d.weight).collect::<Vec<_>>(),
        [102, 168, 330]
    );
    assert_eq!(fw.index_rounding, Rounding::Truncate);
    let variants: Vec<&str> = fw.variants.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(variants, ["aspect7", "indexRounding"]);
    let four = fw.with_choice(&[1, 0]).unwrap();
    assert_eq!(
        four.indicators[31..]
            .iter()
            .map(|i| i.weight)
            .collect::<Vec<_>>(),
        [30, 30, 30, 10, 10, 10]
    );
    assert_eq!(
        fw.with_choice(&[0, 1]).unwrap().index_rounding,
        Rounding::HalfUp
    );
}

#[test]
fn each_fault_names_the_offending_item() {
    assert_eq!(
        check(|m| m.format = 9),
        Err(ModelError::UnsupportedFormat(9))
    );
    assert_eq!(
        check(|m| m.groups[1].groups[0].indicators[2].id = "I1".into()),
        Err(ModelError::DuplicateId("I1".into()))
    );
    assert_eq!(
        check(|m| m.groups[0].groups[0].id = " ".into()),
        Err(ModelError::EmptyId {
            within: "D1".into()
        })
    );
    assert_eq!(
        check(|m| m.groups[1].groups[1].indicators[0].weight = 255),
        Err(ModelError::WeightMismatch {
            item: "A3".into(),
            declared: 1000,
            children: 1005
        })
    );
    assert_eq!(
        check(|m| m.groups[3].weight = 4500),
        Err(ModelError::WeightMismatch {
            item: "D4".into(),
            declared: 4500,
            children: 4550
        })
    );
    assert_eq!(
        check(|m| m.groups[0].groups[0].indicators[3].weight = 0),
        Err(ModelError::ZeroWeight("I4".into()))
    );
    assert_eq!(
        check(|m| m.groups[2].groups[1].indicators[0].ladder = "nope".into()),
        Err(ModelError::UnknownLadder {
            indicator: "I29".into(),
            ladder: "nope".into()
        })
    );
    assert_eq!(
        check(|m| {
            m.groups[3].groups[1].indicators[5].criteria.pop();
        }),
        Err(ModelError::CriteriaLength {
            indicator: "I47".into(),
            expected: 5,
            got: 4
        })
    );
    assert_eq!(
        check(|m| m.groups[0].groups[0].indicators[1].no = 7),
        Err(ModelError::IndicatorNumber {
            indicator: "I2".into(),
            expected: 2,
            got: 7
        })
    );
    assert_eq!(
        check(|m| {
            m.ladders[1].levels.pop();
        }),
        Err(ModelError::LadderLength {
            ladder: "service".into(),
            expected: 5,
            got: 4
        })
    );
    assert_eq!(check(|m| m.bands.clear()), Err(ModelError::NoBands));
    assert_eq!(
        check(|m| m.bands[0].from = Num(1.5)),
        Err(ModelError::BandsDoNotCoverScale {
            first_from: 150,
            scale_min: 1
        })
    );
    assert_eq!(
        check(|m| m.bands[3].from = Num(2.5)),
        Err(ModelError::BandsNotAscending("sangat-baik".into()))
    );
    assert_eq!(
        check(|m| m.bands[4].from = Num(5.2)),
        Err(ModelError::BandAboveScale("memuaskan".into()))
    );
    assert_eq!(
        check(|m| m.bands[2].from = Num(2.605)),
        Err(ModelError::BandValue("baik".into()))
    );
    assert_eq!(
        check(|m| m.bands[2].color = "gold".into()),
        Err(ModelError::BadColor("baik".into()))
    );
    assert_eq!(
        check(|m| {
            m.presets[0].levels.pop();
        }),
        Err(ModelError::PresetLength {
            preset: "lantai".into(),
            expected: 47,
            got: 46
        })
    );
    assert_eq!(
        check(|m| m.presets[1].levels[12] = Num(6.0)),
        Err(ModelError::PresetValue {
            preset: "kemenko-perekonomian-2021".into(),
            position: 13,
            value: "6".into()
        })
    );
    assert_eq!(
        check(|m| m.presets[1].levels[12] = Num(2.5)),
        Err(ModelError::PresetValue {
            preset: "kemenko-perekonomian-2021".into(),
            position: 13,
            value: "2.5".into()
        })
    );
    assert_eq!(check(|m| m.scale.max = 1), Err(ModelError::BadScale));
    assert_eq!(check(|m| m.scale.decimals = 5), Err(ModelError::BadScale));
    assert_eq!(
        check(|m| m.groups[1].groups[2].indicators.clear()),
        Err(ModelError::NoChildren("A4".into()))
    );
}

#[test]
fn tree_depth_tops_variants_and_conversions_are_checked() {
    // A tree deeper or shallower than its hierarchy says.
    assert_eq!(
        check(|m| m.hierarchy.truncate(1)),
        Err(ModelError::WrongDepth {
            item: "D1".into(),
            expected: "indicators"
        })
    );
    assert_eq!(
        pemdi_check(|m| m.hierarchy.insert(0, m.hierarchy[0].clone())),
        Err(ModelError::WrongDepth {
            item: "A1".into(),
            expected: "groups"
        })
    );
    assert_eq!(
        check(|m| m.hierarchy.clear()),
        Err(ModelError::BadHierarchy { got: 0 })
    );
    assert_eq!(
        check(|m| m.hierarchy.extend(m.hierarchy.clone())),
        Err(ModelError::BadHierarchy { got: 4 })
    );
    // Level tops: one per level, ascending, within the scale, ending at the top, exact.
    for tops in [
        vec![1.5, 2.5, 3.5, 4.0],
        vec![1.5, 2.5, 2.5, 4.0, 5.0],
        vec![1.5, 2.5, 3.5, 4.0, 4.9],
        vec![1.5, 2.5, 3.5, 4.00001, 5.0],
        vec![0.5, 2.5, 3.5, 4.0, 5.0],
    ] {
        assert_eq!(
            pemdi_check(|m| m.scale.level_tops = Some(tops.into_iter().map(Num).collect())),
            Err(ModelError::BadTops)
        );
    }
    // Variants: at least two options, not a reserved name, weights of existing items only.
    assert_eq!(
        pemdi_check(|m| {
            m.variants[0].options.pop();
        }),
        Err(ModelError::BadVariant("bandEdge".into()))
    );
    assert_eq!(
        pemdi_check(|m| m.variants[0].id = "lang".into()),
        Err(ModelError::BadVariant("lang".into()))
    );
    assert_eq!(
        pemdi_check(|m| {
            m.variants[0].options[1].weights.insert("I99".into(), 3);
        }),
        Err(ModelError::UnknownItem {
            option: "upper-inclusive".into(),
            item: "I99".into()
        })
    );
    // A weight change in an option that breaks the sums is caught although it is not the
    // default: every combination is validated on load.
    assert_eq!(
        pemdi_check(|m| {
            m.variants[0].options[1].weights.insert("I1".into(), 6);
        }),
        Err(ModelError::WeightMismatch {
            item: "A1".into(),
            declared: 10,
            children: 11
        })
    );
    // Conversions: two or more points, sources ascending, values within the scale.
    assert_eq!(
        pemdi_check(|m| {
            m.groups[2].indicators[0]
                .external
                .as_mut()
                .unwrap()
                .points
                .truncate(1);
        }),
        Err(ModelError::BadExternal("I5".into()))
    );
    assert_eq!(
        pemdi_check(|m| {
            m.groups[2].indicators[0].external.as_mut().unwrap().points[1] = [Num(100.0), Num(6.0)];
        }),
        Err(ModelError::BadExternal("I5".into()))
    );
    assert_eq!(
        pemdi_check(|m| {
            let p = &mut m.groups[2].indicators[2].external.as_mut().unwrap().points;
            p.swap(1, 2);
        }),
        Err(ModelError::BadExternal("I7".into()))
    );
    // Labels must be unique and short.
    assert_eq!(
        pemdi_check(|m| m.groups[0].indicators[1].label = Some("1".into())),
        Err(ModelError::BadLabel("I2".into()))
    );
}

#[test]
fn syntax_errors_are_typed_not_panics() {
    assert!(matches!(raw_from_json("{"), Err(ModelError::Syntax(_))));
    assert!(matches!(raw_from_json("[]"), Err(ModelError::Syntax(_))));
    // An unknown field is refused rather than silently ignored.
    let extra = spbe2020_json().replacen("\"format\": 2,", "\"format\": 2, \"bogus\": 2,", 1);
    assert!(matches!(raw_from_json(&extra), Err(ModelError::Syntax(m)) if m.contains("bogus")));
    // A file of the old format is refused by number, not misread.
    let old = spbe2020_json().replacen("\"format\": 2,", "\"format\": 1,", 1);
    assert_eq!(
        Framework::from_raw(raw_from_json(&old).unwrap()),
        Err(ModelError::UnsupportedFormat(1))
    );
}

#[test]
fn a_framework_of_the_users_own_is_just_data() {
    // An internal evaluation of the OPDs: one grouping level, two decimals, a zero level,
    // other bands. Same engine, no code change.
    let json = r##"{
      "format": 2, "id": "opd-internal", "name": {"id": "Evaluasi OPD", "en": "OPD evaluation"},
      "indexName": {"id": "Indeks OPD", "en": "OPD index"}, "version": "1",
      "legalBasis": "Perbup 1/2026", "years": {"from": 2026}, "status": "reconstructed",
      "note": {"id": "-", "en": "-"},
      "scale": {"min": 0, "max": 4, "decimals": 2},
      "ladders": [{"id": "l", "name": {"id": "L", "en": "L"},
        "levels": [{"id":"a","en":"a"},{"id":"b","en":"b"},{"id":"c","en":"c"},{"id":"d","en":"d"},{"id":"e","en":"e"}]}],
      "bands": [{"id": "k", "from": 0, "name": {"id": "Kurang", "en": "Poor"}, "color": "#aa0000"},
                {"id": "c", "from": 1.5, "name": {"id": "Cukup", "en": "Fair"}, "color": "#aa5500"}],
      "hierarchy": [{"id": "Bidang", "en": "Field"}],
      "groups": [{"id": "B", "name": {"id": "B", "en": "B"}, "weight": 25, "indicators": [
          {"id": "I1", "no": 1, "name": {"id": "x", "en": "x"}, "weight": 10, "ladder": "l",
           "criteria": [{"id":"0","en":"0"},{"id":"1","en":"1"},{"id":"2","en":"2"},{"id":"3","en":"3"},{"id":"4","en":"4"}]},
          {"id": "I2", "no": 2, "name": {"id": "y", "en": "y"}, "weight": 15, "ladder": "l",
           "criteria": [{"id":"0","en":"0"},{"id":"1","en":"1"},{"id":"2","en":"2"},{"id":"3","en":"3"},{"id":"4","en":"4"}]}]}]
    }"##;
    let fw = Framework::from_raw_as(raw_from_json(json).unwrap(), Origin::User).unwrap();
    assert_eq!(fw.origin, Origin::User);
    assert!(fw.domains.is_empty());
    // 10·1,25 + 15·1,60 = 36,5 over 25 -> 1,46 exactly.
    let s = fw.score(&[125, 160]).unwrap();
    assert_eq!(s.index.cents(), 146);
    assert_eq!(fw.band_of(&s.index, Default::default()), 0);
    assert_eq!(fw.level_name(0, 160).unwrap().id, "c");
    assert_eq!(fw.level_name(0, 0).unwrap().id, "a");
    assert!(fw.score(&[0, 401]).is_err());
    assert_eq!(fw.stops, [0, 100, 200, 300, 400]);
}
