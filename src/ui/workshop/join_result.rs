//! A participant's result, to hand back four ways: QR code, code, link and
//! file; and the start for the next participant on the same device.

use super::app_address;
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
    move || {
        let t = ctx.t();
        let file = link.clone();
        let file_name = format!("rapport-result-{}.txt", code.get(..8).unwrap_or(&code));
        view! {
            <div class="page join">
                <h1>{fill(t.join_title, &[("name", &name)])}</h1>
                <h2>{t.join_result_heading}</h2>
                <p>{t.join_result_intro}</p>
                <QrFigure text=link.clone() label=t.join_qr_label.to_owned() />
                <CopyField id="result-code" label=t.join_code_label value=code.clone() />
                <CopyField id="result-link" label=t.join_link_label value=link.clone() />
                <div class="actions">
                    <button
                        type="button"
                        on:click=move |_| {
                            download::offer(&file_name, &file);
                        }
                    >
                        {t.join_download}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            ctx.work.update(|w| {
                                if let Some(p) = w.participation.as_mut() {
                                    p.next();
                                }
                            });
                        }
                    >
                        {t.join_next}
                    </button>
                </div>
            </div>
        }
    }
}
