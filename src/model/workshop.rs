//! Workshops: the consultant invites a client's team to answer the
//! readiness assessment on their own devices, and collects their result
//! codes (`super::code`) with no server in between.
//!
//! A join link carries everything a participant's device needs: the
//! workshop's id, its name and the roles to choose from, in the URL
//! fragment (`#/join/<id>?n=<name>&r=<role>,<role>`, and `&c=<date>` once
//! the workshop has a closing date), so it works on any static host and
//! never reaches a server log. A result comes back as a
//! 40-character code, alone or inside a result link (`#/result/<code>`).

use super::code::{decode, CodeError, Submission};
use super::team::Respondent;
use serde::{Deserialize, Serialize};

/// The most roles a workshop offers (the code stores a role in one byte).
pub const MAX_ROLES: usize = 12;

/// What a join link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Invitation {
    /// The workshop's id, which every result code repeats.
    pub workshop: u32,
    /// The workshop's name, shown to participants.
    pub name: String,
    /// The roles a participant may pick from (possibly none).
    pub roles: Vec<String>,
    /// The day the workshop closes to new results (`YYYY-MM-DD`), if the
    /// consultant set one; a link without it never closes.
    pub closes: Option<String>,
}

/// Whether `text` is a date as the app writes it, `YYYY-MM-DD`, with a
/// month and day in range, so a hand-edited link cannot carry anything
/// else into a message.
pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| bytes[r].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u8 = text[5..7].parse().unwrap_or(0);
    let day: u8 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Whether something that closes on `closes` is closed on `today` (both
/// `YYYY-MM-DD`): from the closing day on. ISO dates compare as text.
pub fn closed_on(closes: Option<&str>, today: &str) -> bool {
    closes.is_some_and(|day| day <= today)
}

/// Percent-encodes `text` for a URL fragment's query: letters, digits and
/// `-._~` stay, everything else (in UTF-8) becomes `%XX`.
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// The text behind `%XX` escapes (and `+` as a space); `None` if an escape
/// is broken or the bytes are not UTF-8.
fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

impl Invitation {
    /// The fragment of the join link, to append to the app's address.
    pub fn fragment(&self) -> String {
        let roles: Vec<String> = self.roles.iter().map(|r| encode_component(r)).collect();
        // A link without a closing date is written exactly as before dates
        // existed, so links already handed out and their golden test stay.
        let closes = self
            .closes
            .as_deref()
            .filter(|d| is_date(d))
            .map(|d| format!("&c={d}"))
            .unwrap_or_default();
        format!(
            "#/join/{}?n={}&r={}{closes}",
            self.workshop,
            encode_component(&self.name),
            roles.join(",")
        )
    }

    /// Whether the workshop is closed to new results on `today`.
    pub fn is_closed(&self, today: &str) -> bool {
        closed_on(self.closes.as_deref(), today)
    }

    /// The invitation in a join link's fragment (or the whole link), if it
    /// is one.
    pub fn parse(link: &str) -> Option<Invitation> {
        let fragment = link.split_once('#').map_or(link, |(_, f)| f);
        let rest = fragment.trim_start_matches('/').strip_prefix("join/")?;
        let (id, query) = rest.split_once('?').unwrap_or((rest, ""));
        let workshop = id.trim_end_matches('/').parse().ok()?;
        let mut invitation = Invitation {
            workshop,
            name: String::new(),
            roles: Vec::new(),
            closes: None,
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("n", v)) => invitation.name = decode_component(v)?,
                Some(("r", v)) => {
                    invitation.roles = v
                        .split(',')
                        .filter(|r| !r.is_empty())
                        .map(decode_component)
                        .collect::<Option<_>>()?;
                }
                // A damaged date is left out rather than refusing the link:
                // the participant can still answer.
                Some(("c", v)) if is_date(v) => invitation.closes = Some(v.to_owned()),
                _ => {}
            }
        }
        invitation.roles.truncate(MAX_ROLES);
        Some(invitation)
    }
}

/// The fragment of a result link for `code`.
pub fn result_fragment(code: &str) -> String {
    format!("#/result/{code}")
}

/// The result code in a result link (or the text itself when it is one).
pub fn code_in(text: &str) -> &str {
    let text = text.trim();
    match text.rfind("/result/") {
        Some(at) => text[at + "/result/".len()..].trim_end_matches('/'),
        None => text,
    }
}

/// One collected result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The result code as collected, normalised (upper case, no spaces).
    pub code: String,
    /// Whether the consultant left this respondent out of the team view.
    #[serde(default)]
    pub excluded: bool,
}

/// A workshop inside an engagement: its invitation and what came back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    /// The id every result code repeats.
    pub id: u32,
    /// The name participants see.
    pub name: String,
    /// The roles offered to participants.
    #[serde(default)]
    pub roles: Vec<String>,
    /// The results collected, in the order they came.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The day it was created (`YYYY-MM-DD`; schema version 5, so empty
    /// for a workshop created before).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    /// The day it closes, or closed, to new results (`YYYY-MM-DD`; schema
    /// version 5); `None` while it is open with no date set. Its join
    /// link carries the date, so participants' devices know it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<String>,
}

/// Why a pasted result was not added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The code itself is bad (see [`CodeError`]).
    Code(CodeError),
    /// The same result was already collected.
    Duplicate,
    /// The workshop is closed to new results (reopen it to take them).
    Closed,
    /// A later result of the same participant was already collected
    /// (respondent `number`, from 1): this one is older.
    Older {
        /// The respondent's number in the team view, from 1.
        number: usize,
    },
}

/// How a result was taken into the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// A new respondent.
    Added,
    /// A later result of a participant already collected replaced their
    /// earlier one: respondent `number` (from 1) is updated, not doubled.
    Updated {
        /// The respondent's number in the team view, from 1.
        number: usize,
    },
}

/// A result the workshop would take: what it carries and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Accepted {
    /// What the code carries.
    pub submission: Submission,
    /// Whether it adds a respondent or updates one.
    pub taken: Taken,
}

impl Workshop {
    /// The invitation for this workshop's join link.
    pub fn invitation(&self) -> Invitation {
        Invitation {
            workshop: self.id,
            name: self.name.clone(),
            roles: self.roles.clone(),
            closes: self.closes.clone(),
        }
    }

    /// A new workshop `id` named `name` offering `roles` (trimmed, empty
    /// ones dropped, at most [`MAX_ROLES`]), created on `today`.
    pub fn new(id: u32, name: &str, roles: &[&str], today: &str) -> Workshop {
        Workshop {
            id,
            name: name.trim().to_owned(),
            roles: roles
                .iter()
                .map(|r| r.trim())
                .filter(|r| !r.is_empty())
                .take(MAX_ROLES)
                .map(str::to_owned)
                .collect(),
            entries: Vec::new(),
            created: today.to_owned(),
            closes: None,
        }
    }

    /// Whether the workshop takes no new results on `today`.
    pub fn is_closed(&self, today: &str) -> bool {
        closed_on(self.closes.as_deref(), today)
    }

    /// Adds every result in `text` (codes or result links, separated by
    /// white space, commas or semicolons) on `today` and answers, for each
    /// piece in order, the code and whether it was added or why not.
    pub fn collect(&mut self, text: &str, today: &str) -> Vec<(String, Result<Taken, Refusal>)> {
        text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|piece| !piece.is_empty())
            .map(|piece| {
                let (code, outcome) = self.collect_one(piece, today);
                (code, outcome.map(|a| a.taken))
            })
            .collect()
    }

    /// Takes the one result in `text` (a code or a result link, as a QR
    /// code holds it): adds a respondent, or replaces the earlier result of
    /// the same participant in place (their number and whether they are
    /// counted stay). Answers the code with what it carries and how it was
    /// taken, or why it was not.
    pub fn collect_one(&mut self, text: &str, today: &str) -> (String, Result<Accepted, Refusal>) {
        let code = code_in(text).to_ascii_uppercase();
        let outcome = self.check(&code, today);
        match outcome {
            Ok(Accepted {
                taken: Taken::Added,
                ..
            }) => self.entries.push(Entry {
                code: code.clone(),
                excluded: false,
            }),
            Ok(Accepted {
                taken: Taken::Updated { number },
                ..
            }) => {
                if let Some(entry) = self.entries.get_mut(number - 1) {
                    entry.code = code.clone();
                }
            }
            Err(_) => {}
        }
        (code, outcome)
    }

    /// What the result `code` carries and how this workshop would take it
    /// on `today`: it is whole, this workshop's and not yet collected; a
    /// participant's later attempt updates their earlier result, an earlier
    /// one is refused; nothing new is taken once the workshop is closed (a
    /// result already collected is still reported as such).
    pub fn check(&self, code: &str, today: &str) -> Result<Accepted, Refusal> {
        let code = code_in(code).to_ascii_uppercase();
        let submission = decode(&code, self.id).map_err(Refusal::Code)?;
        if self.entries.iter().any(|e| e.code == code) {
            return Err(Refusal::Duplicate);
        }
        if self.is_closed(today) {
            return Err(Refusal::Closed);
        }
        let earlier = submission.sender.and_then(|sender| {
            self.entries.iter().enumerate().find_map(|(i, e)| {
                let theirs = decode(&e.code, self.id).ok()?.sender?;
                (theirs.participant == sender.participant).then_some((i + 1, theirs.attempt))
            })
        });
        let taken = match (earlier, submission.sender) {
            (Some((number, attempt)), Some(sender)) if attempt >= sender.attempt => {
                return Err(Refusal::Older { number });
            }
            (Some((number, _)), _) => Taken::Updated { number },
            (None, _) => Taken::Added,
        };
        Ok(Accepted { submission, taken })
    }

    /// The name of `role` as a code stores it (from 1; 0 for none), if the
    /// workshop offers it.
    pub fn role_name(&self, role: u8) -> Option<&str> {
        usize::from(role)
            .checked_sub(1)
            .and_then(|k| self.roles.get(k))
            .map(String::as_str)
    }

    /// Leaves respondent `index` out of the team view, or brings them back.
    pub fn set_excluded(&mut self, index: usize, excluded: bool) {
        if let Some(entry) = self.entries.get_mut(index) {
            entry.excluded = excluded;
        }
    }

    /// Every collected respondent, for the team view.
    pub fn respondents(&self) -> Vec<Respondent> {
        self.entries
            .iter()
            .filter_map(|e| {
                let Submission { role, answers, .. } = decode(&e.code, self.id).ok()?;
                Some(Respondent {
                    role,
                    answers: answers.into(),
                    included: !e.excluded,
                })
            })
            .collect()
    }
}

/// The codes a scanner has seen lately, so that a code held up to the
/// camera is taken once, not at every frame, and taken again (to be
/// refused as a repeat) only after it has been out of sight a while.
#[derive(Clone, Debug, Default)]
pub struct Sightings {
    /// Each text seen, with when it was last seen (milliseconds).
    seen: Vec<(String, f64)>,
}

impl Sightings {
    /// How long a code must be out of sight to count as shown again.
    pub const GONE_MS: f64 = 2000.0;

    /// Notes that `text` is in sight at `now` (milliseconds on any steady
    /// clock) and answers whether it is newly so.
    pub fn is_new(&mut self, text: &str, now: f64) -> bool {
        self.seen.retain(|(_, at)| now - *at < Self::GONE_MS);
        match self.seen.iter_mut().find(|(t, _)| t == text) {
            Some((_, at)) => {
                *at = now;
                false
            }
            None => {
                self.seen.push((text.to_owned(), now));
                true
            }
        }
    }
}

/// A participant's side of a workshop, on their own device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Participation {
    /// The workshop joined.
    pub workshop: u32,
    /// Its name, as the join link gave it.
    pub name: String,
    /// The roles offered.
    pub roles: Vec<String>,
    /// The role chosen, from 1; 0 for none.
    pub role: u8,
    /// The answers given so far.
    pub answers: super::assessment::Answers,
    /// The result code, once the participant has finished.
    pub code: Option<String>,
    /// This participant's random id, which every result they send carries
    /// (0 until one is given: data from before ids were kept).
    pub participant: u32,
    /// How many times this participant has finished.
    pub attempts: u8,
}

impl Participation {
    /// A fresh start for `invitation`, for the participant `id` (random,
    /// chosen by the device; see [`Participation::finish`]).
    pub fn new(invitation: &Invitation, id: u32) -> Participation {
        Participation {
            workshop: invitation.workshop,
            name: invitation.name.clone(),
            roles: invitation.roles.clone(),
            participant: id,
            ..Participation::default()
        }
    }

    /// Finishes (again, after reopening): the result code of the answers
    /// and role, kept until the next participant starts. Each finish is a
    /// new attempt of the same participant, so the consultant's device
    /// takes the latest in place of the earlier one. `fresh_id` is used
    /// only if this participant has no id yet (work saved before ids).
    pub fn finish(&mut self, fresh_id: u32) -> String {
        if self.participant == 0 {
            self.participant = fresh_id.max(1);
        }
        self.attempts = self.attempts.saturating_add(1);
        let code = super::code::encode(&Submission {
            workshop: self.workshop,
            role: self.role,
            answers: self.answers.clone(),
            sender: Some(super::code::Sender {
                participant: self.participant,
                attempt: self.attempts,
            }),
        });
        self.code = Some(code.clone());
        code
    }

    /// Reopens the answers to change them; the result shown so far stays
    /// valid until the participant finishes again.
    pub fn reopen(&mut self) {
        self.code = None;
    }

    /// Clears the answers, role and result for the next participant on the
    /// same device, who must not see the previous one's answers.
    /// The new participant gets `id`, their own random id: their result
    /// must never replace the previous participant's.
    pub fn next(&mut self, id: u32) {
        *self = Participation {
            workshop: self.workshop,
            name: std::mem::take(&mut self.name),
            roles: std::mem::take(&mut self.roles),
            participant: id,
            ..Participation::default()
        };
    }
}

/// What a participant answered on a join page before the app had arrived:
/// the record the prerendered page keeps (src/join/early.js), by the
/// radios' names ([`Item::key`](super::assessment::Item::key)) and values
/// ([`Answer::form_value`](super::assessment::Answer::form_value)).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyAnswers {
    /// The workshop whose join page recorded them.
    pub workshop: u32,
    /// The role picked, from 1; 0 for none.
    pub role: u32,
    /// The answers as (statement key, answer value), in the order given.
    pub answers: Vec<(String, String)>,
}

impl EarlyAnswers {
    /// The record as the page writes it: the workshop, the role, then
    /// `key=value` for each answer, separated by spaces
    /// (`7 2 values.1=4 process.5=dk`). Plain text rather than JSON, so
    /// the participant's download holds no parser for it; `None` unless
    /// it begins with the two numbers. An answer that is not `key=value`
    /// is left out.
    pub fn read(text: &str) -> Option<EarlyAnswers> {
        let mut words = text.split(' ');
        let number = |word: Option<&str>| {
            word.filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|w| w.parse().ok())
        };
        let workshop = number(words.next())?;
        let role = number(words.next())?;
        let answers = words
            .filter_map(|word| word.split_once('='))
            .map(|(key, value)| (key.to_owned(), value.to_owned()))
            .collect();
        Some(EarlyAnswers {
            workshop,
            role,
            answers,
        })
    }

    /// Takes these answers into `participation`, as if each had been given
    /// there: only for its workshop and only while it is not finished, and
    /// only what names a statement, an answer and a role it offers
    /// (anything else a hand-edited record holds is left out). Answers how
    /// many answers it took.
    pub fn apply_to(&self, participation: &mut Participation) -> usize {
        if self.workshop != participation.workshop || participation.code.is_some() {
            return 0;
        }
        if let Ok(role) = u8::try_from(self.role) {
            if role > 0 && usize::from(role) <= participation.roles.len() {
                participation.role = role;
            }
        }
        let mut taken = 0;
        for (key, value) in &self.answers {
            let item = super::assessment::Item::from_key(key);
            let answer = super::assessment::Answer::from_form_value(value);
            if let (Some(item), Some(answer)) = (item, answer) {
                participation.answers.set_answer(item, answer);
                taken += 1;
            }
        }
        taken
    }
}

/// An engagement's workshops: which one is open, and the consultant's
/// operations on the list. Each finds its workshop by id, so a stale id
/// (another tab deleted it) changes nothing.
impl super::workspace::Engagement {
    /// The workshop open on the workshop page, the presenter and in the
    /// report: the one chosen, or the first.
    pub fn workshop(&self) -> Option<&Workshop> {
        self.open_workshop
            .and_then(|id| self.workshops.iter().find(|w| w.id == id))
            .or(self.workshops.first())
    }

    /// The open workshop, to edit.
    pub fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        let id = self.workshop()?.id;
        self.workshops.iter_mut().find(|w| w.id == id)
    }

    /// The workshop `id`, to edit.
    pub fn workshop_by_id(&mut self, id: u32) -> Option<&mut Workshop> {
        self.workshops.iter_mut().find(|w| w.id == id)
    }

    /// Adds `workshop` and opens it. An id already taken (a chance in four
    /// billion) is moved to the next free one, since every result code
    /// names its workshop by id. Answers the id it got.
    pub fn add_workshop(&mut self, mut workshop: Workshop) -> u32 {
        while self.workshops.iter().any(|w| w.id == workshop.id) {
            workshop.id = workshop.id.wrapping_add(1);
        }
        let id = workshop.id;
        self.workshops.push(workshop);
        self.open_workshop = Some(id);
        id
    }

    /// Makes workshop `id` the open one, if it exists.
    pub fn open_workshop(&mut self, id: u32) {
        if self.workshops.iter().any(|w| w.id == id) {
            self.open_workshop = Some(id);
        }
    }

    /// Renames workshop `id`; a blank name is refused (it names the
    /// workshop to participants), and answers whether it was renamed.
    pub fn rename_workshop(&mut self, id: u32, name: &str) -> bool {
        let name = name.trim();
        match self.workshop_by_id(id) {
            Some(w) if !name.is_empty() => {
                w.name = name.to_owned();
                true
            }
            _ => false,
        }
    }

    /// Closes workshop `id` to new results from `day` (`YYYY-MM-DD`: today
    /// to close now, a later day to schedule it); `None` reopens it. A day
    /// that is not a date changes nothing.
    pub fn set_workshop_closes(&mut self, id: u32, day: Option<&str>) {
        if day.is_some_and(|d| !is_date(d)) {
            return;
        }
        if let Some(w) = self.workshop_by_id(id) {
            w.closes = day.map(str::to_owned);
        }
    }

    /// Deletes workshop `id` with its results, and answers it. The open
    /// workshop falls back to the first when it was the one deleted.
    pub fn delete_workshop(&mut self, id: u32) -> Option<Workshop> {
        let index = self.workshops.iter().position(|w| w.id == id)?;
        let gone = self.workshops.remove(index);
        if self.open_workshop == Some(id) {
            self.open_workshop = None;
        }
        Some(gone)
    }
}
