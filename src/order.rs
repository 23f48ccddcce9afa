//! The crate's one sort. Every `sort` call on another type would be its own copy of the sort code
//! in the web app (a few KB each, against a size budget), so everything that needs ordering goes
//! through this single `sort_unstable` of (key, key, index) triples.

/// Fills `keys` with (key, key, index) for every item, in the order the items are to take.
fn sorted_keys<T>(items: &[T], keys: &mut Vec<(u64, u64, usize)>, key: impl Fn(&T) -> (u64, u64)) {
    keys.clear();
    keys.extend(items.iter().enumerate().map(|(i, t)| {
        let (a, b) = key(t);
        (a, b, i)
    }));
    keys.sort_unstable();
}

/// Sorts `items` by `key` in place (ties keep their order), with `keys` as a buffer the caller
/// may keep between calls.
pub(crate) fn sort_by_keys<T>(
    items: &mut [T],
    keys: &mut Vec<(u64, u64, usize)>,
    key: impl Fn(&T) -> (u64, u64),
) {
    sorted_keys(items, keys, key);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_both_keys_and_keeps_ties_in_order() {
        let mut items = vec![
            (3, 1, 'a'),
            (1, 9, 'b'),
            (3, 0, 'c'),
            (1, 9, 'd'),
            (0, u64::MAX, 'e'),
        ];
        sort_by_keys(&mut items, &mut Vec::new(), |&(a, b, _)| (a, b));
        let order: String = items.iter().map(|t| t.2).collect();
        assert_eq!(order, "ebdca");
    }

    #[test]
    fn sorts_in_place_as_a_stable_sort_does() {
        let mut keys = Vec::new();
        for n in 0..40u64 {
            // Many cycles and ties: items k*7 mod n by a coarse key.
            let items: Vec<(u64, u64)> = (0..n).map(|k| ((k * 7 + 3) % n.max(1) / 3, k)).collect();
            let mut want = items.clone();
            want.sort_by_key(|&(a, _)| a);
            let mut got = items.clone();
            sort_by_keys(&mut got, &mut keys, |&(a, _)| (a, 0));
            assert_eq!(got, want, "{n}");
        }
    }
}
