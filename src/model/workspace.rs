//! Everything the user has entered, as plain data: the ground state that
//! storage saves. Scores, verdicts and charts are never stored; they are
//! derived from this every time.
//!
//! Work is kept per client engagement. There is always at least one
//! engagement and the current one exists: every method that could break
//! that restores it, so views can always read and edit "the current
//! engagement" without asking whether there is one.

use super::accounts::Portfolio;
use super::assessment::Assessment;
use super::code::{decode_any, CodeError, Submission};
use super::fit::FitCheck;
use super::report::ReportChoices;
use super::scenario::{default_currency, Economics};
use super::stored::{Stored, Tool};
use super::workshop::{code_in, Accepted, Participation, Refusal, Workshop};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// All saved work of one browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// The user's preferences.
    pub settings: Settings,
    /// The client engagements, in the order they were created.
    pub engagements: Vec<Engagement>,
    /// The id of the engagement last opened.
    pub current: String,
    /// When the user last exported everything or one engagement
    /// (`YYYY-MM-DD`), if ever.
    pub last_exported: Option<String>,
    /// This device's answers as a workshop participant, if it joined one.
    /// Kept apart from the engagements: a participant's tablet holds no
    /// client work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<Participation>,
}

/// Where a result code belongs on this device ([`Workspace::place_result`]).
#[derive(Clone, Debug, PartialEq)]
pub enum ResultPlace {
    /// The code is not a whole, current result code.
    Damaged(CodeError),
    /// The open engagement's workshop can take it: what it carries, and
    /// whether it adds a respondent or updates one.
    Open(Accepted),
    /// The open engagement's workshop has it already.
    Collected(Submission),
    /// The open engagement's workshop is closed to new results.
    Closed(Submission),
    /// The open engagement's workshop has a later result of the same
    /// participant: what this one carries, and the respondent's `number`
    /// (from 1).
    Older(Submission, usize),
    /// Another engagement's workshop (the engagement's id) would take it.
    Elsewhere(String),
    /// No workshop on this device is the one it belongs to.
    Unknown(Submission),
}

/// The user's preferences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language the user chose (`en`, `ru`, `pl`); `None` until they
    /// choose, so the browser's language decides. Kept as a code so that a
    /// language added later, or removed, never makes the data unreadable.
    pub language: Option<String>,
}

/// One client's work.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Engagement {
    /// Stable and unique in the workspace; kept across export and import so
    /// a re-imported engagement is recognised.
    pub id: String,
    /// The name the user gave (the client's name); empty until then.
    pub name: String,
    /// When its content last changed (`YYYY-MM-DDTHH:MM`, local time).
    pub changed: String,
    /// The readiness assessment with its snapshots.
    pub assessment: Stored<Assessment>,
    /// The cultural-fit check between a supplier and its client.
    pub fit: Stored<FitCheck>,
    /// The loyalty economics: figures, switches and scenarios.
    pub economics: Stored<Economics>,
    /// Workshops run with the client's team, with the results collected.
    #[serde(skip_serializing_if = "Stored::is_blank")]
    pub workshops: Stored<Vec<Workshop>>,
    /// The choices made for the engagement's report (schema version 4).
    #[serde(default)]
    pub report: Stored<ReportChoices>,
    /// The key-account tool: the client's customers, thresholds, levels,
    /// key accounts and their programme (schema version 4).
    #[serde(skip_serializing_if = "Stored::is_blank")]
    pub accounts: Stored<Portfolio>,
    /// The id of the workshop open on the workshop page, the presenter and
    /// in the report (schema version 5); `None`, or an id no workshop has,
    /// means the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_workshop: Option<u32>,
}

impl Engagement {
    /// Whether the two hold the same work, whatever their names and dates.
    /// Reads every tool's data of both.
    pub fn same_work(&self, other: &Engagement) -> bool {
        self.assessment == other.assessment
            && self.fit == other.fit
            && self.economics == other.economics
            && self.workshops == other.workshops
            && self.accounts == other.accounts
    }

    /// [`Engagement::same_work`] told without reading any tool's data, for
    /// the app's shell (see [`Stored::same`]): false when the work may
    /// differ.
    pub fn same_saved_work(&self, other: &Engagement) -> bool {
        self.assessment.same(&other.assessment)
            && self.fit.same(&other.fit)
            && self.economics.same(&other.economics)
            && self.workshops.same(&other.workshops)
            && self.accounts.same(&other.accounts)
    }

    /// Forgets each tool's saved text that reads as the tool's default
    /// ([`Stored::forget_default`]): a migration from an older version does
    /// this, so an engagement an older release saved with nothing in it is
    /// blank by its saved text too ([`Engagement::is_blank`]).
    pub fn forget_defaults(&mut self) {
        self.assessment.forget_default();
        self.fit.forget_default();
        self.economics.forget_default();
        self.workshops.forget_default();
        self.report.forget_default();
        self.accounts.forget_default();
    }

    /// The loyalty tool's currency, which the key-account tool shows with
    /// every amount, told from that field alone: reading the loyalty
    /// tool's data whole would put its reader (figures, effects,
    /// scenarios) in the key-account tool's download. The loyalty tool's
    /// default currency when its saved text holds none that reads.
    pub fn currency(&self) -> String {
        /// The loyalty tool's data, all but its currency left unread.
        #[derive(Deserialize)]
        struct Currency {
            #[serde(default = "default_currency")]
            currency: String,
        }
        self.economics
            .read_as::<Currency>()
            .map_or_else(default_currency, |c| c.currency)
    }

    /// Whether it holds the workshop `id`, told from the workshops' ids
    /// alone: the app's shell asks this for every result link, and reading
    /// the workshops whole would put their reader in the shell. Workshops
    /// that do not read hold none.
    pub fn has_workshop(&self, id: u32) -> bool {
        /// A workshop's id, the rest of it left unread.
        #[derive(Deserialize)]
        struct Id {
            id: u32,
        }
        self.workshops
            .read_as::<Vec<Id>>()
            .is_some_and(|workshops| workshops.iter().any(|w| w.id == id))
    }

    /// Reads every tool's data now, as a file's import must before it
    /// accepts the engagement; the first reason one is not its tool's data.
    pub fn check(&self) -> Result<(), serde_json::Error> {
        self.assessment.check()?;
        self.fit.check()?;
        self.economics.check()?;
        self.workshops.check()?;
        self.report.check()?;
        self.accounts.check()
    }

    /// How many of its tools' data were found unreadable with no copy of
    /// the saved work kept yet (see [`Stored::unreadable_untold`]).
    pub fn unreadable_untold(&self) -> usize {
        [
            self.assessment.unreadable_untold(),
            self.fit.unreadable_untold(),
            self.economics.unreadable_untold(),
            self.workshops.unreadable_untold(),
            self.report.unreadable_untold(),
            self.accounts.unreadable_untold(),
        ]
        .into_iter()
        .filter(|&found| found)
        .count()
    }

    /// Notes that a copy of the saved work with its unreadable tools' text
    /// has been kept (see [`Stored::tell_unreadable`]).
    pub fn tell_unreadable(&self) {
        self.assessment.tell_unreadable();
        self.fit.tell_unreadable();
        self.economics.tell_unreadable();
        self.workshops.tell_unreadable();
        self.report.tell_unreadable();
        self.accounts.tell_unreadable();
    }
}

/// The id of the engagement a fresh or migrated workspace starts with.
pub const FIRST_ID: &str = "e1";

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            settings: Settings::default(),
            engagements: vec![Engagement {
                id: FIRST_ID.to_owned(),
                ..Engagement::default()
            }],
            current: FIRST_ID.to_owned(),
            last_exported: None,
            participation: None,
        }
    }
}

/// An engagement to show when, against the invariant, there is none.
fn blank() -> &'static Engagement {
    static BLANK: OnceLock<Engagement> = OnceLock::new();
    BLANK.get_or_init(Engagement::default)
}

impl Workspace {
    /// The same work with the chosen language set.
    pub fn with_language(mut self, code: &str) -> Workspace {
        self.settings.language = Some(code.to_owned());
        self
    }

    /// Restores the invariant: at least one engagement, unique ids, and a
    /// current one that exists. Run after loading and after every change to
    /// the list.
    pub fn normalize(&mut self) {
        if self.engagements.is_empty() {
            // Its empty id gets a fresh one just below.
            self.engagements.push(Engagement::default());
        }
        // Ids must be unique: a later duplicate (or an empty id) gets a new one.
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..self.engagements.len() {
            let id = self.engagements[i].id.clone();
            if id.is_empty() || !seen.insert(id) {
                let fresh = self.fresh_id_avoiding(&seen);
                seen.insert(fresh.clone());
                self.engagements[i].id = fresh;
            }
        }
        if !self.engagements.iter().any(|e| e.id == self.current) {
            self.current = self.engagements[0].id.clone();
        }
    }

    /// An id no engagement has: `e` and the next number.
    pub fn fresh_id(&self) -> String {
        // Every engagement is checked by `fresh_id_avoiding` already; a set
        // collected from them would only add its sort to the download.
        self.fresh_id_avoiding(&std::collections::BTreeSet::new())
    }

    fn fresh_id_avoiding(&self, taken: &std::collections::BTreeSet<String>) -> String {
        (1..)
            .map(|n: u64| format!("e{n}"))
            .find(|id| !taken.contains(id) && !self.engagements.iter().any(|e| &e.id == id))
            .unwrap_or_default()
    }

    /// The engagement being worked on.
    pub fn current(&self) -> &Engagement {
        self.engagements
            .iter()
            .find(|e| e.id == self.current)
            .or(self.engagements.first())
            .unwrap_or_else(|| blank())
    }

    /// The engagement being worked on, to edit.
    pub fn current_mut(&mut self) -> &mut Engagement {
        self.normalize();
        let index = self
            .engagements
            .iter()
            .position(|e| e.id == self.current)
            .unwrap_or(0);
        &mut self.engagements[index]
    }

    /// The engagement `id`, if there is one.
    pub fn engagement(&self, id: &str) -> Option<&Engagement> {
        self.engagements.iter().find(|e| e.id == id)
    }

    /// Makes `id` the current engagement, if it exists.
    pub fn open(&mut self, id: &str) {
        if self.engagement(id).is_some() {
            self.current = id.to_owned();
        }
    }

    /// Where the result `code` (or a result link) belongs on this device,
    /// and whether the open engagement's workshop can take it on `today`.
    pub fn place_result(&self, code: &str, today: &str) -> ResultPlace {
        let submission = match decode_any(code_in(code)) {
            Ok(s) => s,
            Err(e) => return ResultPlace::Damaged(e),
        };
        let id = submission.workshop;
        if let Some(workshop) = self.current().workshops.iter().find(|w| w.id == id) {
            return match workshop.check(code, today) {
                Err(Refusal::Duplicate) => ResultPlace::Collected(submission),
                Err(Refusal::Closed) => ResultPlace::Closed(submission),
                Err(Refusal::Code(e)) => ResultPlace::Damaged(e),
                Err(Refusal::Older { number }) => ResultPlace::Older(submission, number),
                Ok(accepted) => ResultPlace::Open(accepted),
            };
        }
        let elsewhere = self
            .engagements
            .iter()
            .find(|e| e.workshops.iter().any(|w| w.id == id));
        match elsewhere {
            Some(engagement) => ResultPlace::Elsewhere(engagement.id.clone()),
            None => ResultPlace::Unknown(submission),
        }
    }

    /// Whether this device took part in the workshop of the result `code`
    /// and holds no engagement with it: a participant looking at their own
    /// result, who sees none of the consultant's views.
    pub fn is_participant_of(&self, code: &str) -> bool {
        let Ok(submission) = decode_any(code_in(code)) else {
            return false;
        };
        let id = submission.workshop;
        self.participation
            .as_ref()
            .is_some_and(|p| p.workshop == id)
            && !self.engagements.iter().any(|e| e.has_workshop(id))
    }

    /// Adds an empty engagement named `name`, opens it and returns its id.
    pub fn create(&mut self, name: &str, now: &str) -> String {
        let id = self.fresh_id();
        self.engagements.push(Engagement {
            id: id.clone(),
            name: name.trim().to_owned(),
            changed: now.to_owned(),
            ..Engagement::default()
        });
        self.current = id.clone();
        id
    }

    /// Renames engagement `id`.
    pub fn rename(&mut self, id: &str, name: &str) {
        if let Some(e) = self.engagements.iter_mut().find(|e| e.id == id) {
            e.name = name.trim().to_owned();
        }
    }

    /// Copies engagement `id` under `name`, right after it, and returns the
    /// copy's id.
    pub fn duplicate(&mut self, id: &str, name: &str, now: &str) -> Option<String> {
        let index = self.engagements.iter().position(|e| e.id == id)?;
        let copy = Engagement {
            id: self.fresh_id(),
            name: name.trim().to_owned(),
            changed: now.to_owned(),
            ..self.engagements[index].clone()
        };
        let new_id = copy.id.clone();
        self.engagements.insert(index + 1, copy);
        Some(new_id)
    }

    /// Removes engagement `id` and returns it with its place, for undo.
    pub fn delete(&mut self, id: &str) -> Option<(usize, Engagement)> {
        let index = self.engagements.iter().position(|e| e.id == id)?;
        let removed = self.engagements.remove(index);
        self.normalize();
        Some((index, removed))
    }

    /// Puts back an engagement [`Workspace::delete`] removed, at its place.
    /// A blank engagement created because the list became empty is dropped
    /// again, and the restored one is opened in its stead; otherwise the
    /// open engagement stays open.
    pub fn restore(&mut self, index: usize, engagement: Engagement) {
        let only_blank = self.engagements.len() == 1 && self.engagements[0].is_blank();
        if only_blank {
            self.engagements.clear();
        }
        let index = index.min(self.engagements.len());
        let id = engagement.id.clone();
        self.engagements.insert(index, engagement);
        if only_blank {
            self.current = id;
        }
        self.normalize();
    }

    /// Stamps the current engagement with `now` if its work differs from
    /// `before`'s (the same engagement as it was); returns whether it did.
    pub fn stamp_current(&mut self, before: &Engagement, now: &str) -> bool {
        let current = self.current_mut();
        if current.id == before.id && !current.same_saved_work(before) && current.changed != now {
            current.changed = now.to_owned();
            true
        } else {
            false
        }
    }
}

/// Whether to remind the user to export: there is work, and it was never
/// exported or last exported more than 7 days before `today` (dates as
/// `YYYY-MM-DD`).
pub fn export_due(work: &Workspace, today: &str) -> bool {
    let has_work = work
        .engagements
        .iter()
        .any(|e| !e.same_saved_work(&Engagement::default()));
    if !has_work {
        return false;
    }
    match work.last_exported.as_deref().and_then(day_number) {
        Some(last) => day_number(today).is_some_and(|t| t - last > 7),
        None => true,
    }
}

/// A day count of a `YYYY-MM-DD` date (0000-03-01 is day 1), for
/// differences.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from a civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe)
}

/// What to do with an imported engagement that is already here (same id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clash {
    /// Keep the one here and add the file's as another engagement.
    KeepBoth,
    /// Replace the one here with the file's.
    Replace,
}

impl Engagement {
    /// Whether nothing was ever entered in it: no name, no work. Told
    /// without reading any tool's data (see [`Engagement::same_saved_work`]),
    /// so the engagements page needs no tool's reader to list, import or
    /// remind; work a view never read is told from the text it was saved
    /// as.
    pub fn is_blank(&self) -> bool {
        self.name.is_empty() && self.same_saved_work(&Engagement::default())
    }
}

impl Workspace {
    /// The engagements of `incoming` that are new here, and those already
    /// here (by id), for the import preview. Blank engagements here do not
    /// count: an import replaces them.
    pub fn preview<'a>(
        &self,
        incoming: &'a Workspace,
    ) -> (Vec<&'a Engagement>, Vec<&'a Engagement>) {
        incoming
            .engagements
            .iter()
            .partition(|e| self.engagement(&e.id).is_none_or(Engagement::is_blank))
    }

    /// Adds the engagements of `incoming`, settling clashes by `clash`, and
    /// opens the first of them; returns how many were added or replaced.
    pub fn import(&mut self, incoming: Workspace, clash: Clash) -> usize {
        if incoming.engagements.is_empty() {
            return 0;
        }
        self.engagements.retain(|e| !e.is_blank());
        let mut first = None;
        let count = incoming.engagements.len();
        for mut engagement in incoming.engagements {
            match self.engagements.iter().position(|e| e.id == engagement.id) {
                Some(i) if clash == Clash::Replace => {
                    first.get_or_insert(engagement.id.clone());
                    self.engagements[i] = engagement;
                    continue;
                }
                Some(_) => engagement.id = self.fresh_id(),
                None => {}
            }
            first.get_or_insert(engagement.id.clone());
            self.engagements.push(engagement);
        }
        if let Some(id) = first {
            self.current = id;
        }
        self.normalize();
        count
    }
}

impl Tool for Assessment {
    const DEFAULT_JSON: &'static str =
        r#"{"current":{"answers":{},"weights":{},"targets":{}},"snapshots":[]}"#;
}

impl Tool for FitCheck {
    const DEFAULT_JSON: &'static str =
        r#"{"supplier":{"name":"","profile":{}},"client":{"name":"","profile":{}}}"#;
}

impl Tool for Economics {
    const DEFAULT_JSON: &'static str = concat!(
        r#"{"currency":"EUR","figures":{"acquisition_cost":300.0,"cross_selling_c"#,
        r#"ost":40.0,"customers":1000.0,"discount":10.0,"horizon":10.0,"later_cos"#,
        r#"t_share":50.0,"margin":30.0,"premium_growth":1.0,"promotion_cost":30.0"#,
        r#","referral_value":100.0,"referrals":0.1,"repairs_cost":25.0,"retention"#,
        r#"":80.0,"revenue":1000.0,"revenue_growth":5.0,"service_cost":60.0,"serv"#,
        r#"ice_cost_later":33.3},"effects":{"cost_savings":true,"revenue_growth":"#,
        r#"true,"referrals":true,"price_premium":true},"scenarios":[]}"#,
    );
}

impl Tool for Vec<Workshop> {
    const DEFAULT_JSON: &'static str = "[]";

    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}

impl Tool for ReportChoices {
    const DEFAULT_JSON: &'static str = concat!(
        r#"{"title":"","consultant":"","organisation":"","language":null,"snapsho"#,
        r#"t":null,"left_out":[]}"#,
    );
}

impl Tool for Portfolio {
    const DEFAULT_JSON: &'static str = r#"{"thresholds":{}}"#;

    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}
