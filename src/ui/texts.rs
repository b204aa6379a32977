//! Fetching a language's texts: the browser holds one language until the
//! user asks for another (a language switch, a report in another language).
//!
//! The files sit beside the module, in the build's own directory, which
//! `src/wasm.mjs` names in `<meta name="rapport-build">`. The whole app
//! reads a language in parts, the shell's and then each view's as it is
//! shown ([`TextFiles::All`]); the participant's app reads the build's cut
//! to its own keys ([`TextFiles::Join`]). What a file holds is checked by
//! `crate::i18n::install_part` and `install_some`.

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
    /// The whole app's: the shell's part (`texts-<code>.json`) and, for each
    /// view as it opens, the view's (`texts-<code>-<view>.json`), which the
    /// build cuts to the keys each one's code reads (see `src/wasm.mjs`).
    All,
    /// Only the texts the participant's app reads (`texts-join-<code>.json`,
    /// which the build cuts from the whole file, see `src/wasm.mjs`).
    Join,
}

/// The shell's part of a language's texts, as `i18n::install_part` names
/// it; a view's part is named as its chunk.
const SHELL: &str = "";

/// Whether `locale` has every text the app needs to show `view` (the
/// route's chunk, `Route::chunk`).
pub fn here(files: TextFiles, locale: Locale, view: Option<&str>) -> bool {
    match files {
        TextFiles::Join => locale.has_strings(),
        TextFiles::All => {
            i18n::has_part(locale, SHELL) && view.is_none_or(|v| i18n::has_part(locale, v))
        }
    }
}

/// Fetches and installs what `locale` lacks of the texts for `view` (see
/// [`here`]). The requests are sent when this is called, not when the
/// future is first polled, so a caller can await something else meanwhile
/// (`LazyView` fetches the view's chunk).
pub fn fetch(
    files: TextFiles,
    locale: Locale,
    view: Option<&'static str>,
) -> impl std::future::Future<Output = Result<(), TextsUnavailable>> {
    let parts: Vec<(&'static str, String)> = match files {
        TextFiles::Join => (!locale.has_strings())
            .then(|| (SHELL, locale.join_text_file()))
            .into_iter()
            .collect(),
        TextFiles::All => [(SHELL, locale.text_file())]
            .into_iter()
            .chain(view.map(|v| (v, locale.view_text_file(v))))
            .filter(|(part, _)| !i18n::has_part(locale, part))
            .collect(),
    };
    let requests: Vec<_> = parts
        .into_iter()
        .map(|(part, file)| {
            let url = format!("{}{}", build_directory(), file);
            (part, JsFuture::from(window().fetch_with_str(&url)))
        })
        .collect();
    async move {
        for (part, request) in requests {
            let text = read(request).await?;
            match files {
                TextFiles::Join => i18n::install_some(locale, &text),
                TextFiles::All => i18n::install_part(locale, part, &text),
            }
            .map_err(|_| TextsUnavailable)?;
        }
        Ok(())
    }
}

/// The body of a response to a text file's request, if it came.
async fn read(request: JsFuture) -> Result<String, TextsUnavailable> {
    let response = request
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .filter(web_sys::Response::ok)
        .ok_or(TextsUnavailable)?;
    let text = response.text().map_err(|_| TextsUnavailable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(TextsUnavailable)
}

/// Fetches what `locale` lacks of the texts of the app's shell and of the
/// view open now in the background, and tells `done` whether they are
/// here; views waiting on [`Ctx::texts`] see them arrive.
pub fn ensure(ctx: Ctx, locale: Locale, done: impl FnOnce(bool) + 'static) {
    let view = ctx.route.get_untracked().chunk();
    let fetched = fetch(ctx.text_files, locale, view);
    spawn_local(async move {
        let here = fetched.await.is_ok();
        if here {
            ctx.texts.notify();
        }
        done(here);
    });
}

/// Whether `locale` has the texts of the app's shell and of the view open
/// now ([`here`]).
pub fn ready(ctx: Ctx, locale: Locale) -> bool {
    here(ctx.text_files, locale, ctx.route.get_untracked().chunk())
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
