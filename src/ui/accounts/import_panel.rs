//! Importing a client's customer list: the file's size checked before it
//! is read, then its review (`import_review`: read with `csv::read`, its
//! columns recognised or chosen, a preview, and one write on confirmation),
//! which comes in a chunk of its own (`chunks::accounts_import`) when a
//! file is chosen: opening the tool needs none of the reading.

use super::rehearsal;
use crate::i18n::fill;
use crate::model::accounts::MAX_FILE_BYTES;
use crate::ui::chosen_file::chosen_file;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::lazy_view::LazyView;
use leptos::prelude::*;

/// Why a file was not read.
#[derive(Clone, Copy, PartialEq)]
enum Refusal {
    TooLarge,
    Unreadable,
}

/// What the panel shows.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Idle,
    /// The file's review, the `n`th file chosen (so a second file chosen
    /// builds the review again).
    Review(u32),
    Refused(Refusal),
    Done(usize),
}

/// The file chosen, as its review (`import_review`) takes it and reports
/// what became of it.
#[derive(Clone, Copy)]
pub struct Chosen {
    /// Its name and bytes, until its review takes them.
    file: StoredValue<Option<(String, Vec<u8>)>>,
    /// The panel's stage, which the review ends.
    stage: RwSignal<Stage>,
}

impl Chosen {
    /// The file's name and bytes, once: the review reads them when it is
    /// built, and they are freed when it has.
    pub fn take(self) -> Option<(String, Vec<u8>)> {
        self.file.try_update_value(Option::take).flatten()
    }

    /// The review ended with `count` customers imported.
    pub fn done(self, count: usize) {
        self.stage.set(Stage::Done(count));
    }

    /// The review ended without an import.
    pub fn cancel(self) {
        self.stage.set(Stage::Idle);
    }
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

/// The file picker, the file's review and the outcome.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let ctx = use_ctx();
    let stage = RwSignal::new(Stage::Idle);
    let chosen = Chosen {
        file: StoredValue::new(None),
        stage,
    };
    let picked = move |ev: leptos::ev::Event| {
        // The real import compiles what a rehearsal would.
        rehearsal::not_needed();
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            match bytes_of(file).await {
                Err(r) => {
                    chosen.file.set_value(None);
                    stage.set(Stage::Refused(r));
                }
                Ok(bytes) => {
                    chosen.file.set_value(Some((name, bytes)));
                    let n = match stage.get_untracked() {
                        Stage::Review(n) => n.wrapping_add(1),
                        _ => 0,
                    };
                    stage.set(Stage::Review(n));
                }
            }
        });
    };
    move || {
        let t = ctx.t();
        let body = match stage.get() {
            Stage::Idle => ().into_any(),
            Stage::Refused(r) => {
                let text = match r {
                    Refusal::TooLarge => t.acc_import_too_large(),
                    Refusal::Unreadable => t.acc_import_unreadable(),
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
            // The reading, the columns and the preview: their code and
            // texts come now, unless the tool fetched them while idle.
            Stage::Review(_) => view! {
                <LazyView
                    load=move || chunks::accounts_import(chosen)
                    preload=chunks::preload_accounts_import
                    texts=chunks::ACCOUNTS_IMPORT_TEXTS
                />
            }
            .into_any(),
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
                        on:change=picked
                    />
                </div>
                <p class="source" id="acc-import-hint">{t.acc_import_hint()}</p>
                {body}
            </section>
        }
    }
}
