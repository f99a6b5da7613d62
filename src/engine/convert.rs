//! Two ways to a value besides typing it: an external index converted by the framework's
//! piecewise-linear map (Pemdi indicator 5 from the Indeks Satu Data Indonesia: 1 + SDI/25),
//! and the evidence helper (accepted evidence items per level, interpolated between the
//! values at which levels are complete). Both are exact, rounded half up once to the scale's
//! decimals.

use super::model::{External, Framework};

/// Why a source value or an evidence count was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvertError {
    /// The source value is outside the source's range (`min`/`max` in source units).
    OutOfRange { min: u32, max: u32 },
    /// More items accepted than there are, on the step `step` (1-based, from the floor).
    AcceptedAboveTotal { step: usize },
    /// More counts than the scale has steps.
    TooManySteps { max: usize },
}

/// `(num + den/2) / den` in integers: half up.
fn half_up(num: u128, den: u128) -> u32 {
    u32::try_from((2 * num + den) / (2 * den)).unwrap_or(u32::MAX)
}

impl External {
    /// The source's range (units of `10^-decimals`).
    pub fn range(&self) -> (u32, u32) {
        let first = self.points.first().map_or(0, |p| p.0);
        let last = self.points.last().map_or(0, |p| p.0);
        (first, last)
    }

    /// The indicator value (scale units, half up) of a source value (source units).
    ///
    /// ```
    /// use spbe_calculator::engine::model::RawModel;
    /// use spbe_calculator::engine::Framework;
    ///
    /// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/models/pemdi-2026.json");
    /// let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    /// let fw = Framework::from_raw(raw)?;
    /// // Pemdi indicator 5 from the Indeks Satu Data Indonesia (1 + SDI/25), in hundredths of
    /// // SDI and ten-thousandths of the scale: the official example SDI 68,75 gives 3,75.
    /// let sdi = fw.indicators[4].external.as_ref().expect("indicator 5 has a source");
    /// assert_eq!(sdi.convert(6_875), Ok(37_500));
    /// assert!(sdi.convert(10_001).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn convert(&self, source: u32) -> Result<u32, ConvertError> {
        let (min, max) = self.range();
        if source < min || source > max {
            return Err(ConvertError::OutOfRange { min, max });
        }
        let segment = self
            .points
            .windows(2)
            .find(|w| source <= w[1].0)
            .ok_or(ConvertError::OutOfRange { min, max })?;
        let ((s0, v0), (s1, v1)) = (segment[0], segment[1]);
        let ds = u128::from(s1 - s0);
        let num = u128::from(v0) * ds + u128::from(source - s0) * u128::from(v1 - v0);
        Ok(half_up(num, ds))
    }
}

impl Framework {
    /// The value that accepted evidence items give, by band-top interpolation: completing the
    /// first `k` steps reaches the `k`-th stop; a share `f` of the next step's items adds `f`
    /// of that step on a scale with decimals (Pemdi), nothing on a scale of whole levels (a
    /// level counts only once all its items do). A step's items count only when every lower
    /// step is complete.
    /// `counts[j]` is `(accepted, total)` for step `j + 1` (the level whose top is `stops[j+1]`).
    pub fn evidence_value(&self, counts: &[(u32, u32)]) -> Result<u32, ConvertError> {
        let steps = self.stops.len().saturating_sub(1);
        if counts.len() > steps {
            return Err(ConvertError::TooManySteps { max: steps });
        }
        if let Some(j) = counts.iter().position(|(a, t)| a > t) {
            return Err(ConvertError::AcceptedAboveTotal { step: j + 1 });
        }
        let mut value = u128::from(self.scale.min_value());
        for (j, &(accepted, total)) in counts.iter().enumerate() {
            let (lo, hi) = (self.stops[j], self.stops[j + 1]);
            if total > 0 && accepted == total {
                value = u128::from(hi);
                continue;
            }
            if total > 0 && self.scale.decimals == 0 {
                break;
            }
            if total > 0 {
                let num =
                    u128::from(lo) * u128::from(total) + u128::from(accepted) * u128::from(hi - lo);
                return Ok(half_up(num, u128::from(total)));
            }
            break;
        }
        Ok(u32::try_from(value).unwrap_or(u32::MAX))
    }
}
