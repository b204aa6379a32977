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

use crate::model::workspace::Workspace;
use serde::{Deserialize, Serialize};

/// The local-storage key of the envelope.
pub const KEY: &str = "rapport";

/// Where unreadable saved text is kept, so it is never silently lost.
pub const BACKUP_KEY: &str = "rapport.backup";

/// The envelope's `format` marker.
pub const FORMAT: &str = "rapport";

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

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
}

/// The stored and exported shape: a marker, a schema version and the data.
/// Read as `Envelope<&RawValue>`, `data` stays raw JSON text until the
/// version has been checked.
#[derive(Serialize, Deserialize)]
pub(crate) struct Envelope<T> {
    pub(crate) format: String,
    pub(crate) version: u32,
    pub(crate) data: T,
}

/// The one place where data of an older schema version is brought to the
/// current one, for storage and for imported files alike. `data` is the
/// envelope's raw `data` text, of a version from 1 to [`SCHEMA_VERSION`].
pub(crate) fn migrate(version: u32, data: &str) -> Result<Workspace, serde_json::Error> {
    // Version 1 is the first schema: nothing to migrate yet. Each later
    // version adds a step here, exercised by its fixture in tests/fixtures.
    debug_assert!((1..=SCHEMA_VERSION).contains(&version));
    serde_json::from_str(data)
}

/// The envelope text for `work`.
pub fn encode(work: &Workspace) -> String {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: SCHEMA_VERSION,
        data: work,
    };
    // Serialising plain structs of strings and numbers into a String cannot
    // fail; an empty object keeps the function total all the same.
    serde_json::to_string(&envelope).unwrap_or_else(|_| "{}".to_owned())
}

/// The work an envelope text holds, migrated to [`SCHEMA_VERSION`].
pub fn decode(raw: &str) -> Result<Workspace, StorageError> {
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
            .map_err(|_| StorageError::Corrupt("data does not match the schema")),
    }
}

/// What [`Store::open`] found.
#[derive(Debug)]
pub struct Opened {
    /// The work to start with: what was saved, or a clean workspace.
    pub work: Workspace,
    /// Why the saved work could not be used, if it could not. With
    /// [`StorageError::Corrupt`] the raw text is already under [`BACKUP_KEY`].
    pub problem: Option<StorageError>,
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
            let opened = Opened {
                work: Workspace::default(),
                problem: Some(StorageError::Unavailable),
            };
            return (Store { writable: false }, opened);
        };
        let raw = match storage.get_item(KEY) {
            Ok(raw) => raw,
            Err(_) => {
                let opened = Opened {
                    work: Workspace::default(),
                    problem: Some(StorageError::Unavailable),
                };
                return (Store { writable: false }, opened);
            }
        };
        let Some(raw) = raw else {
            return (
                Store { writable: true },
                Opened {
                    work: Workspace::default(),
                    problem: None,
                },
            );
        };
        match decode(&raw) {
            Ok(work) => (
                Store { writable: true },
                Opened {
                    work,
                    problem: None,
                },
            ),
            Err(StorageError::NewerVersion(v)) => (
                Store { writable: false },
                Opened {
                    work: Workspace::default(),
                    problem: Some(StorageError::NewerVersion(v)),
                },
            ),
            Err(problem) => {
                // Keep the unreadable text before anything can overwrite it;
                // an older backup is kept rather than replaced.
                let has_backup = matches!(storage.get_item(BACKUP_KEY), Ok(Some(_)));
                let kept = has_backup || storage.set_item(BACKUP_KEY, &raw).is_ok();
                let opened = Opened {
                    work: Workspace::default(),
                    problem: Some(problem),
                };
                (Store { writable: kept }, opened)
            }
        }
    }

    /// Saves `work`, replacing what was saved.
    pub fn save(self, work: &Workspace) -> Result<(), StorageError> {
        if !self.writable {
            return Err(StorageError::Unavailable);
        }
        let storage = local_storage().ok_or(StorageError::Unavailable)?;
        storage.set_item(KEY, &encode(work)).map_err(write_error)
    }
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
