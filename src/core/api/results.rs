//! `spbe.results(query)` and `spbe.rank(index, { year, kind, province })`: the published SPBE
//! results through the JavaScript API (the shell loads the data on first use and returns
//! Promises; the rules are here).

use crate::engine::decimal::read_decimal;
use crate::results::{Kind, Published, Rank, Results, Scope};

use super::{ApiAny, ApiError, ApiOptions, ApiValue, kind, one_of, said};
use crate::engine::{Lang, Text};

/// The options `spbe.rank` takes.
pub const RANK_OPTIONS: [&str; 4] = ["year", "kind", "province", "lang"];
/// The names `kind` takes, in the order the README lists them.
pub const KIND_NAMES: [&str; 10] = [
    "kementerian",
    "lpnk",
    "lns",
    "lainnya",
    "provinsi",
    "kabupaten",
    "kota",
    "pusat",
    "daerah",
    "semua",
];

/// One published result as the API returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiResult {
    pub id: String,
    pub name: String,
    pub year: u16,
    pub kind: Kind,
    pub province: Option<String>,
    /// D1–D4 in hundredths (`None`: missing in the source).
    pub domains: Vec<Option<u32>>,
    pub index_cents: u32,
    pub predicate: String,
    /// Why the row's domain values are not to be trusted, when they are not.
    pub marked: Option<String>,
}

impl From<&Published> for ApiResult {
    fn from(r: &Published) -> ApiResult {
        ApiResult {
            id: r.id.clone(),
            name: r.name.clone(),
            year: r.year,
            kind: r.kind,
            province: r.province.clone(),
            domains: r.domains.clone(),
            index_cents: r.index,
            predicate: r.predicate.clone(),
            marked: r.bad.clone(),
        }
    }
}

fn argument(name: &str, problem: Text) -> ApiError {
    ApiError::BadArgument {
        argument: name.into(),
        problem,
    }
}

/// The rows whose name matches `query` (see [`Results::search`]), closest first.
pub fn results(data: &Results, query: &ApiAny) -> Result<Vec<ApiResult>, ApiError> {
    let ApiAny::Text(q) = query else {
        let got = kind(query);
        return Err(argument(
            "query",
            said(
                format!("harus berupa string seperti \"kab paser\" (diberikan {got})"),
                format!("must be a string such as \"kab paser\" (got {got})"),
            ),
        ));
    };
    if q.trim().is_empty() {
        return Err(argument(
            "query",
            said("tidak boleh kosong".into(), "must not be empty".into()),
        ));
    }
    Ok(data.search(q).into_iter().map(ApiResult::from).collect())
}

/// Where `index` (an SPBE 2020 index 1..5, as shown: rounded half up to two decimals) stands
/// among the published results of a year, a kind and a province.
pub fn rank(data: &Results, index: &ApiValue, options: &ApiOptions) -> Result<Rank, ApiError> {
    let text = match index {
        ApiValue::Number(text) => text,
        ApiValue::Other(got) => {
            return Err(argument(
                "index",
                said(
                    format!("harus berupa angka (diberikan {got})"),
                    format!("must be a number (got {got})"),
                ),
            ));
        }
    };
    // Up to four decimals are read exactly, then shown as two (half up).
    let units = read_decimal(text, 4, 10_000, 50_000).map_err(|_| {
        let got = short(text);
        argument(
            "index",
            said(
                format!(
                    "harus indeks antara 1 dan 5 dengan paling banyak 4 desimal (diberikan {got})"
                ),
                format!("must be an index between 1 and 5 with up to 4 decimals (got {got})"),
            ),
        )
    })?;
    let cents = (units + 50) / 100;
    for (key, _) in options {
        if !RANK_OPTIONS.contains(&key.as_str()) {
            return Err(ApiError::UnknownOption {
                option: key.clone(),
                model: "rank".into(),
                allowed: RANK_OPTIONS.iter().map(|s| s.to_string()).collect(),
            });
        }
    }
    let get = |k: &str| options.iter().find(|(key, _)| key == k).map(|(_, v)| v);
    // `lang` is the language of the messages (read by the caller); only checked here.
    match get("lang") {
        None => {}
        Some(ApiAny::Text(l)) if Lang::from_code(l).is_some() => {}
        Some(other) => return Err(ApiError::BadLang { got: kind(other) }),
    }
    let years = data.years();
    let year = match get("year") {
        None => years.last().copied().unwrap_or(2024),
        Some(ApiAny::Number(n)) => n
            .parse::<u16>()
            .ok()
            .filter(|y| years.contains(y))
            .ok_or_else(|| bad_year(&years, &short(n)))?,
        Some(other) => return Err(bad_year(&years, &kind(other))),
    };
    let scope = match get("kind") {
        None => Scope::All,
        Some(ApiAny::Text(t)) => {
            Scope::from_code(t).ok_or_else(|| bad_kind(&format!("\"{}\"", short(t))))?
        }
        Some(other) => return Err(bad_kind(&kind(other))),
    };
    let province = match get("province") {
        None => None,
        Some(ApiAny::Text(t)) => Some(data.province_named(t).ok_or_else(|| {
            let t = short(t);
            ApiError::BadOption {
                option: "province".into(),
                problem: said(
                    format!("\"{t}\" bukan provinsi dalam hasil terbit (misalnya \"Jawa Timur\")"),
                    format!(
                        "\"{t}\" is not a province of the published results (for example \"Jawa Timur\")"
                    ),
                ),
            }
        })?),
        Some(other) => {
            let got = kind(other);
            return Err(ApiError::BadOption {
                option: "province".into(),
                problem: said(
                    format!("harus nama provinsi (diberikan {got})"),
                    format!("must be a province name (got {got})"),
                ),
            });
        }
    };
    data.rank(cents, year, scope, province)
        .ok_or_else(|| ApiError::BadOption {
            option: "kind".into(),
            problem: said(
                "dan province bersama-sama tidak memilih satu pun hasil terbit".into(),
                "and province together select no published result".into(),
            ),
        })
}

fn bad_year(years: &[u16], got: &str) -> ApiError {
    let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    ApiError::BadOption {
        option: "year".into(),
        problem: one_of(&list.join(", "), got),
    }
}

fn bad_kind(got: &str) -> ApiError {
    ApiError::BadOption {
        option: "kind".into(),
        problem: one_of(&KIND_NAMES.join(", "), got),
    }
}

/// A value as shown in a message (see [`super::shown`]).
pub(crate) fn short(text: &str) -> String {
    super::shown(text)
}
