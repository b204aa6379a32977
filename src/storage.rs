//! The only module that touches the browser's local storage.
//!
//! Saved work is one JSON envelope under one key:
//! `{"format":"rapport","version":5,"revision":12,"data":{…}}`. The
//! version lets later releases migrate older data and refuse newer data
//! rather than overwrite it. Every failure is a [`StorageError`] value, never a panic: a browser
//! may block storage (private modes, strict settings), fill it, or hand back
//! text a person or another program has edited.
//!
//! [`encode`] and [`decode`] are pure and tested on the host. [`Store`]
//! decides what may be written (never over newer or unreadable data, never
//! over another tab's save) over a [`Backend`]: [`LocalStorage`] in the
//! browser, [`Memory`] in the host tests, so its rules are tested on the
//! host and the browser side stays a thin pair of calls.

use crate::model::assessment::Assessment;
use crate::model::fit::FitCheck;
use crate::model::scenario::Economics;
use crate::model::stored::Stored;
use crate::model::workshop::{EarlyAnswers, Participation};
use crate::model::workspace::{Engagement, Settings, Workspace, FIRST_ID};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The local-storage key of the envelope.
pub const KEY: &str = "rapport";

/// Where unreadable saved text is kept, so it is never silently lost.
pub const BACKUP_KEY: &str = "rapport.backup";

/// The envelope's `format` marker.
pub const FORMAT: &str = "rapport";

/// The schema version this build writes. Version 1 held one set of tools;
/// version 2 holds client engagements, each with its own; version 3 writes
/// an answer as one number (`4`, and `0` for "don't know") where version 2
/// wrote `{"level":4}` and `"dont_know"`. A release of version 2 cannot
/// read that, so it must see a newer version and leave the data alone.
/// Version 4 adds each engagement's report choices (`report`) and its
/// key-account portfolio (`accounts`), which a release of version 3 would
/// drop on its next save.
/// Version 5 gives each fit party two OCAI profiles, now and preferred,
/// with cells that may be empty or hold decimals (`"ocai":{"now":[[…]]}`);
/// version 4 had one split of whole points per party (`"ocai":{"aspects":…}`),
/// which becomes the "now" profile (`ocai_now_from_v4`).
/// It also adds to each workshop its creation day (`created`) and closing
/// day (`closes`), and to each engagement the workshop open
/// (`open_workshop`), which a release of version 4 would drop, reopening a
/// closed workshop.
pub const SCHEMA_VERSION: u32 = 5;

/// How every envelope this build writes begins (its fields in order: the
/// format, then the version). Text that begins so is read in one pass, and
/// a join link's page may keep its part of it (see [`part_will_do`]).
/// A host test checks it against [`encode`] and [`SCHEMA_VERSION`].
pub const CURRENT_PREFIX: &str = r#"{"format":"rapport","version":5,"#;

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
    /// While saving, the stored text turned out unreadable (another tab, an
    /// extension or a damaged write left it); it was kept as a backup and
    /// this tab's work saved. Not a failure, but the user must know.
    KeptUnreadable,
    /// A view found a tool's saved data unreadable (`model::stored`): it is
    /// saved back as it was, and a copy of the saved work was kept as a
    /// backup before a change to that tool can replace it.
    ToolUnreadable,
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
    assessment: Stored<Assessment>,
    fit: Stored<FitCheck>,
    economics: Stored<Economics>,
}

/// The data of version 2 and later as first read (versions 3 and 4 have the same
/// shape): each engagement left raw, so that one bad record can be set
/// aside while the rest load.
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
    if version >= SCHEMA_VERSION {
        return read_current(data);
    }
    let mut steps = Vec::new();
    let (mut work, set_aside, first_error) = if version <= 1 {
        // 1 → 2: the one set of tools becomes the first engagement.
        steps.push(1);
        let mut root: serde_json::Value = serde_json::from_str(data)?;
        ocai_now_from_v4(&mut root);
        let v1: V1 = from_changed(&root)?;
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
        (work, 0, None)
    } else {
        read_each(data, engagement_v4)?
    };
    if version <= 2 {
        // 2 → 3: answers are now written as one number, but both spellings
        // read the same `Answer`, so the data needs no change. The step is
        // recorded all the same, so the fixtures prove that version 2 data
        // still reads now that it is no longer what this build writes.
        steps.push(2);
    }
    if version <= 3 {
        // 3 → 4: each engagement gains its report choices and its
        // key-account portfolio; an engagement read without them has the
        // defaults (serde's `default`), so the data needs no change.
        // Recorded so the v3 fixtures prove it.
        steps.push(3);
    }
    if version <= 4 {
        // 4 → 5: done on each engagement as it was read, above
        // (`ocai_now_from_v4`); recorded so the v4 fixtures prove it.
        steps.push(4);
        workshops_v5(&mut work);
    }
    // What older releases wrote for a tool never used reads as its default
    // but may differ in its text; this build compares blank engagements by
    // their text (`Engagement::is_blank`).
    work.engagements
        .iter_mut()
        .for_each(Engagement::forget_defaults);
    work.normalize();
    Ok(Migrated {
        work,
        set_aside,
        first_error,
        steps,
    })
}

/// Data of the current version read engagement by engagement, so that one
/// that does not read is set aside while the rest load: what [`decode`]
/// does when reading the whole at once failed. No step is taken.
fn read_current(data: &str) -> Result<Migrated, serde_json::Error> {
    let (mut work, set_aside, first_error) = read_each(data, |raw| serde_json::from_str(raw))?;
    work.normalize();
    Ok(Migrated {
        work,
        set_aside,
        first_error,
        steps: Vec::new(),
    })
}

/// Data of version 2 or later, each engagement read by `read`; how many did
/// not read, and why the first did not.
fn read_each(
    data: &str,
    read: fn(&str) -> Result<Engagement, serde_json::Error>,
) -> Result<(Workspace, usize, Option<serde_json::Error>), serde_json::Error> {
    let v2: V2 = serde_json::from_str(data)?;
    let mut engagements = Vec::new();
    let mut set_aside = 0;
    let mut first_error = None;
    for raw in v2.engagements {
        match read(raw.get()) {
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
    Ok((work, set_aside, first_error))
}

/// The function that brings data of an older schema version up to date:
/// [`migrate`].
pub type Migrate = fn(u32, &str) -> Result<Migrated, serde_json::Error>;

/// [`migrate`] in the split browser build, once its chunk has come
/// (`ui::chunks::load_migration`, which the app awaits before it opens
/// saved work that may need it): the steps from older versions and the
/// JSON trees they edit stay out of the download of every view.
#[cfg(feature = "split")]
static MIGRATION: std::sync::OnceLock<Migrate> = std::sync::OnceLock::new();

/// Hands storage [`migrate`], from the chunk that holds it.
#[cfg(feature = "split")]
pub fn set_migration(migrate: Migrate) {
    let _ = MIGRATION.set(migrate);
}

/// [`migrate`], if it is here: always, except in the split browser build
/// before its chunk has come.
fn migration() -> Option<Migrate> {
    #[cfg(feature = "split")]
    return MIGRATION.get().copied();
    #[cfg(not(feature = "split"))]
    Some(migrate)
}

/// Whether the saved work in this browser may need [`migrate`] to be
/// opened: anything saved that is not this build's version's envelope, by
/// its first bytes (see [`part_will_do`]). Older data needs it; damaged or
/// newer text is then refused as it would be anyway.
pub fn stored_may_need_migration() -> bool {
    // Only the first bytes decide, so only they are copied out of the
    // browser: the whole text (hundreds of KB with thousands of customers)
    // is copied once, when the store is opened just after.
    let head = saved_text(KEY)
        .ok()
        .flatten()
        .map(|text| String::from(text.slice(0, CURRENT_PREFIX.len() as u32)));
    !part_will_do(head.as_deref())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `localStorage.getItem`, its text left in the browser (web-sys's
    /// copies it into the module's memory); a storage the page may not use
    /// throws, and is an error here.
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn saved_text(key: &str) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;
}

/// One engagement of version 4 or older, with step 4 → 5 done on its
/// `fit` alone: the rest of its text (the accounts' thousands of customers
/// among them) is read once, as the current version's is, never built as
/// a JSON tree to be read again.
fn engagement_v4(raw: &str) -> Result<Engagement, serde_json::Error> {
    /// Where an engagement's `fit` is in its text; the rest is skipped.
    #[derive(Deserialize)]
    struct Fit<'a> {
        #[serde(borrow, default)]
        fit: Option<&'a RawValue>,
    }
    // No `fit`, or text that is no engagement: read as it is, so that what
    // cannot be read is refused for the same reason as in any version.
    let Ok(Fit { fit: Some(fit) }) = serde_json::from_str::<Fit>(raw) else {
        return serde_json::from_str(raw);
    };
    let mut value: serde_json::Value = serde_json::from_str(fit.get())?;
    ocai_now_in_fit(&mut value);
    // The raw value borrows from `raw`: its place there is its offset.
    let start = fit.get().as_ptr() as usize - raw.as_ptr() as usize;
    let end = start + fit.get().len();
    let mut text = String::with_capacity(raw.len() + 64);
    text.push_str(raw.get(..start).unwrap_or_default());
    text.push_str(&value.to_string());
    text.push_str(raw.get(end..).unwrap_or_default());
    serde_json::from_str(&text)
}

/// Reads data a step changed as JSON. It goes back through text rather
/// than `serde_json::from_value`: reading from a `Value` is a second copy of
/// every model type's reader in the download, for data only older releases
/// wrote and only once; reading text is the path current data takes anyway.
fn from_changed<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
) -> Result<T, serde_json::Error> {
    serde_json::from_str(&value.to_string())
}

/// Step 4 → 5 on one engagement (or version 1's data, which holds `fit`
/// the same way), as JSON before it is read: each party's single OCAI split
/// `"ocai":{"aspects":[…]}` becomes its "now" profile `"ocai":{"now":[…]}`,
/// the points as they were; its "preferred" profile starts empty. The one
/// exception is the split every release before version 5 started with and
/// saved untouched, 25 points everywhere: it was never entered, so it
/// becomes an empty profile rather than a "now" nobody chose. A party
/// stored without a split starts with both profiles empty. Anything
/// unexpected is left as it is for the reader to accept or refuse.
fn ocai_now_from_v4(engagement: &mut serde_json::Value) {
    if let Some(fit) = engagement.get_mut("fit") {
        ocai_now_in_fit(fit);
    }
}

/// [`ocai_now_from_v4`] on an engagement's `fit`.
fn ocai_now_in_fit(fit: &mut serde_json::Value) {
    for side in ["supplier", "client"] {
        let Some(ocai) = fit
            .get_mut(side)
            .and_then(|party| party.get_mut("ocai"))
            .and_then(serde_json::Value::as_object_mut)
        else {
            continue;
        };
        if let Some(aspects) = ocai.remove("aspects") {
            let untouched = aspects.as_array().is_some_and(|rows| {
                rows.len() == 6
                    && rows.iter().all(|row| {
                        row.as_array().is_some_and(|cells| {
                            cells.len() == 4 && cells.iter().all(|c| c.as_u64() == Some(25))
                        })
                    })
            });
            if !untouched {
                ocai.insert("now".to_owned(), aspects);
            }
        }
    }
}

/// 4 → 5: a workshop gains its creation and closing days and an engagement
/// its open workshop. Workshops read without them are open, undated, and
/// the first is open (serde's `default`), which is what a version 4 release
/// showed; so the data needs no change, and the step is recorded so the v4
/// fixtures prove it. Kept apart so a later step can join it unchanged.
fn workshops_v5(_work: &mut Workspace) {}

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
    if raw.starts_with(CURRENT_PREFIX) {
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
        v => {
            let read = if v == SCHEMA_VERSION {
                read_current(envelope.data.get())
            } else {
                // Older data: the app fetched the migration before it
                // opened the store. Met later (a tab of an older release
                // saved since), it is text this build cannot read now: kept
                // as a backup before anything is written over it.
                let Some(migrate) = migration() else {
                    return Err(StorageError::Corrupt("older data, its migration not here"));
                };
                migrate(v, envelope.data.get())
            };
            read.map(|m| (m, envelope.revision))
                .map_err(|_| StorageError::Corrupt("data does not match the schema"))
        }
    }
}

/// What a join link's page reads of the saved work: the settings and this
/// device's participation. The rest is never read there, and never written:
/// [`Store::save_part_after`] puts these two back into the stored data as
/// it finds it.
#[derive(Default, Deserialize)]
#[serde(default)]
struct PartIn {
    settings: Settings,
    participation: Option<Participation>,
}

/// Whether a join link's page may keep its work in the saved text `raw`
/// by its part alone ([`Store::open_part`]): when nothing is saved yet, or
/// when the text is an envelope of this build's version. Older data must
/// be migrated, and unreadable or newer text handled by the rules of
/// [`Store::open`]: that is the whole app's work, so such a device gets it.
/// Checked before the app's code is fetched, by the page's loader (the
/// same test in `src/wasm.mjs`, with [`CURRENT_PREFIX`] read from here), so
/// by its first bytes only; anything that begins well and still cannot be
/// read is kept as a backup by [`Store::open_part`] like any unreadable text.
pub fn part_will_do(raw: Option<&str>) -> bool {
    raw.is_none_or(|raw| raw.starts_with(CURRENT_PREFIX))
}

/// The settings and participation an envelope text holds, with its
/// revision; only an envelope of this build's version will do.
fn read_part(raw: &str) -> Result<(Workspace, u64), StorageError> {
    let envelope = current_envelope(raw)?;
    let part: PartIn = serde_json::from_str(envelope.data.get())
        .map_err(|_| StorageError::Corrupt("data does not match the schema"))?;
    let work = Workspace {
        settings: part.settings,
        participation: part.participation,
        ..Workspace::default()
    };
    Ok((work, envelope.revision))
}

/// The stored data's top-level fields, each as raw text, with the
/// envelope's revision: what [`Store::save_part_after`] writes its part
/// into, leaving every other field exactly as it was.
fn read_fields(raw: &str) -> Result<(BTreeMap<String, Box<RawValue>>, u64), StorageError> {
    let envelope = current_envelope(raw)?;
    let fields = serde_json::from_str(envelope.data.get())
        .map_err(|_| StorageError::Corrupt("data is not an object"))?;
    Ok((fields, envelope.revision))
}

/// The envelope of `raw` with its data left raw, if it is this build's
/// format and version and its data an object.
fn current_envelope(raw: &str) -> Result<Envelope<&RawValue>, StorageError> {
    let envelope: Envelope<&RawValue> =
        serde_json::from_str(raw).map_err(|_| StorageError::Corrupt("not a JSON envelope"))?;
    if envelope.format != FORMAT {
        return Err(StorageError::Corrupt("not a Rapport envelope"));
    }
    match envelope.version {
        v if v > SCHEMA_VERSION => Err(StorageError::NewerVersion(v)),
        // serde would read an array as a struct's fields in order (see
        // `decode`); older data is the whole app's to migrate.
        SCHEMA_VERSION if envelope.data.get().starts_with('{') => Ok(envelope),
        _ => Err(StorageError::Corrupt("not this version's data object")),
    }
}

/// What a page keeps of the saved work. [`Whole`] is every page's but a
/// join link's; [`Part`] is a join link's page, which reads and writes the
/// settings and the participation only. Saving (`ui/saving.rs`) is written
/// once over this trait; each page's download then holds the reader and
/// writer of its own scope only, and a participant's none of the
/// consultant's work.
pub trait Scope: Copy + Send + Sync + 'static {
    /// [`Store::save_after`] or [`Store::save_part_after`].
    fn save_after<B: Backend>(
        self,
        store: &Store<B>,
        work: &Workspace,
        known: u64,
        last: Option<&Saved>,
    ) -> Result<Saved, StorageError>;
    /// [`Store::load`] or [`Store::load_part`].
    fn load<B: Backend>(self, store: &Store<B>) -> Result<(Migrated, u64), StorageError>;
}

/// All of the saved work.
#[derive(Clone, Copy, Debug)]
pub struct Whole;

/// A participant's part of the saved work (see [`Scope`]).
#[derive(Clone, Copy, Debug)]
pub struct Part;

impl Scope for Whole {
    fn save_after<B: Backend>(
        self,
        store: &Store<B>,
        work: &Workspace,
        known: u64,
        last: Option<&Saved>,
    ) -> Result<Saved, StorageError> {
        store.save_after(work, known, last)
    }
    fn load<B: Backend>(self, store: &Store<B>) -> Result<(Migrated, u64), StorageError> {
        store.load()
    }
}

impl Scope for Part {
    fn save_after<B: Backend>(
        self,
        store: &Store<B>,
        work: &Workspace,
        known: u64,
        _last: Option<&Saved>,
    ) -> Result<Saved, StorageError> {
        store.save_part_after(work, known)
    }
    fn load<B: Backend>(self, store: &Store<B>) -> Result<(Migrated, u64), StorageError> {
        store.load_part()
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
    /// text is already kept as a backup (see [`Store::backup`]).
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

/// What a successful [`Store::save`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The revision now saved.
    pub revision: u64,
    /// True when the text it replaced could not be read and was first kept
    /// as a backup; the user should be told and offered the copy.
    pub kept_copy: bool,
    /// The text written, so that the next save can tell it is still there
    /// (see [`Store::save_after`]).
    pub text: String,
}

/// Where saved text lives: the browser's local storage in the app, a map in
/// the host tests. Every decision about what may be written is made by
/// [`Store`] over this trait, so the rules are tested without a browser.
pub trait Backend {
    /// The text under `key`, `None` when there is none, or why it cannot be
    /// read at all.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Writes `value` under `key`, or says why the browser refused.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
}

/// The browser's local storage.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStorage;

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        local_storage()
            .ok_or(StorageError::Unavailable)?
            .get_item(key)
            .map_err(|_| StorageError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        local_storage()
            .ok_or(StorageError::Unavailable)?
            .set_item(key, value)
            .map_err(write_error)
    }
}

/// Storage in memory, shared by its clones as one browser's local storage
/// is shared by its tabs; with a quota, writes that would exceed it are
/// refused as a full browser refuses them. For tests of the storage rules.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    map: Rc<RefCell<BTreeMap<String, String>>>,
    quota: Rc<Cell<Option<usize>>>,
}

impl Memory {
    /// Empty storage with no quota.
    pub fn new() -> Memory {
        Memory::default()
    }

    /// Limits the total length of keys and values to `bytes` (`None`: no
    /// limit), as a browser's quota does.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.quota.set(bytes);
    }

    /// Writes behind the app's back, as another program or an older or
    /// newer release would.
    pub fn put(&self, key: &str, value: &str) {
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
    }

    /// What is stored under `key`.
    pub fn peek(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }

    /// Every key and value, for comparing whole states.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }
}

impl Backend for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.peek(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota.get() {
            let map = self.map.borrow();
            let others: usize = map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.put(key, value);
        Ok(())
    }
}

/// Saved work in a [`Backend`], with the rules that keep it safe:
/// - nothing is written over a store whose schema version is newer than
///   this build's ([`StorageError::NewerVersion`]);
/// - nothing is written over another tab's save this tab has not seen
///   ([`StorageError::Conflict`]);
/// - text this build cannot read, wholly or in part, is kept as a backup
///   before anything is written over it, and if it cannot be kept nothing
///   is written.
#[derive(Clone, Copy, Debug, Default)]
pub struct Store<B: Backend = LocalStorage> {
    backend: B,
}

impl Store {
    /// Loads the saved work from the browser's local storage once, at
    /// start-up.
    pub fn open() -> (Store, Opened) {
        Store::open_in(LocalStorage)
    }

    /// [`Store::open_part_in`] the browser's local storage: a join link's
    /// page, at start-up.
    pub fn open_part() -> (Store, Opened) {
        Store::open_part_in(LocalStorage)
    }
}

/// `value` as raw JSON text, to be written as one field of the data.
fn raw_json<T: Serialize>(value: &T) -> Option<Box<RawValue>> {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| RawValue::from_string(text).ok())
}

impl<B: Backend> Store<B> {
    /// Loads the saved work from `backend`, keeping a copy of any text that
    /// cannot be read before the app could write over it.
    pub fn open_in(backend: B) -> (Store<B>, Opened) {
        let store = Store { backend };
        let raw = match store.backend.get(KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (store, Opened::clean(None)),
            Err(_) => return (store, Opened::clean(Some(StorageError::Unavailable))),
        };
        let opened = match decode(&raw) {
            Ok((migrated, revision)) => {
                let problem = (migrated.set_aside > 0).then(|| {
                    // Saving refuses later if the copy cannot be kept now.
                    let _ = store.keep_copy(&raw);
                    StorageError::SetAside(migrated.set_aside)
                });
                Opened {
                    work: migrated.work,
                    revision,
                    problem,
                }
            }
            Err(problem) => store.refused(&raw, problem),
        };
        (store, opened)
    }

    /// What opening gives for stored text it refused: a clean start with
    /// the reason. Text of a newer release is left as it is (that release
    /// reads it); anything else is kept as a backup first, as far as it can
    /// be (saving refuses later if it could not).
    fn refused(&self, raw: &str, problem: StorageError) -> Opened {
        if !matches!(problem, StorageError::NewerVersion(_)) {
            let _ = self.keep_copy(raw);
        }
        Opened::clean(Some(problem))
    }

    /// Saves `work` over the saved revision `known` and returns the new
    /// revision. Nothing is written when another tab has saved since
    /// ([`StorageError::Conflict`]), when the stored data is of a newer
    /// schema version ([`StorageError::NewerVersion`]), or when stored text
    /// this build cannot read could not first be kept as a backup.
    pub fn save(&self, work: &Workspace, known: u64) -> Result<Saved, StorageError> {
        self.save_after(work, known, None)
    }

    /// [`Store::save`], told what this tab's last save wrote. Stored text
    /// equal to it is this build's own and readable, so it is not read
    /// again: with 5,000 customers, reading it back would cost more than
    /// writing. Anything else stored takes every check of a first save.
    pub fn save_after(
        &self,
        work: &Workspace,
        known: u64,
        last: Option<&Saved>,
    ) -> Result<Saved, StorageError> {
        let mut kept_copy = false;
        if let Some(raw) = self.backend.get(KEY)? {
            match last {
                // The text holds its revision, so equal text is that save's.
                Some(last) if last.text == raw => {
                    if last.revision != known {
                        return Err(StorageError::Conflict);
                    }
                }
                _ => kept_copy = self.check_before_writing(&raw, known)?,
            }
            // A tool's data that a view found unreadable (`model::stored`)
            // is still in the stored text, saved back as it was; a copy is
            // kept before a change to that tool can write over it.
            let unreadable: usize = work
                .engagements
                .iter()
                .map(Engagement::unreadable_untold)
                .sum();
            if unreadable > 0 {
                kept_copy |= self.keep_copy(&raw)?;
                work.engagements
                    .iter()
                    .for_each(Engagement::tell_unreadable);
            }
        }
        let revision = known + 1;
        let text = encode(work, revision);
        self.backend.set(KEY, &text)?;
        Ok(Saved {
            revision,
            kept_copy,
            text,
        })
    }

    /// Whether stored text `raw` may be written over by a tab that knows
    /// revision `known`: refused when it is another tab's newer save or a
    /// newer release's; kept first as a backup when this build cannot read
    /// all of it (`Ok(true)` when a copy was written).
    fn check_before_writing(&self, raw: &str, known: u64) -> Result<bool, StorageError> {
        match decode(raw) {
            Ok((migrated, revision)) => {
                if revision != known {
                    return Err(StorageError::Conflict);
                }
                if migrated.set_aside > 0 {
                    return self.keep_copy(raw);
                }
                Ok(false)
            }
            Err(StorageError::NewerVersion(v)) => Err(StorageError::NewerVersion(v)),
            Err(_) => {
                self.keep_copy(raw)?;
                Ok(true)
            }
        }
    }

    /// [`Store::open_in`] for a join link's page: reads the settings and
    /// the participation only, from an envelope of this build's version
    /// (the app checks [`part_will_do`] first). Text that cannot be read
    /// is kept as a backup first, as by [`Store::open_in`]; newer data is
    /// left alone and never written over.
    pub fn open_part_in(backend: B) -> (Store<B>, Opened) {
        let store = Store { backend };
        let raw = match store.backend.get(KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (store, Opened::clean(None)),
            Err(_) => return (store, Opened::clean(Some(StorageError::Unavailable))),
        };
        let opened = match read_part(&raw) {
            Ok((work, revision)) => Opened {
                work,
                revision,
                problem: None,
            },
            Err(problem) => store.refused(&raw, problem),
        };
        (store, opened)
    }

    /// [`Store::save`] for a join link's page: writes `work`'s settings and
    /// participation into the stored data and leaves every other field as
    /// it is, under the same rules: nothing over another tab's newer save
    /// ([`StorageError::Conflict`]) or a newer release's data; text it
    /// cannot read (or older data, which only the whole app migrates) kept
    /// as a backup before it is written over, and then only this part is
    /// written, as a first save would.
    pub fn save_part_after(&self, work: &Workspace, known: u64) -> Result<Saved, StorageError> {
        let mut kept_copy = false;
        let mut fields = BTreeMap::new();
        if let Some(raw) = self.backend.get(KEY)? {
            match read_fields(&raw) {
                Ok((_, revision)) if revision != known => return Err(StorageError::Conflict),
                Ok((stored, _)) => fields = stored,
                Err(StorageError::NewerVersion(v)) => return Err(StorageError::NewerVersion(v)),
                Err(_) => kept_copy = self.keep_copy(&raw)?,
            }
        }
        let unwritable = || StorageError::WriteFailed("settings not written as JSON".to_owned());
        fields.insert(
            "settings".to_owned(),
            raw_json(&work.settings).ok_or_else(unwritable)?,
        );
        // As the whole workspace is written: no participation, no field.
        match &work.participation {
            Some(p) => {
                fields.insert(
                    "participation".to_owned(),
                    raw_json(p).ok_or_else(unwritable)?,
                );
            }
            None => {
                fields.remove("participation");
            }
        }
        let revision = known + 1;
        let envelope = Envelope {
            format: FORMAT.to_owned(),
            version: SCHEMA_VERSION,
            revision,
            data: &fields,
        };
        let text = serde_json::to_string(&envelope).map_err(|_| unwritable())?;
        self.backend.set(KEY, &text)?;
        Ok(Saved {
            revision,
            kept_copy,
            text,
        })
    }

    /// [`Store::load`] for a join link's page: the settings and the
    /// participation saved now.
    pub fn load_part(&self) -> Result<(Migrated, u64), StorageError> {
        let raw = self.backend.get(KEY)?.ok_or(StorageError::Unavailable)?;
        let (work, revision) = read_part(&raw)?;
        let migrated = Migrated {
            work,
            set_aside: 0,
            first_error: None,
            steps: Vec::new(),
        };
        Ok((migrated, revision))
    }

    /// What is saved now, as another tab may have left it.
    pub fn load(&self) -> Result<(Migrated, u64), StorageError> {
        match self.backend.get(KEY)? {
            Some(raw) => decode(&raw),
            None => Err(StorageError::Unavailable),
        }
    }

    /// The saved revision now, if anything readable is saved.
    pub fn revision(&self) -> Option<u64> {
        let raw = self.backend.get(KEY).ok().flatten()?;
        let envelope: Envelope<&RawValue> = serde_json::from_str(&raw).ok()?;
        Some(envelope.revision)
    }

    /// The newest text kept as a backup, to offer as a download.
    pub fn backup(&self) -> Option<String> {
        backup_keys()
            .map_while(|key| self.backend.get(&key).ok().flatten())
            .last()
    }

    /// Keeps `raw` as a backup unless it already is one: under
    /// [`BACKUP_KEY`], then `rapport.backup.2`, `.3`… so that no kept text
    /// is ever replaced. `Ok(true)` when a new copy was written.
    fn keep_copy(&self, raw: &str) -> Result<bool, StorageError> {
        for key in backup_keys() {
            match self.backend.get(&key)? {
                Some(kept) if kept == raw => return Ok(false),
                Some(_) => continue,
                None => return self.backend.set(&key, raw).map(|()| true),
            }
        }
        Err(StorageError::WriteFailed(
            "no room for another backup".to_owned(),
        ))
    }
}

/// How many backups are kept at most; beyond them, unreadable text is left
/// where it is and nothing is saved over it.
const MAX_BACKUPS: usize = 20;

/// The key of the prerendered join page's record, in the tab's
/// sessionStorage (written by src/join/early.js until the app arrives).
pub const EARLY_KEY: &str = "rapport-early";

/// Takes the prerendered join page's record out of this tab's
/// sessionStorage: the app holds those answers from now on, so the record
/// goes whatever it held. `None` where there is none, storage is blocked
/// or the record cannot be read.
pub fn take_early_answers() -> Option<EarlyAnswers> {
    let storage = web_sys::window()?.session_storage().ok()??;
    let raw = storage.get_item(EARLY_KEY).ok()??;
    let _ = storage.remove_item(EARLY_KEY);
    EarlyAnswers::read(&raw)
}

/// The keys backups are kept under, oldest first.
fn backup_keys() -> impl Iterator<Item = String> {
    (1..=MAX_BACKUPS).map(|n| {
        if n == 1 {
            BACKUP_KEY.to_owned()
        } else {
            format!("{BACKUP_KEY}.{n}")
        }
    })
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
