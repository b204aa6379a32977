//! The language switcher: a labelled native select, remembered in the work.

use super::context::use_ctx;
use crate::i18n::Locale;
use leptos::prelude::*;

/// Lets the user pick English, Russian or Polish; the choice is saved.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(locale) = Locale::from_code(&code) {
            ctx.locale.set(locale);
            ctx.work.update(|work| work.settings.language = Some(code));
        }
    };
    view! {
        <div class="language-switcher">
            <label for="language">{move || ctx.t().language_label}</label>
            <select id="language" on:change=change>
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
        </div>
    }
}
