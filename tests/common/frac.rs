//! A plain fraction for the reference computations of the property tests: written separately
//! from the engine's `Exact`, compared with it by cross-multiplication.

use spbe_calculator::engine::Exact;

#[derive(Clone, Copy, Debug)]
pub struct Frac(pub u128, pub u128);

fn gcd(a: u128, b: u128) -> u128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

impl Frac {
    fn norm(self) -> Frac {
        let g = gcd(self.0, self.1).max(1);
        Frac(self.0 / g, self.1 / g)
    }
    pub fn add(self, o: Frac) -> Frac {
        Frac(self.0 * o.1 + o.0 * self.1, self.1 * o.1).norm()
    }
    /// `self · k / d`.
    pub fn scale(self, k: u128, d: u128) -> Frac {
        Frac(self.0 * k, self.1 * d).norm()
    }
    pub fn mul_int(self, k: u128) -> Frac {
        self.scale(k, 1)
    }
    pub fn div_int(self, k: u128) -> Frac {
        self.scale(1, k)
    }
    pub fn same(self, e: &Exact) -> bool {
        self.0 * u128::from(e.denom()) == u128::from(e.numer()) * self.1
    }
    /// Half up to two decimals by looking at the third decimal digit.
    pub fn cents_by_digits(self) -> u64 {
        let thousandths = self.0 * 1000 / self.1;
        (thousandths / 10 + u128::from(thousandths % 10 >= 5)) as u64
    }
    pub fn at_least(self, num: u128, den: u128) -> bool {
        self.0 * den >= num * self.1
    }
}
