//! The names of the two companies, which label everything else.

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
            Side::Supplier => ("fit-supplier-name", t.fit_supplier_name, t.fit_supplier),
            Side::Client => ("fit-client-name", t.fit_client_name, t.fit_client),
        };
        let value = move || ctx.work.with(|w| w.current().fit.party(side).name.clone());
        let set = move |ev: leptos::ev::Event| {
            let name = event_target_value(&ev);
            ctx.work
                .update(|w| w.current_mut().fit.party_mut(side).name = name);
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
            </div>
        }
    };
    view! {
        <section class="company-names" aria-labelledby="names-heading">
            <h2 id="names-heading">{move || ctx.t().fit_names_heading}</h2>
            {move || Side::ALL.map(field)}
        </section>
    }
}
