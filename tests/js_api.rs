//! The rules of `window.spbe.score` and `window.spbe.plan`, natively (the browser tests check
//! the JS wiring), for every bundled framework.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pemdi2026, spbe2018, spbe2020};
use spbe_calculator::api::{self, ApiAny, ApiError, ApiOptions, ApiValue, Known};
use spbe_calculator::engine::Framework;

fn nums(levels: &[&str]) -> Vec<ApiValue> {
    levels
        .iter()
        .map(|l| ApiValue::Number(l.to_string()))
        .collect()
}

fn ints(levels: &[u32]) -> Vec<ApiValue> {
    levels
        .iter()
        .map(|l| ApiValue::Number(l.to_string()))
        .collect()
}

fn opts(pairs: &[(&str, ApiAny)]) -> ApiOptions {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn text(s: &str) -> ApiAny {
    ApiAny::Text(s.into())
}

const IDS: [&str; 3] = ["pemdi-2026", "spbe-2020", "spbe-2018"];

fn ids() -> Vec<String> {
    IDS.iter().map(|s| s.to_string()).collect()
}

/// The frameworks as the API holds them (shared).
fn shared(fws: &[&Framework]) -> Vec<std::rc::Rc<Framework>> {
    fws.iter().map(|f| std::rc::Rc::new((*f).clone())).collect()
}

fn score(
    fws: &[&Framework],
    id: &str,
    v: &[ApiValue],
    o: &ApiOptions,
) -> Result<api::ApiScore, ApiError> {
    let ids = ids();
    api::score(
        &Known {
            loaded: &shared(fws),
            ids: &ids,
        },
        id,
        v,
        o,
    )
}

fn plan(
    fws: &[&Framework],
    id: &str,
    v: &[ApiValue],
    o: &ApiOptions,
) -> Result<api::ApiPlan, ApiError> {
    let ids = ids();
    api::plan(
        &Known {
            loaded: &shared(fws),
            ids: &ids,
        },
        id,
        v,
        o,
    )
}

#[test]
fn scores_the_kemenko_report_with_official_values() {
    let fw = spbe2020();
    let kemenko = ints(&fw.presets[1].levels);
    let r = score(&[&fw], "spbe-2020", &kemenko, &vec![]).unwrap();
    assert_eq!(r.index_cents, 295);
    assert_eq!(r.predicate, "Baik");
    assert_eq!(r.predicate_id, "baik");
    assert_eq!(r.domains.len(), 4);
    assert_eq!(r.aspects.len(), 8);
    assert_eq!(r.domains[0].id, fw.domains[0].id);
    assert_eq!(r.domains[0].name, "Kebijakan Internal SPBE");
    // The exact string carries every digit and agrees with the rounded figure.
    assert_eq!(r.exact, "2.9475");
    let en = score(
        &[&fw],
        "spbe-2020",
        &kemenko,
        &opts(&[("lang", text("en"))]),
    )
    .unwrap();
    assert_eq!(en.predicate, "Good");
}

#[test]
fn scores_pemdi_with_decimals_and_no_domains() {
    let fw = pemdi2026();
    let aceh = nums(&[
        "2", "1.5", "1.26", "1.3", "1", "1", "1", "1", "1", "1", "1.5", "1.25", "1.1667", "1", "1",
        "1", "2.5", "1", "1", "1.3",
    ]);
    let r = score(&[&fw], "pemdi-2026", &aceh, &vec![]).unwrap();
    assert_eq!((r.index_cents, r.exact.as_str()), (124, "1.241335"));
    assert_eq!(r.predicate, "Kurang");
    assert!(r.domains.is_empty(), "Pemdi has aspects only");
    let aspects: Vec<u64> = r.aspects.iter().map(|a| a.index_cents).collect();
    assert_eq!(aspects, vec![175, 128, 100, 117, 108, 140, 118]);
    // Every indicator on 2,50 (level 2 complete): Baik by default, Cukup upper-inclusive.
    let two = nums(&["2.5"; 20]);
    let lower = score(&[&fw], "pemdi-2026", &two, &vec![]).unwrap();
    assert_eq!((lower.index_cents, lower.predicate.as_str()), (250, "Baik"));
    let upper = score(
        &[&fw],
        "pemdi-2026",
        &two,
        &opts(&[("bandEdge", text("upper-inclusive"))]),
    )
    .unwrap();
    assert_eq!(upper.predicate, "Cukup");
}

#[test]
fn scores_spbe_2018_with_its_variants() {
    let fw = spbe2018();
    let k18 = ints(&fw.presets[3].levels);
    let t = score(&[&fw], "spbe-2018", &k18, &vec![]).unwrap();
    assert_eq!((t.index_cents, t.predicate.as_str()), (281, "Baik"));
    let h = score(
        &[&fw],
        "spbe-2018",
        &k18,
        &opts(&[("indexRounding", text("half-up"))]),
    )
    .unwrap();
    assert_eq!(h.index_cents, 282);
    let four = score(
        &[&fw],
        "spbe-2018",
        &k18,
        &opts(&[("aspect7", text("four-indicators"))]),
    )
    .unwrap();
    assert_eq!(four.domains.len(), 3);
    assert_eq!(four.aspects.len(), 7);
    // Values 0..5: 0 is allowed, 6 is not.
    let mut zero = ints(&[0; 37]);
    assert_eq!(
        score(&[&fw], "spbe-2018", &zero, &vec![])
            .unwrap()
            .index_cents,
        0
    );
    zero[36] = ApiValue::Number("6".into());
    assert_eq!(
        score(&[&fw], "spbe-2018", &zero, &vec![])
            .unwrap_err()
            .to_string(),
        "spbe: levels[36] = 6 is outside 0..5"
    );
}

#[test]
fn predicate_basis_option_decides_at_the_edge() {
    let fw = spbe2020();
    // An exact index of 1.7995 exists (Boven Digoel 2023): find levels that give it.
    let levels = common::levels_with_sum(&fw, 0..47, 17_995).expect("reachable");
    let exact = score(
        &[&fw],
        "spbe-2020",
        &ints(&levels),
        &opts(&[("predicateBasis", text("exact"))]),
    )
    .unwrap();
    let rounded = score(
        &[&fw],
        "spbe-2020",
        &ints(&levels),
        &opts(&[("predicateBasis", text("rounded"))]),
    )
    .unwrap();
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
    let pemdi = pemdi2026();
    let ok = ints(&[3; 47]);
    let err =
        |id: &str, v: &[ApiValue], o: ApiOptions| score(&[&fw, &pemdi], id, v, &o).unwrap_err();
    assert_eq!(
        err("spbe-2019", &ok, vec![]),
        ApiError::UnknownModel {
            id: "spbe-2019".into(),
            known: ids()
        }
    );
    assert_eq!(
        err("spbe-2018", &ok, vec![]).to_string(),
        "spbe: the model \"spbe-2018\" is not loaded yet; call `await spbe.load(\"spbe-2018\")` first"
    );
    assert_eq!(
        err("spbe-2020", &ok[..46], vec![]),
        ApiError::WrongLength {
            expected: 47,
            got: 46
        }
    );
    let mut bad = ok.clone();
    for v in ["6", "0", "-1", "100000000000000000000000"] {
        bad[4] = ApiValue::Number(v.into());
        assert!(matches!(
            err("spbe-2020", &bad, vec![]),
            ApiError::OutOfRange { position: 4, .. }
        ));
    }
    bad[4] = ApiValue::Number("2.5".into());
    assert_eq!(
        err("spbe-2020", &bad, vec![]).to_string(),
        "spbe: levels[4] = 2.5 is not a whole number (allowed: 1..5)"
    );
    bad[4] = ApiValue::Number("NaN".into());
    assert!(matches!(
        err("spbe-2020", &bad, vec![]),
        ApiError::NotANumber { position: 4, .. }
    ));
    bad[4] = ApiValue::Other("string".into());
    assert_eq!(
        err("spbe-2020", &bad, vec![]).to_string(),
        "spbe: levels[4] is not a number (got string)"
    );
    // Pemdi: up to 4 decimals within 1..5, the message says both.
    let mut p = nums(&["1"; 20]);
    p[12] = ApiValue::Number("1.16667".into());
    assert_eq!(
        err("pemdi-2026", &p, vec![]).to_string(),
        "spbe: levels[12] = 1.16667 has more than 4 decimals (allowed: 1..5 with up to 4 decimals)"
    );
    p[12] = ApiValue::Number("0.5".into());
    assert_eq!(
        err("pemdi-2026", &p, vec![]).to_string(),
        "spbe: levels[12] = 0.5 is outside 1..5 with up to 4 decimals"
    );
    // Options: a bad value, and an option that does not apply to the framework.
    assert!(matches!(
        err("spbe-2020", &ok, opts(&[("predicateBasis", text("floor"))])),
        ApiError::BadBasis { .. }
    ));
    assert_eq!(
        err(
            "spbe-2020",
            &ok,
            opts(&[("bandEdge", text("upper-inclusive"))])
        )
        .to_string(),
        "spbe: options.bandEdge does not apply to spbe-2020 (its options: predicateBasis, lang)"
    );
    assert_eq!(
        err(
            "pemdi-2026",
            &nums(&["1"; 20]),
            opts(&[("bandEdge", text("upper"))])
        )
        .to_string(),
        "spbe: options.bandEdge must be one of lower-inclusive, upper-inclusive (got \"upper\")"
    );
}

#[test]
fn plan_reaches_a_predicate_or_an_index() {
    let fw = spbe2020();
    let kemenko = ints(&fw.presets[1].levels);
    let p = plan(
        &[&fw],
        "spbe-2020",
        &kemenko,
        &opts(&[("target", text("Sangat Baik"))]),
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
        let q = plan(&[&fw], "spbe-2020", &kemenko, &opts(&[("target", text(t))])).unwrap();
        assert_eq!(q.steps, p.steps);
    }
    let met = plan(
        &[&fw],
        "spbe-2020",
        &kemenko,
        &opts(&[("target", ApiAny::Number("2.9".into()))]),
    )
    .unwrap();
    assert_eq!((met.status, met.index_cents), ("met", 295));
    // Pace 1 from the floor cannot reach Baik; the answer says pace binds.
    let u = plan(
        &[&fw],
        "spbe-2020",
        &ints(&[1; 47]),
        &opts(&[
            ("target", text("Baik")),
            ("pace", ApiAny::Number("1".into())),
        ]),
    )
    .unwrap();
    assert_eq!((u.status, u.best_reachable_cents), ("unreachable", 200));
    assert_eq!(u.binding, vec!["pace"]);
    // Locks keep indicators where they are.
    let l = plan(
        &[&fw],
        "spbe-2020",
        &kemenko,
        &opts(&[
            ("target", text("Sangat Baik")),
            ("locked", ApiAny::List(ints(&[42]))),
        ]),
    )
    .unwrap();
    assert!(l.steps.iter().all(|s| s.indicator != 42));
}

#[test]
fn plan_works_for_pemdi_from_fractional_values() {
    let fw = pemdi2026();
    let aceh: Vec<ApiValue> = fw.presets[1]
        .levels
        .iter()
        .map(|v| ApiValue::Number(spbe_calculator::engine::decimal::point_text(*v, 4)))
        .collect();
    let p = plan(
        &[&fw],
        "pemdi-2026",
        &aceh,
        &opts(&[("target", text("Cukup"))]),
    )
    .unwrap();
    assert_eq!(p.status, "planned");
    assert!(p.index_cents >= 150, "{}", p.exact);
    // Every step lands on a band top (1,5 / 2,5 / 3,5 / 4 / 5).
    for s in &p.steps {
        assert!(
            [15_000, 25_000, 35_000, 40_000, 50_000].contains(&s.to),
            "{s:?}"
        );
    }
    assert_eq!(p.unit, 10_000);
    // Upper-inclusive needs strictly more than 1,50.
    let u = plan(
        &[&fw],
        "pemdi-2026",
        &aceh,
        &opts(&[
            ("target", text("Cukup")),
            ("bandEdge", text("upper-inclusive")),
        ]),
    )
    .unwrap();
    assert!(u.exact.as_str() > "1.5", "{}", u.exact);
    assert_eq!(u.predicate, "Cukup");
}

#[test]
fn plan_refuses_bad_options() {
    let fw = spbe2020();
    let ok = ints(&[3; 47]);
    let err = |o: ApiOptions| plan(&[&fw], "spbe-2020", &ok, &o).unwrap_err().to_string();
    let four = ("target", ApiAny::Number("4".into()));
    assert!(err(vec![]).contains("options.target is required"));
    assert!(err(opts(&[("target", text("Hebat"))])).contains("\"Hebat\" is not a predicate"));
    assert!(
        err(opts(&[("target", ApiAny::Number("3.125".into()))])).contains("at most 2 decimals")
    );
    assert!(
        err(opts(&[
            four.clone(),
            ("efforts", ApiAny::List(ints(&[1; 46])))
        ]))
        .contains("options.efforts has 46 values")
    );
    assert!(
        err(opts(&[
            four.clone(),
            ("efforts", ApiAny::List(ints(&[0; 47])))
        ]))
        .contains("options.efforts must hold whole numbers 1..1000000")
    );
    assert!(
        err(opts(&[four.clone(), ("locked", ApiAny::List(ints(&[48])))]))
            .contains("options.locked must hold whole numbers 1..47")
    );
    assert!(
        err(opts(&[four.clone(), ("pace", text("2"))])).contains("options.pace must hold numbers")
    );
    assert!(
        err(opts(&[four.clone(), ("pace", ApiAny::Number("5".into()))]))
            .contains("options.pace must hold whole numbers 1..4")
    );
    assert!(err(opts(&[four.clone(), ("curve", text("steep"))])).contains("options.curve must be"));
    assert!(
        err(opts(&[
            four.clone(),
            ("maxLevels", ApiAny::List(ints(&[6; 47])))
        ]))
        .contains("options.maxLevels[0] = 6 is outside 1..5")
    );
    assert!(err(opts(&[four.clone(), ("lang", text("jv"))])).contains("options.lang must be"));
    // `lang` names the predicate (and the messages), as for `score`.
    let named = |lang: &str| {
        plan(
            &[&fw],
            "spbe-2020",
            &ok,
            &opts(&[four.clone(), ("lang", text(lang))]),
        )
        .unwrap()
        .predicate
    };
    assert_eq!(named("id"), "Sangat Baik");
    assert_eq!(named("en"), "Very good");
}

/// Every refusal has its message in Indonesian as well as in English: the same argument named,
/// the same numbers, no English left in the Indonesian one.
#[test]
fn refusals_are_worded_in_both_languages() {
    use spbe_calculator::engine::Lang;
    let fw = spbe2020();
    let ok = ints(&[3; 47]);
    let four = ("target", ApiAny::Number("4".into()));
    let mut cases: Vec<ApiError> = vec![
        score(&[&fw], "spbe-9999", &ok, &vec![]).unwrap_err(),
        score(&[], "pemdi-2026", &ok, &vec![]).unwrap_err(),
        score(&[&fw], "spbe-2020", &ints(&[3; 46]), &vec![]).unwrap_err(),
        score(
            &[&fw],
            "spbe-2020",
            &[vec![ApiValue::Other("string".into())], ints(&[3; 46])].concat(),
            &vec![],
        )
        .unwrap_err(),
        score(
            &[&fw],
            "spbe-2020",
            &[nums(&["3.5"]), ints(&[3; 46])].concat(),
            &vec![],
        )
        .unwrap_err(),
        score(
            &[&fw],
            "spbe-2020",
            &[ints(&[6]), ints(&[3; 46])].concat(),
            &vec![],
        )
        .unwrap_err(),
        score(
            &[&fw],
            "spbe-2020",
            &ok,
            &opts(&[("predicateBasis", text("x"))]),
        )
        .unwrap_err(),
        score(&[&fw], "spbe-2020", &ok, &opts(&[("lang", text("jv"))])).unwrap_err(),
        score(&[&fw], "spbe-2020", &ok, &opts(&[("pace", text("x"))])).unwrap_err(),
        ApiError::ModelIdNotAString,
        ApiError::LevelsNotAnArray,
        ApiError::OptionsNotAnObject,
        ApiError::Limit(spbe_calculator::engine::Limit::TooMany { max: 10_000 }),
    ];
    for o in [
        vec![],
        opts(&[("target", text("Hebat"))]),
        opts(&[("target", ApiAny::Number("3.125".into()))]),
        opts(&[four.clone(), ("efforts", ApiAny::List(ints(&[1; 46])))]),
        opts(&[four.clone(), ("efforts", ApiAny::List(ints(&[0; 47])))]),
        opts(&[four.clone(), ("locked", text("1"))]),
        opts(&[four.clone(), ("pace", text("2"))]),
        opts(&[four.clone(), ("curve", text("steep"))]),
        opts(&[four.clone(), ("maxLevels", ApiAny::List(ints(&[6; 47])))]),
        opts(&[
            four.clone(),
            (
                "maxLevels",
                ApiAny::List(vec![ApiValue::Other("boolean".into()); 47]),
            ),
        ]),
    ] {
        cases.push(plan(&[&fw], "spbe-2020", &ok, &o).unwrap_err());
    }
    let english = [
        " must ",
        " is not ",
        " has ",
        " does not ",
        " outside ",
        " the ",
        " got ",
        "allowed",
        "known:",
        "required",
        "refused",
    ];
    for e in &cases {
        let (id, en) = (e.message(Lang::Id), e.message(Lang::En));
        assert_eq!(en, e.to_string(), "Display is the English message");
        assert_ne!(id, en, "{en}");
        assert!(id.starts_with("spbe: ") && en.starts_with("spbe: "), "{id}");
        for word in english {
            assert!(!id.contains(word), "English {word:?} in: {id}");
        }
        // The same argument named first, the same numbers in both.
        let head = |m: &str| {
            m[6..]
                .split([' ', '[', '='])
                .next()
                .unwrap_or("")
                .to_string()
        };
        let digits = |m: &str| m.chars().filter(char::is_ascii_digit).collect::<String>();
        if !matches!(
            e,
            ApiError::UnknownModel { .. } | ApiError::NotLoaded { .. } | ApiError::Limit(_)
        ) {
            assert_eq!(head(&id), head(&en), "{id} / {en}");
        }
        assert_eq!(digits(&id), digits(&en), "{id} / {en}");
    }
    assert_eq!(
        cases[2].message(Lang::Id),
        "spbe: levels berisi 46 nilai; model ini punya 47 indikator"
    );
    assert_eq!(
        cases[14].message(Lang::Id),
        "spbe: options.target \"Hebat\" bukan predikat (pakai salah satu: Kurang, Cukup, Baik, Sangat Baik, Memuaskan)"
    );
}

mod published_results {
    use super::common::published;
    use super::{ApiAny, ApiValue, opts, text};
    use spbe_calculator::api;

    #[test]
    fn results_finds_rows_and_refuses_a_query_that_is_not_text() {
        let data = published();
        let rows = api::results(&data, &text("kab paser")).unwrap();
        assert_eq!(rows[0].name, "Pemerintah Kab. Paser");
        assert_eq!(rows.iter().filter(|r| r.id == "kab-paser").count(), 2);
        let p24 = rows
            .iter()
            .find(|r| r.id == "kab-paser" && r.year == 2024)
            .unwrap();
        assert_eq!((p24.index_cents, p24.predicate.as_str()), (327, "Baik"));
        assert_eq!(p24.province.as_deref(), Some("Kalimantan Timur"));
        assert_eq!(p24.domains.len(), 4);
        let err = api::results(&data, &ApiAny::Number("3".into())).unwrap_err();
        assert_eq!(
            err.to_string(),
            "spbe: query must be a string such as \"kab paser\" (got 3)"
        );
        let err = api::results(&data, &text("  ")).unwrap_err();
        assert_eq!(err.to_string(), "spbe: query must not be empty");
        assert!(api::results(&data, &text("tidak ada")).unwrap().is_empty());
    }

    #[test]
    fn rank_places_an_index_and_names_a_bad_argument() {
        let data = published();
        let n = |s: &str| ApiValue::Number(s.into());
        let all = api::rank(&data, &n("3.27"), &vec![]).unwrap();
        assert_eq!(all.of, 615, "2024 by default");
        let kaltim = api::rank(
            &data,
            &n("3.27"),
            &opts(&[
                ("year", ApiAny::Number("2024".into())),
                ("kind", text("kabupaten")),
                ("province", text("kalimantan timur")),
            ]),
        )
        .unwrap();
        assert_eq!(kaltim.rank, 1);
        // 3,2650 shows as 3,27: the same place.
        let exact = api::rank(
            &data,
            &n("3.265"),
            &opts(&[
                ("kind", text("kabupaten")),
                ("province", text("Kalimantan Timur")),
            ]),
        )
        .unwrap();
        assert_eq!(exact, kaltim);
        let msg = |index: &str, o: Vec<(String, ApiAny)>| {
            api::rank(&data, &n(index), &o).unwrap_err().to_string()
        };
        assert_eq!(
            msg("6", vec![]),
            "spbe: index must be an index between 1 and 5 with up to 4 decimals (got 6)"
        );
        assert_eq!(
            msg("1e300", vec![]),
            "spbe: index must be an index between 1 and 5 with up to 4 decimals (got 1e300)"
        );
        assert_eq!(
            api::rank(&data, &ApiValue::Other("string".into()), &vec![])
                .unwrap_err()
                .to_string(),
            "spbe: index must be a number (got string)"
        );
        assert_eq!(
            msg("3", opts(&[("year", ApiAny::Number("2022".into()))])),
            "spbe: options.year must be one of 2023, 2024 (got 2022)"
        );
        assert!(
            msg("3", opts(&[("kind", text("desa"))]))
                .starts_with("spbe: options.kind must be one of kementerian, lpnk, lns")
        );
        assert_eq!(
            msg("3", opts(&[("province", text("Atlantis"))])),
            "spbe: options.province \"Atlantis\" is not a province of the published results (for example \"Jawa Timur\")"
        );
        assert_eq!(
            msg("3", opts(&[("Kind", text("kota"))])),
            "spbe: options.Kind does not apply to rank (its options: year, kind, province, lang)"
        );
        // A central kind in a province selects nothing: said, not a rank of 0.
        assert!(
            msg(
                "3",
                opts(&[("kind", text("kementerian")), ("province", text("Bali"))])
            )
            .contains("select no published result")
        );
    }
}

#[test]
fn numbers_and_texts_in_messages_are_short() {
    let fw = spbe_calculator::engine::Framework::clone(&spbe2020());
    let huge = format!("1{}", "0".repeat(300));
    let mut levels = vec!["3".to_string(); 47];
    levels[46] = huge.clone();
    let values: Vec<ApiValue> = levels.iter().map(|l| ApiValue::Number(l.clone())).collect();
    let loaded = shared(&[&fw]);
    let ids = ids();
    let known = Known {
        loaded: &loaded,
        ids: &ids,
    };
    let e = api::score(&known, "spbe-2020", &values, &vec![])
        .unwrap_err()
        .to_string();
    assert_eq!(e, "spbe: levels[46] = 1e300 is outside 1..5");
    let tiny = format!("0.{}1234", "0".repeat(23));
    levels[46] = tiny;
    let values: Vec<ApiValue> = levels.iter().map(|l| ApiValue::Number(l.clone())).collect();
    let e = api::score(&known, "spbe-2020", &values, &vec![])
        .unwrap_err()
        .to_string();
    assert_eq!(e, "spbe: levels[46] = 1.23e-24 is outside 1..5");
    // A long text option is cut, never printed whole.
    let long = "x".repeat(500);
    let e = api::score(
        &known,
        "spbe-2020",
        &ints(&[3; 47]),
        &opts(&[("predicateBasis", text(&long))]),
    )
    .unwrap_err()
    .to_string();
    assert!(e.len() < 120, "{e}");
    assert!(e.contains("xxxxxxxxxxxxxxxxxxxxxxxx…"), "{e}");
}
