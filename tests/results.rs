//! The published results file: it says what the source says (checked row by row against the
//! CSV converted from the reports), names are found the way people type them, and ranks equal
//! a count made independently from the CSV.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

mod common;

use spbe_calculator::results::{Kind, Results, Scope, rank_among};

const CSV: &str = include_str!("data/spbe_results_2023_2024.csv");

fn results() -> Results {
    common::published()
}

/// A CSV row of the source, read here without the app's code.
struct Source {
    year: u16,
    group: String,
    name: String,
    domains: Vec<String>,
    index: u32,
    predicate: String,
    check: String,
}

fn source() -> Vec<Source> {
    let mut out = Vec::new();
    for line in CSV.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut fields = Vec::new();
        let (mut field, mut quoted) = (String::new(), false);
        for c in line.chars() {
            match (c, quoted) {
                ('"', _) => quoted = !quoted,
                (',', false) => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        let cents = |t: &str| -> u32 {
            let (i, f) = t.split_once('.').unwrap_or((t, "0"));
            i.parse::<u32>().unwrap() * 100 + format!("{f:0<2}").parse::<u32>().unwrap()
        };
        out.push(Source {
            year: fields[0].parse().unwrap(),
            group: fields[1].clone(),
            name: fields[3].clone(),
            domains: fields[4..8].to_vec(),
            index: cents(&fields[8]),
            predicate: fields[9].clone(),
            check: fields[12].clone(),
        });
    }
    out
}

/// The kind and province of a source row, by the reports' own tables.
fn classify(s: &Source) -> (&'static str, Option<String>) {
    let regional = s.group.strip_prefix("Pemerintah Daerah ");
    let Some(place) = regional else {
        let kind = match s.group.as_str() {
            "Kementerian" => "kementerian",
            g if g.contains("LPNK") => "lpnk",
            g if g.contains("LNS") => "lns",
            _ => "lainnya",
        };
        return (kind, None);
    };
    let place = place.trim_start_matches("di ").to_string();
    let place = match place.as_str() {
        "Nusa Tenggara Tlmur" => "Nusa Tenggara Timur".to_string(),
        "D.I Yogyakarta" => "DI Yogyakarta".to_string(),
        "Bangka Belitung" => "Kepulauan Bangka Belitung".to_string(),
        _ => place,
    };
    let kind = if s.name.contains(" Kab.") {
        "kabupaten"
    } else if s.name.starts_with("Pemerintah Kota") {
        "kota"
    } else {
        "provinsi"
    };
    (kind, Some(place))
}

#[test]
fn every_row_is_as_published() {
    let r = results();
    let src = source();
    assert_eq!(src.len(), 1236);
    assert_eq!(r.rows.len(), src.len());
    assert_eq!(r.years(), [2023, 2024]);
    assert_eq!(r.rows.iter().filter(|x| x.year == 2023).count(), 621);
    for (row, s) in r.rows.iter().zip(&src) {
        assert_eq!((row.year, row.index), (s.year, s.index), "{}", s.name);
        assert_eq!(row.predicate, s.predicate, "{}", s.name);
        let (kind, province) = classify(s);
        assert_eq!(row.kind.code(), kind, "{}", s.name);
        assert_eq!(row.province, province, "{}", s.name);
        for (d, printed) in row.domains.iter().zip(&s.domains) {
            match d {
                Some(c) => assert_eq!(
                    format!("{}.{:02}", c / 100, c % 100).trim_end_matches('0'),
                    printed.trim_end_matches('0'),
                    "{}",
                    s.name
                ),
                None => assert!(printed.is_empty(), "{}", s.name),
            }
        }
        // Broken rows stay, marked; nothing else is marked.
        assert_eq!(row.bad.is_some(), !s.check.starts_with("ok"), "{}", s.name);
    }
    assert_eq!(r.rows.iter().filter(|x| x.bad.is_some()).count(), 4);
    assert_eq!(r.provinces().len(), 38);
}

#[test]
fn names_are_clean_and_each_institution_has_one_id() {
    let r = results();
    for row in &r.rows {
        for noise in [
            "Tlmur",
            "KotaMobagu",
            "Pengusahaan Badan Pengusahaan",
            "  ",
            "Provinsi NTB",
            "Provinsi NTT",
        ] {
            assert!(!row.name.contains(noise), "{}", row.name);
        }
    }
    let mut years: HashMap<&str, Vec<u16>> = HashMap::new();
    for row in &r.rows {
        years.entry(&row.id).or_default().push(row.year);
    }
    assert!(
        years
            .values()
            .all(|y| y.len() <= 2 && (y.len() == 1 || y[0] != y[1]))
    );
    // The 2024 report names the DPR by its secretariat: still one institution.
    let dpr = r.of_institution("dewan-perwakilan-rakyat");
    assert_eq!(dpr.len(), 2);
    assert_eq!(dpr[1].name, "Sekretariat Jenderal Dewan Perwakilan Rakyat");
    assert_eq!(dpr[1].index, 423);
    let ntt = r.of_institution("provinsi-nusa-tenggara-timur");
    assert_eq!(ntt.len(), 2);
}

#[test]
fn thirty_real_queries_find_their_institution_first() {
    let r = results();
    let cases = [
        ("kab paser", "kab-paser"),
        ("Kabupaten Paser", "kab-paser"),
        ("paser", "kab-paser"),
        ("Pemerintah Kab. Paser", "kab-paser"),
        ("PEMKAB PASER", "kab-paser"),
        ("penajam", "kab-penajam-paser-utara"),
        (
            "kemenko perekonomian",
            "kementerian-koordinator-bidang-perekonomian",
        ),
        (
            "Kementerian Koordinator Bidang Perekonomian",
            "kementerian-koordinator-bidang-perekonomian",
        ),
        ("kemenkeu", "kementerian-keuangan"),
        ("kementrian keuangan", "kementerian-keuangan"),
        ("bpk", "badan-pemeriksa-keuangan"),
        ("kpu", "komisi-pemilihan-umum"),
        ("bssn", "badan-siber-dan-sandi-negara"),
        ("setjen dpr", "dewan-perwakilan-rakyat"),
        ("mahkamah agung", "mahkamah-agung-ri"),
        ("polri", "markas-besar-kepolisian-republik-indonesia"),
        ("kota kotamobagu", "kota-kotamobagu"),
        ("kotamobagu", "kota-kotamobagu"),
        ("prov ntt", "provinsi-nusa-tenggara-timur"),
        (
            "provinsi nusa tenggara timur",
            "provinsi-nusa-tenggara-timur",
        ),
        ("pemprov jawa timur", "provinsi-jawa-timur"),
        ("jawa timur", "provinsi-jawa-timur"),
        ("aceh tengah", "kab-aceh-tengah"),
        ("pemerintah aceh", "aceh"),
        ("yogyakarta", "di-yogyakarta"),
        ("kota yogyakarta", "kota-yogyakarta"),
        ("dki jakarta", "provinsi-dki-jakarta"),
        ("pemkot surabaya", "kota-surabaya"),
        ("kab boven digoel", "kab-boven-digoel"),
        ("kab. pacitan", "kab-pacitan"),
        ("lebong", "kab-lebong"),
        ("kota batam", "kota-batam"),
        ("paser kaltim", "kab-paser"),
        (
            "badan pengusahaan batam",
            "badan-pengusahaan-kawasan-perdagangan-bebas-dan-pelabuhan-bebas-batam",
        ),
        (
            "bappenas",
            "kementerian-perencanaan-pembangunan-nasional-badan-perencanaan-pembangunan-nasional",
        ),
        ("pupr", "kementerian-pekerjaan-umum-perumahan-rakyat"),
        ("kkp", "kementerian-kelautan-dan-perikanan"),
        ("Bélitung timur", "kab-belitung-timur"),
    ];
    for (query, id) in cases {
        let found = r.search(query);
        assert!(!found.is_empty(), "{query}: nothing found");
        assert_eq!(
            found[0].id, id,
            "{query}: first is {} ({})",
            found[0].id, found[0].name
        );
    }
    // Both years of an institution are found; a nonsense query finds nothing.
    assert_eq!(
        r.search("kab paser")
            .iter()
            .filter(|x| x.id == "kab-paser")
            .count(),
        2
    );
    assert!(r.search("zzzz").is_empty());
    // An ambiguous name finds both institutions first.
    let batam: Vec<&str> = r
        .search("batam")
        .iter()
        .take(4)
        .map(|x| x.id.as_str())
        .collect();
    assert!(
        batam.contains(&"kota-batam") && batam.iter().any(|id| id.starts_with("badan-pengusahaan")),
        "{batam:?}"
    );
    assert!(r.search("  ").is_empty());
}

#[test]
fn ranks_equal_an_independent_count_from_the_source() {
    let r = results();
    let src = source();
    let kinds = [
        "kementerian",
        "lpnk",
        "lns",
        "lainnya",
        "provinsi",
        "kabupaten",
        "kota",
    ];
    let mut scopes: Vec<(Scope, Vec<&str>)> = kinds
        .iter()
        .map(|k| (Scope::from_code(k).unwrap(), vec![*k]))
        .collect();
    scopes.push((Scope::All, kinds.to_vec()));
    scopes.push((
        Scope::Central,
        vec!["kementerian", "lpnk", "lns", "lainnya"],
    ));
    scopes.push((Scope::Regional, vec!["provinsi", "kabupaten", "kota"]));
    let provinces = [
        None,
        Some("Kalimantan Timur"),
        Some("Jawa Tengah"),
        Some("Papua Pegunungan"),
        Some("DI Yogyakarta"),
        Some("Nusa Tenggara Timur"),
    ];
    let mut checked = 0;
    for year in [2023u16, 2024] {
        for (scope, holds) in &scopes {
            for province in provinces {
                let group: Vec<u32> = src
                    .iter()
                    .filter(|s| s.year == year)
                    .filter(|s| {
                        let (k, p) = classify(s);
                        holds.contains(&k) && province.is_none_or(|want| p.as_deref() == Some(want))
                    })
                    .map(|s| s.index)
                    .collect();
                for index in (100..=500).step_by(7).chain([290, 327, 372]) {
                    let got = r.rank(index, year, *scope, province);
                    if group.is_empty() {
                        assert_eq!(got, None);
                        continue;
                    }
                    let higher = group.iter().filter(|x| **x > index).count();
                    let got = got.unwrap();
                    assert_eq!(
                        (got.rank, got.of),
                        (higher + 1, group.len()),
                        "{year} {scope:?} {province:?} {index}"
                    );
                    let at_or_below = group.len() - higher;
                    assert!(
                        (got.percentile as f64 - 100.0 * at_or_below as f64 / group.len() as f64)
                            .abs()
                            <= 0.5
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    // Kab. Paser 2024: the highest kabupaten of Kalimantan Timur, as the news said.
    let paser = r
        .of_institution("kab-paser")
        .into_iter()
        .find(|x| x.year == 2024)
        .unwrap();
    assert_eq!(paser.index, 327);
    let rank = r
        .rank(
            paser.index,
            2024,
            Scope::Kind(Kind::Kabupaten),
            Some("Kalimantan Timur"),
        )
        .unwrap();
    assert_eq!(rank.rank, 1);
    assert_eq!(rank_among(327, [327].into_iter()).unwrap().percentile, 100);
}

#[test]
fn peer_domain_averages_leave_broken_rows_out() {
    let r = results();
    let (means, n) = r.peer_domains(2024, Scope::Kind(Kind::Kementerian), None);
    // 34 kementerian, two of them with a domain missing in the source.
    assert_eq!(n, 32);
    assert!(means.iter().all(|m| m.is_some()));
    let sum: u64 = r
        .group(2024, Scope::Kind(Kind::Kementerian), None)
        .iter()
        .filter(|x| x.bad.is_none())
        .filter_map(|x| x.domains[0])
        .map(u64::from)
        .sum();
    assert_eq!(
        means[0].unwrap(),
        spbe_calculator::engine::Exact::new(sum, 3200)
    );
    assert_eq!(
        r.province_named("nusa tenggara timur"),
        Some("Nusa Tenggara Timur")
    );
    assert_eq!(r.province_named("D.I. Yogyakarta"), Some("DI Yogyakarta"));
}
