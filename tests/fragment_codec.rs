//! The URL fragment: every accepted form, every error, and round trips.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pemdi2026, spbe2018, spbe2020};
use proptest::prelude::*;
use spbe_calculator::engine::fragment::{self, FragmentError, LevelsField};
use spbe_calculator::engine::{Basis, Lang, View};

const KEMENKO: &str = "33333333332254333332111111111114444443345432433";

#[test]
fn reads_digits_and_comma_lists() {
    let fw = spbe2020();
    let u = fragment::parse(&format!("#levels={KEMENKO}&basis=rounded&lang=en"), &fw).unwrap();
    assert_eq!(u.levels.as_ref().unwrap()[12], 5);
    assert_eq!(u.basis, Some(Basis::Rounded));
    assert_eq!(u.lang, Some(Lang::En));
    let list: Vec<String> = KEMENKO.chars().map(|c| c.to_string()).collect();
    let v = fragment::parse(
        &format!("levels={}&base={}", list.join(","), "1".repeat(47)),
        &fw,
    )
    .unwrap();
    assert_eq!(v.levels, u.levels);
    assert_eq!(v.base, Some(vec![1; 47]));
    // Percent-encoded commas (as some chat apps rewrite them) and unknown keys are fine.
    let w = fragment::parse(&format!("levels={}&utm=x", list.join("%2C")), &fw).unwrap();
    assert_eq!(w.levels, u.levels);
    assert_eq!(fragment::parse("", &fw).unwrap(), Default::default());
    assert_eq!(fragment::parse("#", &fw).unwrap(), Default::default());
}

#[test]
fn every_problem_is_named() {
    let fw = spbe2020();
    let p = |s: &str| fragment::parse(s, &fw).unwrap_err();
    assert_eq!(
        p("levels=123"),
        FragmentError::WrongLength {
            field: LevelsField::Levels,
            expected: 47,
            got: 3
        }
    );
    assert_eq!(
        p(&format!("levels={}&base={}7", KEMENKO, &KEMENKO[1..])),
        FragmentError::OutOfRange {
            field: LevelsField::Base,
            indicator: 47,
            text: "7".into(),
            min: 1,
            max: 5
        }
    );
    assert_eq!(
        p(&format!("levels=0{}", &KEMENKO[1..])),
        FragmentError::OutOfRange {
            field: LevelsField::Levels,
            indicator: 1,
            text: "0".into(),
            min: 1,
            max: 5
        }
    );
    assert_eq!(
        p(&format!("levels=3x{}", &KEMENKO[2..])),
        FragmentError::NotANumber {
            field: LevelsField::Levels,
            position: 2,
            text: "x".into()
        }
    );
    assert_eq!(
        p("levels=1,2,3.5"),
        FragmentError::TooPrecise {
            field: LevelsField::Levels,
            position: 3,
            text: "3.5".into()
        }
    );
    assert_eq!(
        p("levels=1,,2"),
        FragmentError::NotANumber {
            field: LevelsField::Levels,
            position: 2,
            text: "".into()
        }
    );
    assert_eq!(
        p(&format!("levels={KEMENKO}&basis=round")),
        FragmentError::BadBasis {
            value: "round".into()
        }
    );
    assert_eq!(p("lang=fr"), FragmentError::BadLang { value: "fr".into() });
    assert_eq!(
        p("view=peta"),
        FragmentError::BadView {
            value: "peta".into()
        }
    );
    assert_eq!(
        fragment::parse("view=peta-jalan", &fw).unwrap().view,
        Some(View::PetaJalan)
    );
    assert_eq!(
        p("model=spbe-2018"),
        FragmentError::UnknownModel {
            id: "spbe-2018".into()
        }
    );
    assert_eq!(
        p("levels"),
        FragmentError::Malformed {
            part: "levels".into()
        }
    );
    assert_eq!(
        p("levels="),
        FragmentError::Malformed {
            part: "levels=".into()
        }
    );
    assert!(matches!(
        p(&"1".repeat(5000)),
        FragmentError::TooLong { .. }
    ));
}

#[test]
fn writes_the_short_form() {
    let fw = spbe2020();
    let levels: Vec<u32> = KEMENKO.bytes().map(|b| u32::from(b - b'0')).collect();
    let text = fragment::format(&levels, &levels, Basis::Exact, View::Isi, Lang::Id, &fw);
    assert_eq!(text, format!("model=spbe-2020&levels={KEMENKO}&lang=id"));
    let text = fragment::format(
        &levels,
        &[1; 47],
        Basis::Rounded,
        View::Rencana,
        Lang::En,
        &fw,
    );
    assert_eq!(
        text,
        format!(
            "model=spbe-2020&levels={KEMENKO}&base={}&basis=rounded&view=rencana&lang=en",
            "1".repeat(47)
        )
    );
}

#[test]
fn a_link_names_its_framework_and_old_links_are_spbe_2020() {
    assert_eq!(
        fragment::model_of(&format!("#levels={KEMENKO}")),
        "spbe-2020"
    );
    assert_eq!(
        fragment::model_of("#model=pemdi-2026&levels=1"),
        "pemdi-2026"
    );
    assert_eq!(fragment::model_of("#model=%70emdi-2026"), "pemdi-2026");
    assert_eq!(fragment::model_of("#model="), "spbe-2020");
    assert_eq!(fragment::model_of(""), "spbe-2020");
}

#[test]
fn the_screen_of_a_link_is_read_without_its_framework() {
    assert_eq!(fragment::view_of("#levels=1&view=rencana"), View::Rencana);
    assert_eq!(fragment::view_of("view=peta-jalan"), View::PetaJalan);
    assert_eq!(fragment::view_of("#view=berkas&model=nope"), View::Berkas);
    // No key, an unknown screen or an oversized fragment: the entry screen.
    assert_eq!(fragment::view_of("#levels=1"), View::Isi);
    assert_eq!(fragment::view_of("#view=kantor"), View::Isi);
    let long = format!("#view=berkas&x={}", "1".repeat(5000));
    assert_eq!(fragment::view_of(&long), View::Isi);
    // A file carried in the link (a unit's share) is not counted: the link still names its
    // framework and screen; the rest of it is still held to the limit.
    let carried = format!(
        "#model=pemdi-2026&view=berkas&{}{}",
        fragment::FILE_KEY,
        "A".repeat(8000)
    );
    assert_eq!(fragment::model_of(&carried), "pemdi-2026");
    assert_eq!(fragment::view_of(&carried), View::Berkas);
    let both = format!("{carried}&x={}", "1".repeat(5000));
    assert_eq!(fragment::model_of(&both), fragment::LINK_DEFAULT_MODEL);
}

#[test]
fn pemdi_links_carry_decimals_and_the_edge_rule() {
    let fw = pemdi2026();
    let aceh = fw.presets[1].levels.clone();
    let text = fragment::format(&aceh, &aceh, Basis::Exact, View::Isi, Lang::Id, &fw);
    assert_eq!(
        text,
        "model=pemdi-2026&levels=2,1.5,1.26,1.3,1,1,1,1,1,1,1.5,1.25,1.1667,1,1,1,2.5,1,1,1.3&lang=id"
    );
    let u = fragment::parse(&text, &fw).unwrap();
    assert_eq!(u.levels, Some(aceh.clone()));
    assert!(u.variants.is_empty());
    let upper = fw.with_choice(&[1]).unwrap();
    let text = fragment::format(&aceh, &aceh, Basis::Exact, View::Isi, Lang::Id, &upper);
    assert!(text.contains("&bandEdge=upper-inclusive&"), "{text}");
    assert_eq!(fragment::parse(&text, &fw).unwrap().variants, vec![(0, 1)]);
    // Decimal commas are not a link form (commas separate values): 1,1667 is two values.
    let p = |s: &str| fragment::parse(s, &fw).unwrap_err();
    assert_eq!(
        p("model=pemdi-2026&levels=1.16667"),
        FragmentError::TooPrecise {
            field: LevelsField::Levels,
            position: 1,
            text: "1.16667".into()
        }
    );
    assert_eq!(
        p("bandEdge=upper"),
        FragmentError::BadVariant {
            variant: "bandEdge".into(),
            value: "upper".into(),
            options: vec!["lower-inclusive".into(), "upper-inclusive".into()]
        }
    );
    // A variant of another framework is just an unknown key there.
    assert!(fragment::parse("bandEdge=upper", &spbe2020()).is_ok());
    let old = spbe2018();
    let zero =
        fragment::parse(&format!("model=spbe-2018&levels={}", "0".repeat(37)), &old).unwrap();
    assert_eq!(zero.levels, Some(vec![0; 37]));
}

proptest! {
    #[test]
    fn pemdi_round_trips(levels in prop::collection::vec(10_000u32..=50_000, 20), upper in any::<bool>()) {
        let fw = pemdi2026().with_choice(&[usize::from(upper)]).unwrap();
        let text = fragment::format(&levels, &levels, Basis::Exact, View::Isi, Lang::En, &fw);
        let u = fragment::parse(&text, &fw).unwrap();
        prop_assert_eq!(u.levels, Some(levels));
        prop_assert_eq!(u.variants, if upper { vec![(0, 1)] } else { vec![] });
    }

    #[test]
    fn round_trips(levels in prop::collection::vec(1u32..=5, 47), base in prop::collection::vec(1u32..=5, 47),
                   rounded in any::<bool>(), en in any::<bool>(), view in prop::sample::select(View::ALL.to_vec())) {
        let fw = spbe2020();
        let basis = if rounded { Basis::Rounded } else { Basis::Exact };
        let lang = if en { Lang::En } else { Lang::Id };
        let text = fragment::format(&levels, &base, basis, view, lang, &fw);
        let u = fragment::parse(&text, &fw).unwrap();
        prop_assert_eq!(u.levels, Some(levels.clone()));
        prop_assert_eq!(u.base.unwrap_or(levels), base);
        prop_assert_eq!(u.basis.unwrap_or_default(), basis);
        prop_assert_eq!(u.lang, Some(lang));
        prop_assert_eq!(u.view.unwrap_or_default(), view);
    }

    #[test]
    fn never_panics_on_any_text(s in ".{0,200}") {
        let fw = spbe2020();
        let _ = fragment::parse(&s, &fw);
        let _ = fragment::parse(&format!("levels={s}"), &fw);
        let _ = fragment::parse(&format!("levels={s}&base={s}&basis={s}&lang={s}"), &fw);
    }

    #[test]
    fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let fw = spbe2020();
        let s = String::from_utf8_lossy(&bytes);
        let _ = fragment::parse(&s, &fw);
    }

    #[test]
    fn near_miss_digit_strings_are_rejected_with_a_reason(levels in prop::collection::vec(0u32..=9, 40..55)) {
        let fw = spbe2020();
        let text: String = levels.iter().map(|v| char::from_digit(*v, 10).unwrap()).collect();
        let ok = levels.len() == 47 && levels.iter().all(|v| (1..=5).contains(v));
        let r = fragment::parse(&format!("levels={text}"), &fw);
        prop_assert_eq!(r.is_ok(), ok);
    }
}

#[test]
fn one_value_is_classified_once_for_the_api_and_the_files() {
    use spbe_calculator::engine::decimal::{ValueFault, read_value};
    let scale = common::spbe2020().scale;
    assert_eq!(read_value("3", scale), Ok(3));
    for out in [
        "0",
        "6",
        "-1",
        "-0",
        "99999999",
        "99999999.5",
        "1000000000000000000000",
    ] {
        assert_eq!(read_value(out, scale), Err(ValueFault::OutOfRange), "{out}");
    }
    assert_eq!(read_value("2.5", scale), Err(ValueFault::TooPrecise));
    for nan in ["", "x", "NaN", "Infinity", "1.2.3", "3.", "-", "٣"] {
        assert_eq!(
            read_value(nan, scale),
            Err(ValueFault::NotANumber),
            "{nan:?}"
        );
    }
}
