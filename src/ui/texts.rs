//! Fetching a language's texts: the browser holds one language until the
//! user asks for another (a language switch, a report in another language).
//!
//! The files sit beside the module, in the build's own directory, which
//! `src/wasm.mjs` names in `<meta name="rapport-build">`. What a file holds
//! is checked by [`crate::i18n::install`].

use super::context::Ctx;
use crate::i18n::{self, Locale};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A language's texts could not be fetched or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextsUnavailable;

/// Fetches and installs `locale`'s texts, unless they are here already.
pub async fn fetch(locale: Locale) -> Result<(), TextsUnavailable> {
    if locale.has_strings() {
        return Ok(());
    }
    let url = format!("{}{}", build_directory(), locale.text_file());
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
    i18n::install(locale, &text).map_err(|_| TextsUnavailable)
}

/// Fetches `locale`'s texts in the background and tells `done` whether they
/// are here; views waiting on [`Ctx::texts`] see them arrive.
pub fn ensure(ctx: Ctx, locale: Locale, done: impl FnOnce(bool) + 'static) {
    spawn_local(async move {
        let here = fetch(locale).await.is_ok();
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
