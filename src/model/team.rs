//! A workshop team's view of the readiness assessment: per component the
//! spread of the respondents' scores, and the statements the team disagrees
//! on most, which are the best points to discuss.

use super::assessment::{Answer, Answers, Item};
use super::components::Component;
use std::sync::Arc;

/// One respondent's contribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Respondent {
    /// The role index (0 for none).
    pub role: u8,
    /// Their answers, shared: a team view is recomputed on every change
    /// and copies no answers.
    pub answers: Arc<Sheet>,
    /// Whether the consultant counts them (they can be excluded and back).
    pub included: bool,
}

/// A respondent's answers with what the team view reads of them worked
/// out once, when the result is read: the answer to each statement by
/// position and the score of each component. Leaving one respondent out
/// of 200 then recomputes the team's statistics without looking a single
/// answer up by its key again.
#[derive(Clone, Debug)]
pub struct Sheet {
    answers: Answers,
    /// Per component (in [`Component::ALL`]'s order), the answer to each
    /// of its statements by index.
    by_item: Vec<Vec<Option<Answer>>>,
    /// Per component, its score (0–100), `None` where no level was given.
    scores: Vec<Option<f64>>,
    /// How many statements were answered (a level or "don't know").
    answered: usize,
}

impl Sheet {
    /// The sheet of `answers`.
    pub fn new(answers: Answers) -> Sheet {
        let by_item: Vec<Vec<Option<Answer>>> = Component::ALL
            .into_iter()
            .map(|c| Item::of(c).map(|item| answers.answer(item)).collect())
            .collect();
        let scores = answers
            .results()
            .components
            .iter()
            .map(|c| c.score)
            .collect();
        let answered = by_item.iter().flatten().filter(|a| a.is_some()).count();
        Sheet {
            answers,
            by_item,
            scores,
            answered,
        }
    }

    /// How many statements were answered, as [`Answers::answered_count`]
    /// (which this shadows) counted once: the list of respondents shows it
    /// for each of them after every change.
    pub fn answered_count(&self) -> usize {
        self.answered
    }

    /// The answers to every statement of each component, in
    /// [`Component::ALL`]'s order, each by index.
    pub fn by_component(&self) -> &[Vec<Option<Answer>>] {
        &self.by_item
    }

    /// The answer given to `item`, if any (as [`Answers::answer`], by
    /// position instead of by key).
    pub fn answer(&self, item: Item) -> Option<Answer> {
        self.by_item
            .get(item.component.position())?
            .get(item.index)
            .copied()
            .flatten()
    }

    /// The score of each component, in [`Component::ALL`]'s order.
    pub fn scores(&self) -> &[Option<f64>] {
        &self.scores
    }
}

/// Two sheets are equal when their answers are: the rest follows from them.
impl PartialEq for Sheet {
    fn eq(&self, other: &Sheet) -> bool {
        self.answers == other.answers
    }
}

impl std::ops::Deref for Sheet {
    type Target = Answers;
    fn deref(&self) -> &Answers {
        &self.answers
    }
}

impl From<Answers> for Arc<Sheet> {
    fn from(answers: Answers) -> Arc<Sheet> {
        Arc::new(Sheet::new(answers))
    }
}

/// Summary statistics of a set of values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    /// How many values.
    pub count: usize,
    /// Their mean.
    pub mean: f64,
    /// Their median (the mean of the middle two for an even count).
    pub median: f64,
    /// The smallest.
    pub min: f64,
    /// The largest.
    pub max: f64,
    /// The population standard deviation: how far values lie from the mean.
    pub spread: f64,
}

impl Stats {
    /// The statistics of `values`, or `None` for no values. Values that are
    /// not finite are left out.
    pub fn of(values: &[f64]) -> Option<Stats> {
        let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
        if v.is_empty() {
            return None;
        }
        // Values equal by `total_cmp` are the same bits, so any sort gives
        // this order, and the sums below the same bits.
        sort_floats(&mut v);
        let n = v.len() as f64;
        let mean = v.iter().sum::<f64>() / n;
        let middle = v.len() / 2;
        let median = if v.len() % 2 == 0 {
            (v[middle - 1] + v[middle]) / 2.0
        } else {
            v[middle]
        };
        let spread = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
        Some(Stats {
            count: v.len(),
            mean,
            median,
            min: v[0],
            max: v[v.len() - 1],
            spread,
        })
    }

    /// The statistics of levels 1–5 given `counts[k − 1]` times each, or
    /// `None` when none was given: exactly [`Stats::of`] the levels listed
    /// one by one (the sums run over the same values in the same order),
    /// without listing or sorting them: the team view takes them for 40
    /// statements of 200 respondents after every change.
    pub fn of_levels(counts: [usize; 5]) -> Option<Stats> {
        let total: usize = counts.iter().sum();
        if total == 0 {
            return None;
        }
        // The levels in ascending order, as `of` sorts them.
        let values = || {
            (1..=5u8)
                .zip(counts)
                .flat_map(|(level, n)| std::iter::repeat_n(f64::from(level), n))
        };
        let n = total as f64;
        let mean = values().sum::<f64>() / n;
        let nth = |i: usize| values().nth(i).unwrap_or(mean);
        let middle = total / 2;
        let median = if total % 2 == 0 {
            (nth(middle - 1) + nth(middle)) / 2.0
        } else {
            nth(middle)
        };
        let spread = (values().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
        let given = |k: usize| f64::from(k as u8 + 1);
        Some(Stats {
            count: total,
            mean,
            median,
            min: counts.iter().position(|&c| c > 0).map_or(mean, given),
            max: counts.iter().rposition(|&c| c > 0).map_or(mean, given),
            spread,
        })
    }

    /// `max − min`.
    pub fn range(&self) -> f64 {
        self.max - self.min
    }
}

/// How the team answered one statement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemView {
    /// The statement.
    pub item: Item,
    /// Statistics of the levels given (1–5), if any.
    pub levels: Option<Stats>,
    /// How many answered "don't know".
    pub dont_know: usize,
}

/// The team's results.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamView {
    /// Respondents counted.
    pub respondents: usize,
    /// "Don't know" answers over all statements.
    pub dont_know: usize,
    /// Per component, statistics of the respondents' component scores.
    pub components: Vec<(Component, Option<Stats>)>,
    /// Every statement, most disagreement first (largest spread, then
    /// largest range, then the bank's order).
    pub disagreement: Vec<ItemView>,
}

/// The team's view of the included respondents.
pub fn team_view(respondents: &[Respondent]) -> TeamView {
    let counted: Vec<&Respondent> = respondents.iter().filter(|r| r.included).collect();
    let components = Component::ALL
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let scores: Vec<f64> = counted
                .iter()
                .filter_map(|r| r.answers.scores().get(i).copied().flatten())
                .collect();
            (c, Stats::of(&scores))
        })
        .collect();
    // Statement by statement, by position (as `Item::all` orders them):
    // 200 respondents × 40 statements are read without a lookup.
    let items = Component::ALL
        .into_iter()
        .enumerate()
        .flat_map(|(ci, component)| Item::of(component).map(move |item| (ci, item)))
        .map(|(ci, item)| {
            let mut levels = [0usize; 5];
            let mut dont_know = 0;
            for r in &counted {
                let given = r
                    .answers
                    .by_component()
                    .get(ci)
                    .and_then(|answers| answers.get(item.index))
                    .copied()
                    .flatten();
                match given {
                    Some(Answer::Level(l)) => {
                        let slot = usize::from(l.get()).checked_sub(1);
                        if let Some(n) = slot.and_then(|k| levels.get_mut(k)) {
                            *n += 1;
                        }
                    }
                    Some(Answer::DontKnow) => dont_know += 1,
                    None => {}
                }
            }
            ItemView {
                item,
                levels: Stats::of_levels(levels),
                dont_know,
            }
        });
    let key = |v: &ItemView| v.levels.map_or((0.0, 0.0), |s| (s.spread, s.range()));
    // Most spread first, then widest range: each statement is put after
    // those it ties with, so the bank's order holds among equals, as a
    // stable sort would keep it (whose code would add to the download).
    let mut disagreement: Vec<ItemView> = Vec::with_capacity(Item::all().count());
    for item in items {
        let (spread, range) = key(&item);
        let at = disagreement.partition_point(|v| {
            let (s, r) = key(v);
            s.total_cmp(&spread).then(r.total_cmp(&range)).is_ge()
        });
        disagreement.insert(at, item);
    }
    TeamView {
        respondents: counted.len(),
        dont_know: disagreement.iter().map(|v| v.dont_know).sum(),
        components,
        disagreement,
    }
}

/// One role's mean score per component (`None` where nobody scored it).
pub type RoleMeans = (u8, Vec<(Component, Option<f64>)>);

/// Per role, the mean component scores of that role's included respondents
/// (roles with nobody counted are left out), in role order.
pub fn by_role(respondents: &[Respondent]) -> Vec<RoleMeans> {
    // Each counted respondent's component scores, computed once; a role's
    // mean needs nothing else (no per-statement statistics).
    let scored: Vec<(u8, Vec<Option<f64>>)> = respondents
        .iter()
        .filter(|r| r.included)
        .map(|r| (r.role, r.answers.scores().to_vec()))
        .collect();
    let roles = distinct(scored.iter().map(|(role, _)| *role));
    roles
        .into_iter()
        .map(|role| {
            let means = Component::ALL
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let scores: Vec<f64> = scored
                        .iter()
                        .filter(|(r, _)| *r == role)
                        .filter_map(|(_, s)| s.get(i).copied().flatten())
                        .collect();
                    (c, Stats::of(&scores).map(|s| s.mean))
                })
                .collect();
            (role, means)
        })
        .collect()
}

/// How the counted respondents answered one statement: how many gave each
/// level, and how many "don't know" (for the presenter's disputed
/// statements, where a mean hides a split room).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spread {
    /// How many answered 1, 2, 3, 4 and 5.
    pub levels: [usize; 5],
    /// How many answered "don't know".
    pub dont_know: usize,
}

impl Spread {
    /// How many answered at all (a level or "don't know").
    pub fn answered(&self) -> usize {
        self.levels.iter().sum::<usize>() + self.dont_know
    }

    /// The largest single count, for scaling bars (at least 1).
    pub fn peak(&self) -> usize {
        self.levels
            .iter()
            .copied()
            .chain([self.dont_know])
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// The spread of answers to each of `items`, in their order, over the
/// included respondents: one pass over the respondents for all items.
pub fn spreads(respondents: &[Respondent], items: &[Item]) -> Vec<Spread> {
    let mut out = vec![Spread::default(); items.len()];
    for r in respondents.iter().filter(|r| r.included) {
        for (item, spread) in items.iter().zip(out.iter_mut()) {
            match r.answers.answer(*item) {
                Some(Answer::Level(l)) => spread.levels[usize::from(l.get() - 1)] += 1,
                Some(Answer::DontKnow) => spread.dont_know += 1,
                None => {}
            }
        }
    }
    out
}

/// The distinct `roles`, in ascending order: each put in its place as it
/// comes (a workshop has a few roles; a slice sort would add its code to
/// the download).
pub fn distinct(roles: impl IntoIterator<Item = u8>) -> Vec<u8> {
    let mut seen: Vec<u8> = Vec::new();
    for role in roles {
        if let Err(at) = seen.binary_search(&role) {
            seen.insert(at, role);
        }
    }
    seen
}

/// Sorts `v` in ascending order by `total_cmp`, in place: a heapsort, a
/// few hundred bytes of code where the slice sorts would add 5 KB to the
/// team views' download, and O(n log n), as the team view is redrawn on
/// every change (putting each value in its place took 40 % longer).
fn sort_floats(v: &mut [f64]) {
    /// Moves `v[root]` down the heap of `v[..end]` to its place.
    fn sift(v: &mut [f64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child].total_cmp(&v[child + 1]).is_lt() {
                child += 1;
            }
            if v[root].total_cmp(&v[child]).is_ge() {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    // Every position from the last, leaves too (sifting one does nothing),
    // makes the slice a heap.
    let n = v.len();
    for root in (0..n).rev() {
        sift(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}
