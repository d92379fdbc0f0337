//! Work a tap need not wait for (the planner, the QR code), done once the
//! browser has painted the frame of the tap, so that the tapped answer and
//! the score are on screen first.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

/// A signal that follows `compute` whenever `changed` reports a change, but
/// only once the browser has painted the frame in which it happened: for
/// work a tap need not wait for (the planner, the QR code), so that the
/// tapped answer and the score are on screen first. Changes in between are
/// taken together. The first value is computed at once.
pub fn after_paint<T: Send + Sync + 'static>(
    changed: impl Fn() + 'static,
    compute: impl Fn() -> T + 'static,
) -> ReadSignal<T> {
    let first = untrack(&compute);
    follow_after_paint(first, false, changed, compute)
}

/// As [`after_paint`], for a value that the frame which builds it need not
/// show either: `T::default()` until that frame has been painted.
pub fn all_after_paint<T: Default + Send + Sync + 'static>(
    changed: impl Fn() + 'static,
    compute: impl Fn() -> T + 'static,
) -> ReadSignal<T> {
    follow_after_paint(T::default(), true, changed, compute)
}

/// The signal of [`after_paint`] and [`all_after_paint`], starting at `first`.
fn follow_after_paint<T: Send + Sync + 'static>(
    first: T,
    compute_first_after_paint: bool,
    changed: impl Fn() + 'static,
    compute: impl Fn() -> T + 'static,
) -> ReadSignal<T> {
    let value = RwSignal::new(first);
    let task = move || value.set(untrack(&compute));
    after_each_paint(Box::new(changed), Rc::new(task), compute_first_after_paint);
    value.read_only()
}

/// Runs `task` once the browser has painted the frame in which `changed`
/// reported a change (and after the first frame too, if `at_first`).
/// Changes in between are taken together; nothing runs once the view that
/// asked has gone. Not generic, so that every user shares one copy of
/// this code.
pub fn after_each_paint(changed: Box<dyn Fn()>, task: Rc<dyn Fn()>, at_first: bool) {
    let pending = Rc::new(Cell::new(false));
    // Disposed with the view that asked, as everything its task reads may be.
    let asked = StoredValue::new(());
    Effect::watch(
        changed,
        move |_, _, _| {
            if pending.replace(true) {
                return;
            }
            let (pending, task) = (pending.clone(), task.clone());
            // The next frame's callback runs before it is painted; a task
            // queued from it runs after.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        pending.set(false);
                        if !asked.is_disposed() {
                            task();
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        },
        at_first,
    );
}
