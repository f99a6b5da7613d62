//! A model file is validated when it is loaded; each fault gets a typed error naming the item.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{raw_from_json, spbe2020_json, spbe2020_raw};
use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::{Framework, ModelError};

fn check(mutate: impl FnOnce(&mut RawModel)) -> Result<Framework, ModelError> {
    let mut raw = spbe2020_raw();
    mutate(&mut raw);
    Framework::from_raw(raw)
}

#[test]
fn bundled_model_is_valid_and_every_text_is_bilingual() {
    let fw = Framework::from_raw(spbe2020_raw()).unwrap();
    for ind in &fw.indicators {
        assert!(
            !ind.name.id.is_empty() && !ind.name.en.is_empty(),
            "{}",
            ind.id
        );
        for c in &ind.criteria {
            assert!(!c.id.is_empty() && !c.en.is_empty(), "{}", ind.id);
            assert_ne!(c.id, c.en, "{} criteria must be translated", ind.id);
        }
        // The criteria of consecutive levels differ: each level says something new.
        for pair in ind.criteria.windows(2) {
            assert_ne!(pair[0], pair[1], "{}", ind.id);
        }
    }
}

#[test]
fn each_fault_names_the_offending_item() {
    assert_eq!(
        check(|m| m.format = 9),
        Err(ModelError::UnsupportedFormat(9))
    );
    assert_eq!(
        check(|m| m.domains[1].aspects[0].indicators[2].id = "I1".into()),
        Err(ModelError::DuplicateId("I1".into()))
    );
    assert_eq!(
        check(|m| m.domains[0].aspects[0].id = " ".into()),
        Err(ModelError::EmptyId {
            within: "D1".into()
        })
    );
    assert_eq!(
        check(|m| m.domains[1].aspects[1].indicators[0].weight = 255),
        Err(ModelError::WeightMismatch {
            item: "A3".into(),
            declared: 1000,
            children: 1005
        })
    );
    assert_eq!(
        check(|m| m.domains[3].weight = 4500),
        Err(ModelError::WeightMismatch {
            item: "D4".into(),
            declared: 4500,
            children: 4550
        })
    );
    assert_eq!(
        check(|m| m.domains[0].aspects[0].indicators[3].weight = 0),
        Err(ModelError::ZeroWeight("I4".into()))
    );
    assert_eq!(
        check(|m| m.domains[2].aspects[1].indicators[0].ladder = "nope".into()),
        Err(ModelError::UnknownLadder {
            indicator: "I29".into(),
            ladder: "nope".into()
        })
    );
    assert_eq!(
        check(|m| {
            m.domains[3].aspects[1].indicators[5].criteria.pop();
        }),
        Err(ModelError::CriteriaLength {
            indicator: "I47".into(),
            expected: 5,
            got: 4
        })
    );
    assert_eq!(
        check(|m| m.domains[0].aspects[0].indicators[1].no = 7),
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
        check(|m| m.bands[0].from = 150),
        Err(ModelError::BandsDoNotCoverScale {
            first_from: 150,
            scale_min: 1
        })
    );
    assert_eq!(
        check(|m| m.bands[3].from = 250),
        Err(ModelError::BandsNotAscending("sangat-baik".into()))
    );
    assert_eq!(
        check(|m| m.bands[4].from = 520),
        Err(ModelError::BandAboveScale("memuaskan".into()))
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
        check(|m| m.presets[1].levels[12] = 6),
        Err(ModelError::PresetValue {
            preset: "kemenko-perekonomian-2021".into(),
            position: 13,
            value: 6
        })
    );
    assert_eq!(check(|m| m.scale.max = 1), Err(ModelError::BadScale));
    assert_eq!(
        check(|m| m.domains[1].aspects[2].indicators.clear()),
        Err(ModelError::NoChildren("A4".into()))
    );
}

#[test]
fn syntax_errors_are_typed_not_panics() {
    assert!(matches!(raw_from_json("{"), Err(ModelError::Syntax(_))));
    assert!(matches!(raw_from_json("[]"), Err(ModelError::Syntax(_))));
    // An unknown field is refused rather than silently ignored.
    let extra = spbe2020_json().replacen("\"format\": 1,", "\"format\": 1, \"bogus\": 2,", 1);
    assert!(matches!(raw_from_json(&extra), Err(ModelError::Syntax(m)) if m.contains("bogus")));
}

#[test]
fn a_framework_with_decimals_and_a_zero_level_is_just_data() {
    // A Pemdi-like model: values with two decimals, other bands. Same engine, no code change.
    let json = r##"{
      "format": 1, "id": "mini", "name": {"id": "Mini", "en": "Mini"}, "version": "1",
      "legalBasis": "-", "status": "reconstructed", "note": {"id": "-", "en": "-"},
      "scale": {"min": 1, "max": 5, "decimals": 2},
      "ladders": [{"id": "l", "name": {"id": "L", "en": "L"},
        "levels": [{"id":"a","en":"a"},{"id":"b","en":"b"},{"id":"c","en":"c"},{"id":"d","en":"d"},{"id":"e","en":"e"}]}],
      "bands": [{"id": "k", "from": 100, "name": {"id": "Kurang", "en": "Poor"}, "color": "#aa0000"},
                {"id": "c", "from": 150, "name": {"id": "Cukup", "en": "Fair"}, "color": "#aa5500"}],
      "domains": [{"id": "D", "name": {"id": "D", "en": "D"}, "weight": 25, "aspects": [
        {"id": "A", "name": {"id": "A", "en": "A"}, "weight": 25, "indicators": [
          {"id": "I1", "no": 1, "name": {"id": "x", "en": "x"}, "weight": 10, "ladder": "l",
           "criteria": [{"id":"1","en":"1"},{"id":"2","en":"2"},{"id":"3","en":"3"},{"id":"4","en":"4"},{"id":"5","en":"5"}]},
          {"id": "I2", "no": 2, "name": {"id": "y", "en": "y"}, "weight": 15, "ladder": "l",
           "criteria": [{"id":"1","en":"1"},{"id":"2","en":"2"},{"id":"3","en":"3"},{"id":"4","en":"4"},{"id":"5","en":"5"}]}]}]}]
    }"##;
    let fw = Framework::from_raw(raw_from_json(json).unwrap()).unwrap();
    // 10·1,25 + 15·1,60 = 36,5 over 25 -> 1,46 exactly.
    let s = fw.score(&[125, 160]).unwrap();
    assert_eq!(s.index.cents(), 146);
    assert_eq!(fw.band_of(&s.index, Default::default()), 0);
    assert_eq!(fw.level_name(0, 160).unwrap().id, "a");
    assert_eq!(fw.level_name(0, 499).unwrap().id, "d");
    assert!(fw.score(&[99, 100]).is_err());
}
