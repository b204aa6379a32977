//! The header row every data table shares.

use leptos::prelude::*;

/// A table's header row, one column heading per label.
pub(crate) fn head(labels: &[&'static str]) -> impl IntoView {
    let cells = labels
        .iter()
        .map(|label| view! { <th scope="col">{*label}</th> })
        .collect_view();
    view! {
        <thead>
            <tr>{cells}</tr>
        </thead>
    }
}
