//! A chosen file's review before its import: read (`csv::read`), its
//! columns recognised or chosen, a preview, and one write on confirmation.
//! It comes in a chunk of its own (`chunks::accounts_import`) when a file
//! is chosen, or while the tool is idle (`rehearsal`), so opening the tool
//! needs none of its code.

use super::column_map::ColumnMap;
use super::common::edit_portfolio;
use super::import_panel::Chosen;
use super::import_preview::ImportPreview;
use crate::csv::read;
use crate::model::accounts::{ImportPlan, Mapping, MAX_CUSTOMERS};
use crate::ui::context::use_ctx;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The column mapping, the preview and the buttons that import `chosen`;
/// a refusal instead when the file holds no customers.
#[component]
pub fn ImportReview(
    /// The file chosen, and the panel it reports to.
    chosen: Chosen,
) -> impl IntoView {
    let ctx = use_ctx();
    // The file's bytes are freed once read; the header is copied out.
    let Some((file, bytes)) = chosen.take() else {
        return ().into_any();
    };
    let table = read::read(&bytes);
    drop(bytes);
    let header = match table.records.first() {
        Some(header) if table.records.len() > 1 || !table.bad.is_empty() => header.fields.clone(),
        _ => {
            let t = ctx.t();
            return view! { <p class="field-error" role="alert">{t.acc_import_empty()}</p> }
                .into_any();
        }
    };
    let mapping = RwSignal::new(Mapping::from_header(&header));
    // The file's table (thousands of strings), until it is imported.
    let table = StoredValue::new(Some(table));
    let plan = Memo::new(move |_| {
        table.with_value(|table| {
            let table = table.as_ref()?;
            mapping.with(|m| {
                m.check()
                    .ok()
                    .map(|_| Arc::new(ImportPlan::of(table, m, MAX_CUSTOMERS)))
            })
        })
    });
    let confirm = Callback::new(move |replace: bool| {
        if let Some(plan) = plan.get_untracked() {
            let customers = plan.customers.iter().map(|(_, c)| c.clone()).collect();
            let mut count = 0;
            edit_portfolio(ctx, |p| count = p.import(customers, replace));
            // The button tapped goes with the preview. Removing a focused
            // element makes the browser lay out the whole page at once,
            // with thousands of customers just drawn, and then again for
            // what follows: letting go of the focus first costs nothing.
            if let Some(focused) = document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = focused.blur();
            }
            // The file's table and the plan read from it (thousands of
            // strings each) are freed once the new charts are drawn, not on
            // the way to them: the review goes with the outcome below, and
            // with it the last holder of neither.
            let read = table.try_update_value(Option::take).flatten();
            set_timeout(move || drop((read, plan)), std::time::Duration::ZERO);
            chosen.done(count);
        }
    });
    let cancel = Callback::new(move |()| chosen.cancel());
    // The mapping shows when a column was not recognised or a needed one
    // is missing; the user can still change it.
    let unsure = mapping.with_untracked(|m| m.check().is_err() || m.0.contains(&None));
    // Read once when the file is read: tracking the whole engagement here
    // would rebuild the review at every edit.
    let has_customers = ctx
        .work
        .with_untracked(|w| !w.current().accounts.customers.is_empty());
    view! {
        {unsure.then(|| view! { <ColumnMap header mapping /> })}
        <ImportPreview file plan has_customers on_confirm=confirm on_cancel=cancel />
    }
    .into_any()
}
