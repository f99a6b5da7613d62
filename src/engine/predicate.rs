//! Predicate bands: which band a value is in, and how far the next band is. Two rules decide
//! at a band edge: the framework's edge rule (is 2,50 the lower edge of Baik or the top of
//! Cukup?) and the predicate basis (does the exact index decide, or the index as shown?).

use super::exact::Exact;
use super::model::{BandEdge, Framework, Rounding};

/// Which value decides the predicate at a band edge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The exact, unrounded index (KemenPANRB practice in 2024; 3,4985 is Baik).
    #[default]
    Exact,
    /// The index as shown, with two decimals (2023 practice; 1,7995 -> 1,80 is Cukup).
    Rounded,
}

impl Basis {
    pub fn code(self) -> &'static str {
        match self {
            Basis::Exact => "exact",
            Basis::Rounded => "rounded",
        }
    }

    pub fn from_code(code: &str) -> Option<Basis> {
        match code {
            "exact" => Some(Basis::Exact),
            "rounded" => Some(Basis::Rounded),
            _ => None,
        }
    }
}

/// The next band up and the least increase of the index that reaches it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextBand {
    pub band: usize,
    /// Exact distance from the deciding value to the band's lower edge.
    pub gap: Exact,
    /// Under the upper-inclusive edge rule the edge itself is not enough: the index must go
    /// beyond the gap.
    pub beyond: bool,
}

impl Framework {
    /// The index in hundredths as the framework shows it (half up, or cut after two decimals).
    pub fn index_cents(&self, value: &Exact) -> u64 {
        match self.index_rounding {
            Rounding::HalfUp => value.cents(),
            Rounding::Truncate => value.cents_floor(),
        }
    }

    /// The value that decides the band under `basis`.
    pub fn deciding_value(&self, value: &Exact, basis: Basis) -> Exact {
        match basis {
            Basis::Exact => *value,
            Basis::Rounded => Exact::from_cents(self.index_cents(value)),
        }
    }

    /// Position in [`Framework::bands`] of the band that `value` falls in.
    pub fn band_of(&self, value: &Exact, basis: Basis) -> usize {
        self.band_under(value, basis, self.band_edge)
    }

    /// [`Framework::band_of`] under a given edge rule.
    pub fn band_under(&self, value: &Exact, basis: Basis, edge: BandEdge) -> usize {
        let v = self.deciding_value(value, basis);
        let reaches = |from: u32| {
            let e = Exact::from_cents(u64::from(from));
            match edge {
                BandEdge::LowerInclusive => v >= e,
                BandEdge::UpperInclusive => v > e,
            }
        };
        (1..self.bands.len())
            .rev()
            .find(|&b| reaches(self.bands[b].from))
            .unwrap_or(0)
    }

    /// Whether the file leaves the edge rule open (a variant can change it).
    pub fn edge_rule_open(&self) -> bool {
        self.raw
            .variants
            .iter()
            .any(|v| v.options.iter().any(|o| o.band_edge.is_some()))
    }

    /// The band whose lower edge the deciding value sits exactly on (never the first band):
    /// there the edge rule decides the predicate.
    pub fn on_edge(&self, value: &Exact, basis: Basis) -> Option<usize> {
        let v = self.deciding_value(value, basis);
        (1..self.bands.len()).find(|&b| v == Exact::from_cents(u64::from(self.bands[b].from)))
    }

    /// The band named `name`: its id or its name in either language, ignoring case and the
    /// spaces around it ("sangat-baik", "Sangat Baik", "very good").
    pub fn band_named(&self, name: &str) -> Option<usize> {
        let key = name.trim().to_ascii_lowercase();
        self.bands.iter().position(|b| {
            b.id.to_ascii_lowercase() == key
                || b.name.id.to_ascii_lowercase() == key
                || b.name.en.to_ascii_lowercase() == key
        })
    }

    /// The band above the one `value` is in, if any, and the distance to it.
    pub fn next_band(&self, value: &Exact, basis: Basis) -> Option<NextBand> {
        let band = self.band_of(value, basis) + 1;
        let edge = Exact::from_cents(u64::from(self.bands.get(band)?.from));
        let v = self.deciding_value(value, basis);
        let gap = edge.checked_sub(&v).unwrap_or(Exact::new(0, 1));
        Some(NextBand {
            band,
            gap,
            beyond: self.band_edge == BandEdge::UpperInclusive,
        })
    }
}
