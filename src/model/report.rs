//! The report a consultant hands to the client: which sections it holds,
//! the choices made for it (stored per engagement), and the numbers of its
//! executive summary, all assembled from an engagement's inputs.
//!
//! Pure: the report view reads this, translates and draws; nothing here is
//! stored but the [`ReportChoices`].

use super::assessment::{Band, ComponentResult, Results, Snapshot};
use super::code::decode;
use super::components::Component;
use super::fit::{Gap, Verdict};
use super::scenario::Outcome;
use super::team::Respondent;
use super::workshop::Workshop;
use super::workspace::Engagement;
use crate::i18n::case;
use serde::{Deserialize, Serialize};

/// An optional section of the report, after the cover and the executive
/// summary, which every report has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// The readiness assessment: radar with targets and a snapshot, scores,
    /// priorities, recommendations for the assessed components.
    Readiness,
    /// The workshop: respondents, the team's radar with its range, the most
    /// disputed statements, means per role.
    Workshop,
    /// Cultural fit: the butterfly chart, flags with their prompts, the
    /// OCAI kite.
    Fit,
    /// Loyalty economics: key numbers, the five charts, scenarios compared.
    Economics,
    /// Key accounts: the customer types, the whale curve, Kotler's levels
    /// per segment.
    KeyAccounts,
    /// How the numbers are made and where the method comes from.
    Method,
}

impl Section {
    /// Every section, in the order the report prints them.
    pub const ALL: [Section; 6] = [
        Section::Readiness,
        Section::Workshop,
        Section::Fit,
        Section::Economics,
        Section::KeyAccounts,
        Section::Method,
    ];

    /// The stable key a choice is stored under.
    pub fn key(self) -> &'static str {
        match self {
            Section::Readiness => "readiness",
            Section::Workshop => "workshop",
            Section::Fit => "fit",
            Section::Economics => "economics",
            Section::KeyAccounts => "accounts",
            Section::Method => "method",
        }
    }
}

/// The choices made for one engagement's report. Stored as typed; a
/// section is stored by what is left out, so a section added in a later
/// release is in every report until it is unticked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportChoices {
    /// The report's title; empty for the translated default.
    pub title: String,
    /// The consultant's name, if given.
    pub consultant: String,
    /// The consultant's organisation, if given.
    pub organisation: String,
    /// The language the report is written in (`en`, `ru`, `pl`); `None`
    /// for the interface's. Kept as a code, as the settings keep theirs.
    pub language: Option<String>,
    /// The snapshot drawn on the report's radar beside today's answers.
    pub snapshot: Option<u32>,
    /// Keys of the sections unticked. Unknown keys (a later release's
    /// sections) are kept as they are.
    pub left_out: Vec<String>,
}

impl ReportChoices {
    /// Whether `section` is ticked.
    pub fn includes(&self, section: Section) -> bool {
        !self.left_out.iter().any(|k| k == section.key())
    }

    /// Ticks or unticks `section`.
    pub fn set(&mut self, section: Section, included: bool) {
        self.left_out.retain(|k| k != section.key());
        if !included {
            self.left_out.push(section.key().to_owned());
        }
    }
}

/// The ticked sections, in print order.
pub fn sections(e: &Engagement) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|s| e.report.includes(*s))
        .collect()
}

/// How many priorities the summary names under "what to do first".
pub const FIRST_STEPS: usize = 3;

/// The executive summary's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The readiness index, if any component is scored.
    pub index: Option<f64>,
    /// Its band.
    pub band: Option<Band>,
    /// The weakest scored component.
    pub weakest: Option<Component>,
    /// The cultural fit score, when both parties answered a scale.
    pub fit_score: Option<f64>,
    /// The fit verdict.
    pub verdict: Option<Verdict>,
    /// The red flags (deal-breakers), in scale order.
    pub red_flags: Vec<Gap>,
    /// Lifetime value per acquired customer.
    pub clv: f64,
    /// The first year the cohort has paid back, within the horizon.
    pub break_even: Option<u32>,
    /// What five more points of retention add to the cohort's value.
    pub gain: f64,
    /// The top priorities, largest first (at most [`FIRST_STEPS`]).
    pub first: Vec<Component>,
}

/// The executive summary of `e`.
pub fn summary(e: &Engagement) -> Summary {
    let results = e.assessment.current.results();
    let fit = e.fit.result();
    let outcome = Outcome::of(&e.economics.figures, e.economics.effects);
    Summary {
        index: results.index,
        band: results.index.map(Band::of),
        weakest: results.weakest().map(|c| c.component),
        fit_score: fit.score,
        verdict: fit.verdict,
        red_flags: fit
            .gaps
            .into_iter()
            .filter(|g| g.flag == Some(super::fit::Flag::Red))
            .collect(),
        clv: outcome.clv,
        break_even: outcome.break_even,
        gain: outcome.gain.gain(),
        first: results
            .priorities()
            .into_iter()
            .take(FIRST_STEPS)
            .map(|c| c.component)
            .collect(),
    }
}

/// The components a recommendation is printed for: the assessed ones
/// only, in Gordon's order (an unassessed one has nothing to recommend).
pub fn recommendations(results: &Results) -> Vec<ComponentResult> {
    results
        .components
        .iter()
        .filter(|c| c.score.is_some())
        .copied()
        .collect()
}

/// The snapshot chosen for the radar, if it still exists.
pub fn snapshot(e: &Engagement) -> Option<&Snapshot> {
    e.report.snapshot.and_then(|id| e.assessment.snapshot(id))
}

/// The respondents of a workshop whose codes read, with whether each is
/// counted (results that no longer read are left out).
pub fn respondents(workshop: &Workshop) -> Vec<Respondent> {
    workshop
        .entries
        .iter()
        .filter_map(|entry| {
            decode(&entry.code, workshop.id).ok().map(|s| Respondent {
                role: s.role,
                answers: s.answers.into(),
                included: !entry.excluded,
            })
        })
        .collect()
}

/// Each saved scenario's name and outcome, in the order they were saved.
pub fn scenarios(e: &Engagement) -> Vec<(String, Outcome)> {
    e.economics
        .scenarios
        .iter()
        .map(|s| (s.name.clone(), Outcome::of(&s.figures, s.effects)))
        .collect()
}

/// A download's file name from what it shows: `rapport-`, the label in
/// lower case (`i18n::case`) with every run of separators
/// made one `-` (letters of any script are kept), at most 60 characters,
/// and the extension. A label with no letter or digit gives `rapport-chart`.
pub fn file_name(label: &str, extension: &str) -> String {
    let mut stem = String::new();
    for c in label.chars().map(case::lower_case) {
        if !case::separates(c) {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem: String = stem.chars().take(60).collect();
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "chart" } else { stem };
    format!("rapport-{stem}.{extension}")
}
