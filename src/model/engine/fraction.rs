//! Exact non-negative fractions, so that "exactly 1.5 points" meets a 1.5
//! threshold and "every item 已上云" is exactly 2.

use std::cmp::Ordering;

use crate::model::rubric::Threshold;

/// A non-negative fraction kept in lowest terms.
#[derive(Clone, Copy, Debug)]
pub struct Fraction {
    numer: u64,
    denom: u64,
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Fraction {
    /// Zero.
    pub const ZERO: Fraction = Fraction { numer: 0, denom: 1 };

    /// `numer / denom`; `denom` must not be 0.
    pub fn new(numer: u64, denom: u64) -> Fraction {
        assert!(denom != 0, "a fraction's denominator is never 0");
        let divisor = gcd(numer, denom).max(1);
        Fraction {
            numer: numer / divisor,
            denom: denom / divisor,
        }
    }

    /// A threshold's points, exactly.
    pub fn from_threshold(threshold: Threshold) -> Fraction {
        Fraction::new(u64::from(threshold.hundredths), 100)
    }

    /// `self - other`, or zero when `other` is larger.
    pub fn saturating_sub(self, other: Fraction) -> Fraction {
        if other >= self {
            return Fraction::ZERO;
        }
        let denom = self.denom / gcd(self.denom, other.denom) * other.denom;
        Fraction::new(
            self.numer * (denom / self.denom) - other.numer * (denom / other.denom),
            denom,
        )
    }

    /// `self × factor`.
    pub fn mul_int(self, factor: u64) -> Fraction {
        Fraction::new(self.numer * factor, self.denom)
    }

    /// `self ÷ divisor`; `divisor` must not be 0.
    pub fn div_int(self, divisor: u64) -> Fraction {
        Fraction::new(self.numer, self.denom * divisor)
    }

    /// The mean of `values`, or `None` for none.
    pub fn mean(values: impl IntoIterator<Item = Fraction>) -> Option<Fraction> {
        let (sum, count) = values
            .into_iter()
            .fold((Fraction::ZERO, 0), |(sum, n), v| (sum + v, n + 1));
        (count > 0).then(|| sum.div_int(count))
    }

    /// The nearest `f64`, for statistics over many results.
    pub fn to_f64(self) -> f64 {
        self.numer as f64 / self.denom as f64
    }

    /// The nearest whole number, halves rounded up.
    pub fn round(self) -> u64 {
        (2 * self.numer + self.denom) / (2 * self.denom)
    }
}

impl std::ops::Add for Fraction {
    type Output = Fraction;

    fn add(self, other: Fraction) -> Fraction {
        let denom = self.denom / gcd(self.denom, other.denom) * other.denom;
        Fraction::new(
            self.numer * (denom / self.denom) + other.numer * (denom / other.denom),
            denom,
        )
    }
}

impl PartialEq for Fraction {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Fraction {}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        let left = u128::from(self.numer) * u128::from(other.denom);
        let right = u128::from(other.numer) * u128::from(self.denom);
        left.cmp(&right)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_is_exact() {
        let third = Fraction::new(1, 3);
        assert_eq!(third + third + third, Fraction::new(1, 1));
        assert_eq!(
            Fraction::new(3, 2).saturating_sub(third),
            Fraction::new(7, 6)
        );
        assert_eq!(third.saturating_sub(Fraction::new(1, 2)), Fraction::ZERO);
        assert_eq!(Fraction::new(0, 5), Fraction::ZERO);
    }

    #[test]
    fn mean_and_rounding() {
        let mean = Fraction::mean([Fraction::new(1, 1), Fraction::new(2, 1)]).unwrap();
        assert_eq!(mean, Fraction::new(3, 2));
        assert_eq!(Fraction::mean([]), None);
        assert_eq!(Fraction::new(1, 2).round(), 1);
        assert_eq!(Fraction::new(149, 100).round(), 1);
        assert_eq!(Fraction::new(200, 3).round(), 67);
    }
}
