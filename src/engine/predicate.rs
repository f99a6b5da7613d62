//! Predicate bands: which band a value is in, and how far the next band is.

use super::exact::Exact;
use super::model::Framework;

/// Which value decides the predicate at a band edge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The exact, unrounded index (KemenPANRB practice in 2024; 3,4985 is Baik).
    #[default]
    Exact,
    /// The index rounded to two decimals (2023 practice; 1,7995 -> 1,80 is Cukup).
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

    /// The value that decides the band under this basis.
    pub fn deciding_value(self, value: &Exact) -> Exact {
        match self {
            Basis::Exact => *value,
            Basis::Rounded => value.rounded(),
        }
    }
}

/// The next band up and the least increase of the index that reaches it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextBand {
    pub band: usize,
    /// Exact distance from the deciding value to the band's lower edge (> 0).
    pub gap: Exact,
}

impl Framework {
    /// Position in [`Framework::bands`] of the band that `value` falls in.
    pub fn band_of(&self, value: &Exact, basis: Basis) -> usize {
        let v = basis.deciding_value(value);
        self.bands
            .iter()
            .rposition(|b| v >= Exact::from_cents(u64::from(b.from)))
            .unwrap_or(0)
    }

    /// The band named `name`: its id or its name in either language, ignoring case and the
    /// spaces around it ("sangat-baik", "Sangat Baik", "very good").
    pub fn band_named(&self, name: &str) -> Option<usize> {
        let key = name.trim().to_lowercase();
        self.bands.iter().position(|b| {
            b.id.to_lowercase() == key
                || b.name.id.to_lowercase() == key
                || b.name.en.to_lowercase() == key
        })
    }

    /// The band above the one `value` is in, if any, and the distance to it.
    pub fn next_band(&self, value: &Exact, basis: Basis) -> Option<NextBand> {
        let band = self.band_of(value, basis) + 1;
        let edge = Exact::from_cents(u64::from(self.bands.get(band)?.from));
        let gap = edge.checked_sub(&basis.deciding_value(value))?;
        Some(NextBand { band, gap })
    }
}
