//! A set of names (ids, option ids, labels, evidence codes) for the checks that refuse a name
//! used twice.

use std::collections::BTreeMap;

/// Names seen so far. Kept in a `BTreeMap<String, u32>`, the type the variant weights already
/// use: a module then carries one B-tree's code for both, and no hash table with its hashing
/// (a `HashSet` cost the npm package's engine 1,2 KiB gzip; a `BTreeSet` is a second tree).
/// Lookups stay logarithmic, so a hostile file with many ids is no slower to refuse.
#[derive(Debug, Default)]
pub struct Names(BTreeMap<String, u32>);

impl Names {
    /// Adds `name`; `false` when it was there already.
    pub fn insert(&mut self, name: &str) -> bool {
        self.0.insert(name.to_string(), 0).is_none()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }
}

#[cfg(test)]
mod tests {
    use super::Names;

    #[test]
    fn a_name_is_new_once() {
        let mut n = Names::default();
        assert!(n.insert("a") && n.insert("b"));
        assert!(!n.insert("a"));
        assert!(n.contains("b") && !n.contains("c"));
    }
}
