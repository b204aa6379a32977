//! The open workshop's join link: written out in full in a read-only text
//! box that wraps and grows with it (never cut off), with a Copy button,
//! and its QR code for the room to scan.

use crate::i18n::fill;
use crate::ui::context::use_ctx;
use crate::ui::copy_field::{copy_text, Copied};
use crate::ui::qr_figure::QrFigure;
use leptos::prelude::*;

/// The join link `link` with Copy and its QR code.
#[component]
pub fn JoinLink(
    /// The whole link, address and fragment.
    #[prop(into)]
    link: Signal<String>,
) -> impl IntoView {
    let ctx = use_ctx();
    let field = NodeRef::<leptos::html::Textarea>::new();
    let copied = RwSignal::new(None::<Copied>);
    let select = move || {
        if let Some(field) = field.get_untracked() {
            field.select();
        }
        copied.set(Some(Copied::Selected));
    };
    let copy = move |_| copy_text(&link.get_untracked(), copied, select);
    // A changed link (renamed, closed) has not been copied yet.
    Effect::new(move |_| {
        link.track();
        copied.set(None);
    });
    move || {
        let t = ctx.t();
        view! {
            <section aria-labelledby="join-heading">
                <h2 id="join-heading">{t.ws_join_heading()}</h2>
                <p>{t.ws_join_intro()}</p>
                <label for="join-link">{t.ws_join_heading()}</label>
                // Rows for a narrow phone where the browser cannot size the
                // box to its text (`field-sizing`), so it is never cut off.
                <textarea
                    id="join-link"
                    class="join-link"
                    node_ref=field
                    readonly
                    rows=move || (link.with(String::len) / 36 + 1).to_string()
                    prop:value=move || link.get()
                ></textarea>
                <div class="copy-row">
                    <button
                        type="button"
                        aria-label=fill(t.copy_named(), &[("field", t.ws_join_heading())])
                        on:click=copy
                    >
                        {t.copy()}
                    </button>
                    <p class="copy-status" role="status">
                        {move || match copied.get() {
                            Some(Copied::Yes) => t.copied(),
                            Some(Copied::Selected) => t.copy_selected(),
                            None => "",
                        }}
                    </p>
                </div>
                <QrFigure text=link label=t.ws_qr_label().to_owned() />
            </section>
        }
    }
}
