//! What the report holds: its title, the consultant's name and
//! organisation, its language, the snapshot on the radar and the sections
//! ticked, saved with the engagement; and the button that prints it.

use super::report_page::SectionsShown;
use super::workshop_choice::WorkshopChoice;
use crate::i18n::Locale;
use crate::model::report::{ReportChoices as Choices, Section};
use crate::ui::assessment::snapshot_label;
use crate::ui::context::{use_ctx, Ctx};
use leptos::prelude::*;

/// Writes one change to the open engagement's report choices.
fn edit(ctx: Ctx, change: impl FnOnce(&mut Choices)) {
    ctx.work.update(|w| change(&mut w.current_mut().report));
}

/// The translated name of a section, as its heading in the report says.
fn section_name(t: &'static crate::i18n::Strings, section: Section) -> &'static str {
    match section {
        Section::Readiness => t.results_title(),
        Section::Workshop => t.ws_title(),
        Section::Fit => t.fit_title(),
        Section::Economics => t.econ_title(),
        Section::KeyAccounts => t.acc_title(),
        Section::Method => t.report_method_heading(),
    }
}

/// The report's choices and the print button; none of it is printed.
#[component]
pub fn ReportChoices() -> impl IntoView {
    let ctx = use_ctx();
    let choices = Memo::new(move |_| ctx.work.with(|w| w.current().report.clone()));
    let text = move |id: &'static str,
                     label: &'static str,
                     pick: fn(&Choices) -> &String,
                     put: fn(&mut Choices, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    maxlength="120"
                    prop:value=move || choices.with(|c| pick(c).clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(ctx, |c| put(c, value));
                    }
                />
            </div>
        }
    };
    // The browser's print dialog, once the report is whole: asked for while
    // its sections are still coming, it opens when they are shown (a frame
    // later, so they are drawn), and the button says it is busy meanwhile.
    let shown = use_context::<SectionsShown>().map(|SectionsShown(shown)| shown);
    let waiting = RwSignal::new(false);
    let print_now = || {
        let _ = window().print();
    };
    let print = move |_| match shown {
        Some(shown) if !shown.get_untracked() => waiting.set(true),
        _ => print_now(),
    };
    Effect::new(move |_| {
        if waiting.get() && shown.is_some_and(|shown| shown.get()) {
            waiting.set(false);
            request_animation_frame(print_now);
        }
    });
    // Only the language and the list of snapshots rebuild the panel, so
    // typing in a field keeps its focus.
    let snapshots = Memo::new(move |_| {
        let locale = ctx.locale.get();
        ctx.work.with(|w| {
            let a = &w.current().assessment;
            a.snapshots
                .iter()
                .map(|s| (s.id, snapshot_label(locale, a, s)))
                .collect::<Vec<_>>()
        })
    });
    let language = move || choices.with(|c| c.language.clone()).unwrap_or_default();
    let snapshot = move || choices.with(|c| c.snapshot);
    move || {
        let t = ctx.t();
        let snapshots = snapshots.get();
        view! {
            <section class="report-choices" aria-labelledby="report-choices-heading">
                <h2 id="report-choices-heading">{t.report_settings_heading()}</h2>
                <div class="report-fields">
                    {text("report-title", t.report_title_field(), |c| &c.title, |c, v| c.title = v)}
                    {text("report-consultant", t.report_consultant(), |c| &c.consultant, |c, v| c.consultant = v)}
                    {text("report-organisation", t.report_organisation(), |c| &c.organisation, |c, v| c.organisation = v)}
                    <div class="field">
                        <label for="report-language">{t.report_language()}</label>
                        <select
                            id="report-language"
                            on:change=move |ev| {
                                let code = event_target_value(&ev);
                                edit(ctx, |c| {
                                    c.language = Locale::from_code(&code).map(|l| l.code().to_owned());
                                });
                            }
                        >
                            <option value="" prop:selected=move || language().is_empty()>
                                {t.report_language_interface()}
                            </option>
                            {Locale::ALL
                                .into_iter()
                                .map(|l| {
                                    view! {
                                        <option
                                            value=l.code()
                                            prop:selected=move || language() == l.code()
                                            lang=l.code()
                                        >
                                            {l.native_name()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="report-snapshot">{t.report_snapshot()}</label>
                        <select
                            id="report-snapshot"
                            on:change=move |ev| {
                                let id = event_target_value(&ev).parse().ok();
                                edit(ctx, |c| c.snapshot = id);
                            }
                        >
                            <option value="" prop:selected=move || snapshot().is_none()>{t.option_none()}</option>
                            {snapshots
                                .into_iter()
                                .map(|(id, label)| {
                                    view! {
                                        <option value=id.to_string() prop:selected=move || snapshot() == Some(id)>
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <WorkshopChoice />
                </div>
                <fieldset class="report-sections">
                    <legend>{t.report_sections()}</legend>
                    {Section::ALL
                        .into_iter()
                        .map(|section| {
                            view! {
                                <label class="switch">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || choices.with(|c| c.includes(section))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            edit(ctx, |c| c.set(section, on));
                                        }
                                    />
                                    <span>{section_name(t, section)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <p>
                    <button
                        type="button"
                        class="primary"
                        on:click=print
                        aria-busy=move || waiting.get().then_some("true")
                    >
                        {t.report_print()}
                    </button>
                </p>
            </section>
        }
    }
}
