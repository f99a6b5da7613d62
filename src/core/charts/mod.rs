//! Chart geometry in plain Rust: the waterfall of domain contributions, the aspect radar and the
//! roadmap line, as SVG coordinates and labels. The Yew chart components only draw these.
//! Values come exact from the engine; floating point appears only here, for drawing positions
//! (never for a number that is shown or compared).

mod standing;

pub use standing::{
    Distribution, HistoryChart, HistoryPoint, HistorySpan, SpanBox, distribution, history,
};

use crate::engine::{Exact, Framework, Lang, format};

/// A signed exact value `num / den` (den > 0), such as a change of the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signed {
    pub num: i64,
    pub den: u64,
}

impl Signed {
    /// "+0,0375" / "−0,0130" with every digit (at least two places).
    pub fn text(&self, lang: Lang) -> String {
        let abs = format::exact(&Exact::new(self.num.unsigned_abs(), self.den), lang);
        match self.num.signum() {
            1 => format!("+{abs}"),
            -1 => format!("\u{2212}{abs}"),
            _ => format!("\u{b1}{abs}"),
        }
    }
    fn as_f64(&self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

/// An SVG coordinate with one decimal ("12.3", "-0.5"), written without float formatting
/// (rounded half away from zero; coordinates are far inside the `i64` range).
pub fn px(v: impl std::borrow::Borrow<f64>) -> String {
    let tenths = (v.borrow() * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

fn exact_f64(v: &Exact) -> f64 {
    v.numer() as f64 / v.denom() as f64
}

/// One bar of the waterfall.
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallBar {
    pub label: String,
    pub value: String,
    /// "total" (baseline and scenario), "up" or "down".
    pub kind: &'static str,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Waterfall {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<WaterfallBar>,
    /// Horizontal grid lines: (y, label).
    pub grid: Vec<(f64, String)>,
    /// The same content as text, for screen readers and print.
    pub summary: String,
}

/// Each top group's (domain's, or aspect's when there are no domains) contribution to the
/// change of the index from `base` to `levels` (Σ over its indicators of weight × value
/// change, over total weight × unit). They add up exactly to the change of the index.
pub fn domain_contributions(fw: &Framework, levels: &[u32], base: &[u32]) -> Vec<Signed> {
    let den = u64::from(fw.total_weight) * u64::from(fw.scale.unit());
    fw.top_groups()
        .into_iter()
        .map(|(_, _, indicators)| Signed {
            num: indicators
                .map(|i| {
                    i64::from(fw.indicators[i].weight) * (i64::from(levels[i]) - i64::from(base[i]))
                })
                .sum(),
            den,
        })
        .collect()
}

/// The waterfall from the baseline index through each domain's contribution to the scenario.
pub fn waterfall(
    fw: &Framework,
    levels: &[u32],
    base: &[u32],
    labels: (&str, &str),
    lang: Lang,
) -> Option<Waterfall> {
    let base_score = fw.score(base).ok()?;
    let score = fw.score(levels).ok()?;
    let parts = domain_contributions(fw, levels, base);
    let (w, h, left, top, bottom) = (640.0, 260.0, 48.0, 20.0, 40.0);
    // The axis spans the values shown (not the whole scale), so small changes stay visible;
    // it is cut at a round value below the lowest, which the grid labels show.
    let mut running = exact_f64(&base_score.index);
    let (mut vmin, mut vmax) = (running, running);
    for c in &parts {
        running += c.as_f64();
        vmin = vmin.min(running);
        vmax = vmax.max(running);
    }
    let span = (vmax - vmin).max(0.1);
    let step = [0.05, 0.1, 0.25, 0.5, 1.0]
        .into_iter()
        .find(|s| span / s <= 6.0)
        .unwrap_or(1.0);
    let lo = (((vmin - step) / step).floor() * step).max(f64::from(fw.scale.min));
    let hi = (((vmax + step / 2.0) / step).ceil() * step).min(f64::from(fw.scale.max));
    let hi = if hi <= lo { lo + step } else { hi };
    let y_of = |v: f64| top + (hi - v) / (hi - lo) * (h - top - bottom);
    let n = parts.len() + 2;
    let slot = (w - left - 8.0) / n as f64;
    let bw = slot * 0.7;
    let x_of = |k: usize| left + slot * k as f64 + (slot - bw) / 2.0;
    let mut bars = Vec::with_capacity(n);
    let total_bar = |k: usize, label: &str, v: &Exact| WaterfallBar {
        label: label.to_string(),
        value: format::cents(fw.index_cents(v), lang),
        kind: "total",
        x: x_of(k),
        y: y_of(exact_f64(v)),
        width: bw,
        height: (y_of(lo) - y_of(exact_f64(v))).max(0.0),
    };
    bars.push(total_bar(0, labels.0, &base_score.index));
    let mut running = exact_f64(&base_score.index);
    for (k, ((_, name, _), c)) in fw.top_groups().into_iter().zip(&parts).enumerate() {
        let next = running + c.as_f64();
        let (a, b) = (y_of(running.max(next)), y_of(running.min(next)));
        bars.push(WaterfallBar {
            label: name.get(lang).to_string(),
            value: c.text(lang),
            kind: if c.num < 0 { "down" } else { "up" },
            x: x_of(k + 1),
            y: a,
            width: bw,
            height: (b - a).max(1.0),
        });
        running = next;
    }
    bars.push(total_bar(n - 1, labels.1, &score.index));
    let steps = ((hi - lo) / step).round() as u64;
    let grid = (0..=steps)
        .map(|k| {
            let v = lo + step * k as f64;
            // Grid labels are round values (multiples of 0,05): shown in hundredths.
            (y_of(v), format::cents((v * 100.0).round() as u64, lang))
        })
        .collect();
    let summary = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.value))
        .collect::<Vec<_>>()
        .join("; ");
    Some(Waterfall {
        width: w,
        height: h,
        bars,
        grid,
        summary,
    })
}

/// The aspect radar: one axis per aspect, one polygon per series.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub size: f64,
    pub center: f64,
    /// Rings for each whole level: (radius, label).
    pub rings: Vec<(f64, String)>,
    /// Axis end points and label anchors: (x, y, label x, label y, label).
    pub axes: Vec<(f64, f64, f64, f64, String)>,
    /// `points` attribute of each series' polygon, in the order given.
    pub series: Vec<String>,
    pub summary: String,
}

pub fn radar(fw: &Framework, series: &[(&str, &[Exact])], lang: Lang) -> Radar {
    let (size, margin) = (360.0, 70.0);
    let c = size / 2.0;
    let r = c - margin;
    let (lo, hi) = (f64::from(fw.scale.min), f64::from(fw.scale.max));
    let n = fw.aspects.len().max(3);
    let angle = |k: usize| std::f64::consts::TAU * k as f64 / n as f64;
    let point = |k: usize, rad: f64| (c + rad * angle(k).sin(), c - rad * angle(k).cos());
    let radius = |v: f64| ((v - lo) / (hi - lo)).clamp(0.0, 1.0) * r;
    let rings = (fw.scale.min..=fw.scale.max)
        .map(|v| (radius(f64::from(v)), v.to_string()))
        .collect();
    let axes = fw
        .aspects
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let (x, y) = point(k, r);
            let (lx, ly) = point(k, r + 14.0);
            (x, y, lx, ly, a.id.clone())
        })
        .collect();
    let polys = series
        .iter()
        .map(|(_, values)| {
            values
                .iter()
                .enumerate()
                .map(|(k, v)| {
                    let (x, y) = point(k, radius(exact_f64(v)));
                    format!("{},{}", px(x), px(y))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let summary = fw
        .aspects
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let vals = series
                .iter()
                .map(|(name, values)| {
                    format!(
                        "{name} {}",
                        values
                            .get(k)
                            .map_or_else(String::new, |v| format::cents(v.cents(), lang))
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!("{} {}: {vals}", a.id, a.name.get(lang))
        })
        .collect::<Vec<_>>()
        .join("; ");
    Radar {
        size,
        center: c,
        rings,
        axes,
        series: polys,
        summary,
    }
}

/// The roadmap line chart: projected index per year over the predicate bands.
#[derive(Clone, Debug, PartialEq)]
pub struct RoadmapChart {
    pub width: f64,
    pub height: f64,
    /// Band backgrounds: (y, height, colour, name).
    pub bands: Vec<(f64, f64, String, String)>,
    /// Points: (x, y, year label, value label, met).
    pub points: Vec<(f64, f64, String, String, bool)>,
    /// Target markers: (x, y).
    pub targets: Vec<(f64, f64)>,
    pub line: String,
}

/// `years`: (label, projected index, target index in hundredths if any, met).
pub fn roadmap_chart(
    fw: &Framework,
    start: (&str, &Exact),
    years: &[(String, Exact, Option<u64>, bool)],
    lang: Lang,
) -> RoadmapChart {
    let (w, h, left, right, top, bottom) = (640.0, 240.0, 44.0, 16.0, 12.0, 28.0);
    let (lo, hi) = (f64::from(fw.scale.min), f64::from(fw.scale.max));
    let y_of = |v: f64| top + (hi - v) / (hi - lo) * (h - top - bottom);
    let n = years.len() + 1;
    let x_of = |k: usize| left + (w - left - right) * (k as f64 + 0.5) / n as f64;
    let top_cents = u64::from(fw.scale.max) * 100;
    let bands = fw
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let from = f64::from(b.from) / 100.0;
            let to = fw
                .bands
                .get(i + 1)
                .map_or(top_cents as f64 / 100.0, |n| f64::from(n.from) / 100.0);
            (
                y_of(to),
                y_of(from) - y_of(to),
                b.color.clone(),
                b.name.get(lang).to_string(),
            )
        })
        .collect();
    let mut points = vec![(
        x_of(0),
        y_of(exact_f64(start.1)),
        start.0.to_string(),
        format::cents(fw.index_cents(start.1), lang),
        true,
    )];
    let mut targets = Vec::new();
    for (k, (label, v, target, met)) in years.iter().enumerate() {
        points.push((
            x_of(k + 1),
            y_of(exact_f64(v)),
            label.clone(),
            format::cents(fw.index_cents(v), lang),
            *met,
        ));
        if let Some(t) = target {
            targets.push((x_of(k + 1), y_of(*t as f64 / 100.0)));
        }
    }
    let line = points
        .iter()
        .map(|(x, y, ..)| format!("{},{}", px(x), px(y)))
        .collect::<Vec<_>>()
        .join(" ");
    RoadmapChart {
        width: w,
        height: h,
        bands,
        points,
        targets,
        line,
    }
}
