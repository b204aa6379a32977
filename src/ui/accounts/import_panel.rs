//! Importing a client's customer list: the file's size checked before it
//! is read, then read (`csv::read`), its columns recognised or chosen, a
//! preview, and one write on confirmation.

use super::column_map::ColumnMap;
use super::common::edit_portfolio;
use super::import_preview::ImportPreview;
use super::rehearsal;
use crate::csv::read::{self, Table};
use crate::i18n::fill;
use crate::model::accounts::{ImportPlan, Mapping, MAX_CUSTOMERS, MAX_FILE_BYTES};
use crate::ui::chosen_file::chosen_file;
use crate::ui::context::use_ctx;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Why a file was not read.
#[derive(Clone, Copy, PartialEq)]
enum Refusal {
    TooLarge,
    Unreadable,
    Empty,
}

/// What the panel shows.
#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    /// The file's name and what it holds, waiting for a mapping and a
    /// confirmation.
    Read(String, Table),
    Refused(Refusal),
    Done(usize),
}

/// The bytes of the file chosen, after its size passed.
async fn bytes_of(file: web_sys::File) -> Result<Vec<u8>, Refusal> {
    if file.size() as u64 > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Refusal::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The file picker, the column mapping, the preview and the outcome.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let ctx = use_ctx();
    let stage = RwSignal::new(Stage::Idle);
    let mapping = RwSignal::new(Mapping::default());
    let plan = Memo::new(move |_| {
        stage.with(|s| match s {
            Stage::Read(_, table) => mapping.with(|m| {
                m.check()
                    .ok()
                    .map(|_| ImportPlan::of(table, m, MAX_CUSTOMERS))
            }),
            _ => None,
        })
    });
    let chosen = move |ev: leptos::ev::Event| {
        // The real import compiles what a rehearsal would.
        rehearsal::not_needed();
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            match bytes_of(file).await {
                Err(r) => stage.set(Stage::Refused(r)),
                Ok(bytes) => {
                    let table = read::read(&bytes);
                    match table.records.first() {
                        Some(header) if table.records.len() > 1 || !table.bad.is_empty() => {
                            mapping.set(Mapping::from_header(&header.fields));
                            stage.set(Stage::Read(name, table));
                        }
                        _ => stage.set(Stage::Refused(Refusal::Empty)),
                    }
                }
            }
        });
    };
    let confirm = Callback::new(move |replace: bool| {
        if let Some(plan) = plan.get_untracked() {
            let customers = plan.customers.into_iter().map(|(_, c)| c).collect();
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
            // The file's table (thousands of strings) is freed once the
            // new charts are drawn, not on the way to them.
            let mut read = Stage::Done(count);
            stage.update(|s| std::mem::swap(s, &mut read));
            set_timeout(move || drop(read), std::time::Duration::ZERO);
        }
    });
    let cancel = Callback::new(move |()| stage.set(Stage::Idle));
    move || {
        let t = ctx.t();
        // The stage holds the whole file: it is read in place, and only the
        // file's name and header are taken out of it.
        let shown = stage.with(|s| match s {
            Stage::Idle => Stage::Idle,
            Stage::Refused(r) => Stage::Refused(*r),
            Stage::Done(n) => Stage::Done(*n),
            Stage::Read(file, table) => Stage::Read(
                file.clone(),
                Table {
                    delimiter: table.delimiter,
                    records: table.records.first().cloned().into_iter().collect(),
                    bad: Vec::new(),
                },
            ),
        });
        let body = match shown {
            Stage::Idle => ().into_any(),
            Stage::Refused(r) => {
                let text = match r {
                    Refusal::TooLarge => t.acc_import_too_large(),
                    Refusal::Unreadable => t.acc_import_unreadable(),
                    Refusal::Empty => t.acc_import_empty(),
                };
                view! { <p class="field-error" role="alert">{text}</p> }.into_any()
            }
            Stage::Done(count) => {
                let text = fill(
                    t.acc_import_done(),
                    &[("count", &ctx.locale.get().format_integer(count as u64))],
                );
                view! { <p role="status">{text}</p> }.into_any()
            }
            Stage::Read(file, table) => {
                let header = table
                    .records
                    .first()
                    .map(|r| r.fields.clone())
                    .unwrap_or_default();
                // The mapping shows when a column was not recognised or a
                // needed one is missing; the user can still change it.
                let unsure = mapping.with_untracked(|m| m.check().is_err() || m.0.contains(&None));
                // Read once when the file is read: tracking the whole
                // engagement here would rebuild the panel at every edit.
                let has_customers = ctx
                    .work
                    .with_untracked(|w| !w.current().accounts.customers.is_empty());
                view! {
                    {unsure.then(|| view! { <ColumnMap header mapping /> })}
                    <ImportPreview
                        file
                        plan
                        has_customers
                        on_confirm=confirm
                        on_cancel=cancel
                    />
                }
                .into_any()
            }
        };
        view! {
            <section class="import-panel" aria-labelledby="acc-import-heading">
                <h3 id="acc-import-heading">{t.acc_import_heading()}</h3>
                <div class="field">
                    <label for="acc-import-file">{t.acc_import_label()}</label>
                    <input
                        id="acc-import-file"
                        type="file"
                        accept=".csv,.txt,text/csv,text/plain"
                        aria-describedby="acc-import-hint"
                        on:change=chosen
                    />
                </div>
                <p class="source" id="acc-import-hint">{t.acc_import_hint()}</p>
                {body}
            </section>
        }
    }
}
