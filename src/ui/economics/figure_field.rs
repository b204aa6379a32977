//! One figure of the form: label, unit, where its default comes from, and a
//! message at the field when what is typed cannot be used.

use super::common::{currency, figure, unit_label};
use crate::i18n::{fill, NumberError};
use crate::model::scenario::{Field, FieldError, Source};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A text field for `field`. What is typed is read in the user's number
/// format; a valid value is stored at once, an invalid one is kept in the
/// field with a message and never reaches storage or the charts.
#[component]
pub fn FigureField(
    /// The figure edited.
    field: Field,
) -> impl IntoView {
    let ctx = use_ctx();
    // The text being typed; `None` shows the stored value, formatted.
    let typed = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let id = format!("figure-{}", field.key());
    let help = format!("{id}-help");
    let error_id = format!("{id}-error");
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let label = t
            .econ_fields
            .get(field as usize)
            .copied()
            .unwrap_or_default();
        let source = match field.source() {
            Source::Example => t.source_example,
            Source::LectureNotes => t.source_seed001,
            Source::Convention => t.source_convention,
        };
        let stored = move || ctx.work.with(|w| w.current().economics.figures.get(field));
        // The unit follows the stored value, so it agrees with the number
        // shown (1 year, 2 years) and keeps the last valid one's form.
        let unit =
            move || unit_label(t, locale, field.unit(), stored()).unwrap_or_else(|| currency(ctx));
        let read = move |text: &str| -> Result<f64, String> {
            let value = locale.parse_number(text).map_err(|e| match e {
                NumberError::Empty => t.error_empty.to_owned(),
                NumberError::NotANumber => t.error_not_number.to_owned(),
            })?;
            field.check(value).map_err(|e| match e {
                FieldError::NotANumber => t.error_not_number.to_owned(),
                FieldError::OutOfRange { min, max } => fill(
                    t.error_range,
                    &[
                        ("min", &figure(locale, field, min)),
                        ("max", &figure(locale, field, max)),
                    ],
                ),
            })
        };
        let on_input = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            match read(&text) {
                Ok(value) => {
                    problem.set(None);
                    if value != stored() {
                        ctx.work.update(|w| {
                            let _ = w.current_mut().economics.figures.set(field, value);
                        });
                    }
                }
                Err(message) => problem.set(Some(message)),
            }
            typed.set(Some(text));
        };
        // Leaving a valid field shows the stored value in the house format.
        let on_change = move |_| {
            if problem.get_untracked().is_none() {
                typed.set(None);
            }
        };
        let described = {
            let (help, error_id) = (help.clone(), error_id.clone());
            move || {
                if problem.get().is_some() {
                    format!("{help} {error_id}")
                } else {
                    help.clone()
                }
            }
        };
        view! {
            <div class="figure" class:invalid=move || problem.get().is_some()>
                <label for=id.clone()>{label}</label>
                <div class="figure-input">
                    <input
                        id=id.clone()
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby=described
                        prop:value=move || typed.get().unwrap_or_else(|| figure(locale, field, stored()))
                        on:input=on_input
                        on:change=on_change
                    />
                    <span class="unit">{unit}</span>
                </div>
                // An example figure says so only while it is the example:
                // once the consultant changes it, the hint says what it was.
                <p class="source" id=help.clone()>
                    {move || {
                        let example = field.default_value();
                        if matches!(field.source(), Source::Example) && stored() != example {
                            fill(t.source_changed, &[("value", &figure(locale, field, example))])
                        } else {
                            source.to_owned()
                        }
                    }}
                </p>
                {
                    let error_id = error_id.clone();
                    move || {
                        problem
                            .get()
                            .map(|message| {
                                view! {
                                    <p class="field-error" id=error_id.clone() role="alert">
                                        {message}
                                        " "
                                        {t.error_kept}
                                    </p>
                                }
                            })
                    }
                }
            </div>
        }
    }
}
