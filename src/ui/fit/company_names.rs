//! The names of the two companies, which label everything else. The
//! engagement's name is offered as the client's while the client has none,
//! with one tap; a name the user typed is never replaced.

use crate::i18n::fill;
use crate::model::fit::Side;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A text field per company; the role stands in while a name is empty.
#[component]
pub fn CompanyNames() -> impl IntoView {
    let ctx = use_ctx();
    let field = move |side: Side| {
        let t = ctx.t();
        let (id, label, placeholder) = match side {
            Side::Supplier => ("fit-supplier-name", t.fit_supplier_name(), t.fit_supplier()),
            Side::Client => ("fit-client-name", t.fit_client_name(), t.fit_client()),
        };
        let value = move || ctx.work.with(|w| w.current().fit.party(side).name.clone());
        let set = move |ev: leptos::ev::Event| {
            let name = event_target_value(&ev);
            ctx.work
                .update(|w| w.current_mut().fit.party_mut(side).name = name);
        };
        // Offered only for the client, only while its name is empty and the
        // engagement has one.
        let offer = move || {
            if side != Side::Client {
                return None;
            }
            let name = ctx.work.with(|w| {
                let e = w.current();
                (e.fit.client.name.trim().is_empty() && !e.name.trim().is_empty())
                    .then(|| e.name.trim().to_owned())
            })?;
            let take = name.clone();
            Some(view! {
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        let take = take.clone();
                        ctx.work.update(|w| {
                            let fit = &mut w.current_mut().fit;
                            if fit.client.name.trim().is_empty() {
                                fit.client.name = take;
                            }
                        });
                    }
                >
                    {fill(t.fit_use_engagement(), &[("name", &name)])}
                </button>
            })
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    maxlength="80"
                    autocomplete="organization"
                    placeholder=placeholder
                    prop:value=value
                    on:change=set
                />
                {offer}
            </div>
        }
    };
    view! {
        <section class="company-names" aria-labelledby="names-heading">
            <h2 id="names-heading">{move || ctx.t().fit_names_heading()}</h2>
            {move || Side::ALL.map(field)}
        </section>
    }
}
