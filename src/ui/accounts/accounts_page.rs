//! The key-account tool: the customers (imported, typed, listed), then, in
//! a chunk of their own (see `portfolio_and_plans`), who makes money, key
//! customers, relationship levels and the programme.

use super::customer_form::CustomerForm;
use super::customer_list::CustomerList;
use super::import_panel::ImportPanel;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::lazy_view::LazyView;
use leptos::prelude::*;

/// The key-account strategy view.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let ctx = use_ctx();
    // Any edit in the engagement (a plan's note, a threshold) reaches this
    // memo first: the list of 5,000 customers is shared, not copied, so it
    // compares equal at once when untouched, and what is derived from it
    // below (`portfolio_and_plans`) is recomputed only when it changes.
    let customers = Memo::new(move |_| ctx.work.with(|w| w.current().accounts.customers.clone()));
    let editing = RwSignal::new(None::<u32>);
    move || {
        let t = ctx.t();
        let count = move || {
            let locale = ctx.locale.get();
            customers.with(|c| t.acc_count().format(locale, c.len() as u64))
        };
        view! {
            <div class="page accounts">
                <h1>{t.acc_title()}</h1>
                <p class="lead">{t.acc_intro()}</p>
                <section aria-labelledby="acc-customers-heading">
                    <h2 id="acc-customers-heading">{t.acc_customers_heading()}</h2>
                    <p role="status">{count}</p>
                    <ImportPanel />
                    <CustomerForm editing />
                    <CustomerList customers editing />
                </section>
                // Who makes money, key customers, levels and the programme,
                // below the customers: fetched once the customers are shown,
                // so opening the tool waits for none of their code.
                <LazyView
                    load=move || chunks::accounts_portfolio(customers)
                    preload=chunks::preload_accounts_portfolio
                    texts=chunks::ACCOUNTS_PORTFOLIO_TEXTS
                />
            </div>
        }
    }
}
