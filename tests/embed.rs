//! Embedding: the link options, the read-only rule and the message protocol, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::{pemdi2026, spbe2020};
use spbe_calculator::api::{ApiOptions, ApiValue, Known, score};
use spbe_calculator::embed::{
    FromHost, FromHostRaw, HOST_SOURCE, ToHost, origin_allowed, read_host_message,
};
use spbe_calculator::engine::Lang;
use spbe_calculator::engine::fragment::{self, FragmentError, Part};
use spbe_calculator::i18n::fragment_error;
use spbe_calculator::state::{Action, State};

const KEMENKO: &str = "33333333332254333332111111111114444443345432433";

fn message(json: &str) -> FromHostRaw {
    serde_json::from_str(json).unwrap()
}

#[test]
fn the_embed_options_of_a_link_are_read_and_checked() {
    let fw = spbe2020();
    let u = fragment::parse(
        "embed=1&show=planner&readonly=1&allow=https://portal.contoh.go.id,http://127.0.0.1:8080/&preset=kemenko-perekonomian-2021",
        &fw,
    )
    .unwrap();
    assert!(u.embed && u.read_only && !u.present);
    assert_eq!(u.show, Some(Part::Planner));
    assert_eq!(
        u.allow,
        ["https://portal.contoh.go.id", "http://127.0.0.1:8080"]
    );
    // The preset gives the levels when the link gives none; levels given win.
    let kemenko: Vec<u32> = KEMENKO.chars().map(|c| c.to_digit(10).unwrap()).collect();
    assert_eq!(u.levels, Some(kemenko));
    let own = fragment::parse(
        &format!("preset=kemenko-perekonomian-2021&levels={}", "2".repeat(47)),
        &fw,
    )
    .unwrap();
    assert_eq!(own.levels, Some(vec![2; 47]));
    // Every bad value is named, with what would do, in both languages.
    let bad = |link: &str| fragment::parse(link, &fw).unwrap_err();
    assert_eq!(
        bad("show=chart"),
        FragmentError::BadVariant {
            variant: "show".into(),
            value: "chart".into(),
            options: vec!["summary".into(), "entry".into(), "planner".into()]
        }
    );
    let e = bad("embed=yes");
    assert_eq!(
        fragment_error(&e, Lang::Id),
        "embed \u{201c}yes\u{201d} tidak dikenal (gunakan 1 atau 0)."
    );
    assert_eq!(
        fragment_error(&bad("preset=kota-x"), Lang::En),
        "unknown preset \u{201c}kota-x\u{201d} (use lantai or kemenko-perekonomian-2021 or kalsel-2023 or latihan-cukup-tanpa-kebijakan or latihan-baik-audit or latihan-hampir-sangat-baik)."
    );
    for origin in [
        "portal.go.id",
        "ftp://x.go.id",
        "https://x.go.id/path",
        "https://",
        "https://a b",
    ] {
        assert!(
            matches!(
                bad(&format!("allow={origin}")),
                FragmentError::BadOrigin { .. }
            ),
            "{origin}"
        );
    }
    assert!(
        fragment_error(&bad("allow=javascript:alert(1)"), Lang::Id)
            .contains("bukan asal situs web")
    );
    assert!(matches!(bad("readonly="), FragmentError::Malformed { .. }));
}

#[test]
fn an_embedded_read_only_calculator_takes_levels_from_its_host_only() {
    let s = State::new(Rc::new(spbe2020()), Lang::Id);
    let s = s
        .apply(Action::open_fragment(format!(
            "embed=1&readonly=1&show=summary&levels={KEMENKO}"
        )))
        .unwrap();
    let embed = s.mode.embed.clone().unwrap();
    assert!(embed.read_only);
    assert_eq!(embed.show, Part::Summary);
    assert!(!s.mode.editable());
    assert_eq!(s.score.index.cents(), 295);
    // Nothing on screen changes the levels.
    for a in [
        Action::SetLevel {
            indicator: 0,
            value: 5,
        },
        Action::ResetToBaseline,
        Action::StartFromPreset(0),
        Action::ApplyPlan(vec![5; 47]),
    ] {
        let shown = format!("{a:?}");
        assert!(s.apply(a).is_none(), "{shown}");
    }
    // The host may set them, checked: a wrong list changes nothing.
    assert!(s.apply(Action::HostLevels(vec![3; 46])).is_none());
    assert!(s.apply(Action::HostLevels(vec![6; 47])).is_none());
    let set = s.apply(Action::HostLevels(vec![3; 47])).unwrap();
    assert_eq!(set.score.index.cents(), 300);
    // A later link without `embed` does not leave the mode.
    let later = set
        .apply(Action::open_fragment(format!("levels={}", "4".repeat(47))))
        .unwrap();
    assert!(later.mode.embed.is_some());
    // Presenting is a mode of its own, on from a link or a button.
    let shown = State::new(Rc::new(spbe2020()), Lang::Id)
        .apply(Action::open_fragment("present=1"))
        .unwrap();
    assert!(shown.mode.present && shown.mode.editable());
    assert!(!shown.apply(Action::SetPresent(false)).unwrap().mode.present);
}

#[test]
fn host_messages_are_read_like_a_link() {
    let fw = spbe2020();
    let pemdi = pemdi2026();
    // Not ours: ignored without a word.
    for m in [
        r#"{}"#,
        r#"{"source":"other","type":"setLevels"}"#,
        r#"{"type":"setLang","lang":"en"}"#,
    ] {
        assert_eq!(read_host_message(&message(m), &fw), Ok(None), "{m}");
    }
    let ours = |rest: &str| message(&format!(r#"{{"source":"{HOST_SOURCE}",{rest}}}"#));
    assert_eq!(
        read_host_message(
            &ours(&format!(
                r#""type":"setLevels","levels":[{}]"#,
                ["3"; 47].join(",")
            )),
            &fw
        ),
        Ok(Some(FromHost::SetLevels(vec![3; 47])))
    );
    assert_eq!(
        read_host_message(
            &ours(&format!(r#""type":"setLevels","levels":"{KEMENKO}""#)),
            &fw
        )
        .unwrap()
        .map(|m| matches!(m, FromHost::SetLevels(l) if l[10] == 2)),
        Some(true)
    );
    // Pemdi takes decimals, to its four places.
    let values = [1.25; 20].map(|v| v.to_string()).join(",");
    assert_eq!(
        read_host_message(
            &ours(&format!(r#""type":"setLevels","levels":[{values}]"#)),
            &pemdi
        ),
        Ok(Some(FromHost::SetLevels(vec![12500; 20])))
    );
    assert_eq!(
        read_host_message(&ours(r#""type":"setLang","lang":"en""#), &fw),
        Ok(Some(FromHost::SetLang(Lang::En)))
    );
    // Ours with a bad value: the reason, in English, for the console.
    let why = |rest: &str, fw| read_host_message(&ours(rest), fw).unwrap_err();
    assert_eq!(
        why(r#""type":"setLevels","levels":[1,2,3]"#, &fw),
        "spbe: setLevels: levels has 3 values; it needs 47 (one per indicator)."
    );
    assert!(
        why(
            &format!(r#""type":"setLevels","levels":[{}]"#, ["6"; 47].join(",")),
            &fw
        )
        .contains("outside the range 1\u{2013}5")
    );
    assert!(
        why(
            &format!(
                r#""type":"setLevels","levels":[{}]"#,
                ["1.33333"; 20].join(",")
            ),
            &pemdi
        )
        .contains("too many decimals")
    );
    assert!(why(r#""type":"setLevels""#, &fw).contains("needs `levels`"));
    assert!(why(r#""type":"setLang","lang":"jv""#, &fw).contains("unknown language \"jv\""));
    assert!(why(r#""type":"reload""#, &fw).contains("unknown message type \"reload\""));
    // The host's text comes back quoted, cut, escaped, without control characters.
    assert!(
        why(r#""type":"setLang","lang":"a\"b\\c\nd""#, &fw)
            .contains(r#"unknown language "a\"b\\cd" (use"#)
    );
    assert!(
        why(&format!(r#""type":"{}""#, "x".repeat(40)), &fw)
            .contains(&format!("unknown message type \"{}\" (use", "x".repeat(24)))
    );
    // A list with text in it is not a list of numbers, nor a link's text: refused by serde.
    assert!(
        serde_json::from_str::<FromHostRaw>(&format!(
            r#"{{"source":"{HOST_SOURCE}","type":"setLevels","levels":[1,"x"]}}"#
        ))
        .is_err()
    );
}

#[test]
fn the_change_message_carries_the_official_figures() {
    let fw = Rc::new(spbe2020());
    let s = State::new(fw.clone(), Lang::Id)
        .apply(Action::open_fragment(format!("levels={KEMENKO}&lang=en")))
        .unwrap();
    let ToHost::Change {
        source,
        model,
        levels,
        index,
        exact,
        predicate,
        predicate_id,
        lang,
    } = ToHost::change(&s)
    else {
        panic!("a change")
    };
    let values: Vec<ApiValue> = KEMENKO
        .chars()
        .map(|c| ApiValue::Number(c.to_string()))
        .collect();
    let api = score(
        &Known {
            loaded: std::slice::from_ref(&fw),
            ids: &["spbe-2020".to_string()],
        },
        "spbe-2020",
        &values,
        &ApiOptions::default(),
    )
    .unwrap();
    assert_eq!(
        (source, model.as_str(), lang),
        ("spbe-kalkulator", "spbe-2020", "en")
    );
    assert_eq!(levels.len(), 47);
    assert_eq!(index, 2.95);
    assert_eq!(exact, api.exact);
    assert_eq!(
        (predicate.as_str(), predicate_id),
        ("Good", api.predicate_id)
    );
    let json = serde_json::to_value(ToHost::change(&s)).unwrap();
    assert_eq!(json["type"], "change");
    assert_eq!(json["predicateId"], "baik");
    assert_eq!(
        serde_json::to_value(ToHost::resize(812)).unwrap(),
        serde_json::json!({"type":"resize","source":"spbe-kalkulator","height":812})
    );
}

#[test]
fn only_allowed_origins_are_talked_to() {
    assert!(origin_allowed("https://portal.go.id", &[]));
    assert!(!origin_allowed("null", &[]));
    assert!(!origin_allowed("file://", &[]));
    let allow = vec!["https://portal.go.id".to_string()];
    assert!(origin_allowed("https://portal.go.id", &allow));
    assert!(!origin_allowed("https://evil.example", &allow));
}
