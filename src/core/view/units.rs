//! The evidence work by unit (OPD): for each unit that provides items (an item without its
//! own unit belongs to its indicator's responsible unit), the indicators it is responsible
//! for, its items with status and due date, and how much of the planned index depends on it;
//! and the timeline of due dates by month. One printed page per unit shows the same.

use crate::engine::order;
use crate::engine::{Exact, Framework, Lang, format};
use crate::evidence::{Evidence, is_date, item_text};
use crate::i18n::unit_texts;
use crate::state::State;

use super::date_text;
use super::plan::{late, needed};

/// One item on a unit's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitItem {
    /// The indicator's label ("1", "I1").
    pub indicator: String,
    pub code: String,
    pub text: String,
    pub status: String,
    pub accepted: bool,
    /// "31 Mar 2027", or empty.
    pub due: String,
    /// Not ready by the evidence deadline, in words.
    pub late: Option<String>,
    /// The plan needs it (a step enters its level).
    pub needed: bool,
}

/// An indicator the unit is responsible for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitIndicator {
    pub label: String,
    pub name: String,
    /// "1,50 → 2,50" with a plan that raises it, else "1,50".
    pub values: String,
}

/// One unit's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitPage {
    /// The unit's name, or "Belum ditentukan" for items no unit provides.
    pub name: String,
    pub named: bool,
    pub indicators: Vec<UnitIndicator>,
    pub items: Vec<UnitItem>,
    /// "2 dari 7 butir diterima"
    pub accepted: String,
    /// The index points that depend on it ("0,1250").
    pub depends: String,
    /// Its share of the planned rise ("45,00 %"), with a plan that raises the index.
    pub share: Option<String>,
}

/// The items due in one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthLine {
    /// "Mar 2027"
    pub label: String,
    /// The month ends after the evidence deadline.
    pub after_deadline: bool,
    /// In date order.
    pub items: Vec<DueLine>,
}

/// An item due, on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueLine {
    /// "31 Mar 2027"
    pub due: String,
    pub code: String,
    pub unit: String,
    pub status: String,
    /// Due after the evidence deadline.
    pub late: bool,
}

/// The work by unit and the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitsView {
    pub pages: Vec<UnitPage>,
    pub timeline: Vec<MonthLine>,
    /// Items not accepted without a due date.
    pub undated: usize,
    /// A plan raises the index (else dependence is measured against the current values).
    pub planned: bool,
}

/// The work by unit for `state`, against the plan's values `plan` (the levels the plan
/// reaches; `None`: no plan, the current values).
pub fn units_view(state: &State, plan: Option<&[u32]>) -> UnitsView {
    let (fw, lang, t) = (&state.fw, state.lang, unit_texts(state.lang));
    let target: Vec<u32> = plan.map_or_else(|| state.levels.clone(), <[u32]>::to_vec);
    let kept: Vec<(usize, &Evidence)> = state
        .evidence
        .iter()
        .enumerate()
        .filter_map(|(i, ev)| Some((i, ev.as_ref()?)))
        .collect();
    // Every unit that provides an item or answers for an indicator; the unnamed last.
    let mut names: Vec<&str> = kept
        .iter()
        .flat_map(|(_, ev)| {
            std::iter::once(ev.unit.as_str()).chain(ev.items.iter().map(|it| ev.owner_of(it)))
        })
        .collect();
    order::sort_by_key(&mut names, |n| (n.is_empty(), *n));
    names.dedup();
    let named_any = names.iter().any(|n| !n.is_empty());
    let planned_index = fw.score(&target).ok().map(|s| s.index);
    let now_index = fw.score(&state.levels).ok().map(|s| s.index);
    let rise = planned_index
        .as_ref()
        .zip(now_index.as_ref())
        .and_then(|(p, n)| p.checked_sub(n))
        .filter(|r| r.numer() > 0 && plan.is_some());
    let pages = names
        .iter()
        .filter(|n| named_any || !n.is_empty())
        .map(|&unit| {
            let indicators = kept
                .iter()
                .filter(|(_, ev)| ev.unit == unit && !unit.is_empty())
                .map(|&(i, _)| {
                    let shown = |v: u32| format::value(v, fw.scale.decimals, lang);
                    let ind = &fw.indicators[i];
                    UnitIndicator {
                        label: ind.label(),
                        name: ind.name.get(lang).to_string(),
                        values: if target[i] > state.levels[i] {
                            format!("{} \u{2192} {}", shown(state.levels[i]), shown(target[i]))
                        } else {
                            shown(state.levels[i])
                        },
                    }
                })
                .collect();
            let items: Vec<UnitItem> = kept
                .iter()
                .flat_map(|&(i, ev)| {
                    ev.items
                        .iter()
                        .filter(move |it| ev.owner_of(it) == unit)
                        .map(move |it| (i, it))
                })
                .map(|(i, it)| UnitItem {
                    indicator: fw.indicators[i].label(),
                    code: it.code.clone(),
                    text: item_text(fw, i, it, lang),
                    status: it.status.name(lang).to_string(),
                    accepted: it.status.verified(),
                    due: date_text(&it.due, lang),
                    late: late(state, it),
                    needed: target[i] > state.levels[i]
                        && needed(fw, it, state.levels[i], target[i]),
                })
                .collect();
            let accepted = items.iter().filter(|it| it.accepted).count();
            let depends = depends_on(fw, &kept, &target, unit);
            UnitPage {
                name: if unit.is_empty() {
                    t.unnamed.to_string()
                } else {
                    unit.to_string()
                },
                named: !unit.is_empty(),
                indicators,
                accepted: format!(
                    "{accepted}{}{}{}",
                    t.accepted_of[0],
                    items.len(),
                    t.accepted_of[if items.len() == 1 { 2 } else { 1 }]
                ),
                items,
                depends: ten_thousandths(&depends, lang),
                share: rise.as_ref().map(|r| share(&depends, r, lang)),
            }
        })
        .collect();
    let (timeline, undated) = timeline(state, &kept);
    UnitsView {
        pages,
        timeline,
        undated,
        planned: rise.is_some(),
    }
}

/// How much lower the index at `target` is when `unit`'s items not yet uploaded never come in
/// while every other item does (an indicator never above its target).
fn depends_on(fw: &Framework, kept: &[(usize, &Evidence)], target: &[u32], unit: &str) -> Exact {
    let mut without = target.to_vec();
    for &(i, ev) in kept {
        let owes = ev
            .items
            .iter()
            .any(|it| ev.owner_of(it) == unit && !it.status.claimed());
        if owes {
            let v = ev.value_where(fw, |it| it.status.claimed() || ev.owner_of(it) != unit);
            without[i] = without[i].min(v.max(fw.scale.min_value()));
        }
    }
    match (fw.score(target), fw.score(&without)) {
        (Ok(a), Ok(b)) => a.index.checked_sub(&b.index).unwrap_or(Exact::new(0, 1)),
        _ => Exact::new(0, 1),
    }
}

/// Index points to four decimals, rounded half up: "0,1250".
fn ten_thousandths(v: &Exact, lang: Lang) -> String {
    let n = u128::from(v.numer()) * 10_000;
    let d = u128::from(v.denom().max(1));
    let x = (2 * n + d) / (2 * d);
    format::level_value(u32::try_from(x).unwrap_or(u32::MAX), 4, lang)
}

/// `part` as a share of `whole`, in percent with two decimals ("45,00 %"), at most 100 %.
fn share(part: &Exact, whole: &Exact, lang: Lang) -> String {
    let n = u128::from(part.numer()) * u128::from(whole.denom()) * 10_000;
    let d = (u128::from(part.denom()) * u128::from(whole.numer())).max(1);
    let bp = ((2 * n + d) / (2 * d)).min(10_000);
    format::percent_bp(bp as u32, 10_000, lang)
}

/// Items not yet accepted by the month they are due, and how many have no date.
fn timeline(state: &State, kept: &[(usize, &Evidence)]) -> (Vec<MonthLine>, usize) {
    let lang = state.lang;
    let mut dated: Vec<(&str, String, String, String)> = Vec::new();
    let mut undated = 0;
    for &(_, ev) in kept {
        for it in ev.items.iter().filter(|it| !it.status.verified()) {
            if is_date(&it.due) {
                dated.push((
                    it.due.as_str(),
                    it.code.clone(),
                    ev.owner_of(it).to_string(),
                    it.status.name(lang).to_string(),
                ));
            } else {
                undated += 1;
            }
        }
    }
    order::sort_by(&mut dated, |a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let deadline = state.deadline.date();
    let mut months: Vec<MonthLine> = Vec::new();
    let mut last = "";
    for (due, code, unit, status) in dated {
        let month = &due[..7];
        if month != last {
            last = month;
            // The month's label from its first day's text ("1 Mar 2027" → "Mar 2027").
            let first = date_text(&format!("{month}-01"), lang);
            months.push(MonthLine {
                label: first
                    .split_once(' ')
                    .map_or(first.clone(), |(_, m)| m.to_string()),
                after_deadline: deadline.is_some_and(|d| format!("{month}-01").as_str() > d),
                items: Vec::new(),
            });
        }
        if let Some(m) = months.last_mut() {
            m.items.push(DueLine {
                due: date_text(due, lang),
                code,
                unit,
                status,
                late: deadline.is_some_and(|d| due > d),
            });
        }
    }
    (months, undated)
}
