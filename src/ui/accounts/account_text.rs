//! One text of a key account (the manager, a duty, a plan's goals …): a
//! labelled text area that writes to the account as it is typed.

use super::common::{edit_portfolio, with_portfolio};
use crate::model::accounts::KeyAccount;
use leptos::prelude::*;

/// Which text of a key account a field edits.
pub(super) type Access = fn(&mut KeyAccount) -> &mut String;

/// The text `access` reaches in the key account of customer `id`.
#[component]
pub fn AccountText(
    /// The key customer's id.
    id: u32,
    /// The text area's id.
    field_id: String,
    /// The visible label.
    label: String,
    /// Which text.
    access: Access,
    /// One line (the manager's name) or several.
    #[prop(default = false)]
    one_line: bool,
) -> impl IntoView {
    let ctx = crate::ui::context::use_ctx();
    let value = move || {
        with_portfolio(ctx, |p| {
            p.key
                .iter()
                .find(|k| k.customer == id)
                .map(|k| access(&mut k.clone()).clone())
                .unwrap_or_default()
        })
    };
    let write = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        edit_portfolio(ctx, |p| {
            if let Some(k) = p.key_mut(id) {
                *access(k) = text;
            }
        });
    };
    let control = if one_line {
        view! {
            <input
                id=field_id.clone()
                type="text"
                maxlength="120"
                prop:value=value
                on:input=write
            />
        }
        .into_any()
    } else {
        view! {
            <textarea id=field_id.clone() rows="3" maxlength="2000" prop:value=value on:input=write></textarea>
        }
        .into_any()
    };
    view! {
        <div class="field account-text">
            <label for=field_id>{label}</label>
            {control}
        </div>
    }
}
