//! Importing a Rapport file: its size checked before it is read, then read,
//! checked and migrated, previewed, and written only on confirmation.

use crate::i18n::fill;
use crate::model::workspace::{Clash, Workspace};
use crate::transfer::{self, ImportError};
use crate::ui::chosen_file::chosen_file;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// What the panel shows after a file was chosen.
#[derive(Clone)]
enum Stage {
    /// Nothing chosen, or done.
    Idle,
    /// The file read well: its name and work, waiting for confirmation.
    Preview(String, Box<Workspace>),
    /// The file was refused (`None`: the browser could not read it).
    Refused(Option<ImportError>),
    /// The code that reads files could not be fetched (the network
    /// dropped before it first came): the file, to try again with.
    Unloaded(web_sys::File),
    /// How many engagements were imported.
    Done(usize),
}

/// What `file` comes to: its work to preview, or why not. Its size is
/// checked before it is read; the code that reads it (`chunks::file_code`)
/// is fetched beside it the first time.
async fn read_file(file: web_sys::File) -> Stage {
    if let Err(e) = transfer::check_size(file.size() as u64) {
        return Stage::Refused(Some(e));
    }
    let name = file.name();
    // The browser reads the file while the code comes.
    let reading = wasm_bindgen_futures::JsFuture::from(file.array_buffer());
    let Ok(code) = chunks::file_code().await else {
        return Stage::Unloaded(file);
    };
    let Ok(buffer) = reading.await else {
        return Stage::Refused(None);
    };
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    match (code.read)(&bytes) {
        Ok(work) => Stage::Preview(name, Box::new(work)),
        Err(e) => Stage::Refused(Some(e)),
    }
}

/// The file picker, the preview with the choice for clashes, and the
/// outcome.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let ctx = use_ctx();
    let stage = RwSignal::new(Stage::Idle);
    let clash = RwSignal::new(Clash::KeepBoth);
    let chosen = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            stage.try_set(read_file(file).await);
        });
    };
    let retry = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            stage.try_set(read_file(file).await);
        });
    };
    let confirm = move |_| {
        if let Stage::Preview(_, incoming) = stage.get_untracked() {
            let count = ctx
                .work
                .try_update(|w| w.import(*incoming, clash.get_untracked()))
                .unwrap_or(0);
            stage.set(Stage::Done(count));
        }
    };
    move || {
        let t = ctx.t();
        let body = match stage.get() {
            Stage::Idle => ().into_any(),
            Stage::Refused(e) => view! {
                <p class="field-error" role="alert">{labels::import_error(t, e)}</p>
            }
            .into_any(),
            Stage::Unloaded(file) => view! {
                <div class="field-error" role="alert">
                    <p>{t.files_code_failed()}</p>
                    <button type="button" on:click=move |_| retry(file.clone())>
                        {t.chunk_retry()}
                    </button>
                </div>
            }
            .into_any(),
            Stage::Done(count) => view! {
                <p role="status">{t.import_done().format(ctx.locale.get(), count as u64)}</p>
            }
            .into_any(),
            Stage::Preview(file, incoming) => {
                let (adds, clashes) = ctx.work.with(|w| {
                    let (a, c) = w.preview(&incoming);
                    let names = |list: Vec<&crate::model::workspace::Engagement>| {
                        list.iter()
                            .map(|e| labels::engagement(t, &e.name))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    (names(a), names(c))
                });
                let choice = (!clashes.is_empty()).then(|| {
                    let option = |value: Clash, label: &'static str| {
                        view! {
                            <label class="switch">
                                <input
                                    type="radio"
                                    name="import-clash"
                                    prop:checked=move || clash.get() == value
                                    on:change=move |_| clash.set(value)
                                />
                                <span>{label}</span>
                            </label>
                        }
                    };
                    view! {
                        <p>{fill(t.import_clashes(), &[("names", &clashes)])}</p>
                        <fieldset class="choices">
                            <legend>{t.import_choice_legend()}</legend>
                            {option(Clash::KeepBoth, t.import_keep_both())}
                            {option(Clash::Replace, t.import_replace())}
                        </fieldset>
                    }
                });
                let adds = (!adds.is_empty())
                    .then(|| view! { <p>{fill(t.import_adds(), &[("names", &adds)])}</p> });
                view! {
                    <section class="import-preview" aria-labelledby="import-preview-heading">
                        <h3 id="import-preview-heading">
                            {fill(t.import_preview_heading(), &[("file", &file)])}
                        </h3>
                        {adds}
                        {choice}
                        <div class="actions">
                            <button type="button" on:click=confirm>
                                {t.import_confirm()}
                            </button>
                            <button type="button" on:click=move |_| stage.set(Stage::Idle)>
                                {t.cancel()}
                            </button>
                        </div>
                    </section>
                }
                .into_any()
            }
        };
        view! {
            <div class="import-panel">
                <div class="field">
                    <label for="import-file">{t.import_label()}</label>
                    <input
                        id="import-file"
                        type="file"
                        accept=".json,application/json"
                        on:change=chosen
                    />
                </div>
                {body}
            </div>
        }
    }
}
