//! Where an index stands among published ones: its rank, the percentile at or below it, and
//! whether it lies below, above or among them.

/// Where an index stands: `rank` of `of`, at or above `percentile` % of them; `same` of them
/// have the same index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rank {
    pub rank: usize,
    pub of: usize,
    pub percentile: u32,
    pub same: usize,
}

/// Where an index lies against the published ones it is ranked among.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Lower than every one (its rank would be one past the count).
    BelowAll,
    /// Higher than every one.
    AboveAll,
    /// Among them (equal to one at least, or between two).
    Among,
}

impl Rank {
    pub fn place(&self) -> Place {
        if self.rank > self.of {
            Place::BelowAll
        } else if self.rank == 1 && self.same == 0 {
            Place::AboveAll
        } else {
            Place::Among
        }
    }
}

/// Rank of `index` among `others`: 1 + how many are higher; the percentile is the share at or
/// below it, rounded half up.
pub fn rank_among(index: u32, others: impl Iterator<Item = u32>) -> Option<Rank> {
    let (mut of, mut higher, mut same) = (0usize, 0usize, 0usize);
    for o in others {
        of += 1;
        if o > index {
            higher += 1;
        } else if o == index {
            same += 1;
        }
    }
    if of == 0 {
        return None;
    }
    let at_or_below = of - higher;
    let percentile = ((200 * at_or_below + of) / (2 * of)) as u32;
    Some(Rank {
        rank: higher + 1,
        of,
        percentile,
        same,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_is_one_plus_the_higher_ones() {
        let others = [300, 250, 250, 200, 100];
        let r = rank_among(250, others.into_iter()).unwrap();
        assert_eq!((r.rank, r.of, r.percentile), (2, 5, 80));
        let top = rank_among(500, others.into_iter()).unwrap();
        assert_eq!((top.rank, top.percentile), (1, 100));
        let bottom = rank_among(99, others.into_iter()).unwrap();
        assert_eq!((bottom.rank, bottom.percentile), (6, 0));
        assert_eq!(rank_among(300, std::iter::empty()), None);
    }
}
