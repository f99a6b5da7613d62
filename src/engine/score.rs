//! One generic scoring algorithm for any validated framework.
//!
//! The official formulas (aspect = Σ level·w / w_aspect, domain = Σ aspect·w_aspect / w_domain,
//! index = Σ domain·w_domain / total) collapse to weighted means of the indicator values,
//! because every parent's weight is the sum of its children's (checked when the model is
//! loaded). So each value is one integer sum divided by one integer weight: exact.

use super::exact::Exact;
use super::model::Framework;

/// Exact values of one set of levels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub index: Exact,
    /// In the order of [`Framework::domains`].
    pub domains: Vec<Exact>,
    /// In the order of [`Framework::aspects`].
    pub aspects: Vec<Exact>,
}

/// Levels that do not fit the framework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LevelsError {
    WrongLength {
        expected: usize,
        got: usize,
    },
    /// `indicator` is the 1-based indicator number.
    OutOfRange {
        indicator: usize,
        value: u32,
    },
}

impl std::fmt::Display for LevelsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LevelsError::WrongLength { expected, got } => {
                write!(
                    f,
                    "{got} values given, the framework has {expected} indicators"
                )
            }
            LevelsError::OutOfRange { indicator, value } => {
                write!(
                    f,
                    "indicator {indicator}: {value} (scale units) is off the scale"
                )
            }
        }
    }
}

impl std::error::Error for LevelsError {}

impl Framework {
    /// Check that `levels` has one value per indicator, each within the scale.
    pub fn check_levels(&self, levels: &[u32]) -> Result<(), LevelsError> {
        if levels.len() != self.indicators.len() {
            return Err(LevelsError::WrongLength {
                expected: self.indicators.len(),
                got: levels.len(),
            });
        }
        match levels.iter().position(|v| !self.scale.contains(*v)) {
            Some(i) => Err(LevelsError::OutOfRange {
                indicator: i + 1,
                value: levels[i],
            }),
            None => Ok(()),
        }
    }

    /// Score a set of levels (values in scale units, one per indicator, in order).
    pub fn score(&self, levels: &[u32]) -> Result<Score, LevelsError> {
        self.check_levels(levels)?;
        let unit = u64::from(self.scale.unit());
        let weighted = |range: std::ops::Range<usize>| -> u64 {
            self.indicators[range.clone()]
                .iter()
                .zip(&levels[range])
                .map(|(ind, &v)| u64::from(ind.weight) * u64::from(v))
                .sum()
        };
        let aspects = self
            .aspects
            .iter()
            .map(|a| Exact::new(weighted(a.indicators.clone()), u64::from(a.weight) * unit))
            .collect();
        let domains = self
            .domains
            .iter()
            .map(|d| Exact::new(weighted(d.indicators.clone()), u64::from(d.weight) * unit))
            .collect();
        let index = Exact::new(
            weighted(0..self.indicators.len()),
            u64::from(self.total_weight) * unit,
        );
        Ok(Score {
            index,
            domains,
            aspects,
        })
    }
}
