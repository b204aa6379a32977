//! Keeping the work saved: shortly after each change and at once when the
//! page is hidden or left; stamping the engagement that changed; noticing
//! another tab's saves; and the two ways out of a conflict.

use super::clock::now;
use super::context::Ctx;
use crate::model::workspace::Engagement;
use crate::storage::{Migrated, Saved, Scope, StorageError, Store, KEY};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

/// How long after a change the work is saved: well within the 300 ms a
/// user may wait, and long enough to gather a burst of taps into one write.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(150);

/// What the views can ask of saving.
#[derive(Clone, Copy)]
pub struct Saving {
    /// Settles a conflict with another tab: `true` keeps this tab's work
    /// (it is saved over the other's), `false` takes the other tab's.
    pub resolve: Callback<bool>,
    /// Saves now, if anything is waiting (a change, or a copy to keep of
    /// saved work with a tool's data found unreadable).
    pub flush: Callback<()>,
}

/// Starts saving `ctx.work` to `store`, which held revision `revision`
/// when it was opened: all of it, or a participant's part (`scope`).
pub fn keep_saved<S: Scope>(ctx: Ctx, store: Store, revision: u64, scope: S) -> Saving {
    let known = StoredValue::new(revision);
    // What this tab last wrote: found unchanged, it need not be read back.
    let written = StoredValue::new(None::<Saved>);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let last = StoredValue::new(ctx.work.with_untracked(|w| w.current().clone()));
    // Set while another tab's work is put in place, so it is not saved back.
    let applying = StoredValue::new(false);

    // `tools`: a tool's data found unreadable was waiting for its copy
    // (`model::stored`), so a copy kept is that, not damage found in storage.
    let report = move |result: Result<Saved, StorageError>, tools: bool| match result {
        Ok(saved) => {
            known.set_value(saved.revision);
            let kept_copy = saved.kept_copy;
            written.set_value(Some(saved));
            if kept_copy {
                ctx.storage_problem.set(Some(if tools {
                    StorageError::ToolUnreadable
                } else {
                    StorageError::KeptUnreadable
                }));
                return;
            }
            ctx.storage_problem.update(|p| {
                if matches!(
                    p,
                    Some(
                        StorageError::QuotaExceeded
                            | StorageError::WriteFailed(_)
                            | StorageError::Conflict
                    )
                ) {
                    *p = None;
                }
            });
        }
        Err(e) => ctx.storage_problem.update(|p| {
            // Problems found at start-up that keep saving off stay shown.
            if !matches!(
                p,
                Some(StorageError::Unavailable | StorageError::NewerVersion(_))
            ) {
                *p = Some(e);
            }
        }),
    };
    let unreadable_tools = move || {
        ctx.work
            .with_untracked(|w| w.engagements.iter().any(|e| e.unreadable_untold() > 0))
    };
    let save_now = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let tools = unreadable_tools();
        let result = written.with_value(|last| {
            ctx.work.with_untracked(|work| {
                scope.save_after(&store, work, known.get_value(), last.as_ref())
            })
        });
        report(result, tools);
    };
    // What another tab saved, once read: taken when this build can read
    // it. A newer release's data stops this tab's saving (saving refuses it
    // anyway) and says so; unreadable text is kept as a backup and this
    // tab's work, the best copy there is, saved at once.
    let take_theirs = move |loaded: Result<(Migrated, u64), StorageError>| match loaded {
        Ok((migrated, revision)) => {
            if let Some(handle) = pending.try_update_value(Option::take).flatten() {
                handle.clear();
            }
            known.set_value(revision);
            applying.set_value(true);
            ctx.work.set(migrated.work);
            ctx.storage_problem.update(|p| {
                if *p == Some(StorageError::Conflict) {
                    *p = None;
                }
            });
        }
        Err(StorageError::NewerVersion(v)) => {
            ctx.storage_problem.set(Some(StorageError::NewerVersion(v)));
        }
        Err(StorageError::Corrupt(_)) => save_now(),
        Err(_) => {}
    };

    Effect::new(move |previous: Option<()>| {
        ctx.work.track();
        if previous.is_none() {
            return;
        }
        if applying.get_value() {
            applying.set_value(false);
            last.set_value(ctx.work.with_untracked(|w| w.current().clone()));
            return;
        }
        // The engagement worked on gets the time of its change. Untracked, so
        // the stamp itself does not count as another change.
        let changed = ctx.work.with_untracked(|w| {
            let current = w.current();
            last.with_value(|before: &Engagement| {
                current.id == before.id && !current.same_saved_work(before)
            })
        });
        if changed {
            let stamp = now();
            ctx.work
                .update_untracked(|w| w.current_mut().changed = stamp);
        }
        last.set_value(ctx.work.with_untracked(|w| w.current().clone()));
        if pending.with_value(Option::is_none) {
            match set_timeout_with_handle(save_now, SAVE_DELAY) {
                Ok(handle) => pending.set_value(Some(handle)),
                Err(_) => save_now(),
            }
        }
    });

    // Also when a view has just found a tool's saved data unreadable: the
    // copy is kept and the user told at once, not at their next change.
    let flush = move || {
        if pending.with_value(Option::is_some) || unreadable_tools() {
            save_now();
        }
    };
    // The app lives as long as the page, so these listeners stay.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    // Another tab saved: take its work, unless this tab has work of its own
    // still to save, which would be lost silently; then ask.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(KEY) || ev.new_value().is_none() {
            return;
        }
        // Read once: readable work of another tab over unsaved work of
        // this one is a conflict for the user; anything else is taken.
        let loaded = scope.load(&store);
        if loaded.is_ok() && pending.with_value(Option::is_some) {
            ctx.storage_problem.set(Some(StorageError::Conflict));
        } else {
            take_theirs(loaded);
        }
    });
    // Ask the browser not to clear the work under storage pressure; the
    // answer changes nothing here, so it is not awaited.
    let _ = window().navigator().storage().persist();

    Saving {
        resolve: Callback::new(move |keep_mine: bool| {
            if keep_mine {
                if let Some(revision) = store.revision() {
                    known.set_value(revision);
                }
                save_now();
            } else {
                take_theirs(scope.load(&store));
            }
        }),
        flush: Callback::new(move |()| flush()),
    }
}
