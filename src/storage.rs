//! The only module that touches the browser's local storage.
//!
//! Saved work is one JSON envelope under one key:
//! `{"format":"rapport","version":1,"data":{…}}`. The version lets later
//! releases migrate older data and refuse newer data rather than overwrite
//! it. Every failure is a [`StorageError`] value, never a panic: a browser
//! may block storage (private modes, strict settings), fill it, or hand back
//! text a person or another program has edited.
//!
//! [`encode`] and [`decode`] are pure and tested on the host; [`Store`] is
//! the thin browser side, tested with wasm-bindgen-test.

use crate::model::assessment::Assessment;
use crate::model::fit::FitCheck;
use crate::model::scenario::Economics;
use crate::model::workshop::Participation;
use crate::model::workspace::{Engagement, Settings, Workspace, FIRST_ID};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The local-storage key of the envelope.
pub const KEY: &str = "rapport";

/// Where unreadable saved text is kept, so it is never silently lost.
pub const BACKUP_KEY: &str = "rapport.backup";

/// The envelope's `format` marker.
pub const FORMAT: &str = "rapport";

/// The schema version this build writes. Version 1 held one set of tools;
/// version 2 holds client engagements, each with its own.
pub const SCHEMA_VERSION: u32 = 2;

/// Why saved work could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no local storage (blocked, private mode, no window).
    Unavailable,
    /// The browser refused the write because storage is full.
    QuotaExceeded,
    /// The browser refused the write for another reason, given here.
    WriteFailed(String),
    /// The stored text is not a Rapport envelope this build can read; the
    /// reason is for developers, never shown as is.
    Corrupt(&'static str),
    /// The data was written by a newer version of Rapport (schema version
    /// given); it is left untouched.
    NewerVersion(u32),
    /// Some engagements could not be read (how many); the rest loaded, and
    /// the saved text is kept under [`BACKUP_KEY`].
    SetAside(usize),
    /// Another tab saved since this one last loaded or saved; nothing was
    /// written, so neither tab's work is lost.
    Conflict,
}

/// The stored and exported shape: a marker, a schema version and the data.
/// Read as `Envelope<&RawValue>`, `data` stays raw JSON text until the
/// version has been checked.
#[derive(Serialize, Deserialize)]
pub(crate) struct Envelope<T> {
    pub(crate) format: String,
    pub(crate) version: u32,
    /// Counts the saves of local storage, so a tab can tell that another
    /// saved since it last looked. Absent from exported files.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub(crate) revision: u64,
    pub(crate) data: T,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Version 1's data: one set of tools, no engagements.
#[derive(Default, Deserialize)]
#[serde(default)]
struct V1 {
    settings: Settings,
    assessment: Assessment,
    fit: FitCheck,
    economics: Economics,
}

/// Version 2's data as first read: each engagement left raw, so that one
/// bad record can be set aside while the rest load.
#[derive(Default, Deserialize)]
#[serde(default)]
struct V2<'a> {
    settings: Settings,
    #[serde(borrow)]
    engagements: Vec<&'a RawValue>,
    current: String,
    last_exported: Option<String>,
    participation: Option<Participation>,
}

/// What [`migrate`] read.
#[derive(Debug)]
pub struct Migrated {
    /// The work, at the current schema version.
    pub work: Workspace,
    /// How many engagements could not be read and were left out.
    pub set_aside: usize,
    /// Why the first of them could not be read, for a file's refusal.
    pub first_error: Option<serde_json::Error>,
    /// The migration steps applied: `v` stands for the step from version
    /// `v` to `v + 1`. Tests check that the fixtures exercise every step.
    pub steps: Vec<u32>,
}

/// The one place where data of an older schema version is brought to the
/// current one, for storage and for imported files alike. `data` is the
/// envelope's raw `data` text, of a version from 1 to [`SCHEMA_VERSION`].
/// Each step is exercised by a fixture in `tests/fixtures`.
pub fn migrate(version: u32, data: &str) -> Result<Migrated, serde_json::Error> {
    let mut steps = Vec::new();
    let mut first_error = None;
    let (mut work, set_aside) = if version <= 1 {
        // 1 → 2: the one set of tools becomes the first engagement.
        steps.push(1);
        let v1: V1 = serde_json::from_str(data)?;
        let work = Workspace {
            settings: v1.settings,
            engagements: vec![Engagement {
                id: FIRST_ID.to_owned(),
                assessment: v1.assessment,
                fit: v1.fit,
                economics: v1.economics,
                ..Engagement::default()
            }],
            current: FIRST_ID.to_owned(),
            last_exported: None,
            participation: None,
        };
        (work, 0)
    } else {
        let v2: V2 = serde_json::from_str(data)?;
        let mut engagements = Vec::new();
        let mut set_aside = 0;
        for raw in v2.engagements {
            match serde_json::from_str::<Engagement>(raw.get()) {
                Ok(e) => engagements.push(e),
                Err(e) => {
                    set_aside += 1;
                    first_error.get_or_insert(e);
                }
            }
        }
        let work = Workspace {
            settings: v2.settings,
            engagements,
            current: v2.current,
            last_exported: v2.last_exported,
            participation: v2.participation,
        };
        (work, set_aside)
    };
    work.normalize();
    Ok(Migrated {
        work,
        set_aside,
        first_error,
        steps,
    })
}

/// The envelope text for `work`, at save number `revision` (0 for a file).
pub fn encode(work: &Workspace, revision: u64) -> String {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: SCHEMA_VERSION,
        revision,
        data: work,
    };
    // Serialising plain structs of strings and numbers into a String cannot
    // fail; an empty object keeps the function total all the same.
    serde_json::to_string(&envelope).unwrap_or_else(|_| "{}".to_owned())
}

/// The work an envelope text holds, migrated to [`SCHEMA_VERSION`], with
/// its revision.
pub fn decode(raw: &str) -> Result<(Migrated, u64), StorageError> {
    // What this build wrote itself is read in one pass: its envelope starts
    // with the current version, so the data can be interpreted at once.
    // Anything else, or anything that fails, takes the careful path below.
    let current = format!(r#"{{"format":"{FORMAT}","version":{SCHEMA_VERSION},"#);
    if raw.starts_with(&current) {
        if let Ok(envelope) = serde_json::from_str::<Envelope<Workspace>>(raw) {
            let mut work = envelope.data;
            work.normalize();
            let migrated = Migrated {
                work,
                set_aside: 0,
                first_error: None,
                steps: Vec::new(),
            };
            return Ok((migrated, envelope.revision));
        }
    }
    // The envelope is read with `data` left as raw text, so the version can
    // be checked before the data is interpreted. Errors are classified, not
    // formatted: serde's messages would add their formatting code to every
    // download and help no user.
    let envelope: Envelope<&serde_json::value::RawValue> =
        serde_json::from_str(raw).map_err(|_| StorageError::Corrupt("not a JSON envelope"))?;
    if envelope.format != FORMAT {
        return Err(StorageError::Corrupt("not a Rapport envelope"));
    }
    match envelope.version {
        v if v > SCHEMA_VERSION => Err(StorageError::NewerVersion(v)),
        // serde would read an array as a struct's fields in order; saved
        // work is always an object, so anything else is damage.
        _ if !envelope.data.get().starts_with('{') => {
            Err(StorageError::Corrupt("data is not an object"))
        }
        0 => Err(StorageError::Corrupt("unknown schema version")),
        v => migrate(v, envelope.data.get())
            .map(|m| (m, envelope.revision))
            .map_err(|_| StorageError::Corrupt("data does not match the schema")),
    }
}

/// What [`Store::open`] found.
#[derive(Debug)]
pub struct Opened {
    /// The work to start with: what was saved, or a clean workspace.
    pub work: Workspace,
    /// The saved revision the work came from (0 when nothing was saved).
    pub revision: u64,
    /// Why the saved work could not be used, or not all of it. With
    /// [`StorageError::Corrupt`] and [`StorageError::SetAside`] the saved
    /// text is already under [`BACKUP_KEY`].
    pub problem: Option<StorageError>,
}

impl Opened {
    fn clean(problem: Option<StorageError>) -> Opened {
        Opened {
            work: Workspace::default(),
            revision: 0,
            problem,
        }
    }
}

/// The browser's local storage, as Rapport uses it.
#[derive(Clone, Copy, Debug)]
pub struct Store {
    /// False when the data on disk must not be overwritten (it comes from a
    /// newer version) or when there is no storage at all.
    writable: bool,
}

impl Store {
    /// Loads the saved work once, at start-up.
    pub fn open() -> (Store, Opened) {
        let Some(storage) = local_storage() else {
            return (
                Store { writable: false },
                Opened::clean(Some(StorageError::Unavailable)),
            );
        };
        let Ok(raw) = storage.get_item(KEY) else {
            return (
                Store { writable: false },
                Opened::clean(Some(StorageError::Unavailable)),
            );
        };
        let Some(raw) = raw else {
            return (Store { writable: true }, Opened::clean(None));
        };
        // Keeps the saved text before anything can overwrite it; an older
        // backup is kept rather than replaced.
        let keep = |raw: &str| {
            let has_backup = matches!(storage.get_item(BACKUP_KEY), Ok(Some(_)));
            has_backup || storage.set_item(BACKUP_KEY, raw).is_ok()
        };
        match decode(&raw) {
            Ok((migrated, revision)) => {
                let problem = (migrated.set_aside > 0).then(|| {
                    keep(&raw);
                    StorageError::SetAside(migrated.set_aside)
                });
                let opened = Opened {
                    work: migrated.work,
                    revision,
                    problem,
                };
                (Store { writable: true }, opened)
            }
            Err(StorageError::NewerVersion(v)) => (
                Store { writable: false },
                Opened::clean(Some(StorageError::NewerVersion(v))),
            ),
            Err(problem) => {
                let kept = keep(&raw);
                (Store { writable: kept }, Opened::clean(Some(problem)))
            }
        }
    }

    /// Saves `work` over the saved revision `known` and returns the new
    /// revision. If another tab has saved since (the stored revision is not
    /// `known`), nothing is written and the answer is
    /// [`StorageError::Conflict`].
    pub fn save(self, work: &Workspace, known: u64) -> Result<u64, StorageError> {
        if !self.writable {
            return Err(StorageError::Unavailable);
        }
        let storage = local_storage().ok_or(StorageError::Unavailable)?;
        let stored = stored_revision(&storage);
        if stored.is_some_and(|r| r != known) {
            return Err(StorageError::Conflict);
        }
        let revision = known + 1;
        storage
            .set_item(KEY, &encode(work, revision))
            .map_err(write_error)?;
        Ok(revision)
    }

    /// What is saved now, as another tab may have left it.
    pub fn load(self) -> Result<(Migrated, u64), StorageError> {
        let storage = local_storage().ok_or(StorageError::Unavailable)?;
        match storage.get_item(KEY) {
            Ok(Some(raw)) => decode(&raw),
            _ => Err(StorageError::Unavailable),
        }
    }

    /// The saved revision now, if anything readable is saved.
    pub fn revision(self) -> Option<u64> {
        local_storage().and_then(|s| stored_revision(&s))
    }

    /// The text kept under [`BACKUP_KEY`], to offer as a download.
    pub fn backup(self) -> Option<String> {
        local_storage().and_then(|s| s.get_item(BACKUP_KEY).ok().flatten())
    }
}

/// The revision of the envelope saved in `storage`, read without
/// interpreting its data.
fn stored_revision(storage: &web_sys::Storage) -> Option<u64> {
    let raw = storage.get_item(KEY).ok().flatten()?;
    let envelope: Envelope<&RawValue> = serde_json::from_str(&raw).ok()?;
    Some(envelope.revision)
}

/// The storage handle, or `None` where the browser blocks it. gloo's handle
/// throws when storage is blocked, so availability is asked of the window
/// first and gloo is used only once it is known to be safe.
fn local_storage() -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match window.local_storage() {
        Ok(Some(_)) => Some(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw()),
        _ => None,
    }
}

fn write_error(error: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match error.dyn_into::<web_sys::DomException>() {
        Ok(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::QuotaExceeded,
        Ok(e) => StorageError::WriteFailed(e.name()),
        Err(_) => StorageError::WriteFailed("unknown".to_owned()),
    }
}
