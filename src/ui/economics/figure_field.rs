//! One figure of the form: label, unit, where its default comes from, and a
//! message at the field when what is typed cannot be used.

use super::common::{currency, figure, unit_label};
use crate::i18n::entry::Limits;
use crate::i18n::fill;
use crate::model::scenario::{Field, Source, Unit};
use crate::ui::context::use_ctx;
use crate::ui::number_field::NumberField;
use leptos::prelude::*;

/// The limits `field` accepts, as the model checks them.
fn limits(field: Field) -> Limits {
    let (min, max) = field.range();
    let limits = Limits::new(min, max);
    let limits = if field.whole() {
        limits.whole()
    } else {
        limits
    };
    if matches!(field.unit(), Unit::Percent) {
        limits.percent()
    } else {
        limits
    }
}

/// A number field for `field` (`ui::number_field`): a value that reads is
/// stored at once; text that does not is kept in the field with its reason
/// and the value the charts use meanwhile.
#[component]
pub fn FigureField(
    /// The figure edited.
    field: Field,
) -> impl IntoView {
    let ctx = use_ctx();
    let id = format!("figure-{}", field.key());
    let help = format!("{id}-help");
    let stored =
        Signal::derive(move || ctx.work.with(|w| w.current().economics.figures.get(field)));
    let t = move || ctx.t();
    let label = Signal::derive(move || {
        t().econ_fields()
            .get(field as usize)
            .copied()
            .unwrap_or_default()
            .to_owned()
    });
    // The unit follows the value in use, so it agrees with the number
    // shown (1 year, 2 years).
    let unit = Signal::derive(move || {
        unit_label(t(), ctx.locale.get(), field.unit(), stored.get())
            .unwrap_or_else(|| currency(ctx))
    });
    let on_value = Callback::new(move |value: f64| {
        ctx.work.update(|w| {
            let _ = w.current_mut().economics.figures.set(field, value);
        });
    });
    // An example figure says so only while it is the example: once the
    // consultant changes it, the hint says what it was.
    let source = move || {
        let t = t();
        let example = field.default_value();
        match field.source() {
            Source::Example if stored.get() != example => fill(
                t.source_changed(),
                &[("value", &figure(ctx.locale.get(), field, example))],
            ),
            Source::Example => t.source_example().to_owned(),
            Source::LectureNotes => t.source_seed001().to_owned(),
            Source::Convention => t.source_convention().to_owned(),
        }
    };
    view! {
        <NumberField
            id=id
            label
            described_by=help.clone()
            limits=limits(field)
            in_use=stored
            unit
            on_value
        >
            <p class="source" id=help.clone()>
                {source}
            </p>
        </NumberField>
    }
}
