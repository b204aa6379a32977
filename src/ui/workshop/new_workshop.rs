//! The form that creates a workshop in the open engagement: the first, or
//! another beside those it has.

use crate::model::workshop::Workshop;
use crate::ui::clock::today;
use crate::ui::context::use_ctx;
use crate::ui::text_field::TextField;
use leptos::prelude::*;

/// A workshop id no one will guess or collide with by chance.
fn new_id() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Name and roles, and a button that creates the workshop and opens it.
#[component]
pub fn NewWorkshop(
    /// Whether the engagement has workshops already (the form then says
    /// "another").
    another: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let roles = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let roles = roles.get_untracked();
        let roles: Vec<&str> = roles.split(',').collect();
        let workshop = Workshop::new(new_id(), &name.get_untracked(), &roles, &today());
        ctx.work.update(|w| {
            w.current_mut().add_workshop(workshop);
        });
        name.set(String::new());
    };
    let t = ctx.locale.get_untracked().strings();
    let form = view! {
        <form class="snapshot-form" on:submit=create>
            <TextField id="ws-name" label=t.ws_name_label() value=name />
            <TextField id="ws-roles" label=t.ws_roles_label() value=roles max=300 />
            <button type="submit">{if another { t.ws_create_another() } else { t.ws_create() }}</button>
        </form>
    };
    if another {
        view! {
            <section aria-labelledby="new-ws-heading">
                <h2 id="new-ws-heading">{t.ws_new_heading()}</h2>
                {form}
            </section>
        }
        .into_any()
    } else {
        form.into_any()
    }
}
