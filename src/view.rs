//! View models: everything the screen shows, computed from [`State`] in plain Rust. The Yew
//! components only lay these out, so the numbers, signs and texts on screen are tested
//! natively (`tests/view_models.rs`).

use crate::engine::{Exact, Framework, Lang, format};
use crate::i18n::{self, strings};
use crate::state::State;

/// One segment of the band bar, in thousandths of the bar's width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandSegment {
    pub name: String,
    pub color: String,
    pub start: u32,
    pub width: u32,
    /// The lower edge as shown ("2,60").
    pub from: String,
    pub current: bool,
}

/// A domain or aspect line of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartLine {
    pub id: String,
    pub name: String,
    pub weight: String,
    pub value: String,
    /// Change of the shown value from the baseline ("+0,30"), when there is one.
    pub delta: Option<String>,
    pub delta_sign: i8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainLines {
    pub domain: PartLine,
    pub aspects: Vec<PartLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The official figure, "2,95".
    pub index: String,
    /// The exact value with every digit, "2,9475".
    pub exact: String,
    pub predicate: String,
    pub predicate_color: String,
    /// Change of the shown index from the baseline; `Some` whenever a level differs.
    pub index_delta: Option<String>,
    pub index_delta_sign: i8,
    /// The baseline's index and predicate, when a level differs.
    pub baseline: Option<String>,
    /// "+0,12 menuju Sangat Baik", or the top-band message.
    pub next: String,
    pub marker: u32,
    pub bands: Vec<BandSegment>,
    pub domains: Vec<DomainLines>,
    /// "3 indikator berubah dari baseline." or the no-change message.
    pub changes: String,
}

/// One indicator row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorLine {
    pub no: u32,
    pub name: String,
    /// "1,30 %".
    pub weight: String,
    /// What one whole level of this indicator adds to the index, "+0,013".
    pub per_level: String,
    pub level: String,
    pub level_name: String,
    pub criterion: String,
    /// The next whole level's number, name and criterion, when there is one.
    pub next: Option<(String, String, String)>,
    /// "+2 (baseline 1)" when the level differs from the baseline.
    pub delta: Option<String>,
    pub delta_sign: i8,
    /// The choices of the level control: value, label, level name.
    pub choices: Vec<(u32, String, String)>,
}

fn sign(d: i64) -> i8 {
    d.signum() as i8
}

fn cents_delta(now: &Exact, base: &Exact) -> i64 {
    now.cents() as i64 - base.cents() as i64
}

/// The exact decimal expansion in the language's format, with at least two places and at most
/// eight (then "…"): "2,9475", "0,50".
pub fn exact_text(v: &Exact, lang: Lang) -> String {
    let mut s = v.decimal_string(8);
    let places = s.split_once('.').map_or(0, |(_, f)| f.chars().count());
    if places == 0 {
        s.push('.');
    }
    for _ in places..2 {
        s.push('0');
    }
    format::decimal(&s, lang)
}

fn permille(cents: u64, fw: &Framework) -> u32 {
    let lo = u64::from(fw.scale.min) * 100;
    let span = (u64::from(fw.scale.max) * 100).saturating_sub(lo).max(1);
    (cents.clamp(lo, lo + span).saturating_sub(lo) * 1000 / span) as u32
}

pub fn summary(state: &State) -> Summary {
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let changed = state.has_changes();
    let s = &state.score;
    let band_ix = fw.band_of(&s.index, state.basis);
    let band = &fw.bands[band_ix];
    let next = match fw.next_band(&s.index, state.basis) {
        Some(nb) => i18n::to_next_band(
            // The exact distance from the value that decides the predicate: under the exact
            // basis 2,9475 needs +0,5525 (not the +0,55 the rounded figures suggest).
            &format!("+{}", exact_text(&nb.gap, lang)),
            fw.bands[nb.band].name.get(lang),
            lang,
        ),
        None => t.top_band.to_string(),
    };
    let top = u64::from(fw.scale.max) * 100;
    let bands = fw
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let end = fw.bands.get(i + 1).map_or(top, |n| u64::from(n.from));
            let start = permille(u64::from(b.from), fw);
            BandSegment {
                name: b.name.get(lang).to_string(),
                color: b.color.clone(),
                start,
                width: permille(end, fw).saturating_sub(start),
                from: format::cents(u64::from(b.from), lang),
                current: i == band_ix,
            }
        })
        .collect();
    let line = |id: &str, name: &str, weight: u32, now: &Exact, base: &Exact| {
        let d = cents_delta(now, base);
        PartLine {
            id: id.to_string(),
            name: name.to_string(),
            weight: format::percent_bp(weight, fw.total_weight, lang),
            value: format::cents(now.cents(), lang),
            delta: (changed && d != 0).then(|| format::signed_cents(d, lang)),
            delta_sign: sign(d),
        }
    };
    let domains = fw
        .domains
        .iter()
        .enumerate()
        .map(|(di, d)| DomainLines {
            domain: line(
                &d.id,
                d.name.get(lang),
                d.weight,
                &s.domains[di],
                &state.base_score.domains[di],
            ),
            aspects: d
                .aspects
                .clone()
                .map(|ai| {
                    let a = &fw.aspects[ai];
                    line(
                        &a.id,
                        a.name.get(lang),
                        a.weight,
                        &s.aspects[ai],
                        &state.base_score.aspects[ai],
                    )
                })
                .collect(),
        })
        .collect();
    let d = cents_delta(&s.index, &state.base_score.index);
    let base_band = &fw.bands[fw.band_of(&state.base_score.index, state.basis)];
    let n_changed = state
        .levels
        .iter()
        .zip(&state.baseline)
        .filter(|(a, b)| a != b)
        .count();
    Summary {
        index: format::cents(s.index.cents(), lang),
        exact: exact_text(&s.index, lang),
        predicate: band.name.get(lang).to_string(),
        predicate_color: band.color.clone(),
        index_delta: changed.then(|| format::signed_cents(d, lang)),
        index_delta_sign: sign(d),
        baseline: changed.then(|| {
            format!(
                "{} {} ({})",
                t.baseline_was,
                format::cents(state.base_score.index.cents(), lang),
                base_band.name.get(lang)
            )
        }),
        next,
        marker: permille(s.index.cents(), fw),
        bands,
        domains,
        changes: if changed {
            i18n::changed_count(n_changed, lang)
        } else {
            t.no_changes.to_string()
        },
    }
}

/// The row of indicator `i` (0-based) at `value`, compared with `base`.
pub fn indicator(fw: &Framework, i: usize, value: u32, base: u32, lang: Lang) -> IndicatorLine {
    let ind = &fw.indicators[i];
    let scale = fw.scale;
    let unit = scale.unit();
    let text =
        |t: Option<&crate::engine::Text>| t.map(|t| t.get(lang).to_string()).unwrap_or_default();
    let level_label = |v: u32| format::level_value(v, scale.decimals, lang);
    // One whole level adds weight / total to the index: exact, shown with every digit.
    let per_level = Exact::new(u64::from(ind.weight), u64::from(fw.total_weight));
    let whole = value - value % unit;
    let next_value = whole + unit;
    let next = (next_value <= scale.max_value()).then(|| {
        (
            level_label(next_value),
            text(fw.level_name(i, next_value)),
            text(fw.criterion(i, next_value)),
        )
    });
    let d = i64::from(value) - i64::from(base);
    let delta = (d != 0).then(|| {
        let amount = format::level_value(d.unsigned_abs() as u32, scale.decimals, lang);
        let sign = if d > 0 { "+" } else { "\u{2212}" };
        format!(
            "{sign}{amount} ({} {})",
            strings(lang).baseline_was,
            level_label(base)
        )
    });
    IndicatorLine {
        no: ind.no,
        name: ind.name.get(lang).to_string(),
        weight: format::percent_bp(ind.weight, fw.total_weight, lang),
        per_level: format!("+{}", exact_text(&per_level, lang)),
        level: level_label(value),
        level_name: text(fw.level_name(i, value)),
        criterion: text(fw.criterion(i, value)),
        next,
        delta,
        delta_sign: sign(d),
        choices: (scale.min..=scale.max)
            .map(|l| {
                let v = l * unit;
                (v, level_label(v), text(fw.level_name(i, v)))
            })
            .collect(),
    }
}

/// One action of the plan, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanLine {
    pub indicator: usize,
    pub no: u32,
    pub name: String,
    pub from: String,
    pub to: String,
    /// "+0,0300".
    pub gain: String,
    pub effort: u64,
    /// The name and criterion of the level reached.
    pub level_name: String,
    pub criterion: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanStatus {
    Met,
    Planned,
    Unreachable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planner {
    /// "Sangat Baik (≥ 3,50)" or "3,00".
    pub target: String,
    pub status: PlanStatus,
    /// The status in one sentence.
    pub message: String,
    /// "20 langkah, upaya 20".
    pub size: Option<String>,
    /// "3,50 · Sangat Baik" after the plan, or the best reachable index.
    pub projected: Option<String>,
    pub lines: Vec<PlanLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarginalLine {
    pub indicator: usize,
    pub no: u32,
    pub name: String,
    pub level: String,
    pub gain: String,
    pub per_effort: String,
    pub steps_to_band: String,
}

fn target_text(state: &State, target: &crate::engine::plan::Target) -> String {
    use crate::engine::plan::Target;
    let lang = state.lang;
    match target {
        Target::Index(c) => format::cents(*c, lang),
        Target::Band(b) => state.fw.bands.get(*b).map_or_else(String::new, |band| {
            format!(
                "{} (\u{2265} {})",
                band.name.get(lang),
                format::cents(u64::from(band.from), lang)
            )
        }),
    }
}

fn index_and_band(state: &State, v: &Exact) -> String {
    let band = &state.fw.bands[state.fw.band_of(v, state.basis)];
    format!(
        "{} \u{b7} {}",
        format::cents(v.cents(), state.lang),
        band.name.get(state.lang)
    )
}

/// The goal-seek panel: the target, the outcome and the plan's actions, most valuable first.
pub fn planner(state: &State) -> Planner {
    use crate::engine::plan::{Binding, PlanOutcome};
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let target = target_text(state, &state.effective_target());
    match state.plan() {
        Ok(PlanOutcome::Met) | Err(_) => Planner {
            target,
            status: PlanStatus::Met,
            message: t.plan_met.to_string(),
            size: None,
            projected: None,
            lines: Vec::new(),
        },
        Ok(PlanOutcome::Planned {
            mut steps,
            effort,
            index,
            ..
        }) => {
            // Most index per unit of effort first, then by indicator number.
            steps.sort_by(|a, b| {
                crate::engine::plan::more_per_effort((&a.gain, a.effort), (&b.gain, b.effort))
                    .then(a.indicator.cmp(&b.indicator))
            });
            let n_steps: u32 = steps
                .iter()
                .map(|s| (s.to - s.from) / fw.scale.unit())
                .sum();
            let label = |v: u32| format::level_value(v, fw.scale.decimals, lang);
            let lines = steps
                .iter()
                .map(|s| {
                    let ind = &fw.indicators[s.indicator];
                    PlanLine {
                        indicator: s.indicator,
                        no: ind.no,
                        name: ind.name.get(lang).to_string(),
                        from: label(s.from),
                        to: label(s.to),
                        gain: format!("+{}", exact_text(&s.gain, lang)),
                        effort: s.effort,
                        level_name: fw
                            .level_name(s.indicator, s.to)
                            .map(|x| x.get(lang).to_string())
                            .unwrap_or_default(),
                        criterion: fw
                            .criterion(s.indicator, s.to)
                            .map(|x| x.get(lang).to_string())
                            .unwrap_or_default(),
                    }
                })
                .collect();
            Planner {
                target,
                status: PlanStatus::Planned,
                message: i18n::plan_size(n_steps, effort, lang),
                size: Some(i18n::plan_size(n_steps, effort, lang)),
                projected: Some(index_and_band(state, &index)),
                lines,
            }
        }
        Ok(PlanOutcome::Unreachable { best, binding, .. }) => {
            let reasons: Vec<&str> = binding
                .iter()
                .map(|b| match b {
                    Binding::Locks => t.binding_locks,
                    Binding::MaxLevels => t.binding_caps,
                    Binding::Pace => t.binding_pace,
                    Binding::Combination => t.binding_combination,
                    Binding::Scale => t.binding_scale,
                })
                .collect();
            let alternatives = match lang {
                Lang::Id => reasons.join(" atau "),
                Lang::En => reasons.join(" or "),
            };
            Planner {
                target,
                status: PlanStatus::Unreachable,
                message: format!(
                    "{} {}: {}. {} {}.",
                    t.plan_unreachable,
                    t.best_reachable,
                    index_and_band(state, &best),
                    t.binding_intro,
                    alternatives
                ),
                size: None,
                projected: Some(index_and_band(state, &best)),
                lines: Vec::new(),
            }
        }
    }
}

/// The marginal-gain ranking (every indicator that can still rise).
pub fn marginal(state: &State) -> Vec<MarginalLine> {
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    crate::engine::plan::marginal_gains(fw, &state.levels, &state.plan_request())
        .into_iter()
        .map(|m| {
            let ind = &fw.indicators[m.indicator];
            let per_effort = Exact::new(m.gain.numer(), m.gain.denom() * m.effort.max(1));
            MarginalLine {
                indicator: m.indicator,
                no: ind.no,
                name: ind.name.get(lang).to_string(),
                level: format::level_value(state.levels[m.indicator], fw.scale.decimals, lang),
                gain: format!("+{}", exact_text(&m.gain, lang)),
                per_effort: exact_text(&per_effort, lang),
                steps_to_band: m
                    .steps_to_next_band
                    .map_or_else(|| t.alone_not_enough.to_string(), |k| k.to_string()),
            }
        })
        .collect()
}

/// The index range if every indicator marked "not yet backed by evidence" is verified one
/// whole level lower: `Some("2,80 (Baik) – 2,95 (Baik)")` when any is marked.
pub fn uncertainty(state: &State) -> Option<String> {
    let fw = &state.fw;
    if !state.unverified.iter().any(|u| *u) {
        return None;
    }
    let low: Vec<u32> = state
        .levels
        .iter()
        .zip(&state.unverified)
        .map(|(v, u)| {
            if *u {
                v.saturating_sub(fw.scale.unit()).max(fw.scale.min_value())
            } else {
                *v
            }
        })
        .collect();
    let low_score = fw.score(&low).ok()?;
    let band = |v: &Exact| {
        fw.bands[fw.band_of(v, state.basis)]
            .name
            .get(state.lang)
            .to_string()
    };
    Some(format!(
        "{} ({}) \u{2013} {} ({})",
        format::cents(low_score.index.cents(), state.lang),
        band(&low_score.index),
        format::cents(state.score.index.cents(), state.lang),
        band(&state.score.index)
    ))
}

/// One cell of the comparison: the text and whether it differs from the baseline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareCell {
    pub text: String,
    pub changed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    /// "index", "predicate", "domain", "aspect" or "indicator".
    pub kind: &'static str,
    pub label: String,
    pub cells: Vec<CompareCell>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// "Baseline", then the scenario names.
    pub columns: Vec<String>,
    /// Column of the scenario being edited (1-based among columns; 0 is the baseline).
    pub active_column: usize,
    pub rows: Vec<CompareRow>,
    /// How many indicator rows (those that differ somewhere).
    pub differing: usize,
}

/// Every scenario beside the baseline: index, predicate, domains, aspects, differing indicators.
pub fn comparison(state: &State) -> Comparison {
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let mut sets: Vec<&[u32]> = vec![&state.baseline];
    sets.extend(state.scenarios.iter().map(|s| s.levels.as_slice()));
    let scores: Vec<_> = sets.iter().filter_map(|l| fw.score(l).ok()).collect();
    if scores.len() != sets.len() {
        return Comparison {
            columns: Vec::new(),
            active_column: 0,
            rows: Vec::new(),
            differing: 0,
        };
    }
    let mut columns = vec![t.baseline.to_string()];
    columns.extend(state.scenarios.iter().map(|s| s.name.clone()));
    let row = |kind, label: String, texts: Vec<String>| {
        let base = texts.first().cloned().unwrap_or_default();
        CompareRow {
            kind,
            label,
            cells: texts
                .into_iter()
                .enumerate()
                .map(|(k, text)| CompareCell {
                    changed: k > 0 && text != base,
                    text,
                })
                .collect(),
        }
    };
    let mut rows = vec![
        row(
            "index",
            t.index.to_string(),
            scores
                .iter()
                .map(|s| format::cents(s.index.cents(), lang))
                .collect(),
        ),
        row(
            "predicate",
            t.predicate.to_string(),
            scores
                .iter()
                .map(|s| {
                    fw.bands[fw.band_of(&s.index, state.basis)]
                        .name
                        .get(lang)
                        .to_string()
                })
                .collect(),
        ),
    ];
    for (d, dom) in fw.domains.iter().enumerate() {
        rows.push(row(
            "domain",
            dom.name.get(lang).to_string(),
            scores
                .iter()
                .map(|s| format::cents(s.domains[d].cents(), lang))
                .collect(),
        ));
        for a in dom.aspects.clone() {
            rows.push(row(
                "aspect",
                fw.aspects[a].name.get(lang).to_string(),
                scores
                    .iter()
                    .map(|s| format::cents(s.aspects[a].cents(), lang))
                    .collect(),
            ));
        }
    }
    let mut differing = 0;
    for (i, ind) in fw.indicators.iter().enumerate() {
        if sets.iter().any(|l| l[i] != state.baseline[i]) {
            differing += 1;
            rows.push(row(
                "indicator",
                format!("{}. {}", ind.no, ind.name.get(lang)),
                sets.iter()
                    .map(|l| format::level_value(l[i], fw.scale.decimals, lang))
                    .collect(),
            ));
        }
    }
    Comparison {
        columns,
        active_column: state.active + 1,
        rows,
        differing,
    }
}

/// One year of the roadmap, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoadmapLine {
    pub year: u16,
    pub target: String,
    pub status: String,
    pub met: bool,
    /// "3,10 · Baik".
    pub result: String,
    pub effort: u64,
    /// "Indikator 13: 2 → 3; …", most valuable first.
    pub actions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Roadmap {
    pub lines: Vec<RoadmapLine>,
    /// "Semua target tahunan dapat dicapai." or the years that cannot be met.
    pub verdict: String,
    pub chart: crate::charts::RoadmapChart,
}

pub fn roadmap(state: &State) -> Roadmap {
    use crate::engine::plan::{Target, YearStatus};
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let targets: Vec<Option<Target>> = state.roadmap.iter().map(|y| y.target.clone()).collect();
    let years = crate::engine::plan::roadmap(fw, &state.baseline, &state.plan_request(), &targets)
        .unwrap_or_default();
    let target_cents = |tg: &Option<Target>| match tg {
        Some(Target::Index(c)) => Some(*c),
        Some(Target::Band(b)) => fw.bands.get(*b).map(|b| u64::from(b.from)),
        None => None,
    };
    let label = |v: u32| format::level_value(v, fw.scale.decimals, lang);
    let lines: Vec<RoadmapLine> = state
        .roadmap
        .iter()
        .zip(&years)
        .map(|(y, p)| RoadmapLine {
            year: y.year,
            target: y
                .target
                .as_ref()
                .map_or_else(|| t.no_target.to_string(), |tg| target_text(state, tg)),
            status: match p.status {
                YearStatus::NoTarget => t.status_no_target,
                YearStatus::Met => t.status_met,
                YearStatus::Planned => t.status_planned,
                YearStatus::Unreachable => t.status_unreachable,
            }
            .to_string(),
            met: p.status != YearStatus::Unreachable,
            result: index_and_band(state, &p.index),
            effort: p.effort,
            actions: p
                .steps
                .iter()
                .map(|s| {
                    format!(
                        "{} {}: {} \u{2192} {}",
                        t.indicator,
                        fw.indicators[s.indicator].no,
                        label(s.from),
                        label(s.to)
                    )
                })
                .collect(),
        })
        .collect();
    let unmet: Vec<String> = lines
        .iter()
        .filter(|l| !l.met)
        .map(|l| l.year.to_string())
        .collect();
    let verdict = if unmet.is_empty() {
        t.roadmap_all_met.to_string()
    } else {
        format!("{} {}.", t.roadmap_unmet, unmet.join(", "))
    };
    let chart_years: Vec<(String, Exact, Option<u64>, bool)> = state
        .roadmap
        .iter()
        .zip(&years)
        .map(|(y, p)| {
            (
                y.year.to_string(),
                p.index,
                target_cents(&y.target),
                p.status != YearStatus::Unreachable,
            )
        })
        .collect();
    let chart = crate::charts::roadmap_chart(
        fw,
        (t.start_label, &state.base_score.index),
        &chart_years,
        lang,
    );
    Roadmap {
        lines,
        verdict,
        chart,
    }
}
