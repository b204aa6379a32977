//! The readiness assessment across Gordon's eight components
//! (`shared/domain.md` §2): the answers a user gives, and every score,
//! band, gap and priority derived from them.
//!
//! Scoring, as the UI explains it:
//! - an answer of 1 to 5 counts as 0, 25, 50, 75 or 100 points;
//! - a component's score is the mean of its answered items; "don't know" is
//!   left out and reported as uncertainty; with no answered item the
//!   component has no score (never zero, never NaN);
//! - the readiness index is the weighted mean of the component scores that
//!   exist, with each component's weight (default 1; zero leaves it out);
//! - the band of a score is found from [`BANDS`];
//! - the gap of a component is how far its score falls short of its target;
//!   priority is gap × weight, largest first.

use super::components::Component;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many statements each component has in the question bank.
pub const ITEMS_PER_COMPONENT: usize = 5;

/// The lowest score of each band, from the top: a score belongs to the
/// first band whose threshold it reaches.
pub const BANDS: [(Band, f64); 4] = [
    (Band::Ready, 80.0),
    (Band::Developing, 60.0),
    (Band::Emerging, 40.0),
    (Band::NotReady, 0.0),
];

/// The target a component gets until the user sets one: the start of the
/// "ready" band.
pub const DEFAULT_TARGET: u8 = 80;

/// A statement of the question bank: its component and its place (0-based)
/// among that component's statements. Its text lives in the translations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Item {
    /// The component the statement assesses.
    pub component: Component,
    /// Its position within the component, from 0.
    pub index: usize,
}

impl Item {
    /// Every item, component by component, in the order they are asked.
    pub fn all() -> impl Iterator<Item = Item> {
        Component::ALL.into_iter().flat_map(Item::of)
    }

    /// The items of one component, in order.
    pub fn of(component: Component) -> impl Iterator<Item = Item> {
        (0..ITEMS_PER_COMPONENT).map(move |index| Item { component, index })
    }

    /// [`Item::key`] without allocating, for lookups made by the thousand
    /// (a workshop's team view reads every answer of every respondent).
    pub fn key_str(self) -> &'static str {
        static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let keys = KEYS.get_or_init(|| Item::all().map(Item::key).collect());
        let at = Component::ALL
            .iter()
            .position(|c| *c == self.component)
            .unwrap_or(0)
            * ITEMS_PER_COMPONENT
            + self.index;
        keys.get(at).map_or("", String::as_str)
    }

    /// The stable key under which the answer is stored, e.g. `strategy.3`.
    /// It never changes with the language or the wording.
    pub fn key(self) -> String {
        format!("{}.{}", self.component.key(), self.index + 1)
    }

    /// The item whose [`Item::key`] is `key`, if any: looked up among the
    /// forty, so it reads exactly what `key` writes.
    pub fn from_key(key: &str) -> Option<Item> {
        Item::all().find(|item| item.key_str() == key)
    }
}

/// A point on the 1–5 scale; it cannot hold any other value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    /// The scale, from 1 to 5.
    pub const ALL: [Level; 5] = [Level(1), Level(2), Level(3), Level(4), Level(5)];

    /// The level `n`, if `n` is between 1 and 5.
    pub fn new(n: u8) -> Option<Level> {
        (1..=5).contains(&n).then_some(Level(n))
    }

    /// The level as a number from 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The level as points: 1 → 0, 5 → 100.
    pub fn points(self) -> f64 {
        f64::from(self.0 - 1) * 25.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Level::new(n).ok_or_else(|| "out of range: a level is between 1 and 5".to_owned())
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

/// An answer to one statement. Stored as one number, `1`–`5` for a level
/// and `0` for "don't know", which keeps a large store small and quick to
/// read; the earlier spelling (`{"level":4}`, `"dont_know"`) still reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A point on the scale.
    Level(Level),
    /// The respondent does not know; excluded from the score.
    DontKnow,
}

impl Answer {
    /// The value of this answer's radio on a questionnaire: `1`–`5` for a
    /// level, `dk` for "don't know" (the prerendered join page's record
    /// keeps answers by it, see [`Answer::from_form_value`]).
    pub fn form_value(self) -> String {
        match self {
            Answer::Level(level) => level.get().to_string(),
            Answer::DontKnow => "dk".to_owned(),
        }
    }

    /// The answer whose [`Answer::form_value`] is `value`, if any: looked
    /// up among the six, so it reads exactly what `form_value` writes.
    pub fn from_form_value(value: &str) -> Option<Answer> {
        Level::ALL
            .into_iter()
            .map(Answer::Level)
            .chain([Answer::DontKnow])
            .find(|answer| answer.form_value() == value)
    }
}

impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(match self {
            Answer::Level(level) => level.get(),
            Answer::DontKnow => 0,
        })
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

/// Reads an answer in its current form (a number) or its first (a tagged
/// level or the text `dont_know`).
struct AnswerVisitor;

impl<'de> serde::de::Visitor<'de> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an answer")
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Answer, E> {
        match n {
            0 => Ok(Answer::DontKnow),
            n => u8::try_from(n)
                .ok()
                .and_then(Level::new)
                .map(Answer::Level)
                .ok_or_else(|| E::custom("out of range: an answer is 0 to 5")),
        }
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Answer, E> {
        u64::try_from(n)
            .map_err(|_| E::custom("out of range: an answer is 0 to 5"))
            .and_then(|n| self.visit_u64(n))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Answer, E> {
        if text == "dont_know" {
            Ok(Answer::DontKnow)
        } else {
            Err(E::invalid_value(serde::de::Unexpected::Str(text), &self))
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Answer, A::Error> {
        let answer = match map.next_entry::<String, Level>()? {
            Some((key, level)) if key == "level" => Answer::Level(level),
            _ => return Err(serde::de::Error::custom("invalid type: not an answer")),
        };
        if map.next_key::<serde::de::IgnoredAny>()?.is_some() {
            return Err(serde::de::Error::custom("invalid type: not an answer"));
        }
        Ok(answer)
    }
}

/// A component weight: finite and not negative.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Weight(f64);

impl Weight {
    /// The weight every component has until the user changes it.
    pub const DEFAULT: Weight = Weight(1.0);

    /// The weight `w`, if it is a finite number of at least zero.
    pub fn new(w: f64) -> Option<Weight> {
        (w.is_finite() && w >= 0.0).then_some(Weight(w))
    }

    /// The weight as a number.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Weight {
    type Error = String;
    fn try_from(w: f64) -> Result<Self, Self::Error> {
        Weight::new(w)
            .ok_or_else(|| "out of range: a weight is a finite number of at least 0".to_owned())
    }
}

impl From<Weight> for f64 {
    fn from(weight: Weight) -> f64 {
        weight.0
    }
}

/// The inputs of one assessment: answers, weights and targets. Everything
/// else is derived.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Answers by [`Item::key`]; an item without an entry is unanswered.
    pub answers: BTreeMap<String, Answer>,
    /// Weights by [`Component::key`]; a missing one is [`Weight::DEFAULT`].
    pub weights: BTreeMap<String, Weight>,
    /// Targets (0–100) by [`Component::key`]; a missing one is
    /// [`DEFAULT_TARGET`].
    pub targets: BTreeMap<String, u8>,
}

/// A readiness band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// Below 40.
    NotReady,
    /// 40 to below 60.
    Emerging,
    /// 60 to below 80.
    Developing,
    /// 80 and above.
    Ready,
}

impl Band {
    /// The band a score from 0 to 100 belongs to.
    pub fn of(score: f64) -> Band {
        BANDS
            .into_iter()
            .find(|(_, threshold)| score >= *threshold)
            .map_or(Band::NotReady, |(band, _)| band)
    }
}

/// Which of three recommendation tiers a component's score calls for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tier {
    /// Below 40: lay the foundations.
    Low,
    /// 40 to below 80: close the gaps.
    Middle,
    /// 80 and above: sustain and extend.
    High,
}

impl Tier {
    /// The tier of a component score.
    pub fn of(score: f64) -> Tier {
        if score >= 80.0 {
            Tier::High
        } else if score >= 40.0 {
            Tier::Middle
        } else {
            Tier::Low
        }
    }
}

/// What the answers say about one component.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComponentResult {
    /// The component.
    pub component: Component,
    /// Its score from 0 to 100, or `None` when no item is answered with a level.
    pub score: Option<f64>,
    /// Items answered with a level.
    pub answered: usize,
    /// Items answered "don't know".
    pub dont_know: usize,
    /// Items in the component.
    pub total: usize,
    /// The weight used for the index.
    pub weight: f64,
    /// The target, 0 to 100.
    pub target: u8,
}

impl ComponentResult {
    /// How far the score falls short of the target (0 when it meets it);
    /// `None` without a score.
    pub fn gap(&self) -> Option<f64> {
        self.score.map(|s| (f64::from(self.target) - s).max(0.0))
    }

    /// Gap × weight: what ranks the priorities.
    pub fn priority(&self) -> Option<f64> {
        self.gap().map(|g| g * self.weight)
    }
}

/// Everything derived from an assessment's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// One result per component, in Gordon's order.
    pub components: Vec<ComponentResult>,
    /// The weighted readiness index, or `None` when no component with a
    /// positive weight has a score.
    pub index: Option<f64>,
}

impl Answers {
    /// The answer given to `item`, if any.
    pub fn answer(&self, item: Item) -> Option<Answer> {
        self.answers.get(item.key_str()).copied()
    }

    /// Records an answer to `item`.
    pub fn set_answer(&mut self, item: Item, answer: Answer) {
        self.answers.insert(item.key(), answer);
    }

    /// The weight of a component.
    pub fn weight(&self, component: Component) -> Weight {
        self.weights
            .get(component.key())
            .copied()
            .unwrap_or(Weight::DEFAULT)
    }

    /// Sets the weight of a component.
    pub fn set_weight(&mut self, component: Component, weight: Weight) {
        self.weights.insert(component.key().to_owned(), weight);
    }

    /// The target of a component, 0 to 100.
    pub fn target(&self, component: Component) -> u8 {
        self.targets
            .get(component.key())
            .map_or(DEFAULT_TARGET, |t| (*t).min(100))
    }

    /// Sets the target of a component; values above 100 are taken as 100.
    pub fn set_target(&mut self, component: Component, target: u8) {
        self.targets
            .insert(component.key().to_owned(), target.min(100));
    }

    /// How many items have an answer (a level or "don't know").
    pub fn answered_count(&self) -> usize {
        Item::all().filter(|i| self.answer(*i).is_some()).count()
    }

    /// Scores, counts and the index, derived from the answers.
    pub fn results(&self) -> Results {
        let components: Vec<ComponentResult> = Component::ALL
            .into_iter()
            .map(|component| {
                let (mut sum, mut answered, mut dont_know) = (0.0, 0, 0);
                for item in Item::of(component) {
                    match self.answer(item) {
                        Some(Answer::Level(level)) => {
                            sum += level.points();
                            answered += 1;
                        }
                        Some(Answer::DontKnow) => dont_know += 1,
                        None => {}
                    }
                }
                ComponentResult {
                    component,
                    score: (answered > 0).then(|| sum / answered as f64),
                    answered,
                    dont_know,
                    total: ITEMS_PER_COMPONENT,
                    weight: self.weight(component).get(),
                    target: self.target(component),
                }
            })
            .collect();
        let (weighted, total_weight) = components
            .iter()
            .filter_map(|c| c.score.map(|s| (s * c.weight, c.weight)))
            .fold((0.0, 0.0), |(a, b), (s, w)| (a + s, b + w));
        let index = (total_weight > 0.0).then(|| weighted / total_weight);
        Results { components, index }
    }
}

impl Results {
    /// The component with the lowest score (the first in Gordon's order on a
    /// tie), or `None` when nothing is scored.
    pub fn weakest(&self) -> Option<ComponentResult> {
        self.components
            .iter()
            .filter(|c| c.score.is_some())
            .fold(None, |low: Option<&ComponentResult>, c| match low {
                Some(l) if l.score <= c.score => Some(l),
                _ => Some(c),
            })
            .copied()
    }

    /// Scored components with a gap, largest priority first (Gordon's order
    /// on a tie).
    pub fn priorities(&self) -> Vec<ComponentResult> {
        let priority = |c: &ComponentResult| c.priority().unwrap_or(0.0);
        let mut ranked: Vec<ComponentResult> = Vec::new();
        // Each goes after every one of the same or a larger priority: eight
        // at most, so no sort routine of the standard library's (2.5 KB of
        // every download that shows priorities).
        for c in self
            .components
            .iter()
            .filter(|c| c.gap().is_some_and(|g| g > 0.0))
        {
            let at = ranked
                .iter()
                .position(|r| priority(r).total_cmp(&priority(c)).is_lt())
                .unwrap_or(ranked.len());
            ranked.insert(at, *c);
        }
        ranked
    }
}

/// A dated copy of an assessment's inputs, to compare over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Unique within its assessment; chosen when it is taken.
    pub id: u32,
    /// When it was taken, as an ISO 8601 date (`2026-11-22`).
    pub date: String,
    /// A name the user gave, if any.
    #[serde(default)]
    pub name: String,
    /// The inputs as they were.
    pub answers: Answers,
}

/// One assessment with its history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    /// The current inputs.
    pub current: Answers,
    /// Saved snapshots, oldest first.
    pub snapshots: Vec<Snapshot>,
}

impl Assessment {
    /// Saves a snapshot of the current inputs, dated `date`, and returns its id.
    pub fn take_snapshot(&mut self, date: &str, name: &str) -> u32 {
        let id = self
            .snapshots
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(1, |m| m + 1);
        self.snapshots.push(Snapshot {
            id,
            date: date.to_owned(),
            name: name.trim().to_owned(),
            answers: self.current.clone(),
        });
        id
    }

    /// The snapshot with `id`.
    pub fn snapshot(&self, id: u32) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.id == id)
    }

    /// Where snapshot `id` stands, from 1, among the snapshots with its
    /// date and name, when another shares both (snapshots have no time of
    /// day, and lists and the comparison chart's legend must tell them
    /// apart); `None` when its date and name are its own.
    pub fn twin(&self, id: u32) -> Option<usize> {
        let s = self.snapshot(id)?;
        let twins: Vec<u32> = self
            .snapshots
            .iter()
            .filter(|o| o.date == s.date && o.name == s.name)
            .map(|o| o.id)
            .collect();
        if twins.len() < 2 {
            return None;
        }
        twins.iter().position(|&i| i == id).map(|p| p + 1)
    }

    /// Deletes the snapshot with `id`.
    pub fn delete_snapshot(&mut self, id: u32) {
        self.snapshots.retain(|s| s.id != id);
    }
}

/// The per-component change from one set of results to another: `later`
/// minus `earlier`, `None` where either has no score.
pub fn deltas(earlier: &Results, later: &Results) -> Vec<(Component, Option<f64>)> {
    earlier
        .components
        .iter()
        .zip(&later.components)
        .map(|(a, b)| (a.component, a.score.zip(b.score).map(|(x, y)| y - x)))
        .collect()
}
