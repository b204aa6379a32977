//! One engagement in the list: its name and last change, and what can be
//! done with it.

use super::engagements_page::Deleted;
use super::export_panel::{export_to_file, ExportFailed};
use crate::i18n::fill;
use crate::ui::clock::now;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// What the row shows besides its buttons.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Idle,
    Renaming,
    ConfirmingDelete,
}

/// The engagement `id` with open, rename, duplicate, export and delete.
#[component]
pub fn EngagementItem(
    /// The engagement shown.
    id: String,
    /// Where a deletion is kept for undo.
    deleted: Deleted,
) -> impl IntoView {
    let ctx = use_ctx();
    let failed = use_context::<ExportFailed>().map_or_else(|| RwSignal::new(None), |f| f.0);
    let mode = RwSignal::new(Mode::Idle);
    let draft = RwSignal::new(String::new());
    let id = StoredValue::new(id);
    let entry = Memo::new(move |_| {
        ctx.work.with(|w| {
            id.with_value(|id| {
                w.engagement(id)
                    .map(|e| (e.name.clone(), e.changed.clone()))
            })
        })
    });
    let is_open = Memo::new(move |_| ctx.work.with(|w| id.with_value(|id| &w.current == id)));
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let (raw_name, changed) = entry.get()?;
        let name = labels::engagement(t, &raw_name);
        let changed = if changed.is_empty() {
            t.eng_no_changes().to_owned()
        } else {
            fill(
                t.eng_changed(),
                &[(
                    "date",
                    // The date part; stored text is not trusted to be ASCII.
                    &locale.format_date(changed.get(..10).unwrap_or(&changed)),
                )],
            )
        };
        let named = |template: &'static str| fill(template, &[("name", &name)]);
        let (rename_field, delete_label, delete_confirm) = (
            named(t.eng_rename_field()),
            named(t.eng_delete_label()),
            named(t.eng_delete_confirm()),
        );
        let (open_label, rename_label, duplicate_label, export_label) = (
            named(t.eng_open_label()),
            named(t.eng_rename_label()),
            named(t.eng_duplicate_label()),
            named(t.eng_export_label()),
        );
        let open = move |_| ctx.work.update(|w| id.with_value(|id| w.open(id)));
        let duplicate = {
            let copy = fill(t.eng_copy_name(), &[("name", &name)]);
            move |_| {
                let stamp = now();
                ctx.work.update(|w| {
                    id.with_value(|id| w.duplicate(id, &copy, &stamp));
                });
            }
        };
        let export = move |_| export_to_file(ctx, Some(vec![id.get_value()]), failed);
        let delete = move |()| {
            let removed = ctx
                .work
                .try_update(|w| id.with_value(|id| w.delete(id)))
                .flatten();
            deleted.set(removed);
        };
        let rename = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            ctx.work
                .update(|w| id.with_value(|id| w.rename(id, &draft.get_untracked())));
            mode.set(Mode::Idle);
        };
        let field_id = id.with_value(|id| format!("rename-{id}"));
        let delete_label_button = delete_label.clone();
        let extra = move || match mode.get() {
            Mode::Idle => None,
            Mode::Renaming => Some(
                view! {
                    <form class="snapshot-form" on:submit=rename>
                        <div class="field">
                            <label for=field_id.clone()>{rename_field.clone()}</label>
                            <input
                                id=field_id.clone()
                                type="text"
                                maxlength="80"
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                            />
                        </div>
                        <button type="submit">{t.eng_save_name()}</button>
                        <button type="button" on:click=move |_| mode.set(Mode::Idle)>
                            {t.cancel()}
                        </button>
                    </form>
                }
                .into_any(),
            ),
            Mode::ConfirmingDelete => Some(
                view! {
                    <ConfirmDelete
                        label=delete_label.clone()
                        question=delete_confirm.clone()
                        yes=t.eng_delete_yes()
                        cancel=t.cancel()
                        on_yes=Callback::new(delete)
                        on_cancel=Callback::new(move |()| mode.set(Mode::Idle))
                    />
                }
                .into_any(),
            ),
        };
        Some(view! {
            <li class="engagement" class:open=move || is_open.get()>
                <div class="engagement-head">
                    <strong class="engagement-name">{name.clone()}</strong>
                    <span class="engagement-changed">{changed}</span>
                    <Show when=move || is_open.get()>
                        <span class="badge">{t.eng_is_open()}</span>
                    </Show>
                </div>
                <div class="actions">
                    <Show when=move || !is_open.get()>
                        <button type="button" aria-label=open_label.clone() on:click=open>
                            {t.eng_open()}
                        </button>
                    </Show>
                    <button
                        type="button"
                        aria-label=rename_label
                        on:click=move |_| {
                            draft.set(raw_name.clone());
                            mode.set(Mode::Renaming);
                        }
                    >
                        {t.eng_rename()}
                    </button>
                    <button type="button" aria-label=duplicate_label on:click=duplicate>
                        {t.eng_duplicate()}
                    </button>
                    <button type="button" aria-label=export_label on:click=export>
                        {t.export()}
                    </button>
                    <button
                        type="button"
                        aria-label=delete_label_button
                        on:click=move |_| mode.set(Mode::ConfirmingDelete)
                    >
                        {t.snapshot_delete()}
                    </button>
                </div>
                {extra}
            </li>
        })
    }
}
