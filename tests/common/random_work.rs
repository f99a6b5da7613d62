//! Valid work of any shape for a framework, built from a stream of random bytes (proptest
//! supplies them): levels anywhere on the scale (decimals included), up to eight scenarios with
//! awkward names, every planning input, notes with separators, quotes, line breaks, formula
//! starts and non-Latin text, external indices, a roadmap, our institution and past results.
//! Shared by the round-trip properties of JSON and CSV (tests/round_trips.rs) and of XLSX
//! (the XLSX crate's tests).

use spbe_calculator::engine::Framework;
use spbe_calculator::engine::plan::{EffortCurve, Target};
use spbe_calculator::engine::{Basis, Lang};
use spbe_calculator::evidence::{Evidence, ITEM_STATUSES, Item};
use spbe_calculator::work::{PastYear, RoadmapYear, Scenario, Work};

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (b, rest) = self.0.split_first().map_or((7, &[][..]), |(b, r)| (*b, r));
        self.0 = rest;
        b
    }
    fn below(&mut self, n: u32) -> u32 {
        let v = u32::from(self.byte()) << 8 | u32::from(self.byte());
        v % n.max(1)
    }
    fn flag(&mut self) -> bool {
        self.byte() % 2 == 0
    }
    fn text(&mut self, max: usize) -> String {
        const PIECES: [&str; 14] = [
            "a", "Kab. ", ";", "\"", "\n", "=SUM(A1)", "+62", "-", "@x", " ", "é", "数据", "\r\n",
            "3,5",
        ];
        let n = self.byte() as usize % (max + 1);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(PIECES[self.byte() as usize % PIECES.len()]);
        }
        s.chars().take(max).collect()
    }
    fn value(&mut self, fw: &Framework) -> u32 {
        if self.flag() {
            fw.stops[self.byte() as usize % fw.stops.len()]
        } else {
            let (lo, hi) = (fw.scale.min_value(), fw.scale.max_value());
            lo + self.below(hi - lo + 1)
        }
    }
}

pub fn random_work(fw: &Framework, bytes: &[u8]) -> Work {
    let mut b = Bytes(bytes);
    let n = fw.indicators.len();
    let levels = |b: &mut Bytes| (0..n).map(|_| b.value(fw)).collect::<Vec<u32>>();
    let baseline = levels(&mut b);
    let scenarios: Vec<Scenario> = (0..1 + b.byte() % 8)
        .map(|k| Scenario {
            // Names are trimmed on entry and never empty.
            name: format!("S{k} {}", b.text(20)).trim().to_string(),
            levels: levels(&mut b),
        })
        .collect();
    let active = b.byte() as usize % scenarios.len();
    let target = |b: &mut Bytes| match b.byte() % 3 {
        0 => None,
        1 => Some(Target::Index(100 + u64::from(b.below(401)))),
        _ => Some(Target::Band(b.byte() as usize % fw.bands.len())),
    };
    let plan_target = target(&mut b);
    let sources = fw
        .indicators
        .iter()
        .map(|ind| {
            let e = ind.external.as_ref()?;
            b.flag().then(|| {
                let (lo, hi) = (e.points[0].0, e.points[e.points.len() - 1].0);
                lo + b.below(hi - lo + 1)
            })
        })
        .collect();
    let mut history = Vec::new();
    for year in 2018u16..=2025 {
        if b.byte() % 3 == 0 {
            history.push(PastYear {
                year,
                index: b.below(501),
            });
        }
    }
    Work {
        institution: b.text(60).trim().to_string(),
        basis: if b.flag() {
            Basis::Exact
        } else {
            Basis::Rounded
        },
        choice: fw
            .variants
            .iter()
            .map(|v| b.byte() as usize % v.options.len())
            .collect(),
        lang: if b.flag() { Lang::Id } else { Lang::En },
        baseline,
        scenarios,
        active,
        target: plan_target,
        pace: b.flag().then(|| 1 + b.below(fw.max_steps())),
        curve: if b.flag() {
            EffortCurve::Flat
        } else {
            EffortCurve::Rising
        },
        efforts: (0..n).map(|_| 1 + b.below(20)).collect(),
        locked: (0..n).map(|_| b.byte() % 5 == 0).collect(),
        max_levels: (0..n).map(|_| b.value(fw)).collect(),
        unverified: (0..n).map(|_| b.byte() % 5 == 0).collect(),
        notes: (0..n)
            .map(|_| if b.flag() { String::new() } else { b.text(40) })
            .collect(),
        sources,
        roadmap: (0..1 + b.byte() % 10)
            .map(|k| RoadmapYear {
                year: 2026 + k as u16,
                target: target(&mut b),
            })
            .collect(),
        peer: b.flag().then(|| "kab-paser".to_string()),
        history,
        evidence: (0..n).map(|i| evidence(fw, i, &mut b)).collect(),
        deadline: spbe_calculator::evidence::Deadline {
            date: match b.byte() % 3 {
                0 => String::new(),
                _ => format!(
                    "20{:02}-{:02}-{:02}",
                    26 + b.below(5),
                    1 + b.below(12),
                    1 + b.below(28)
                ),
            },
            limit: b.flag(),
        },
    }
}

const UNITS: [&str; 4] = [
    "Diskominfo",
    "Bappeda",
    "BKPSDM; Bag. Organisasi",
    "Inspektorat \"Kab\"",
];

/// Evidence items for about a third of the indicators: the catalogue with random statuses and
/// notes, some texts of the user's own, an added item, a removed one, maybe following.
fn evidence(fw: &Framework, i: usize, b: &mut Bytes) -> Option<Evidence> {
    if b.byte() % 3 != 0 {
        return None;
    }
    let mut ev = Evidence::catalogue(fw, i);
    for item in &mut ev.items {
        item.status = ITEM_STATUSES[b.byte() as usize % 5].0;
        if b.byte() % 4 == 0 {
            item.note = b.text(30);
        }
        if b.byte() % 5 == 0 {
            item.text = Some(format!("Own {}", b.text(20)));
        }
        if b.flag() {
            item.owner = UNITS[b.byte() as usize % UNITS.len()].to_string();
        }
        if b.flag() {
            item.due = format!("2027-{:02}-{:02}", 1 + b.below(12), 1 + b.below(28));
        }
        if b.byte() % 3 == 0 {
            item.location = format!("https://drive.example/{}", b.text(20));
        }
    }
    if b.flag() {
        let level = *fw.item_levels().start() + b.below(fw.item_levels().count() as u32);
        let code = ev.free_code(fw, i, level);
        ev.items.push(Item {
            level,
            code,
            text: Some(format!("Added {}", b.text(20))),
            status: ITEM_STATUSES[b.byte() as usize % 5].0,
            ..Item::default()
        });
        ev.items.sort_by_key(|it| it.level);
        // Removing an item the level does not need.
        let k = b.byte() as usize % ev.items.len();
        if ev
            .items
            .iter()
            .filter(|it| it.level == ev.items[k].level)
            .count()
            > 1
        {
            ev.items.remove(k);
        }
    }
    ev.follow = b.flag();
    if b.flag() {
        ev.unit = UNITS[b.byte() as usize % UNITS.len()].to_string();
    }
    if b.flag() {
        ev.narrative = b.text(200);
    }
    Some(ev)
}
