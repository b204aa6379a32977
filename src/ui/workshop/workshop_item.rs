//! One workshop in the engagement's list: its name, day, respondents and
//! whether it takes results, with open, rename, close or reopen, and
//! delete after a confirmation.

use crate::i18n::fill;
use crate::model::workshop::closed_on;
use crate::ui::clock::today;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// What the row shows besides its buttons.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Idle,
    Renaming,
    ConfirmingDelete,
}

/// The workshop `id` of the open engagement.
#[component]
pub fn WorkshopItem(
    /// The workshop shown.
    id: u32,
) -> impl IntoView {
    let ctx = use_ctx();
    let mode = RwSignal::new(Mode::Idle);
    let draft = RwSignal::new(String::new());
    let refused = RwSignal::new(false);
    // Only what the row shows, so a collected result does not rebuild the
    // other rows' forms.
    let entry = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .iter()
                .find(|ws| ws.id == id)
                .map(|ws| {
                    (
                        ws.name.clone(),
                        ws.created.clone(),
                        ws.entries.len(),
                        ws.closes.clone(),
                    )
                })
        })
    });
    let is_open = Memo::new(move |_| {
        ctx.work
            .with(|w| w.current().workshop().is_some_and(|ws| ws.id == id))
    });
    let change = move |f: &dyn Fn(&mut crate::model::workspace::Engagement)| {
        ctx.work.update(|w| f(w.current_mut()));
    };
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let (name, created, count, closes) = entry.get()?;
        let shown = if name.is_empty() {
            t.ws_unnamed().to_owned()
        } else {
            name.clone()
        };
        let named = |template: &'static str| fill(template, &[("name", &shown)]);
        let now = today();
        let closed = closed_on(closes.as_deref(), &now);
        let status = match &closes {
            Some(day) if closed => fill(t.ws_closed_on(), &[("date", &locale.format_date(day))]),
            Some(day) => fill(t.ws_closes_on(), &[("date", &locale.format_date(day))]),
            None => t.ws_taking_results().to_owned(),
        };
        let created = (!created.is_empty()).then(|| {
            fill(
                t.ws_created_on(),
                &[("date", &locale.format_date(&created))],
            )
        });
        let count = fill(t.ws_respondents_count(), &[("count", &count.to_string())]);
        let rename = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut done = false;
            ctx.work
                .update(|w| done = w.current_mut().rename_workshop(id, &draft.get_untracked()));
            refused.set(!done);
            if done {
                mode.set(Mode::Idle);
            }
        };
        let field_id = format!("ws-rename-{id}");
        let delete_label = named(t.ws_delete_label());
        let delete_button = delete_label.clone();
        let delete_confirm = fill(
            t.ws_delete_confirm(),
            &[
                ("name", &shown),
                (
                    "count",
                    &entry.with(|e| e.as_ref().map_or(0, |e| e.2)).to_string(),
                ),
            ],
        );
        let rename_field = named(t.ws_rename_field());
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
                                required
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                            />
                        </div>
                        <Show when=move || refused.get()>
                            <p class="field-error" role="alert">{t.ws_name_needed()}</p>
                        </Show>
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
                        on_yes=Callback::new(move |()| change(&|e| {
                            e.delete_workshop(id);
                        }))
                        on_cancel=Callback::new(move |()| mode.set(Mode::Idle))
                    />
                }
                .into_any(),
            ),
        };
        let close_or_reopen = if closed {
            view! {
                <button
                    type="button"
                    aria-label=named(t.ws_reopen_label())
                    on:click=move |_| change(&|e| e.set_workshop_closes(id, None))
                >
                    {t.ws_reopen()}
                </button>
            }
            .into_any()
        } else {
            view! {
                <button
                    type="button"
                    aria-label=named(t.ws_close_label())
                    on:click=move |_| {
                        let day = today();
                        change(&|e| e.set_workshop_closes(id, Some(&day)))
                    }
                >
                    {t.ws_close()}
                </button>
            }
            .into_any()
        };
        let raw_name = name.clone();
        let (open_label, rename_label) = (named(t.ws_open_label()), named(t.ws_rename_label()));
        Some(view! {
            <li class="engagement" class:open=move || is_open.get()>
                <div class="engagement-head">
                    <strong class="engagement-name">{shown.clone()}</strong>
                    {created.map(|c| view! { <span class="engagement-changed">{c}</span> })}
                    <span class="engagement-changed">{count}</span>
                    <span class="engagement-changed" class:closed=closed>{status}</span>
                    <Show when=move || is_open.get()>
                        <span class="badge">{t.eng_is_open()}</span>
                    </Show>
                </div>
                <div class="actions">
                    <Show when=move || !is_open.get()>
                        <button
                            type="button"
                            aria-label=open_label.clone()
                            on:click=move |_| change(&|e| e.open_workshop(id))
                        >
                            {t.eng_open()}
                        </button>
                    </Show>
                    <button
                        type="button"
                        aria-label=rename_label
                        on:click=move |_| {
                            draft.set(raw_name.clone());
                            refused.set(false);
                            mode.set(Mode::Renaming);
                        }
                    >
                        {t.eng_rename()}
                    </button>
                    {close_or_reopen}
                    <button
                        type="button"
                        aria-label=delete_button
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
