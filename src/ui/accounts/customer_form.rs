//! One customer in a form: a labelled field per value, large enough to tap,
//! checked in the user's number format when saved; a message at each field
//! that cannot be used, and nothing stored until all can.

use super::common::{edit_portfolio, field, typed_number, with_portfolio};
use crate::i18n::entry::{shown, Refusal};
use crate::i18n::fill;
use crate::model::accounts::{Customer, Field, GrossMargin};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The form's numeric fields, in order, with the margin's two forms as one.
const NUMBERS: [Field; 5] = [
    Field::Revenue,
    Field::MarginPercent,
    Field::CostToServe,
    Field::Years,
    Field::Growth,
];

/// Adds a customer, or edits the one `editing` names; setting `editing`
/// loads that customer into the form, and saving sets it back to `None`.
#[component]
pub fn CustomerForm(
    /// The id of the customer being edited; `None` to add one.
    editing: RwSignal<Option<u32>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let values: [RwSignal<String>; 5] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let percent = RwSignal::new(true);
    // Each field's refusal with the text refused, written in the language
    // shown (a language switch rewrites the messages, not the texts).
    let errors: [RwSignal<Option<(Refusal, String)>>; 6] =
        std::array::from_fn(|_| RwSignal::new(None));
    let full = RwSignal::new(false);
    let clear = move || {
        name.set(String::new());
        values.iter().for_each(|v| v.set(String::new()));
        errors.iter().for_each(|e| e.set(None));
        percent.set(true);
    };
    // Editing a customer loads its values in the user's format, each with
    // the decimals that read back as exactly the stored value.
    Effect::new(move |_| {
        let Some(id) = editing.get() else {
            return;
        };
        let locale = ctx.locale.get_untracked();
        if let Some(c) = with_portfolio(ctx, |p| p.customer(id).cloned()) {
            name.set(c.name.clone());
            let (margin, is_percent) = match c.margin {
                GrossMargin::Percent(p) => (p, true),
                GrossMargin::Amount(a) => (a, false),
            };
            percent.set(is_percent);
            let text = |v: Option<f64>| v.map(|v| shown(locale, v)).unwrap_or_default();
            values[0].set(text(Some(c.revenue)));
            values[1].set(text(Some(margin)));
            values[2].set(text(Some(c.cost_to_serve)));
            values[3].set(text(c.years));
            values[4].set(text(c.growth));
            errors.iter().for_each(|e| e.set(None));
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = ctx.locale.get_untracked();
        let margin_field = if percent.get_untracked() {
            Field::MarginPercent
        } else {
            Field::MarginAmount
        };
        let mut read = [None; 5];
        let mut ok = true;
        let name_text = name.get_untracked();
        errors[0].set(
            name_text
                .trim()
                .is_empty()
                .then(|| (Refusal::Empty, String::new())),
        );
        ok &= !name_text.trim().is_empty();
        for (i, f) in NUMBERS.iter().enumerate() {
            let f = if i == 1 { margin_field } else { *f };
            let required = i < 3;
            let text = values[i].get_untracked();
            match typed_number(locale, f, &text) {
                Ok(None) if required => {
                    errors[i + 1].set(Some((Refusal::Empty, text)));
                    ok = false;
                }
                Ok(v) => {
                    errors[i + 1].set(None);
                    read[i] = v;
                }
                Err(why) => {
                    errors[i + 1].set(Some((why, text)));
                    ok = false;
                }
            }
        }
        if !ok {
            return;
        }
        let margin = if percent.get_untracked() {
            GrossMargin::Percent(read[1].unwrap_or_default())
        } else {
            GrossMargin::Amount(read[1].unwrap_or_default())
        };
        let Ok(customer) = Customer::new(
            &name_text,
            read[0].unwrap_or_default(),
            margin,
            read[2].unwrap_or_default(),
            read[3],
            read[4],
        ) else {
            return;
        };
        match editing.get_untracked() {
            Some(id) => edit_portfolio(ctx, |p| p.update(id, customer)),
            None => {
                let mut added = false;
                edit_portfolio(ctx, |p| added = p.add(customer).is_some());
                full.set(!added);
                if !added {
                    return;
                }
            }
        }
        editing.set(None);
        clear();
    };
    move || {
        let t = ctx.t();
        let input = move |i: usize, id: &'static str, label: String, optional: bool| {
            let error = errors[i];
            let value = if i == 0 { name } else { values[i - 1] };
            let error_id = format!("{id}-error");
            view! {
                <div class="figure" class:invalid=move || error.get().is_some()>
                    <label for=id>
                        {label}
                        {optional.then(|| format!(" ({})", t.acc_optional()))}
                    </label>
                    <input
                        id=id
                        type="text"
                        inputmode=if i == 0 { "text" } else { "decimal" }
                        autocomplete="off"
                        maxlength="120"
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=move || error.get().is_some().then(|| error_id.clone())
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                    {move || {
                        error
                            .get()
                            .map(|(why, text)| {
                                view! {
                                    <p class="field-error" id=format!("{id}-error")>
                                        {why.message(ctx.locale.get(), &text)}
                                    </p>
                                }
                            })
                    }}
                </div>
            }
        };
        let heading = move || match editing.get() {
            Some(id) => fill(
                t.acc_edit_heading(),
                &[(
                    "name",
                    &with_portfolio(ctx, |p| p.customer(id).map(|c| c.name.clone()))
                        .unwrap_or_default(),
                )],
            ),
            None => t.acc_add_heading().to_owned(),
        };
        let radio = move |is_percent: bool, label: &'static str| {
            view! {
                <label class="switch">
                    <input
                        type="radio"
                        name="acc-margin-kind"
                        prop:checked=move || percent.get() == is_percent
                        on:change=move |_| percent.set(is_percent)
                    />
                    <span>{label}</span>
                </label>
            }
        };
        view! {
            <form class="customer-form" on:submit=submit aria-labelledby="acc-form-heading">
                <h3 id="acc-form-heading">{heading}</h3>
                <div class="figures">
                    {input(0, "acc-name", field(t, Field::Name).to_owned(), false)}
                    {input(1, "acc-revenue", field(t, Field::Revenue).to_owned(), false)}
                    <fieldset class="choices">
                        <legend>{t.acc_margin_kind()}</legend>
                        {radio(true, t.acc_margin_percent())}
                        {radio(false, t.acc_margin_amount())}
                    </fieldset>
                    {move || {
                        let label = if percent.get() {
                            field(t, Field::MarginPercent)
                        } else {
                            field(t, Field::MarginAmount)
                        };
                        input(2, "acc-margin", label.to_owned(), false)
                    }}
                    {input(3, "acc-cost", field(t, Field::CostToServe).to_owned(), false)}
                    {input(4, "acc-years", field(t, Field::Years).to_owned(), true)}
                    {input(5, "acc-growth", field(t, Field::Growth).to_owned(), true)}
                </div>
                {move || full.get().then(|| view! { <p class="field-error" role="alert">{t.acc_error_full()}</p> })}
                <div class="actions">
                    <button type="submit">
                        {move || if editing.get().is_some() { t.acc_save() } else { t.acc_add() }}
                    </button>
                    {move || {
                        editing
                            .get()
                            .is_some()
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            editing.set(None);
                                            clear();
                                        }
                                    >
                                        {t.cancel()}
                                    </button>
                                }
                            })
                    }}
                </div>
            </form>
        }
    }
}
