//! `spbe.gains` and `spbe.convertExternal` (and the npm package's, which share these rules):
//! the ranking is the engine's marginal-gain ranking under the call's options, and external
//! indices convert by the framework's map, reproducing the official examples.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pemdi2026, spbe2020};
use spbe_calculator::api::{self, ApiAny, ApiError, ApiValue, Known};
use spbe_calculator::engine::gains::marginal_gains;
use spbe_calculator::engine::plan::{PlanRequest, Target};
use spbe_calculator::engine::{Basis, Framework};

fn known<'a>(fws: &'a [std::rc::Rc<Framework>], ids: &'a [String]) -> Known<'a> {
    Known { loaded: fws, ids }
}

fn n(v: &str) -> ApiValue {
    ApiValue::Number(v.into())
}

#[test]
fn gains_rank_as_the_engine_does_under_the_options() {
    let fw = spbe2020();
    let ids = vec![fw.id.clone()];
    let fws = [std::rc::Rc::new(fw.clone())];
    let levels: Vec<u32> = (0..47).map(|i| 1 + (i * 3 % 4) as u32).collect();
    let values: Vec<ApiValue> = levels.iter().map(|l| n(&l.to_string())).collect();
    let mut efforts = vec![1u32; 47];
    efforts[4] = 3;
    let options = vec![
        (
            "efforts".to_string(),
            ApiAny::List(efforts.iter().map(|e| n(&e.to_string())).collect()),
        ),
        ("locked".to_string(), ApiAny::List(vec![n("2"), n("9")])),
    ];
    let got = api::gains(&known(&fws, &ids), &fw.id, &values, &options).unwrap();
    let mut req = PlanRequest::new(&fw, Target::Band(0), Basis::Exact);
    req.efforts = efforts;
    req.locked[1] = true;
    req.locked[8] = true;
    let want = marginal_gains(&fw, &levels, &req);
    assert_eq!(got.len(), want.len());
    assert!(got.len() > 10);
    assert!(
        got.iter().all(|g| g.indicator != 2 && g.indicator != 9),
        "locked ones left out"
    );
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g.indicator, fw.indicators[w.indicator].no);
        assert_eq!((g.from, g.to), (levels[w.indicator], w.to));
        assert_eq!(g.exact, w.gain.decimal_string(12));
        assert_eq!(g.effort, w.effort);
        assert_eq!(g.steps_to_next_band, w.steps_to_next_band);
    }
    // Ten-thousandths half up: an SPBE 2020 step of weight 130 (of 10,000) adds 0.013.
    let first_weight_130 = got
        .iter()
        .find(|g| fw.indicators[g.indicator as usize - 1].weight == 130);
    assert_eq!(first_weight_130.map(|g| g.gain_10k), Some(130));
    // A target is not an option of gains; nor a bad effort.
    let bad = api::gains(
        &known(&fws, &ids),
        &fw.id,
        &values,
        &vec![("target".into(), ApiAny::Text("baik".into()))],
    );
    assert!(
        matches!(bad, Err(ApiError::UnknownOption { .. })),
        "{bad:?}"
    );
    let bad = api::gains(
        &known(&fws, &ids),
        &fw.id,
        &values,
        &vec![("efforts".into(), ApiAny::List(vec![n("0"); 47]))],
    );
    assert_eq!(bad.unwrap_err().code(), "badOption");
}

#[test]
fn external_indices_convert_by_the_frameworks_map() {
    let fw = pemdi2026();
    let ids = vec![fw.id.clone(), "spbe-2020".to_string()];
    let other = spbe2020();
    let fws = [
        std::rc::Rc::new(fw.clone()),
        std::rc::Rc::new(other.clone()),
    ];
    let k = known(&fws, &ids);
    // The official examples: SDI 25 -> 2,00; SDI 68,75 -> 3,75 (indicator 5: 1 + SDI/25).
    for (sdi, value) in [
        ("25", 20_000),
        ("68.75", 37_500),
        ("0", 10_000),
        ("100", 50_000),
    ] {
        let c = api::convert_external(&k, "pemdi-2026", &n("5"), &n(sdi)).unwrap();
        assert_eq!((c.value, c.unit), (value, 10_000), "SDI {sdi}");
        assert_eq!(c.by, "Bappenas");
    }
    // Half up to the scale's four decimals: SDI 33,33 -> 2,3332.
    let c = api::convert_external(&k, "pemdi-2026", &n("5"), &n("33.33")).unwrap();
    assert_eq!(c.value, 23_332);
    let why = |i: &str, s: &str, m: &str| {
        let e = api::convert_external(&k, m, &n(i), &n(s)).unwrap_err();
        (e.code(), e.to_string())
    };
    let (code, text) = why("5", "100.5", "pemdi-2026");
    assert_eq!(code, "badArgument");
    assert!(text.contains("source") && text.contains("100.5"), "{text}");
    let (_, text) = why("1", "50", "pemdi-2026");
    assert!(
        text.contains("no external source") && text.contains("5, 6, 7, 18"),
        "{text}"
    );
    let (_, text) = why("21", "50", "pemdi-2026");
    assert!(text.contains("1..20"), "{text}");
    let (_, text) = why("1", "50", "spbe-2020");
    assert!(text.contains("(those that have: none)"), "{text}");
    let e = api::convert_external(&k, "pemdi-2026", &n("5"), &ApiValue::Other("string".into()));
    assert!(
        e.unwrap_err()
            .to_string()
            .contains("must be a number (got string)")
    );
}
