//! Evidence-item edits as the panel makes them: computed and checked by `evidence::edit`,
//! then applied through the reducer. Shared by the tests of the deadline, the work by unit and
//! unit files.

use spbe_calculator::evidence::{Evidence, ItemEdit};
use spbe_calculator::state::{Action, State};

/// `s` after `e` on indicator `i` (which must change something).
pub fn apply(s: &State, i: usize, e: ItemEdit) -> State {
    let items = spbe_calculator::evidence::edit(&s.fw, i, s.evidence[i].as_ref(), e).unwrap();
    s.apply(Action::SetItems {
        indicator: i,
        items,
    })
    .unwrap()
}

/// Positions of indicator `i`'s catalogue items on `level`.
pub fn on_level(s: &State, i: usize, level: u32) -> Vec<usize> {
    let c = Evidence::catalogue(&s.fw, i);
    (0..c.items.len())
        .filter(|&k| c.items[k].level == level)
        .collect()
}
