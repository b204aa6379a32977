//! The questionnaire for one component, with progress and free navigation.

use super::component_nav::ComponentNav;
use super::profile_radar::ProfileRadar;
use super::question_item::QuestionItem;
use crate::i18n::fill;
use crate::model::assessment::Item;
use crate::model::components::Component;
use crate::route::Route;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The statements of `component`, one fieldset each.
#[component]
pub fn QuestionsPage(
    /// The component whose statements are shown.
    component: Component,
) -> impl IntoView {
    let ctx = use_ctx();
    let total = Item::all().count();
    let answered = Memo::new(move |_| {
        ctx.work
            .with(|w| w.current().assessment.current.answered_count())
    });
    let position = Component::ALL
        .iter()
        .position(|c| *c == component)
        .unwrap_or(0);
    let previous = position
        .checked_sub(1)
        .and_then(|i| Component::ALL.get(i))
        .copied();
    let next = Component::ALL.get(position + 1).copied();
    move || {
        let t = ctx.t();
        let (name, ready) = labels::component(t, component);
        let step = |target: Option<Component>, template: &'static str, class: &'static str| {
            target.map(|c| {
                view! {
                    <a class=class href=Route::Assessment(c).href()>
                        {fill(template, &[("name", labels::component(t, c).0)])}
                    </a>
                }
            })
        };
        view! {
            <div class="page assessment">
                <h1>{t.assessment_title()}</h1>
                <p class="lead">{t.assessment_intro()}</p>
                <div class="overall-progress">
                    <label for="overall-progress">
                        {move || {
                            fill(
                                t.progress_overall(),
                                &[
                                    ("answered", &answered.get().to_string()),
                                    ("total", &total.to_string()),
                                ],
                            )
                        }}
                    </label>
                    <progress id="overall-progress" max=total value=move || answered.get()></progress>
                </div>
                <ComponentNav />
                <div class="assessment-layout">
                    <section class="component-questions" aria-labelledby="component-heading">
                        <h2 id="component-heading">{name}</h2>
                        <p class="ready-means">{ready}</p>
                        {Item::of(component).map(|item| view! { <QuestionItem item /> }).collect_view()}
                    </section>
                    <ProfileRadar />
                </div>
                <nav class="step-nav">
                    {step(previous, t.previous_component(), "button-link secondary")}
                    {step(next, t.next_component(), "button-link")}
                    <a class="button-link" href=Route::AssessmentResults.href()>
                        {t.see_results()}
                    </a>
                </nav>
            </div>
        }
    }
}
