//! The open engagement's workshops, one row each.

use super::workshop_item::WorkshopItem;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// Every workshop of the open engagement, in the order created.
#[component]
pub fn WorkshopList() -> impl IntoView {
    let ctx = use_ctx();
    let ids = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .iter()
                .map(|ws| ws.id)
                .collect::<Vec<_>>()
        })
    });
    move || {
        let t = ctx.t();
        view! {
            <section aria-labelledby="ws-list-heading">
                <h2 id="ws-list-heading">{t.ws_list_heading()}</h2>
                <ul class="engagement-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <WorkshopItem id />
                    </For>
                </ul>
            </section>
        }
    }
}
