//! Exact non-negative rationals for index, domain and aspect values.
//!
//! Every value the calculator shows is `num / den` with integer parts; rounding to two
//! decimals is done once, half up, on the exact value ([`Exact::cents`]).

use std::cmp::Ordering;

/// An exact non-negative rational number `num / den`, kept in lowest terms (`den > 0`).
#[derive(Clone, Copy, Debug)]
pub struct Exact {
    num: u64,
    den: u64,
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Exact {
    /// `num / den`. A zero denominator is treated as the value zero (it never arises from a
    /// validated model, whose weights are all positive).
    pub fn new(num: u64, den: u64) -> Exact {
        if den == 0 {
            return Exact { num: 0, den: 1 };
        }
        let g = gcd(num, den).max(1);
        Exact {
            num: num / g,
            den: den / g,
        }
    }

    /// A value given in hundredths, such as a predicate threshold (`180` is 1,80).
    pub fn from_cents(cents: u64) -> Exact {
        Exact::new(cents, 100)
    }

    pub fn numer(&self) -> u64 {
        self.num
    }

    pub fn denom(&self) -> u64 {
        self.den
    }

    /// The value in hundredths, rounded half up: 4,745 -> 475, 1,025 -> 103.
    /// This is `floor(100·num/den + 1/2)`, computed in integers.
    pub fn cents(&self) -> u64 {
        let (n, d) = (self.num as u128, self.den as u128);
        ((200 * n + d) / (2 * d)) as u64
    }

    /// The value in hundredths, cut after the second decimal: 2,8167 -> 281.
    pub fn cents_floor(&self) -> u64 {
        let (n, d) = (self.num as u128, self.den as u128);
        (100 * n / d) as u64
    }

    /// The value in hundredths, rounded up (towards +inf): what a planner must add, at least.
    pub fn cents_ceil(&self) -> u64 {
        let (n, d) = (self.num as u128, self.den as u128);
        (100 * n).div_ceil(d) as u64
    }

    /// The value rounded half up to two decimals, as an exact value again.
    pub fn rounded(&self) -> Exact {
        Exact::from_cents(self.cents())
    }

    /// `self - other` when `self >= other`, otherwise `None`.
    pub fn checked_sub(&self, other: &Exact) -> Option<Exact> {
        let (a, b) = (
            self.num as u128 * other.den as u128,
            other.num as u128 * self.den as u128,
        );
        let den = self.den as u128 * other.den as u128;
        let diff = a.checked_sub(b)?;
        let g = {
            let (mut x, mut y) = (diff, den);
            while y != 0 {
                (x, y) = (y, x % y);
            }
            x.max(1)
        };
        let (num, den) = (diff / g, den / g);
        Some(Exact {
            num: u64::try_from(num).ok()?,
            den: u64::try_from(den).ok()?,
        })
    }

    /// The exact decimal expansion when it terminates within `max_places` digits after the
    /// point (for instance `"3.4985"`), otherwise the first `max_places` digits followed by
    /// `"…"`. Uses a point; the UI converts it for display.
    pub fn decimal_string(&self, max_places: usize) -> String {
        let int = self.num / self.den;
        let mut rem = self.num % self.den;
        let mut out = int.to_string();
        if rem == 0 {
            return out;
        }
        out.push('.');
        for _ in 0..max_places {
            rem *= 10;
            out.push(char::from(b'0' + (rem / self.den) as u8));
            rem %= self.den;
            if rem == 0 {
                return out;
            }
        }
        out.push('…');
        out
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Exact {}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num as u128 * other.den as u128).cmp(&(other.num as u128 * self.den as u128))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_up_on_ties() {
        assert_eq!(Exact::new(4745, 1000).cents(), 475);
        assert_eq!(Exact::new(4765, 1000).cents(), 477);
        assert_eq!(Exact::new(1025, 1000).cents(), 103);
        assert_eq!(Exact::new(4515, 1000).cents(), 452);
        assert_eq!(Exact::new(2465, 1000).cents(), 247);
        assert_eq!(Exact::new(34985, 10000).cents(), 350);
        assert_eq!(Exact::new(17995, 10000).cents(), 180);
        assert_eq!(Exact::new(29475, 10000).cents(), 295);
    }

    #[test]
    fn rounds_below_tie_down_and_above_up() {
        assert_eq!(Exact::new(47449, 10000).cents(), 474);
        assert_eq!(Exact::new(47451, 10000).cents(), 475);
        // 19/6 = 3.1666.. -> 3.17 ; 164.25/45.5 = 3.6099 -> 3.61
        assert_eq!(Exact::new(19, 6).cents(), 317);
        assert_eq!(Exact::new(16425, 4550).cents(), 361);
    }

    #[test]
    fn ceil_and_sub() {
        let gap = Exact::from_cents(350)
            .checked_sub(&Exact::new(34985, 10000))
            .unwrap();
        assert_eq!(gap, Exact::new(15, 10000));
        assert_eq!(gap.cents_ceil(), 1);
        assert_eq!(gap.cents(), 0);
        assert!(Exact::new(1, 2).checked_sub(&Exact::new(2, 3)).is_none());
        assert_eq!(Exact::from_cents(120).cents_ceil(), 120);
        assert_eq!(Exact::new(28167, 10000).cents_floor(), 281);
        assert_eq!(Exact::new(5, 1).cents_floor(), 500);
    }

    #[test]
    fn equality_is_by_value_and_decimal_strings() {
        assert_eq!(Exact::new(2, 4), Exact::new(1, 2));
        assert!(Exact::new(1, 3) < Exact::new(34, 100));
        assert_eq!(Exact::new(34985, 10000).decimal_string(8), "3.4985");
        assert_eq!(Exact::new(5, 1).decimal_string(8), "5");
        assert_eq!(Exact::new(19, 6).decimal_string(4), "3.1666…");
        assert_eq!(Exact::new(0, 0), Exact::new(0, 1));
    }
}
