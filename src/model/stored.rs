//! One tool's saved data inside an engagement, read when a view first
//! needs it.
//!
//! The app's shell opens and saves the whole workspace, but each tool's
//! data is only ever shown by that tool's views (and the report). Kept as
//! the JSON text it was read from, a tool's data costs the shell no reader
//! or writer of its types: those are compiled where the data is first
//! read or changed, which is the tool's own download (see `ui/chunks.rs`).
//! So [`Stored`] reads its text on first access ([`std::ops::Deref`]), and
//! writes through a function pointer set by the first change
//! ([`std::ops::DerefMut`]), never by a direct call the shell would link:
//! a view that only shows a tool's data links no writer of it.
//!
//! Text that does not read as the tool's data is never written over
//! unseen: the tool shows its defaults, the text is saved back exactly as
//! it was until the user changes that tool, and storage keeps a copy of
//! the saved work first ([`Stored::unreadable_untold`]).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// A tool's data type as saved in an engagement.
pub trait Tool:
    Default + Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static
{
    /// The JSON text of `Self::default()`, exactly as serde writes it (a
    /// host test checks each): what a tool never touched is saved as,
    /// without linking its writer into the shell.
    const DEFAULT_JSON: &'static str;

    /// True when the engagement leaves the field out of its JSON.
    fn is_blank(&self) -> bool {
        false
    }
}

/// A tool's data: its saved text until first read, then the value.
pub struct Stored<T> {
    /// The text it was read from; `None` for the default, never saved.
    text: Option<Box<str>>,
    /// The value, once read.
    read: OnceLock<Read<T>>,
}

/// A tool's data once read.
struct Read<T> {
    value: T,
    /// Writes `value` as JSON once `changed`: set by the code that made
    /// or changed it, `None` until then. `copy` and `same` are set by the
    /// code that read or made it: the shell clones and compares
    /// engagements (saving stamps the one that changed) without linking
    /// any tool's clone or comparison.
    write: Option<fn(&T) -> Option<String>>,
    /// `T::clone`.
    copy: fn(&T) -> T,
    /// `T::eq`.
    same: fn(&T, &T) -> bool,
    /// The text could not be read as the tool's data: `value` is the
    /// default, and the text is what is saved until `changed`.
    unreadable: bool,
    /// Borrowed mutably since it was read: what is saved is `value`.
    changed: bool,
    /// Storage has kept a copy of the saved work with the unreadable text
    /// (see [`Stored::tell_unreadable`]).
    told: AtomicBool,
}

impl<T> Clone for Read<T> {
    fn clone(&self) -> Self {
        Read {
            value: (self.copy)(&self.value),
            write: self.write,
            copy: self.copy,
            same: self.same,
            unreadable: self.unreadable,
            changed: self.changed,
            told: AtomicBool::new(self.told.load(Ordering::Relaxed)),
        }
    }
}

/// `value` as JSON text.
fn write<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

impl<T: Tool> Stored<T> {
    /// Data made in the app (not read from text).
    pub fn new(value: T) -> Self {
        Stored {
            text: None,
            read: OnceLock::from(Read {
                value,
                write: Some(write::<T>),
                copy: T::clone,
                same: T::eq,
                unreadable: false,
                changed: true,
                told: AtomicBool::new(false),
            }),
        }
    }

    /// The value, read from its text on first use.
    fn read(&self) -> &Read<T> {
        self.read.get_or_init(|| {
            let parsed = match self.text.as_deref() {
                None => Ok(T::default()),
                Some(text) => serde_json::from_str(text),
            };
            let unreadable = parsed.is_err();
            Read {
                value: parsed.unwrap_or_default(),
                write: None,
                copy: T::clone,
                same: T::eq,
                unreadable,
                changed: false,
                told: AtomicBool::new(false),
            }
        })
    }

    /// Reads the text now, as a file's import must before it accepts it;
    /// the reason when it is not the tool's data.
    pub fn check(&self) -> Result<(), serde_json::Error> {
        self.text
            .as_deref()
            .map_or(Ok(()), |text| serde_json::from_str::<T>(text).map(drop))
    }
}

impl<T: Tool> Stored<T> {
    /// Forgets saved text that reads as the tool's default, so it is saved,
    /// and compared ([`Stored::same`]), as the default's own text: a
    /// migration does this, because what an older release wrote for a tool
    /// never used may differ from [`Tool::DEFAULT_JSON`] in its text. Text
    /// that does not read is kept.
    pub fn forget_default(&mut self) {
        let read = self.read();
        if !read.unreadable && read.value == T::default() {
            *self = Stored::default();
        }
    }
}

impl<T> Stored<T> {
    /// True once read, if its text was not the tool's data and storage
    /// has not yet kept a copy of the saved work holding that text (see
    /// [`Stored::tell_unreadable`]).
    pub fn unreadable_untold(&self) -> bool {
        self.read
            .get()
            .is_some_and(|r| r.unreadable && !r.told.load(Ordering::Relaxed))
    }

    /// Notes that storage has kept a copy of the saved work that holds the
    /// unreadable text, so a change to this tool may now write over it.
    pub fn tell_unreadable(&self) {
        if let Some(r) = self.read.get() {
            r.told.store(true, Ordering::Relaxed);
        }
    }
}

impl<T: Tool> Default for Stored<T> {
    fn default() -> Self {
        Stored {
            text: None,
            read: OnceLock::new(),
        }
    }
}

impl<T: Tool> From<T> for Stored<T> {
    fn from(value: T) -> Self {
        Stored::new(value)
    }
}

impl<T> Clone for Stored<T> {
    fn clone(&self) -> Self {
        Stored {
            text: self.text.clone(),
            read: self.read.clone(),
        }
    }
}

impl<T: Tool> Deref for Stored<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.read().value
    }
}

impl<T: Tool> DerefMut for Stored<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.read();
        match self.read.get_mut() {
            Some(read) => {
                read.changed = true;
                read.write = Some(write::<T>);
                &mut read.value
            }
            // `read()` above has just set it; a value no one keeps is still
            // better than a panic.
            None => Box::leak(Box::default()),
        }
    }
}

impl<T: Tool> PartialEq for Stored<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Tool + std::fmt::Debug> std::fmt::Debug for Stored<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Tool> Stored<T> {
    /// True when the engagement leaves the field out of its JSON.
    pub fn is_blank(&self) -> bool {
        match self.read.get() {
            Some(r) if r.changed || !r.unreadable => r.value.is_blank(),
            _ => self.text.is_none() && T::default().is_blank(),
        }
    }

    /// The JSON text saved for it: its value's if it changed, else the
    /// text it was read from (or the default's).
    fn saved_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self.read.get() {
            Some(r) if r.changed => r.write?(&r.value).map(std::borrow::Cow::Owned),
            _ => Some(std::borrow::Cow::Borrowed(
                self.text.as_deref().unwrap_or(T::DEFAULT_JSON),
            )),
        }
    }

    /// Its saved text read as `U`, a narrower view of the same JSON (a
    /// few fields of it), without reading it as the tool's data: for the
    /// shell, which must not link the tool's reader. `None` when the text
    /// is not a `U`.
    pub fn read_as<U: DeserializeOwned>(&self) -> Option<U> {
        serde_json::from_str(&self.saved_text()?).ok()
    }

    /// Whether `self` and `other` would be saved as the same data, told
    /// without reading either: the shell stamps an engagement's date by
    /// this, so it must not link any tool's reader. Two values read are
    /// compared as values; otherwise by the text each would save, so data
    /// read from text written otherwise than this build writes it may be
    /// told apart from equal data.
    pub fn same(&self, other: &Stored<T>) -> bool {
        match (self.read.get(), other.read.get()) {
            (Some(a), Some(b)) if !a.unreadable && !b.unreadable => (a.same)(&a.value, &b.value),
            _ => self.saved_text() == other.saved_text(),
        }
    }
}

impl<T: Tool> Serialize for Stored<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = self
            .saved_text()
            .and_then(|t| RawValue::from_string(t.into_owned()).ok())
            .ok_or_else(|| serde::ser::Error::custom("unwritable"))?;
        raw.serialize(serializer)
    }
}

impl<'de, T: Tool> Deserialize<'de> for Stored<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        Ok(Stored {
            text: Some(raw.get().into()),
            read: OnceLock::new(),
        })
    }
}
