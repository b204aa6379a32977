//! A view whose code arrives in its own chunk: a loading state in the
//! page's layout while it comes, a message and "Try again" if it cannot.

use super::chunks::Loaded;
use super::context::use_ctx;
use super::fetch_note::FetchNote;
use super::texts;
use leptos::prelude::*;
use leptos::reactive::graph::untrack_with_diagnostics;
use leptos::task::spawn_local_scoped;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

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
/// split points in [`super::chunks`] and `preload` its chunk's fetch
/// without the view; both are called again on "Try again". The view's
/// texts (the route's part, `texts::fetch`, or a later section's own,
/// `texts`) come beside the chunk, and the view is built only once both
/// are here, so it never reads a text that has not come.
#[component]
pub fn LazyView<L, F, P, PF, E>(
    /// Fetches the chunk (at most once it succeeded) and builds the view.
    load: L,
    /// Fetches the chunk without building the view.
    preload: P,
    /// The texts a later section of a view reads beyond its view's (its
    /// split point's name, `chunks::*_TEXTS`); a view's own are the route's.
    #[prop(optional)]
    texts: Option<&'static str>,
) -> impl IntoView
where
    L: Fn() -> F + Copy + Send + Sync + 'static,
    F: Future<Output = Loaded> + 'static,
    P: Fn() -> PF + Copy + Send + Sync + 'static,
    PF: Future<Output = Result<(), E>> + 'static,
    E: 'static,
{
    // Boxed here, so what follows is compiled once, not once per view.
    lazy_view(
        Rc::new(move || Box::pin(load())),
        Rc::new(move || Box::pin(async move { preload().await.is_ok() })),
        texts,
    )
}

/// A split point's function, its future boxed.
type Fetch<T> = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = T>>>>;

/// [`LazyView`]'s body for any view: `preload` tells whether the chunk came.
fn lazy_view(
    load: Fetch<Loaded>,
    preload: Fetch<bool>,
    part: Option<&'static str>,
) -> impl IntoView {
    let ctx = use_ctx();
    let arrival = RwSignal::new(Arrival::Coming);
    // A view is not `Clone`: it is handed over once, when it arrives.
    let slot = StoredValue::new_local(None::<AnyView>);
    // The view is built with this component's owner, so it sees the app's
    // context and is dropped with it; "Try again" runs in an event handler,
    // which has no owner of its own, so the owner is kept from here.
    let owner = StoredValue::new_local(Owner::current());
    let (load, preload) = (
        StoredValue::new_local(load),
        StoredValue::new_local(preload),
    );
    let fetch = move || {
        arrival.set(Arrival::Coming);
        let view = part.or_else(|| ctx.route.get_untracked().chunk());
        let texts = texts::fetch(ctx.text_files, ctx.locale.get_untracked(), view);
        let chunk = preload.with_value(|preload| preload());
        let task = async move {
            let (texts, chunk) = both(texts, chunk).await;
            if texts.is_err() || !chunk {
                arrival.set(Arrival::Failed);
                return;
            }
            // The view is built while the task is polled: untracked, as a
            // component's body always is, so its signal reads subscribe
            // nothing (the app's route closure did the same before).
            let Some(mut loading) = load.try_with_value(|load| load()) else {
                return;
            };
            let loaded = std::future::poll_fn(move |cx| {
                untrack_with_diagnostics(|| loading.as_mut().poll(cx))
            })
            .await;
            match loaded {
                Ok(view) => {
                    slot.set_value(Some(view));
                    arrival.set(Arrival::Here);
                    // Once the view is drawn it has read its tools' data:
                    // saving keeps a copy now if any did not read.
                    set_timeout(
                        move || {
                            if let Some(saving) = ctx.saving.get_value() {
                                saving.flush.run(());
                            }
                        },
                        std::time::Duration::ZERO,
                    );
                }
                Err(_) => arrival.set(Arrival::Failed),
            }
        };
        match owner.get_value() {
            Some(owner) => owner.with(|| spawn_local_scoped(task)),
            None => spawn_local_scoped(task),
        }
    };
    // A later section's first requests go out once its view has painted (a
    // task after the next frame), so they do not share the network or the
    // main thread with what the user sees first. Gone by then (the view
    // left at once), it asks for nothing. Once its texts are here (the view
    // built again, opened again), it comes at once, with no "loading" shown
    // in between.
    let first = part
        .is_some_and(|part| !texts::here(ctx.text_files, ctx.locale.get_untracked(), Some(part)));
    if first {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if arrival.try_get_untracked().is_some() {
                        fetch();
                    }
                },
                std::time::Duration::ZERO,
            );
        });
    } else {
        fetch();
    }
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

/// Awaits `a` and `b` side by side.
async fn both<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    let (mut done_a, mut done_b) = (None, None);
    std::future::poll_fn(move |cx| {
        if done_a.is_none() {
            if let Poll::Ready(out) = a.as_mut().poll(cx) {
                done_a = Some(out);
            }
        }
        if done_b.is_none() {
            if let Poll::Ready(out) = b.as_mut().poll(cx) {
                done_b = Some(out);
            }
        }
        match (done_a.take(), done_b.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                (done_a, done_b) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}
