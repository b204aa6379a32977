//! Reading an exported Rapport file: every way a file can be wrong gets its
//! own [`ImportError`], so the user is told exactly what is the matter, and
//! nothing here panics or touches storage, whatever the bytes.
//!
//! The checks run from cheapest to dearest: size (before the file is even
//! read), emptiness, text, nesting depth (scanned, so a hostile file cannot
//! exhaust the stack), JSON, the envelope, the version, then the data.

use crate::model::workspace::{Engagement, Settings, Workspace};
use crate::storage::{encode, migrate, Envelope, FORMAT, SCHEMA_VERSION};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The largest file Rapport reads: far above a real export (fifty full
/// engagements are a few hundred kilobytes), far below what would strain a
/// tablet.
pub const MAX_IMPORT_BYTES: u64 = 5 * 1024 * 1024;

/// The deepest nesting of objects and arrays a Rapport file can need, with
/// room to spare.
pub const MAX_DEPTH: usize = 32;

/// Why a file cannot be imported, one case per message the user sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// No content, or only white space.
    Empty,
    /// Not JSON at all (including files that are not text).
    NotJson,
    /// JSON that stops part-way: the file was cut short.
    Truncated,
    /// Objects or arrays nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Valid JSON, but not a Rapport file.
    NotRapport,
    /// Made by a newer version of Rapport (its schema version).
    NewerVersion(u32),
    /// A value has the wrong type (text where a number belongs, …).
    WrongTypes,
    /// A number outside its allowed range, or not finite.
    OutOfRange,
}

/// Refuses a file by its size alone, before it is read.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge)
    } else {
        Ok(())
    }
}

/// The deepest nesting of `{` and `[` outside strings.
fn depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Any JSON value, read only to check it: every number is converted, so one
/// too large for a float is found wherever it is, and nothing is kept.
struct Scan;

impl<'de> Deserialize<'de> for Scan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Scan, D::Error> {
        deserializer.deserialize_any(ScanVisitor)
    }
}

struct ScanVisitor;

impl<'de> serde::de::Visitor<'de> for ScanVisitor {
    type Value = Scan;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Scan, E> {
        Ok(Scan)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Scan, E> {
        Ok(Scan)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Scan, E> {
        Ok(Scan)
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Scan, E> {
        if v.is_finite() {
            Ok(Scan)
        } else {
            Err(E::custom("number out of range"))
        }
    }
    fn visit_str<E>(self, _: &str) -> Result<Scan, E> {
        Ok(Scan)
    }
    fn visit_unit<E>(self) -> Result<Scan, E> {
        Ok(Scan)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Scan, A::Error> {
        while seq.next_element::<Scan>()?.is_some() {}
        Ok(Scan)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Scan, A::Error> {
        while map.next_entry::<serde::de::IgnoredAny, Scan>()?.is_some() {}
        Ok(Scan)
    }
}

/// What went wrong inside the data, from serde's own wording: a type
/// mismatch says "invalid type"; a validated value (a level, a weight)
/// refuses with "out of range".
fn data_error(error: &serde_json::Error) -> ImportError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => ImportError::Truncated,
        Category::Syntax | Category::Io => ImportError::NotJson,
        Category::Data => {
            let message = error.to_string();
            if message.contains("out of range") || message.contains("invalid value") {
                ImportError::OutOfRange
            } else {
                ImportError::WrongTypes
            }
        }
    }
}

/// The work in an exported file, migrated to the current schema.
pub fn read(bytes: &[u8]) -> Result<Workspace, ImportError> {
    check_size(bytes.len() as u64)?;
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if depth(text) > MAX_DEPTH {
        return Err(ImportError::TooDeep);
    }
    // First as plain JSON, so a cut or broken file is named as such before
    // its shape is judged.
    if let Err(e) = serde_json::from_str::<Scan>(text) {
        return Err(match e.classify() {
            serde_json::error::Category::Eof => ImportError::Truncated,
            // JSON cannot write infinity; a number too large for a float is
            // the closest a file comes to it.
            _ if e.to_string().contains("number out of range") => ImportError::OutOfRange,
            _ => ImportError::NotJson,
        });
    }
    if !text.trim_start().starts_with('{') {
        return Err(ImportError::NotRapport);
    }
    let envelope: Envelope<&RawValue> = serde_json::from_str(text).map_err(|e| {
        if e.to_string().contains("missing field") {
            ImportError::NotRapport
        } else {
            data_error(&e)
        }
    })?;
    if envelope.format != FORMAT {
        return Err(ImportError::NotRapport);
    }
    if envelope.version > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion(envelope.version));
    }
    if envelope.version == 0 {
        return Err(ImportError::NotRapport);
    }
    let data = envelope.data.get();
    if !data.starts_with('{') {
        return Err(ImportError::WrongTypes);
    }
    let migrated = migrate(envelope.version, data).map_err(|e| data_error(&e))?;
    // A file is all or nothing: an engagement that does not read means
    // the file is damaged, and the user is told so rather than handed part.
    if let Some(e) = &migrated.first_error {
        return Err(data_error(e));
    }
    // Storage reads each tool's data only when a view needs it
    // (`model::stored`); a file is read whole before it is accepted.
    for engagement in &migrated.work.engagements {
        engagement.check().map_err(|e| data_error(&e))?;
    }
    Ok(migrated.work)
}

/// The export file of the engagements `ids` (all but blank ones when
/// `None`): the storage
/// envelope without the user's settings. The text is read back with
/// [`read`] before it is returned, so a file that could not be imported is
/// never produced; if it does not read back the same, the answer is the
/// reason.
pub fn export(work: &Workspace, ids: Option<&[String]>) -> Result<String, ImportError> {
    // Blank engagements (no name, no work) are left out of a full export:
    // they carry nothing, and would only clutter the other browser.
    let mut engagements: Vec<Engagement> = work
        .engagements
        .iter()
        .filter(|e| ids.map_or(!e.is_blank(), |ids| ids.contains(&e.id)))
        .cloned()
        .collect();
    // A file always holds an engagement, as a workspace does.
    if engagements.is_empty() {
        engagements = work.engagements.iter().take(1).cloned().collect();
    }
    let file = Workspace {
        settings: Settings::default(),
        current: engagements
            .first()
            .map(|e| e.id.clone())
            .unwrap_or_default(),
        engagements,
        last_exported: None,
        participation: None,
    };
    let text = encode(&file, 0);
    let back = read(text.as_bytes())?;
    if back.engagements == file.engagements {
        Ok(text)
    } else {
        Err(ImportError::WrongTypes)
    }
}
