//! The engagements view: create, the list, the undo of a deletion, and
//! export and import.

use super::engagement_item::EngagementItem;
use super::export_panel::{ExportFailed, ExportPanel};
use super::import_panel::ImportPanel;
use super::new_engagement::NewEngagement;
use crate::i18n::fill;
use crate::model::workspace::Engagement;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The engagement last deleted and its place, while it can be undone.
pub(super) type Deleted = RwSignal<Option<(usize, Engagement)>>;

/// The engagements page.
#[component]
pub fn EngagementsPage() -> impl IntoView {
    let ctx = use_ctx();
    let deleted: Deleted = RwSignal::new(None);
    // Shared by the list's export buttons and the export panel, which says
    // why an export made no file.
    provide_context(ExportFailed(RwSignal::new(None)));
    let ids = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.engagements
                .iter()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>()
        })
    });
    move || {
        let t = ctx.t();
        let undo = move || {
            deleted.get().map(|(_, e)| {
                let name = labels::engagement(t, &e.name);
                view! {
                    <div class="notice undo" role="status">
                        <p>{fill(t.eng_deleted(), &[("name", &name)])}</p>
                        <button
                            type="button"
                            on:click=move |_| {
                                if let Some((index, engagement)) = deleted.get_untracked() {
                                    ctx.work.update(|w| w.restore(index, engagement));
                                    deleted.set(None);
                                }
                            }
                        >
                            {t.eng_undo()}
                        </button>
                    </div>
                }
            })
        };
        view! {
            <div class="page engagements">
                <h1>{t.eng_title()}</h1>
                <p class="lead">{t.eng_intro()}</p>
                <NewEngagement />
                <section aria-labelledby="list-heading">
                    <h2 id="list-heading">{t.eng_list_heading()}</h2>
                    {undo}
                    <ul class="engagement-list">
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            <EngagementItem id deleted />
                        </For>
                    </ul>
                </section>
                <section aria-labelledby="transfer-heading">
                    <h2 id="transfer-heading">{t.transfer_heading()}</h2>
                    <p>{t.transfer_intro()}</p>
                    <ExportPanel />
                    <ImportPanel />
                </section>
            </div>
        }
    }
}
