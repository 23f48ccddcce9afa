//! Long lists shown a batch at a time (the notice's highlighted blocks, the task table's rows):
//! the start appears at once and the rest follows frame by frame, so a long notice never blocks
//! the page.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `total` items to show now: `first` after each new text revision `rev`, then, a
/// frame after each render, `next` of that, until all are shown.
#[hook]
pub fn use_batches(rev: u64, total: usize, first: usize, next: fn(usize) -> usize) -> usize {
    // (text revision, items shown)
    let shown: Rc<RefCell<(u64, usize)>> = use_mut_ref(|| (u64::MAX, first));
    let grow = use_force_update();
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let limit = {
        let mut s = shown.borrow_mut();
        if s.0 != rev {
            *s = (rev, first);
        }
        s.1
    };
    use_effect_with((rev, limit, total), move |_| {
        if limit < total {
            let t = Timeout::new(16, move || {
                if let Ok(mut s) = shown.try_borrow_mut() {
                    s.1 = next(s.1);
                }
                grow.force_update();
            });
            if let Ok(mut slot) = timer.try_borrow_mut() {
                *slot = Some(t);
            }
        }
    });
    limit
}
