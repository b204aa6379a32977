//! Everything the user has entered, as plain data: the ground state that
//! storage saves. Scores, verdicts and charts are never stored; they are
//! derived from this every time.

use super::assessment::Assessment;
use super::fit::FitCheck;
use serde::{Deserialize, Serialize};

/// All saved work of one browser.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// The user's preferences.
    pub settings: Settings,
    /// The readiness assessment with its snapshots.
    pub assessment: Assessment,
    /// The cultural-fit check between a supplier and its client.
    pub fit: FitCheck,
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

impl Workspace {
    /// The same work with the chosen language set.
    pub fn with_language(mut self, code: &str) -> Workspace {
        self.settings.language = Some(code.to_owned());
        self
    }
}
