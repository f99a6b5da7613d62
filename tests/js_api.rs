//! The rules of `window.spbe.score`, natively (the browser test checks the JS wiring).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::spbe2020;
use spbe_calculator::api::{self, ApiError, ApiValue};

fn nums(levels: &[u32]) -> Vec<ApiValue> {
    levels
        .iter()
        .map(|l| ApiValue::Number(l.to_string()))
        .collect()
}

#[test]
fn scores_the_kemenko_report_with_official_values() {
    let fw = spbe2020();
    let kemenko = &fw.presets[1].levels;
    let r = api::score(&[&fw], "spbe-2020", &nums(kemenko), None, None).unwrap();
    assert_eq!(r.index_cents, 295);
    assert_eq!(r.predicate, "Baik");
    assert_eq!(r.predicate_id, "baik");
    assert_eq!(r.domains.len(), 4);
    assert_eq!(r.aspects.len(), 8);
    assert_eq!(r.domains[0].id, fw.domains[0].id);
    assert_eq!(r.domains[0].name, "Kebijakan Internal SPBE");
    // The exact string carries every digit and agrees with the rounded figure.
    assert!(r.exact.starts_with("2.9"), "{}", r.exact);
    assert!(!r.exact.contains('…'));
    let en = api::score(&[&fw], "spbe-2020", &nums(kemenko), None, Some("en")).unwrap();
    assert_eq!(en.predicate, "Good");
}

#[test]
fn predicate_basis_option_decides_at_the_edge() {
    let fw = spbe2020();
    // An exact index of 1.7995 exists (Boven Digoel 2023): find levels that give it.
    let levels = common::levels_with_sum(&fw, 0..47, 17_995).expect("reachable");
    let exact = api::score(&[&fw], "spbe-2020", &nums(&levels), Some("exact"), None).unwrap();
    let rounded = api::score(&[&fw], "spbe-2020", &nums(&levels), Some("rounded"), None).unwrap();
    assert_eq!(exact.exact, "1.7995");
    assert_eq!(
        (exact.index_cents, exact.predicate.as_str()),
        (180, "Kurang")
    );
    assert_eq!(
        (rounded.index_cents, rounded.predicate.as_str()),
        (180, "Cukup")
    );
}

#[test]
fn refuses_bad_input_naming_the_fault() {
    let fw = spbe2020();
    let ok = nums(&[3; 47]);
    let err = |id: &str, v: &[ApiValue], basis: Option<&str>| {
        api::score(&[&fw], id, v, basis, None).unwrap_err()
    };
    assert_eq!(
        err("spbe-2019", &ok, None),
        ApiError::UnknownModel {
            id: "spbe-2019".into(),
            known: vec!["spbe-2020".into()]
        }
    );
    assert_eq!(
        err("spbe-2020", &ok[..46], None),
        ApiError::WrongLength {
            expected: 47,
            got: 46
        }
    );
    let mut bad = ok.clone();
    bad[4] = ApiValue::Number("6".into());
    assert!(matches!(
        err("spbe-2020", &bad, None),
        ApiError::OutOfRange { position: 4, .. }
    ));
    bad[4] = ApiValue::Number("0".into());
    assert!(matches!(
        err("spbe-2020", &bad, None),
        ApiError::OutOfRange { position: 4, .. }
    ));
    bad[4] = ApiValue::Number("-1".into());
    assert!(matches!(
        err("spbe-2020", &bad, None),
        ApiError::OutOfRange { position: 4, .. }
    ));
    bad[4] = ApiValue::Number("100000000000000000000000".into());
    assert!(matches!(
        err("spbe-2020", &bad, None),
        ApiError::OutOfRange { position: 4, .. }
    ));
    bad[4] = ApiValue::Number("2.5".into());
    assert!(matches!(
        err("spbe-2020", &bad, None),
        ApiError::TooPrecise { position: 4, .. }
    ));
    bad[4] = ApiValue::Number("NaN".into());
    assert!(matches!(
        err("spbe-2020", &bad, None),
        ApiError::NotANumber { position: 4, .. }
    ));
    bad[4] = ApiValue::Other("string".into());
    let e = err("spbe-2020", &bad, None);
    assert_eq!(
        e.to_string(),
        "spbe: levels[4] is not a number (got string)"
    );
    assert!(matches!(
        err("spbe-2020", &ok, Some("floor")),
        ApiError::BadBasis { .. }
    ));
}

fn plan_options(target: api::ApiTarget) -> api::PlanOptions {
    api::PlanOptions {
        target: Some(target),
        ..Default::default()
    }
}

#[test]
fn plan_reaches_a_predicate_or_an_index() {
    use spbe_calculator::api::ApiTarget;
    let fw = spbe2020();
    let kemenko = nums(&fw.presets[1].levels);
    let p = api::plan(
        &[&fw],
        "spbe-2020",
        &kemenko,
        &plan_options(ApiTarget::Text("Sangat Baik".into())),
    )
    .unwrap();
    assert_eq!(p.status, "planned");
    assert_eq!(p.effort, 20);
    assert_eq!(
        (p.index_cents, p.exact.as_str(), p.predicate.as_str()),
        (350, "3.5", "Sangat Baik")
    );
    assert_eq!(p.steps.iter().map(|s| s.to - s.from).sum::<u32>(), 20);
    assert_eq!(p.best_reachable_cents, 500);
    // English names and band ids work too; a number is an index.
    for t in ["very good", "sangat-baik"] {
        let q = api::plan(
            &[&fw],
            "spbe-2020",
            &kemenko,
            &plan_options(ApiTarget::Text(t.into())),
        )
        .unwrap();
        assert_eq!(q.steps, p.steps);
    }
    let met = api::plan(
        &[&fw],
        "spbe-2020",
        &kemenko,
        &plan_options(ApiTarget::Number("2.9".into())),
    )
    .unwrap();
    assert_eq!((met.status, met.index_cents), ("met", 295));
    // Pace 1 from the floor cannot reach Baik; the answer says pace binds.
    let mut o = plan_options(ApiTarget::Text("Baik".into()));
    o.pace = Some(ApiValue::Number("1".into()));
    let u = api::plan(&[&fw], "spbe-2020", &nums(&[1; 47]), &o).unwrap();
    assert_eq!((u.status, u.best_reachable_cents), ("unreachable", 200));
    assert_eq!(u.binding, vec!["pace"]);
    // Locks keep indicators where they are.
    let mut o = plan_options(ApiTarget::Text("Sangat Baik".into()));
    o.locked = Some(vec![ApiValue::Number("42".into())]);
    let l = api::plan(&[&fw], "spbe-2020", &kemenko, &o).unwrap();
    assert!(l.steps.iter().all(|s| s.indicator != 42));
}

#[test]
fn plan_refuses_bad_options() {
    use spbe_calculator::api::{ApiTarget, PlanOptions};
    let fw = spbe2020();
    let ok = nums(&[3; 47]);
    let err = |o: PlanOptions| {
        api::plan(&[&fw], "spbe-2020", &ok, &o)
            .unwrap_err()
            .to_string()
    };
    assert!(err(PlanOptions::default()).contains("options.target is required"));
    assert!(
        err(plan_options(ApiTarget::Text("Hebat".into()))).contains("\"Hebat\" is not a predicate")
    );
    assert!(err(plan_options(ApiTarget::Number("3.125".into()))).contains("at most 2 decimals"));
    let mut o = plan_options(ApiTarget::Number("4".into()));
    o.efforts = Some(nums(&[1; 46]));
    assert!(err(o).contains("options.efforts has 46 values"));
    let mut o = plan_options(ApiTarget::Number("4".into()));
    o.efforts = Some(nums(&[0; 47]));
    assert!(err(o).contains("options.efforts must hold whole numbers 1..1000000"));
    let mut o = plan_options(ApiTarget::Number("4".into()));
    o.locked = Some(vec![ApiValue::Number("48".into())]);
    assert!(err(o).contains("options.locked must hold whole numbers 1..47"));
    let mut o = plan_options(ApiTarget::Number("4".into()));
    o.pace = Some(ApiValue::Other("string".into()));
    assert!(err(o).contains("options.pace must hold numbers"));
    let mut o = plan_options(ApiTarget::Number("4".into()));
    o.curve = Some("steep".into());
    assert!(err(o).contains("options.curve must be"));
    let mut o = plan_options(ApiTarget::Number("4".into()));
    o.max_levels = Some(nums(&[6; 47]));
    assert!(err(o).contains("options.maxLevels[0] = 6 is outside 1..5"));
}
