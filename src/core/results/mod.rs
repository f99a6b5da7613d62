//! The published SPBE results (KemenPANRB's 2023 and 2024 evaluations, PermenPANRB 59/2020):
//! finding an institution by part of its name, and placing any index among the published
//! results of a year — nationally, among the same kind, and among the same kind in the same
//! province. The data file (`assets/data/results-2023-2024.json`, built by
//! `scripts/make-results.mjs`) is loaded only when something needs it.
//!
//! The rank rule, as the screen states it: rank = 1 + the number of published results whose
//! index is higher; the percentile is the share of results at or below the index. Published
//! indices have two decimals, so an index is compared as shown (rounded half up).

use crate::engine::order;
use serde::Deserialize;

use crate::engine::{Exact, Text};

mod rank;
mod words;

pub use rank::{Place, Rank, rank_among};
pub use words::normalize;

/// Where the published results are served (same origin, cached by the service worker).
pub const RESULTS_PATH: &str = "data/results-2023-2024.json";
/// The framework the published results belong to.
pub const RESULTS_MODEL: &str = "spbe-2020";

/// The kind of institution, as the reports group them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Kementerian,
    Lpnk,
    Lns,
    /// Other central institutions (state bodies' secretariats, police, broadcasters, …).
    Lainnya,
    Provinsi,
    Kabupaten,
    Kota,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Kementerian,
        Kind::Lpnk,
        Kind::Lns,
        Kind::Lainnya,
        Kind::Provinsi,
        Kind::Kabupaten,
        Kind::Kota,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Kementerian => "kementerian",
            Kind::Lpnk => "lpnk",
            Kind::Lns => "lns",
            Kind::Lainnya => "lainnya",
            Kind::Provinsi => "provinsi",
            Kind::Kabupaten => "kabupaten",
            Kind::Kota => "kota",
        }
    }

    pub fn regional(self) -> bool {
        matches!(self, Kind::Provinsi | Kind::Kabupaten | Kind::Kota)
    }
}

/// Which published results an index is placed among.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    All,
    Kind(Kind),
    /// Every central institution (kementerian, lpnk, lns, lainnya).
    Central,
    /// Every regional government (provinsi, kabupaten, kota).
    Regional,
}

impl Scope {
    /// `kementerian` … `kota`, `pusat` (all central), `daerah` (all regional), `semua`/`all`.
    pub fn from_code(code: &str) -> Option<Scope> {
        match code.trim().to_ascii_lowercase().as_str() {
            "pusat" => Some(Scope::Central),
            "daerah" => Some(Scope::Regional),
            "semua" | "all" | "" => Some(Scope::All),
            c => Kind::ALL
                .into_iter()
                .find(|k| k.code() == c)
                .map(Scope::Kind),
        }
    }

    pub fn holds(self, kind: Kind) -> bool {
        match self {
            Scope::All => true,
            Scope::Kind(k) => k == kind,
            Scope::Central => !kind.regional(),
            Scope::Regional => kind.regional(),
        }
    }
}

/// One published result.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Published {
    #[serde(rename = "y")]
    pub year: u16,
    #[serde(rename = "k")]
    pub kind: Kind,
    /// The province of a regional government.
    #[serde(rename = "p")]
    pub province: Option<String>,
    /// The same institution in both years.
    pub id: String,
    #[serde(rename = "n")]
    pub name: String,
    /// D1–D4 as published, in hundredths (a value missing in the source is `None`).
    #[serde(rename = "d")]
    pub domains: Vec<Option<u32>>,
    /// The index as published, in hundredths.
    #[serde(rename = "i")]
    pub index: u32,
    /// The predicate as published ("Sangat Baik").
    #[serde(rename = "pr")]
    pub predicate: String,
    /// `mismatch` or `missing`: the domain values are broken in the source (the index stands).
    #[serde(default)]
    pub bad: Option<String>,
    /// Words people search by (acronyms, short names).
    #[serde(default, rename = "w")]
    pub words: Vec<String>,
}

/// The data file as written.
#[derive(Clone, Debug, Deserialize)]
pub struct ResultsFile {
    pub format: u32,
    /// Where the results come from, in both languages.
    pub source: Text,
    pub model: String,
    pub note: String,
    pub rows: Vec<Published>,
}

/// Why the published results could not be had (the shell fetches them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultsError {
    /// The file could not be fetched: offline before it was ever fetched, or the HTTP status.
    Fetch(Option<u16>),
    /// The file is not a results file this version can read.
    Invalid(String),
}

/// The published results, ready to search and rank.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub source: Text,
    pub rows: Vec<Published>,
    /// The words of each row: its name, then its search words (normalised).
    words: Vec<(Vec<String>, Vec<String>)>,
}

impl Results {
    /// Check the file (format, years, values in range, four domains) and index it.
    pub fn from_file(file: ResultsFile) -> Result<Results, String> {
        if file.format != 1 {
            return Err(format!("unknown results format {}", file.format));
        }
        if file.model != RESULTS_MODEL {
            return Err(format!(
                "results of \"{}\", not {RESULTS_MODEL}",
                file.model
            ));
        }
        for (k, r) in file.rows.iter().enumerate() {
            let in_range = |c: u32| (100..=500).contains(&c);
            let domains_ok = r.domains.len() == 4 && r.domains.iter().flatten().all(|c| *c <= 500);
            if !in_range(r.index) || !domains_ok || r.id.is_empty() || r.name.is_empty() {
                return Err(format!("row {} ({}) is not a result", k + 1, r.name));
            }
            if r.kind.regional() != r.province.is_some() {
                return Err(format!(
                    "row {} ({}): province and kind disagree",
                    k + 1,
                    r.name
                ));
            }
        }
        let words = file
            .rows
            .iter()
            .map(|r| {
                let extra = r.words.iter().flat_map(|w| normalize(w)).collect();
                (normalize(&r.name), extra)
            })
            .collect();
        Ok(Results {
            source: file.source,
            rows: file.rows,
            words,
        })
    }

    /// The years published, oldest first.
    pub fn years(&self) -> Vec<u16> {
        let mut y: Vec<u16> = self.rows.iter().map(|r| r.year).collect();
        order::sort(&mut y);
        y.dedup();
        y
    }

    /// The provinces, in alphabetical order.
    pub fn provinces(&self) -> Vec<&str> {
        let mut p: Vec<&str> = self
            .rows
            .iter()
            .filter_map(|r| r.province.as_deref())
            .collect();
        order::sort(&mut p);
        p.dedup();
        p
    }

    /// The province named `name` (ignoring case, accents and punctuation), as written in the
    /// data.
    pub fn province_named(&self, name: &str) -> Option<&str> {
        let want = normalize(name);
        self.provinces().into_iter().find(|p| normalize(p) == want)
    }

    /// The rows whose name (or search words: acronyms, the province) hold every word of
    /// `query`, each query word being the start of one of the row's words. Closest first: a
    /// word of the name before a search word, a whole word before its start, fewer other
    /// words in the name ("Kab. Paser" before "Kab. Penajam Paser Utara"); then by name and
    /// year. An empty query finds nothing.
    pub fn search(&self, query: &str) -> Vec<&Published> {
        let q = normalize(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(usize, usize, &Published)> = self
            .rows
            .iter()
            .zip(&self.words)
            .filter_map(|(r, (name, extra))| {
                let mut cost = 0;
                for t in &q {
                    let whole = |ws: &[String]| ws.iter().any(|w| w == t);
                    let start = |ws: &[String]| ws.iter().any(|w| w.starts_with(t.as_str()));
                    cost += if whole(name) {
                        0
                    } else if start(name) {
                        1
                    } else if whole(extra) {
                        2
                    } else if start(extra) {
                        3
                    } else {
                        return None;
                    };
                }
                let others = name.iter().filter(|w| !q.contains(w)).count();
                Some((cost, others, r))
            })
            .collect();
        order::sort_by(&mut found, |a, b| {
            (a.0, a.1, &a.2.name, a.2.year).cmp(&(b.0, b.1, &b.2.name, b.2.year))
        });
        found.into_iter().map(|(_, _, r)| r).collect()
    }

    /// The rows of the institution `id` (one per year published).
    pub fn of_institution(&self, id: &str) -> Vec<&Published> {
        self.rows.iter().filter(|r| r.id == id).collect()
    }

    /// The published results of `year` within `scope` (and `province`, when given).
    pub fn group(&self, year: u16, scope: Scope, province: Option<&str>) -> Vec<&Published> {
        self.rows
            .iter()
            .filter(|r| r.year == year && scope.holds(r.kind))
            .filter(|r| province.is_none_or(|p| r.province.as_deref() == Some(p)))
            .collect()
    }

    /// Where an index (in hundredths, as shown) stands among the group; `None` for an empty
    /// group.
    pub fn rank(
        &self,
        index: u32,
        year: u16,
        scope: Scope,
        province: Option<&str>,
    ) -> Option<Rank> {
        let group = self.group(year, scope, province);
        rank_among(index, group.iter().map(|r| r.index))
    }

    /// The group's indices, lowest first (for the distribution chart).
    pub fn distribution(&self, year: u16, scope: Scope, province: Option<&str>) -> Vec<u32> {
        let mut v: Vec<u32> = self
            .group(year, scope, province)
            .iter()
            .map(|r| r.index)
            .collect();
        order::sort(&mut v);
        v
    }

    /// The exact mean of each domain over the group's rows whose domains are sound (rows
    /// marked broken in the source are left out), with how many rows went in.
    pub fn peer_domains(
        &self,
        year: u16,
        scope: Scope,
        province: Option<&str>,
    ) -> (Vec<Option<Exact>>, usize) {
        let sound: Vec<&Published> = self
            .group(year, scope, province)
            .into_iter()
            .filter(|r| r.bad.is_none())
            .collect();
        let means = (0..4)
            .map(|d| {
                let values: Vec<u64> = sound
                    .iter()
                    .filter_map(|r| r.domains.get(d).copied().flatten())
                    .map(u64::from)
                    .collect();
                (!values.is_empty())
                    .then(|| Exact::new(values.iter().sum::<u64>(), 100 * values.len() as u64))
            })
            .collect();
        (means, sound.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_read_their_codes() {
        assert_eq!(
            Scope::from_code("Kabupaten"),
            Some(Scope::Kind(Kind::Kabupaten))
        );
        assert_eq!(Scope::from_code("pusat"), Some(Scope::Central));
        assert_eq!(Scope::from_code("daerah"), Some(Scope::Regional));
        assert_eq!(Scope::from_code("desa"), None);
        assert!(Scope::Central.holds(Kind::Lns) && !Scope::Central.holds(Kind::Kota));
    }
}
