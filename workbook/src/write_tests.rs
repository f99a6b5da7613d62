//! The workbook as written: its sheets, cells and formats for every framework and language.

mod tests {
    use std::io::Read;
    use std::rc::Rc;

    use spbe_calculator::state::{Action, State};

    use super::super::*;

    fn spbe2020() -> Framework {
        super::other_frameworks::model("spbe-2020")
    }

    #[test]
    fn a_real_workbook_with_summary_and_indicator_sheets() {
        let fw = Rc::new(spbe2020());
        let mut s = State::new(fw.clone(), Lang::Id);
        for a in [
            Action::StartFromPreset(1),
            Action::RenameScenario(0, "Realistis; \"hemat\"".into()),
            Action::NewScenario,
            Action::RenameScenario(1, "=Ambisius".into()),
            Action::SetLevel {
                indicator: 46,
                value: 5,
            },
            Action::SetNote {
                indicator: 0,
                text: "Perbup 12/2024".into(),
            },
            Action::SetInstitution("Pemerintah Kab. Contoh".into()),
        ] {
            s = s.apply(a).unwrap();
        }
        let bytes = write(&s.work(), &fw, Lang::Id, "2026-11-23").unwrap();
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        };
        let book = read("xl/workbook.xml");
        assert!(book.contains("name=\"Ringkasan\"") && book.contains("name=\"Indikator\""));
        let strings = read("xl/sharedStrings.xml");
        for text in [
            "Pemerintah Kab. Contoh",
            "Realistis; \"hemat\"",
            "=Ambisius",
            "Perbup 12/2024",
            "Baik",
        ] {
            assert!(strings.contains(text), "{text} in the shared strings");
        }
        // The summary holds the baseline index 2,95 as a number; the indicator sheet 47 rows.
        assert!(read("xl/worksheets/sheet1.xml").contains("<v>2.95</v>"));
        let indicators = read("xl/worksheets/sheet2.xml");
        assert_eq!(indicators.matches("<row ").count(), 48);
        assert!(
            indicators.contains("<v>0.013</v>"),
            "weight 1,30 % as a fraction shown as percent"
        );
    }
}

mod other_frameworks {
    use std::io::Read;
    use std::rc::Rc;

    use spbe_calculator::engine::model::RawModel;
    use spbe_calculator::state::{Action, State};

    use super::super::*;

    /// A bundled framework, read from its file.
    pub(super) fn model(id: &str) -> Framework {
        let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
        let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        Framework::from_raw(raw).unwrap()
    }

    fn sheets(bytes: Vec<u8>) -> (String, String, String) {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        };
        (
            read("xl/sharedStrings.xml"),
            read("xl/worksheets/sheet1.xml"),
            read("xl/worksheets/sheet2.xml"),
        )
    }

    #[test]
    fn pemdi_has_aspects_only_decimals_and_the_external_index() {
        let fw = Rc::new(model("pemdi-2026"));
        let mut s = State::new(fw.clone(), Lang::En);
        for a in [
            Action::StartFromPreset(1),
            Action::SetSource {
                indicator: 4,
                value: Some(6875),
            },
            Action::SetVariant {
                variant: 0,
                option: 1,
            },
        ] {
            s = s.apply(a).unwrap();
        }
        let fw = s.fw.clone();
        let (strings, summary, indicators) =
            sheets(write(&s.work(), &fw, Lang::En, "2026-11-28").unwrap());
        assert!(strings.contains("Pemdi Index"));
        assert!(
            strings.contains("Upper edge included"),
            "the chosen edge rule is named"
        );
        assert!(!strings.contains(">Domain<"), "no domain column for Pemdi");
        assert!(strings.contains("External index"));
        // Baseline 1,2413 → 1,24; the scenario with SDI 68,75 (indicator 5 = 3,75): +0,1375.
        assert!(summary.contains("<v>1.24</v>"));
        assert!(summary.contains("<v>1.38</v>"), "{summary}");
        assert!(
            indicators.contains("<v>1.1667</v>"),
            "unrounded values in the sheet"
        );
        assert!(indicators.contains("<v>68.75</v>"));
        assert_eq!(indicators.matches("<row ").count(), 21);
    }

    #[test]
    fn spbe_2018_shows_labels_and_the_cut_index() {
        let fw = Rc::new(model("spbe-2018"));
        let mut s = State::new(fw.clone(), Lang::Id);
        s = s.apply(Action::StartFromPreset(3)).unwrap();
        let (strings, summary, indicators) =
            sheets(write(&s.work(), &fw, Lang::Id, "2026-11-28").unwrap());
        assert!(strings.contains("35b"));
        // Kemenko 2018: exact 2,8167 is shown cut, 2,81.
        assert!(summary.contains("<v>2.81</v>"), "{summary}");
        assert_eq!(indicators.matches("<row ").count(), 38);
    }
}
