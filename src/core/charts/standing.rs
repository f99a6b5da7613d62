//! Charts of the standing screen: the distribution of a year's published results with the
//! work's values marked, and the history across frameworks. Coordinates only; the shell
//! draws them as SVG. Every chart carries a text alternative.

use crate::engine::order;
use crate::engine::{Lang, format};

use super::px;

/// A histogram of published indices (bins of 0,10 from 1,00 to 5,00) with markers.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub width: f64,
    pub height: f64,
    /// Bars: x, y, width, height (SVG units, written).
    pub bars: Vec<[String; 4]>,
    /// Markers: x and text (written), label, value text, text anchor.
    pub markers: Vec<Marker>,
    /// Axis ticks: x (written), label.
    pub ticks: Vec<(String, String)>,
    pub baseline_y: String,
    /// What the chart shows, in words.
    pub alt: String,
}

/// A marked value: its line at `x`, its text at `text_x` anchored by `anchor` (`middle`; `start`
/// or `end` near an edge, so that the text stays inside the chart).
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: String,
    pub text_x: String,
    pub anchor: &'static str,
    pub label: String,
    pub value: String,
}

/// `values`: published indices in hundredths (any order); `markers`: label and index.
pub fn distribution(
    values: &[u32],
    markers: &[(String, u32)],
    title: &str,
    lang: Lang,
) -> Distribution {
    let (w, h, left, right, top, bottom) = (640.0, 180.0, 16.0, 16.0, 34.0, 24.0);
    let x_of = |c: f64| left + (c - 100.0) / 400.0 * (w - left - right);
    let mut bins = [0u32; 40];
    for v in values {
        let k = (v.saturating_sub(100) / 10).min(39) as usize;
        bins[k] += 1;
    }
    let most = f64::from(*bins.iter().max().unwrap_or(&1)).max(1.0);
    let plot = h - top - bottom;
    let bars = bins
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| {
            let bh = f64::from(*n) / most * plot;
            let x0 = x_of(100.0 + 10.0 * k as f64);
            [
                px(x0 + 0.5),
                px(h - bottom - bh),
                px(x_of(110.0 + 10.0 * k as f64) - x0 - 1.0),
                px(bh),
            ]
        })
        .collect();
    let marks = markers
        .iter()
        .map(|(label, c)| {
            let x = x_of(f64::from(*c));
            let value = format::cents(u64::from(*c), lang);
            // Half the text's width, estimated (12 units per character's height, bold).
            let half = 3.6 * (label.chars().count() + 1 + value.chars().count()) as f64;
            let (text_x, anchor) = if x - half < 2.0 {
                (x.max(2.0), "start")
            } else if x + half > w - 2.0 {
                (x.min(w - 2.0), "end")
            } else {
                (x, "middle")
            };
            Marker {
                x: px(x),
                text_x: px(text_x),
                anchor,
                label: label.clone(),
                value,
            }
        })
        .collect();
    let ticks = (1u32..=5)
        .map(|v| {
            (
                px(x_of(f64::from(v * 100))),
                format::cents(u64::from(v * 100), lang),
            )
        })
        .collect();
    let mut sorted = values.to_vec();
    order::sort(&mut sorted);
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0);
    let said: Vec<String> = markers
        .iter()
        .map(|(l, c)| format!("{l} {}", format::cents(u64::from(*c), lang)))
        .collect();
    let alt = format!(
        "{title}: {} {}, {} {}\u{2013}{}, median {}. {}",
        values.len(),
        if lang == Lang::Id { "hasil" } else { "results" },
        if lang == Lang::Id { "rentang" } else { "range" },
        format::cents(u64::from(sorted.first().copied().unwrap_or(0)), lang),
        format::cents(u64::from(sorted.last().copied().unwrap_or(0)), lang),
        format::cents(u64::from(median), lang),
        said.join("; ")
    );
    Distribution {
        width: w,
        height: h,
        bars,
        markers: marks,
        ticks,
        baseline_y: px(h - bottom),
        alt,
    }
}

/// A framework's years on the history chart, with its band edges (hundredths).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistorySpan {
    pub name: String,
    pub from: u16,
    pub to: u16,
    pub bands: Vec<u32>,
}

/// A framework's years on the drawn chart: left and right x, its name, its band edges as
/// (y, label); all written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanBox {
    pub x: String,
    pub width: String,
    pub right: String,
    pub name: String,
    pub edges: Vec<(String, String)>,
}

/// One year's index on the history chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryPoint {
    pub year: u16,
    pub cents: u32,
    pub framework: String,
    pub projected: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HistoryChart {
    pub width: f64,
    pub height: f64,
    pub spans: Vec<SpanBox>,
    /// Per framework, the polyline of its points (points of different frameworks are never
    /// joined).
    pub lines: Vec<String>,
    /// Points: x, y, value text, projected.
    pub points: Vec<(String, String, String, bool)>,
    /// Year ticks: x, label.
    pub years: Vec<(String, String)>,
    pub alt: String,
}

pub fn history(
    spans: &[HistorySpan],
    points: &[HistoryPoint],
    (first, last): (u16, u16),
    title: &str,
    lang: Lang,
) -> HistoryChart {
    let (w, h, left, right, top, bottom) = (640.0, 220.0, 36.0, 12.0, 22.0, 24.0);
    let n = f64::from(last.saturating_sub(first) + 1);
    let slot = (w - left - right) / n;
    let x_of = |y: u16| left + slot * (f64::from(y - first) + 0.5);
    let y_of = |c: u32| top + (500.0 - f64::from(c)) / 500.0 * (h - top - bottom);
    let span_rows = spans
        .iter()
        .map(|s| {
            let x0 = x_of(s.from) - slot / 2.0;
            let x1 = x_of(s.to) + slot / 2.0;
            let edges = s
                .bands
                .iter()
                .skip(1)
                .map(|b| (px(y_of(*b)), format::cents(u64::from(*b), lang)))
                .collect();
            SpanBox {
                x: px(x0),
                width: px(x1 - x0),
                right: px(x1),
                name: s.name.clone(),
                edges,
            }
        })
        .collect();
    let mut lines = Vec::new();
    let mut frameworks: Vec<&str> = points.iter().map(|p| p.framework.as_str()).collect();
    frameworks.dedup();
    for f in frameworks {
        let line: Vec<String> = points
            .iter()
            .filter(|p| p.framework == f)
            .map(|p| format!("{},{}", px(x_of(p.year)), px(y_of(p.cents))))
            .collect();
        if line.len() > 1 {
            lines.push(line.join(" "));
        }
    }
    let pts = points
        .iter()
        .map(|p| {
            (
                px(x_of(p.year)),
                px(y_of(p.cents)),
                format::cents(u64::from(p.cents), lang),
                p.projected,
            )
        })
        .collect();
    let years = (first..=last)
        .map(|y| (px(x_of(y)), y.to_string()))
        .collect();
    let said: Vec<String> = points
        .iter()
        .map(|p| format!("{} {}", p.year, format::cents(u64::from(p.cents), lang)))
        .collect();
    let frames: Vec<String> = spans
        .iter()
        .map(|s| format!("{} {}\u{2013}{}", s.name, s.from, s.to))
        .collect();
    HistoryChart {
        width: w,
        height: h,
        spans: span_rows,
        lines,
        points: pts,
        years,
        alt: format!("{title} ({}): {}", frames.join("; "), said.join("; ")),
    }
}
