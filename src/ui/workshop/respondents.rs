//! The open workshop's respondents as the team's views read them: codes
//! decoded once when they change, shared answers, and a flag per
//! respondent that leaving one out changes alone.

use crate::model::code::decode;
use crate::model::team::{Respondent, Sheet};
use crate::ui::context::Ctx;
use leptos::prelude::*;
use std::sync::Arc;

/// The open workshop's respondents, and whether each is counted.
pub(crate) fn open_respondents(ctx: Ctx) -> (Memo<Vec<Respondent>>, Memo<Vec<bool>>) {
    let codes = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshop()
                .map(|ws| {
                    (
                        ws.id,
                        ws.entries
                            .iter()
                            .map(|e| e.code.clone())
                            .collect::<Vec<_>>(),
                    )
                })
                .unwrap_or_default()
        })
    });
    let decoded = Memo::new(move |_| {
        codes.with(|(id, list)| {
            list.iter()
                .map(|c| {
                    decode(c, *id)
                        .ok()
                        .map(|s| (s.role, Arc::<Sheet>::from(s.answers)))
                })
                .collect::<Vec<_>>()
        })
    });
    let flags = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshop()
                .map(|ws| ws.entries.iter().map(|e| !e.excluded).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let respondents = Memo::new(move |_| {
        decoded.with(|d| {
            flags.with(|f| {
                d.iter()
                    .zip(f)
                    .filter_map(|(s, included)| {
                        s.as_ref().map(|(role, answers)| Respondent {
                            role: *role,
                            answers: answers.clone(),
                            included: *included,
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    (respondents, flags)
}
