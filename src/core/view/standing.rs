//! View models of the standing screen: the chosen institution's published values, where the
//! baseline, the scenario and the roadmap years rank among the published results, the
//! distribution chart, the domains beside the peers' average, and the history across
//! frameworks.

use crate::charts::{self, Distribution, HistoryChart, HistoryPoint, HistorySpan};
use crate::engine::order;
use crate::engine::{Exact, Lang, format};
use crate::i18n::{kind_name, standing_texts, strings};
use crate::models::Catalog;
use crate::results::{Kind, Place, Rank, Results, Scope};
use crate::state::State;

/// One published year of the chosen institution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerYear {
    pub year: u16,
    pub index: String,
    pub predicate: String,
    /// D1–D4 as published ("–" where the source has none).
    pub domains: Vec<String>,
    /// Said when the source row is broken.
    pub marked: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerView {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub kind_name: String,
    pub province: Option<String>,
    pub years: Vec<PeerYear>,
}

/// "12 dari 615 · persentil 98".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankCell {
    pub text: String,
    pub rank: Rank,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankLine {
    pub label: String,
    pub index: String,
    pub national: Option<RankCell>,
    pub kind: Option<RankCell>,
    pub province: Option<RankCell>,
}

/// A domain beside the peers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainLine {
    pub name: String,
    pub peer: Option<String>,
    pub scenario: String,
    pub kind_average: Option<String>,
    pub province_average: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub year: u16,
    pub years: Vec<u16>,
    /// Ranks apply to work in the framework of the published results only.
    pub applies: bool,
    pub kind: Option<Kind>,
    pub province: Option<String>,
    pub peer: Option<PeerView>,
    pub lines: Vec<RankLine>,
    pub distribution: Option<Distribution>,
    pub domains: Vec<DomainLine>,
    /// Column heads of the domain table: peer (with year), scenario, the two averages.
    pub domain_heads: Vec<String>,
}

fn cents_text(c: u64, lang: Lang) -> String {
    format::cents(c, lang)
}

fn peer_view(data: &Results, id: &str, lang: Lang) -> Option<PeerView> {
    let rows = data.of_institution(id);
    let last = rows.last()?;
    let s = standing_texts(lang);
    Some(PeerView {
        id: id.to_string(),
        name: last.name.clone(),
        kind: last.kind,
        kind_name: kind_name(last.kind, lang).to_string(),
        province: last.province.clone(),
        years: rows
            .iter()
            .map(|r| PeerYear {
                year: r.year,
                index: cents_text(u64::from(r.index), lang),
                predicate: r.predicate.clone(),
                domains: r
                    .domains
                    .iter()
                    .map(|d| d.map_or("\u{2013}".into(), |c| cents_text(u64::from(c), lang)))
                    .collect(),
                marked: r
                    .bad
                    .as_deref()
                    .map(|b| if b == "missing" { s.missing } else { s.marked }.to_string()),
            })
            .collect(),
    })
}

fn cell(rank: Option<Rank>, lang: Lang) -> Option<RankCell> {
    let s = standing_texts(lang);
    rank.map(|r| {
        let place = match r.place() {
            Place::BelowAll => format!("{} {}", s.below_all, r.of),
            Place::AboveAll => format!("{} {}", s.above_all, r.of),
            Place::Among => format!("{} {} {} {}", s.rank_word, r.rank, s.of, r.of),
        };
        RankCell {
            text: format!("{place} \u{b7} {} {}", s.percentile, r.percentile),
            rank: r,
        }
    })
}

/// The standing of the work in `state` among the published results of `year`, for `kind`
/// and `province` (the chosen institution's, or the user's choice); `roadmap` are the
/// roadmap years' indices (computed by the caller only on this screen).
pub fn standing(
    state: &State,
    data: &Results,
    year: u16,
    kind: Option<Kind>,
    province: Option<&str>,
    roadmap: &[(u16, Exact)],
) -> Standing {
    let (fw, lang) = (&state.fw, state.lang);
    let (t, s) = (strings(lang), standing_texts(lang));
    let peer = state
        .peer
        .as_deref()
        .and_then(|id| peer_view(data, id, lang));
    let applies = fw.id == crate::results::RESULTS_MODEL;
    let shown = |e: &Exact| fw.index_cents(e) as u32;
    let mut points: Vec<(String, u32)> = Vec::new();
    if applies {
        points.push((t.baseline.to_string(), shown(&state.base_score.index)));
        points.push((state.active_name(), shown(&state.score.index)));
        for (y, e) in roadmap {
            points.push((format!("{y} ({})", s.roadmap_year), shown(e)));
        }
    }
    let province = province.and_then(|p| data.province_named(p));
    let lines = points
        .iter()
        .map(|(label, c)| RankLine {
            label: label.clone(),
            index: cents_text(u64::from(*c), lang),
            national: cell(data.rank(*c, year, Scope::All, None), lang),
            kind: kind.and_then(|k| cell(data.rank(*c, year, Scope::Kind(k), None), lang)),
            province: kind
                .zip(province)
                .and_then(|(k, p)| cell(data.rank(*c, year, Scope::Kind(k), Some(p)), lang)),
        })
        .collect();
    let scope = kind.map_or(Scope::All, Scope::Kind);
    let values = data.distribution(year, scope, None);
    let mut markers: Vec<(String, u32)> = points.iter().take(2).cloned().collect();
    if let Some(p) = &peer {
        if let Some(r) = data
            .of_institution(&p.id)
            .into_iter()
            .find(|r| r.year == year)
        {
            markers.push((format!("{} ({} {year})", p.name, s.published), r.index));
        }
    }
    let group_name = kind.map_or(s.any_kind.to_string(), |k| kind_name(k, lang).to_string());
    let distribution = (!values.is_empty()).then(|| {
        charts::distribution(
            &values,
            &markers,
            &format!("{} {year} \u{b7} {group_name}", s.distribution),
            lang,
        )
    });
    // Domains: the peer's published values of the year, the scenario's, the averages.
    let mut domains = Vec::new();
    let mut domain_heads = Vec::new();
    if applies {
        let peer_row = peer.as_ref().and_then(|p| {
            data.of_institution(&p.id)
                .into_iter()
                .find(|r| r.year == year)
        });
        let (kind_avg, _) = kind.map_or((vec![None; 4], 0), |k| {
            data.peer_domains(year, Scope::Kind(k), None)
        });
        let (prov_avg, _) = kind.zip(province).map_or((vec![None; 4], 0), |(k, p)| {
            data.peer_domains(year, Scope::Kind(k), Some(p))
        });
        let avg = |v: &Option<Exact>| v.map(|e| cents_text(e.cents(), lang));
        for (d, dom) in fw.domains.iter().enumerate() {
            domains.push(DomainLine {
                name: dom.name.get(lang).to_string(),
                peer: peer_row.and_then(|r| {
                    r.domains
                        .get(d)
                        .copied()
                        .flatten()
                        .map(|c| cents_text(u64::from(c), lang))
                }),
                scenario: cents_text(state.score.domains[d].cents(), lang),
                kind_average: kind_avg.get(d).and_then(avg),
                province_average: prov_avg.get(d).and_then(avg),
            });
        }
        domain_heads = vec![
            peer.as_ref()
                .map_or(s.peer_heading.to_string(), |p| format!("{} {year}", p.name)),
            state.active_name(),
            format!("{} {}", s.average, group_name.to_lowercase()),
            province.map_or(String::new(), |p| {
                format!(
                    "{} {} {} {p}",
                    s.average,
                    group_name.to_lowercase(),
                    s.average_in
                )
            }),
        ];
    }
    Standing {
        year,
        years: data.years(),
        applies,
        kind,
        province: province.map(str::to_string),
        peer,
        lines,
        distribution,
        domains,
        domain_heads,
    }
}

/// The index at the end of each roadmap year that has a target (the yearly plans of the
/// roadmap screen; a year without a target only carries the previous one over).
pub fn roadmap_indices(state: &State) -> Vec<(u16, Exact)> {
    let targets: Vec<_> = state.roadmap.iter().map(|y| y.target.clone()).collect();
    roadmap_indices_for(
        state,
        crate::engine::plan::roadmap(
            &state.fw,
            &state.baseline,
            &state.roadmap_request(),
            &targets,
        ),
    )
}

/// [`roadmap_indices`] of yearly plans computed at once or in slices (none where there are
/// none).
pub fn roadmap_indices_for(
    state: &State,
    years: Result<Vec<crate::engine::plan::YearPlan>, crate::engine::plan::PlanError>,
) -> Vec<(u16, Exact)> {
    years
        .map(|years| {
            state
                .roadmap
                .iter()
                .zip(years)
                .filter(|(y, _)| y.target.is_some())
                .map(|(y, p)| (y.year, p.index))
                .collect()
        })
        .unwrap_or_default()
}

/// One row of the history table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub year: u16,
    pub framework: String,
    pub value: String,
    pub source: String,
    /// Entered by the user (can be removed).
    pub entered: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct History {
    pub rows: Vec<HistoryRow>,
    pub chart: HistoryChart,
}

/// The yearly series of the institution: the published results of the chosen institution,
/// the years the user entered and the roadmap's projections, each year under the framework
/// in force then (from the catalogue's years).
pub fn history(
    state: &State,
    catalog: &Catalog,
    data: Option<&Results>,
    roadmap: &[(u16, Exact)],
) -> History {
    let lang = state.lang;
    let s = standing_texts(lang);
    let framework_of = |year: u16| {
        catalog
            .0
            .iter()
            .find(|e| e.years.from <= year && e.years.to.is_none_or(|to| year <= to))
    };
    let mut points: Vec<(u16, u32, &'static str, bool)> = Vec::new();
    if let (Some(data), Some(id)) = (data, state.peer.as_deref()) {
        for r in data.of_institution(id) {
            points.push((r.year, r.index, s.source_official, false));
        }
    }
    for p in &state.history {
        if !points.iter().any(|(y, ..)| *y == p.year) {
            points.push((p.year, p.index, s.source_entered, true));
        }
    }
    for (y, e) in roadmap {
        let belongs = framework_of(*y).is_some_and(|f| f.id == state.fw.id);
        if belongs && !points.iter().any(|(py, ..)| py == y) {
            points.push((
                *y,
                state.fw.index_cents(e) as u32,
                s.source_projected,
                false,
            ));
        }
    }
    order::sort_by_key(&mut points, |p| p.0);
    let rows = points
        .iter()
        .map(|(year, c, source, entered)| HistoryRow {
            year: *year,
            framework: framework_of(*year)
                .map_or("\u{2013}".into(), |f| f.name.get(lang).to_string()),
            value: cents_text(u64::from(*c), lang),
            source: source.to_string(),
            entered: *entered,
        })
        .collect();
    // The chart: each framework's years with its bands, the points by framework.
    let first = points.first().map_or(2018, |p| p.0).min(2018);
    let last = points.last().map_or(2030, |p| p.0).max(2030);
    let mut spans: Vec<HistorySpan> = catalog
        .0
        .iter()
        .filter_map(|e| {
            let from = e.years.from.max(first);
            let to = e.years.to.unwrap_or(last).min(last);
            (from <= to).then(|| HistorySpan {
                name: e.name.get(lang).to_string(),
                from,
                to,
                bands: e
                    .bands
                    .iter()
                    .map(|b| (b.0 * 100.0).round() as u32)
                    .collect(),
            })
        })
        .collect();
    order::sort_by_key(&mut spans, |s| s.from);
    let chart_points: Vec<HistoryPoint> = points
        .iter()
        .map(|(year, c, source, _)| HistoryPoint {
            year: *year,
            cents: *c,
            framework: framework_of(*year).map_or(String::new(), |f| f.id.clone()),
            projected: *source == s.source_projected,
        })
        .collect();
    History {
        rows,
        chart: charts::history(&spans, &chart_points, (first, last), s.history_chart, lang),
    }
}
