//! The crate's one sort. Every `sort` call on another type would be its own copy of the sort code
//! in the web app (a few KB each, against a size budget), so everything that needs ordering asks
//! for a permutation through this single `sort_unstable` of triples.

/// The order that sorts `keys` (ties keep their order): the indices of `keys`, sorted.
pub(crate) fn order_by(keys: impl Iterator<Item = (u64, u64)>) -> Vec<usize> {
    let mut k: Vec<(u64, u64, usize)> = keys.enumerate().map(|(i, (a, b))| (a, b, i)).collect();
    k.sort_unstable();
    k.into_iter().map(|t| t.2).collect()
}

/// `items` in `order` (a permutation of their indices).
pub(crate) fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i)?.take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_both_keys_and_keeps_ties_in_order() {
        let keys = [(3, 1), (1, 9), (3, 0), (1, 9), (0, u64::MAX)];
        let order = order_by(keys.iter().copied());
        assert_eq!(order, vec![4, 1, 3, 2, 0]);
        assert_eq!(
            permute(vec!['a', 'b', 'c', 'd', 'e'], &order),
            vec!['e', 'b', 'd', 'c', 'a']
        );
    }
}
