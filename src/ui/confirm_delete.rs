//! The inline question before something is deleted: what will go, a
//! button that deletes it and one that keeps it. Shared by the lists of
//! engagements and of workshops.

use leptos::prelude::*;

/// "Delete …?" with its two answers, as a labelled group.
#[component]
pub fn ConfirmDelete(
    /// The group's name: what is to be deleted.
    label: String,
    /// The question, naming what goes with it.
    question: String,
    /// The deleting button's text.
    yes: &'static str,
    /// The keeping button's text.
    cancel: &'static str,
    /// Deletes.
    on_yes: Callback<()>,
    /// Keeps it and closes the question.
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="confirm" role="group" aria-label=label>
            <p>{question}</p>
            <button type="button" class="danger" on:click=move |_| on_yes.run(())>
                {yes}
            </button>
            <button type="button" on:click=move |_| on_cancel.run(())>
                {cancel}
            </button>
        </div>
    }
}
