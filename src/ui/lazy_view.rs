//! A view whose code arrives in its own chunk: a loading state in the
//! page's layout while it comes, a message and "Try again" if it cannot.

use super::chunks::Loaded;
use super::fetch_note::FetchNote;
use leptos::prelude::*;
use leptos::reactive::graph::untrack_with_diagnostics;
use leptos::task::spawn_local_scoped;
use std::future::Future;

/// Where a chunk's view is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arrival {
    /// Asked for, not here yet.
    Coming,
    /// Here and shown.
    Here,
    /// The request failed; the user may try again.
    Failed,
}

/// Shows the view that `load` brings, once it is here. `load` is one of the
/// split points in [`super::chunks`]; it is called again on "Try again".
#[component]
pub fn LazyView<L, F>(
    /// Fetches the chunk (at most once it succeeded) and builds the view.
    load: L,
) -> impl IntoView
where
    L: Fn() -> F + Copy + Send + Sync + 'static,
    F: Future<Output = Loaded> + 'static,
{
    let arrival = RwSignal::new(Arrival::Coming);
    // A view is not `Clone`: it is handed over once, when it arrives.
    let slot = StoredValue::new_local(None::<AnyView>);
    // The view is built with this component's owner, so it sees the app's
    // context and is dropped with it; "Try again" runs in an event handler,
    // which has no owner of its own, so the owner is kept from here.
    let owner = StoredValue::new_local(Owner::current());
    let fetch = move || {
        arrival.set(Arrival::Coming);
        let task = async move {
            // The view is built while the task is polled: untracked, as a
            // component's body always is, so its signal reads subscribe
            // nothing (the app's route closure did the same before).
            let mut loading = Box::pin(load());
            let loaded = std::future::poll_fn(move |cx| {
                untrack_with_diagnostics(|| loading.as_mut().poll(cx))
            })
            .await;
            match loaded {
                Ok(view) => {
                    slot.set_value(Some(view));
                    arrival.set(Arrival::Here);
                }
                Err(_) => arrival.set(Arrival::Failed),
            }
        };
        match owner.get_value() {
            Some(owner) => owner.with(|| spawn_local_scoped(task)),
            None => spawn_local_scoped(task),
        }
    };
    fetch();
    let retry = Callback::new(move |()| fetch());
    move || match arrival.get() {
        Arrival::Coming => view! {
            <div class="page">
                <FetchNote failed=false retry />
            </div>
        }
        .into_any(),
        Arrival::Failed => view! {
            <div class="page">
                <FetchNote failed=true retry />
            </div>
        }
        .into_any(),
        Arrival::Here => slot
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
    }
}
