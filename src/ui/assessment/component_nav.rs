//! Links to the eight components, each with how many of its statements
//! are answered.

use crate::i18n::fill;
use crate::model::assessment::{Item, ITEMS_PER_COMPONENT};
use crate::model::components::Component;
use crate::route::Route;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Free navigation between components, marking the current one.
#[component]
pub fn ComponentNav() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        view! {
            <nav class="component-nav" aria-label=t.components_nav_label()>
                <ol>
                    {Component::ALL
                        .map(|c| {
                            let answered = move || {
                                ctx.work
                                    .with(|w| {
                                        Item::of(c)
                                            .filter(|i| w.current().assessment.current.answer(*i).is_some())
                                            .count()
                                    })
                            };
                            let count = move || {
                                fill(
                                    t.progress_of(),
                                    &[
                                        ("answered", &answered().to_string()),
                                        ("total", &ITEMS_PER_COMPONENT.to_string()),
                                    ],
                                )
                            };
                            let current = move || {
                                (ctx.route.get() == Route::Assessment(c)).then_some("page")
                            };
                            view! {
                                <li>
                                    <a
                                        href=Route::Assessment(c).href()
                                        aria-current=current
                                        class:complete=move || answered() == ITEMS_PER_COMPONENT
                                    >
                                        <span>{labels::component(t, c).0}</span>
                                        <span class="count">{count}</span>
                                    </a>
                                </li>
                            }
                        })}
                </ol>
            </nav>
        }
    }
}
