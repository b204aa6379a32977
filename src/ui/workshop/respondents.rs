//! The open workshop's respondents as the team's views read them: codes
//! decoded once when they change, shared answers, and a flag per
//! respondent that leaving one out changes alone. The workshop page's two
//! sections share one decoding ([`Decoded`]), made by the first of them to
//! come, so the page itself links none of its code.

use crate::model::code::decode;
use crate::model::team::{Respondent, Sheet};
use crate::ui::context::Ctx;
use leptos::prelude::*;
use std::sync::Arc;

/// The open workshop's respondents, and whether each is counted.
type Respondents = (Memo<Vec<Respondent>>, Memo<Vec<bool>>);

/// The open workshop's respondents and whether each is counted, for the
/// sections of one page: made by the first section that asks
/// ([`Decoded::get`]), owned by the page, so they last as long as the page
/// and are computed once per change for all its sections. The page makes
/// the empty slot only, which links none of the decoding.
#[derive(Clone, Copy)]
pub struct Decoded {
    /// The page's owner, which the memos are made under.
    owner: StoredValue<Option<Owner>, LocalStorage>,
    /// The memos, once made.
    memos: StoredValue<Option<Respondents>>,
}

impl Decoded {
    /// An empty slot, owned by the page being built.
    pub(super) fn new() -> Self {
        Decoded {
            owner: StoredValue::new_local(Owner::current()),
            memos: StoredValue::new(None),
        }
    }

    /// The respondents and their flags, made on the first call.
    pub fn get(self, ctx: Ctx) -> Respondents {
        if let Some(memos) = self.memos.get_value() {
            return memos;
        }
        let memos = match self.owner.get_value() {
            Some(owner) => owner.with(|| open_respondents(ctx)),
            None => open_respondents(ctx),
        };
        self.memos.set_value(Some(memos));
        memos
    }
}

/// The open workshop's respondents, and whether each is counted.
pub(super) fn open_respondents(ctx: Ctx) -> Respondents {
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
