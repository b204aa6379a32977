//! Starting a new engagement for a client.

use crate::ui::clock::now;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A name field and a button that creates the engagement and opens it.
#[component]
pub fn NewEngagement() -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let stamp = now();
        ctx.work.update(|w| {
            w.create(&name.get_untracked(), &stamp);
        });
        name.set(String::new());
    };
    move || {
        let t = ctx.t();
        view! {
            <form class="snapshot-form" on:submit=create>
                <div class="field">
                    <label for="new-engagement">{t.eng_new_label()}</label>
                    <input
                        id="new-engagement"
                        type="text"
                        maxlength="80"
                        autocomplete="organization"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit">{t.eng_create()}</button>
            </form>
        }
    }
}
