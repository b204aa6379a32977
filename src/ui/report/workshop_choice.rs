//! Which workshop the report's workshop section shows, when the engagement
//! has several: the same choice as the workshop page's open workshop, so
//! the report shows what the consultant last worked on unless changed here.

use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A choice of workshop, shown only when there are two or more.
#[component]
pub fn WorkshopChoice() -> impl IntoView {
    let ctx = use_ctx();
    let workshops = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .iter()
                .map(|ws| (ws.id, ws.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let open = Memo::new(move |_| ctx.work.with(|w| w.current().workshop().map(|ws| ws.id)));
    move || {
        let t = ctx.t();
        let list = workshops.get();
        (list.len() > 1).then(|| {
            let options = list
                .into_iter()
                .map(|(id, name)| {
                    let name = if name.is_empty() {
                        t.ws_unnamed().to_owned()
                    } else {
                        name
                    };
                    view! {
                        <option value=id.to_string() prop:selected=move || open.get() == Some(id)>
                            {name}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for="report-workshop">{t.report_workshop()}</label>
                    <select
                        id="report-workshop"
                        on:change=move |ev| {
                            if let Ok(id) = event_target_value(&ev).parse() {
                                ctx.work.update(|w| w.current_mut().open_workshop(id));
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
            }
        })
    }
}
