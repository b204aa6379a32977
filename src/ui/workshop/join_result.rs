//! A participant's result, to hand back four ways: QR code, code, link and
//! file; and the start for the next participant on the same device.

use super::{app_address, participant_id};
use crate::i18n::case::{lower_case, separates};
use crate::i18n::fill;
use crate::model::workshop::result_fragment;
use crate::ui::context::use_ctx;
use crate::ui::copy_field::CopyField;
use crate::ui::download;
use crate::ui::qr_figure::QrFigure;
use leptos::prelude::*;

/// The finished result of the workshop `name`.
#[component]
pub fn JoinResult(
    /// The workshop's name.
    name: String,
    /// The result code.
    code: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let link = format!("{}{}", app_address(), result_fragment(&code));
    // "Next participant" asks first: the result leaves the screen for good.
    let asking = RwSignal::new(false);
    // Named per participant, so a folder of results reads at a glance:
    // the role and the participant's short id.
    let file_name = ctx.work.with_untracked(|w| {
        let (role, id) = w.participation.as_ref().map_or((String::new(), 0), |p| {
            let role = usize::from(p.role)
                .checked_sub(1)
                .and_then(|k| p.roles.get(k))
                .cloned()
                .unwrap_or_default();
            (role, p.participant)
        });
        result_file_name(&role, id)
    });
    move || {
        let t = ctx.t();
        let file = link.clone();
        let file_name = file_name.clone();
        let next = move || {
            if asking.get() {
                view! {
                    <div class="notice" role="alert">
                        <p>{t.join_next_confirm()}</p>
                        <div class="notice-actions">
                            <button
                                type="button"
                                on:click=move |_| {
                                    asking.set(false);
                                    ctx.work.update(|w| {
                                        if let Some(p) = w.participation.as_mut() {
                                            p.next(participant_id());
                                        }
                                    });
                                }
                            >
                                {t.join_next_yes()}
                            </button>
                            <button type="button" on:click=move |_| asking.set(false)>
                                {t.cancel()}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" on:click=move |_| asking.set(true)>
                        {t.join_next()}
                    </button>
                }
                .into_any()
            }
        };
        view! {
            <div class="page join">
                <h1>{fill(t.join_title(), &[("name", &name)])}</h1>
                <h2>{t.join_result_heading()}</h2>
                <p>{t.join_result_intro()}</p>
                <QrFigure text=link.clone() label=t.join_qr_label().to_owned() />
                <CopyField id="result-code" label=t.join_code_label() value=code.clone() />
                <CopyField id="result-link" label=t.join_link_label() value=link.clone() />
                <div class="actions">
                    <button
                        type="button"
                        on:click=move |_| {
                            download::offer(&file_name, &file);
                        }
                    >
                        {t.join_download()}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            ctx.work.update(|w| {
                                if let Some(p) = w.participation.as_mut() {
                                    p.reopen();
                                }
                            });
                        }
                    >
                        {t.join_change()}
                    </button>
                </div>
                {next}
            </div>
        }
    }
}

/// A result file's name: the role (letters and digits, lower case, as in
/// the report's file names) and the participant's id in hex, e.g.
/// `rapport-result-sales-1a2b3c4d.txt`.
fn result_file_name(role: &str, id: u32) -> String {
    let role: String = role
        .chars()
        .map(|c| if separates(c) { '-' } else { lower_case(c) })
        .collect();
    let role = role.trim_matches('-');
    if role.is_empty() {
        format!("rapport-result-{id:08x}.txt")
    } else {
        format!("rapport-result-{role}-{id:08x}.txt")
    }
}
