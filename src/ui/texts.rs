//! Fetching a language's texts: the browser holds one language until the
//! user asks for another (a language switch, a report in another language).
//!
//! The files sit beside the module, in the build's own directory, which
//! `src/wasm.mjs` names in `<meta name="rapport-build">`. What a file holds
//! is checked by [`crate::i18n::install`]; the participant's app reads the
//! build's cut of them to its own keys ([`TextFiles::Join`]).

use super::context::Ctx;
use crate::i18n::{self, Locale};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A language's texts could not be fetched or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextsUnavailable;

/// Which of a language's text files an app reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFiles {
    /// Every text (`texts-<code>.json`): the whole app.
    All,
    /// Only the texts the participant's app reads (`texts-join-<code>.json`,
    /// which the build cuts from the whole file, see `src/wasm.mjs`).
    Join,
}

/// Fetches and installs `locale`'s texts, unless they are here already.
pub async fn fetch(files: TextFiles, locale: Locale) -> Result<(), TextsUnavailable> {
    if locale.has_strings() {
        return Ok(());
    }
    let name = match files {
        TextFiles::All => locale.text_file(),
        TextFiles::Join => locale.join_text_file(),
    };
    let url = format!("{}{}", build_directory(), name);
    let response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .filter(web_sys::Response::ok)
        .ok_or(TextsUnavailable)?;
    let text = response.text().map_err(|_| TextsUnavailable)?;
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(TextsUnavailable)?;
    match files {
        TextFiles::All => i18n::install(locale, &text),
        TextFiles::Join => i18n::install_some(locale, &text),
    }
    .map_err(|_| TextsUnavailable)
}

/// Fetches `locale`'s texts in the background and tells `done` whether they
/// are here; views waiting on [`Ctx::texts`] see them arrive.
pub fn ensure(ctx: Ctx, locale: Locale, done: impl FnOnce(bool) + 'static) {
    spawn_local(async move {
        let here = fetch(ctx.text_files, locale).await.is_ok();
        if here {
            ctx.texts.notify();
        }
        done(here);
    });
}

/// The build's directory, relative to the page (`./app-<hash>/`), so the
/// files are found at a domain root and under any sub-path.
fn build_directory() -> String {
    document()
        .query_selector("meta[name=rapport-build]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "./".to_owned())
}
