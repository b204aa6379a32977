//! The report's cover: the client, the title, who prepared it and when.

use crate::i18n::fill;
use crate::ui::clock;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The cover page.
#[component]
pub fn Cover() -> impl IntoView {
    let ctx = use_ctx();
    let today = clock::today();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let (client, choices) = ctx
            .work
            .with(|w| (w.current().name.clone(), w.current().report.clone()));
        let title = match choices.title.trim() {
            "" => t.report_default_title().to_owned(),
            title => title.to_owned(),
        };
        let by: Vec<&str> = [choices.consultant.trim(), choices.organisation.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let by = (!by.is_empty()).then(|| {
            view! { <p class="report-by">{fill(t.report_by(), &[("name", &by.join(" · "))])}</p> }
        });
        view! {
            <section class="report-cover" aria-labelledby="report-cover-title">
                <p class="report-client">
                    {fill(t.report_for(), &[("client", &labels::engagement(t, &client))])}
                </p>
                <h2 id="report-cover-title" class="report-cover-title">{title}</h2>
                {by}
                <p class="report-date">{locale.format_date(&today)}</p>
            </section>
        }
    }
}
