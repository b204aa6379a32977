//! A labelled one-line text field bound to a signal: the form control the
//! views repeat most (snapshot, scenario, engagement and workshop names).

use leptos::prelude::*;

/// A native text input with its label, writing what is typed to `value`.
#[component]
pub fn TextField(
    /// The input's id, which the label points to.
    id: &'static str,
    /// The visible label, already translated.
    label: &'static str,
    /// What the field holds.
    value: RwSignal<String>,
    /// The longest text accepted.
    #[prop(default = 80)]
    max: usize,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                maxlength=max.to_string()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
