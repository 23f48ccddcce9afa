//! The crate's one sort. Every `sort` call on another type would be its own copy of the sort code
//! in the web app (a few KB each, against a size budget), so everything that needs ordering asks
//! for a permutation through this single `sort_unstable` of triples.

/// The order that sorts `keys` (ties keep their order): the indices of `keys`, sorted.
pub(crate) fn order_by(keys: impl Iterator<Item = (u64, u64)>) -> Vec<usize> {
    let mut k: Vec<(u64, u64, usize)> = keys.enumerate().map(|(i, (a, b))| (a, b, i)).collect();
    k.sort_unstable();
    k.into_iter().map(|t| t.2).collect()
}

/// Sorts `items` by `key` in place (ties keep their order), with `keys` as a buffer the caller
/// may keep between calls.
pub(crate) fn sort_by_keys<T>(
    items: &mut [T],
    keys: &mut Vec<(u64, u64, usize)>,
    key: impl Fn(&T) -> (u64, u64),
) {
    keys.clear();
    keys.extend(items.iter().enumerate().map(|(i, t)| {
        let (a, b) = key(t);
        (a, b, i)
    }));
    keys.sort_unstable();
    // Position k takes the item that was at keys[k].2: follow each cycle of the permutation once,
    // swapping the item carried along into place, and mark the positions done.
    for start in 0..keys.len() {
        let mut j = start;
        while keys[j].2 != usize::MAX {
            let from = std::mem::replace(&mut keys[j].2, usize::MAX);
            if from == start {
                break;
            }
            items.swap(j, from);
            j = from;
        }
    }
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

    #[test]
    fn sorts_in_place_as_the_permutation_does() {
        let mut keys = Vec::new();
        for n in 0..40u64 {
            // Many cycles and ties: items k*7 mod n by a coarse key.
            let items: Vec<(u64, u64)> = (0..n).map(|k| ((k * 7 + 3) % n.max(1) / 3, k)).collect();
            let want = permute(items.clone(), &order_by(items.iter().map(|&(a, _)| (a, 0))));
            let mut got = items.clone();
            sort_by_keys(&mut got, &mut keys, |&(a, _)| (a, 0));
            assert_eq!(got, want, "{n}");
        }
    }
}
