//! Collecting results: pasting codes or links, the outcome of each, and
//! the respondents with the choice to leave one out.

use crate::i18n::fill;
use crate::model::assessment::Item;
use crate::model::team::Respondent;
use crate::model::workshop::{Refusal, Taken};
use crate::ui::clock::today;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The paste box, what became of each piece, and the respondents.
#[component]
pub fn CollectPanel(
    /// Everyone collected.
    respondents: Memo<Vec<Respondent>>,
    /// Whether each is counted, by position.
    flags: Memo<Vec<bool>>,
) -> impl IntoView {
    let ctx = use_ctx();
    // The rows change only when results come or go, not when one is left
    // out, so a tap on a box does not rebuild the list.
    let rows = Memo::new(move |_| {
        let roles = ctx.work.with(|w| {
            w.current()
                .workshop()
                .map(|ws| ws.roles.clone())
                .unwrap_or_default()
        });
        respondents.with(|people| {
            people
                .iter()
                .map(|r| {
                    let role = usize::from(r.role)
                        .checked_sub(1)
                        .and_then(|k| roles.get(k).cloned());
                    (role, r.answers.answered_count())
                })
                .collect::<Vec<_>>()
        })
    });
    let pasted = RwSignal::new(String::new());
    let outcomes = RwSignal::new(Vec::<(String, Result<Taken, Refusal>)>::new());
    // Pasted text and files' texts alike: every code or link in it is
    // added to the workshop or refused, and each outcome shown.
    let collect = move |text: &str| {
        let result = ctx
            .work
            .try_update(|w| {
                w.current_mut()
                    .workshop_mut()
                    .map(|ws| ws.collect(text, &today()))
            })
            .flatten()
            .unwrap_or_default();
        outcomes.set(result);
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        collect(&text);
        pasted.set(String::new());
    };
    // Result files hold a code or a result link; several may be chosen at
    // once, and their texts are collected like pasted ones.
    let files_chosen = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else {
            return;
        };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut text = String::new();
            for file in files {
                // A result file is a line of text; anything large is not one.
                if file.size() > 4096.0 {
                    continue;
                }
                if let Ok(content) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    text.push_str(&content.as_string().unwrap_or_default());
                    text.push('\n');
                }
            }
            collect(&text);
        });
    };
    move || {
        let t = ctx.t();
        let messages = outcomes
            .get()
            .into_iter()
            .map(|(code, outcome)| {
                let short: String = code.chars().take(12).collect();
                let text = match outcome {
                    Ok(taken) => labels::taken(t, taken, &short),
                    Err(refusal) => labels::refusal(t, refusal, &short),
                };
                view! { <li class:refused=outcome.is_err()>{text}</li> }
            })
            .collect_view();
        // One signal per box, set by one effect only where the flags
        // changed: a tap then touches one box, not 200 (a box bound to the
        // whole list of flags would be rewritten for every tap).
        let checked: Vec<RwSignal<bool>> = flags.with_untracked(|f| {
            (0..rows.with(Vec::len))
                .map(|i| RwSignal::new(f.get(i).copied().unwrap_or(true)))
                .collect()
        });
        let boxes = checked.clone();
        Effect::new(move |_| {
            flags.with(|f| {
                for (i, signal) in boxes.iter().enumerate() {
                    let keep = f.get(i).copied().unwrap_or(true);
                    if signal.get_untracked() != keep {
                        signal.set(keep);
                    }
                }
            });
        });
        let listed = rows
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (role, answered))| {
                let kept = checked[i];
                let role = role.unwrap_or_else(|| t.ws_no_role().to_owned());
                let number = (i + 1).to_string();
                // A respondent who finished with statements unanswered is
                // marked, so the consultant can decide to leave them out.
                let total = Item::all().count();
                let incomplete = (answered < total).then(|| {
                    view! {
                        <span class="incomplete">
                            " · "
                            {fill(
                                t.ws_incomplete(),
                                &[("answered", &answered.to_string()), ("total", &total.to_string())],
                            )}
                        </span>
                    }
                });
                view! {
                    <li>
                        <label class="switch">
                            <input
                                type="checkbox"
                                prop:checked=kept
                                on:change=move |ev| {
                                    let keep = event_target_checked(&ev);
                                    ctx.work.update(|w| {
                                        if let Some(ws) = w.current_mut().workshop_mut() {
                                            ws.set_excluded(i, !keep);
                                        }
                                    });
                                }
                                aria-label=fill(t.ws_include_label(), &[("number", &number)])
                            />
                            <span>
                                {fill(t.ws_respondent(), &[("number", &number)])} " · " {role}
                                {incomplete}
                            </span>
                        </label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="collect-heading">
                <h2 id="collect-heading">{t.ws_collect_heading()}</h2>
                <form class="collect-form" on:submit=add>
                    <label for="paste-codes">{t.ws_paste_label()}</label>
                    <textarea
                        id="paste-codes"
                        rows="4"
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                    <button type="submit">{t.ws_add()}</button>
                </form>
                <div class="field">
                    <label for="result-files">{t.ws_files_label()}</label>
                    <input
                        id="result-files"
                        type="file"
                        multiple
                        accept=".txt,text/plain"
                        on:change=files_chosen
                    />
                </div>
                // The live region wraps the list: `role="status"` on the
                // `<ul>` itself would take away its list role.
                <div role="status">
                    <ul class="outcomes">{messages}</ul>
                </div>
                <h3>{t.ws_respondents_heading()}</h3>
                <ul class="switches">{listed}</ul>
            </section>
        }
    }
}
