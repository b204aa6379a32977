//! The language switcher: a labelled native select, remembered in the work.

use super::context::{use_ctx, Ctx};
use super::texts;
use crate::i18n::{fill, Locale};
use leptos::prelude::*;

/// Where a switch to another language stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Switch {
    /// Nothing under way.
    Idle,
    /// The chosen language's texts are on their way.
    Fetching(Locale),
    /// They could not be fetched; the app stays in its language.
    Failed(Locale),
}

/// Lets the user pick English, Russian or Polish; the choice is saved. A
/// language the browser does not hold yet is fetched first; the work is
/// untouched whatever happens, and a failed fetch leaves the app as it was.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let switch = RwSignal::new(Switch::Idle);
    let select = NodeRef::<leptos::html::Select>::new();
    let change = move |ev: leptos::ev::Event| {
        let Some(locale) = Locale::from_code(&event_target_value(&ev)) else {
            return;
        };
        if texts::ready(ctx, locale) {
            switch.set(Switch::Idle);
            return apply(ctx, locale);
        }
        switch.set(Switch::Fetching(locale));
        fetch_then_apply(ctx, locale, switch, select);
    };
    view! {
        <div class="language-switcher">
            <label for="language">{move || ctx.t().language_label()}</label>
            <select
                id="language"
                node_ref=select
                on:change=change
                aria-busy=move || matches!(switch.get(), Switch::Fetching(_)).then_some("true")
            >
                {Locale::ALL
                    .map(|locale| {
                        view! {
                            <option
                                value=locale.code()
                                lang=locale.code()
                                prop:selected=move || ctx.locale.get() == locale
                            >
                                {locale.native_name()}
                            </option>
                        }
                    })}
            </select>
            <span class="language-status" aria-live="polite">
                {move || {
                    let t = ctx.t();
                    match switch.get() {
                        Switch::Idle => String::new(),
                        Switch::Fetching(_) => t.language_fetching().to_owned(),
                        Switch::Failed(locale) => {
                            fill(t.language_failed(), &[("language", locale.native_name())])
                        }
                    }
                }}
            </span>
        </div>
    }
}

/// Speaks `locale` from now on, and saves the choice.
fn apply(ctx: Ctx, locale: Locale) {
    ctx.locale.set(locale);
    ctx.work
        .update(|work| work.settings.language = Some(locale.code().to_owned()));
}

/// Fetches what `locale` lacks for the shell and the open view, then
/// switches to it, unless a later choice came meanwhile. If another view
/// was opened while they came, its texts are fetched too first: a view is
/// never shown in a language whose texts for it have not come.
fn fetch_then_apply(
    ctx: Ctx,
    locale: Locale,
    switch: RwSignal<Switch>,
    select: NodeRef<leptos::html::Select>,
) {
    texts::ensure(ctx, locale, move |here| {
        // A later choice wins over this one.
        if switch.get_untracked() != Switch::Fetching(locale) {
            return;
        }
        if !here {
            switch.set(Switch::Failed(locale));
            // The select shows the language the app still speaks.
            if let Some(select) = select.get_untracked() {
                select.set_value(ctx.locale.get_untracked().code());
            }
        } else if texts::ready(ctx, locale) {
            switch.set(Switch::Idle);
            apply(ctx, locale);
        } else {
            fetch_then_apply(ctx, locale, switch, select);
        }
    });
}
