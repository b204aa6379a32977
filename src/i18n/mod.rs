//! Languages, translated strings, plurals and number formats.
//!
//! The strings come from `locales/*.json`, turned into a `Strings` struct by
//! the build script, so each key is a method checked by the compiler and a
//! key missing from any language fails the build. In the browser a
//! language's strings are read from its files when they are first needed:
//! the whole app reads the shell's part and then each view's as it opens
//! ([`install_part`]), the participant's app one file of its keys
//! ([`install_some`]), so the download holds one language and only what
//! is shown of it; on the host all three are compiled in.
//! Plural rules and number formats are small, tested functions rather than
//! ICU data, which would cost about 50 KB gzip for three languages. Nothing here touches the DOM or Leptos.

include!(concat!(env!("OUT_DIR"), "/strings.rs"));

use std::sync::{Mutex, PoisonError};

pub mod case;
pub mod decimal;
pub mod entry;
pub mod number;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English, the fallback for any language the app does not speak.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Polish.
    Pl,
}

/// The CLDR plural category a count selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    /// One item (1, and 21, 31 … in Russian).
    One,
    /// A few items (2–4, 22–24 … in Russian and Polish).
    Few,
    /// Many items (5–20, 25–30 … in Russian and Polish).
    Many,
    /// Every other count (fractions, and all but one in English).
    Other,
}

/// A message whose wording depends on a count, one form per plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// The form for [`PluralCategory::One`].
    pub one: &'static str,
    /// The form for [`PluralCategory::Few`].
    pub few: &'static str,
    /// The form for [`PluralCategory::Many`].
    pub many: &'static str,
    /// The form for [`PluralCategory::Other`].
    pub other: &'static str,
}

impl Plural {
    /// No text in any form: a language whose file is not read yet.
    pub const EMPTY: Plural = Plural {
        one: "",
        few: "",
        many: "",
        other: "",
    };

    /// The form `locale` uses for `count`, with `{n}` filled in.
    pub fn format(&self, locale: Locale, count: u64) -> String {
        let form = match locale.plural_category(count) {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        };
        fill(form, &[("n", &locale.format_integer(count))])
    }
}

/// What a language has read: its strings so far, and the parts they came
/// from (see [`install_part`]).
struct Installed {
    strings: Option<&'static Strings>,
    parts: Vec<&'static str>,
    /// Read from a whole file ([`install`]), which holds every part.
    whole: bool,
}

impl Installed {
    const NONE: Installed = Installed {
        strings: None,
        parts: Vec::new(),
        whole: false,
    };
}

/// What a file read into a language holds.
#[derive(Clone, Copy)]
enum Holds {
    /// Every message.
    Whole,
    /// The participant's cut.
    Cut,
    /// One part, named.
    Part(&'static str),
}

/// Each language's, by [`Locale::ALL`]'s order. Strings, once read, live as
/// long as the page: every view borrows them as `&'static`.
static INSTALLED: Mutex<[Installed; 3]> =
    Mutex::new([Installed::NONE, Installed::NONE, Installed::NONE]);

/// Runs `f` on what `locale` has read (a lock no one holds long, and no
/// panic inside it poisons anything `f` relies on).
fn installed<R>(locale: Locale, f: impl FnOnce(&mut Installed) -> R) -> R {
    let mut all = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    f(&mut all[locale.index()])
}

/// Why a language's text file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// The file is not one JSON array.
    NotJson,
    /// The file holds this many messages, not one per key.
    Length(usize),
    /// A key is missing or holds the wrong kind of value (text, list or
    /// plural forms): its place in [`KEYS`]. A place, not the key's name,
    /// so the app's module does not carry every key's name (13 KB, about
    /// 5 KB of every view's download) only to name one in this error.
    Key(usize),
}

/// Reads a language's text file and makes its strings the ones
/// [`Locale::strings`] gives. The build ships a locale file as its messages
/// in a JSON array, in the order of [`KEYS`], without the keys (a fifth of
/// the bytes; the file sits in the build's own directory, so it always
/// matches the module). A file that lacks a message, or has one of another
/// kind, is refused and nothing changes. Reading a language twice keeps
/// the first.
pub fn install(locale: Locale, file: &str) -> Result<(), TextsError> {
    install_read(locale, Holds::Whole, |_| read_texts(file))
}

/// Like [`install`], for a file that holds only some of the messages (the
/// participant's texts, which the build cuts to the keys its app reads;
/// `null` in place of every other): those it lacks read as empty. A message
/// it has of another kind is still refused.
pub fn install_some(locale: Locale, file: &str) -> Result<(), TextsError> {
    install_read(locale, Holds::Cut, |_| read_some_texts(file))
}

/// Adds one part of a language's messages to what it has: `part` names the
/// file (the build cuts a language into the shell's part and one per view,
/// each of the same shape as [`install_some`] reads, see `src/wasm.mjs`).
/// Its messages join those already read; a `null` leaves a message as it
/// was. A part already read is not read again; a refused file changes
/// nothing.
pub fn install_part(locale: Locale, part: &'static str, file: &str) -> Result<(), TextsError> {
    install_read(locale, Holds::Part(part), |base| read_part(file, base))
}

/// Whether `locale` has read `part` ([`install_part`]), or a whole file
/// ([`install`]): always on the host, where every language is compiled in.
pub fn has_part(locale: Locale, part: &str) -> bool {
    cfg!(not(target_family = "wasm")) || installed(locale, |i| i.whole || i.parts.contains(&part))
}

fn install_read(
    locale: Locale,
    holds: Holds,
    read: impl FnOnce(&Strings) -> Result<Strings, TextsError>,
) -> Result<(), TextsError> {
    installed(locale, |i| {
        let done = match holds {
            Holds::Part(part) => i.whole || i.parts.contains(&part),
            Holds::Whole | Holds::Cut => i.strings.is_some(),
        };
        if done {
            return Ok(());
        }
        let strings = read(i.strings.unwrap_or(&Strings::EMPTY))?;
        // Leaked on purpose: a copy per part read, a few per language
        // and page, and every view borrows them as `&'static`.
        i.strings = Some(Box::leak(Box::new(strings)));
        match holds {
            Holds::Whole => i.whole = true,
            Holds::Part(part) => i.parts.push(part),
            Holds::Cut => {}
        }
        Ok(())
    })
}

/// The strings a language's text file holds, or why it is refused.
pub fn read_texts(file: &str) -> Result<Strings, TextsError> {
    read_file(file, false, &Strings::EMPTY)
}

/// The strings a file of some of the messages holds (`null` for the
/// others, which read as empty), or why it is refused (not a JSON array, not
/// one message per key, or a message of the wrong kind).
pub fn read_some_texts(file: &str) -> Result<Strings, TextsError> {
    read_file(file, true, &Strings::EMPTY)
}

/// `base` with the messages a part of the language's file holds (see
/// [`install_part`]): a `null` keeps `base`'s message. Refused as
/// [`read_some_texts`] refuses.
pub fn read_part(file: &str, base: &Strings) -> Result<Strings, TextsError> {
    read_file(file, true, base)
}

/// `base` with the messages of `file`; with `some`, a `null` keeps
/// `base`'s message.
fn read_file(file: &str, some: bool, base: &Strings) -> Result<Strings, TextsError> {
    let messages: Vec<Message> = serde_json::from_str(file).map_err(|_| TextsError::NotJson)?;
    if messages.len() != KEYS.len() {
        return Err(TextsError::Length(messages.len()));
    }
    // Filled as it is checked: a refused file keeps the texts it had
    // leaked so far; only a broken build or a damaged download is refused,
    // and each "Try again" reads it once more.
    let mut strings = base.clone();
    let mut places = [0usize; 3];
    for ((index, kind), message) in KINDS.into_iter().enumerate().zip(messages) {
        let place = places[kind as usize];
        places[kind as usize] += 1;
        match (message, kind) {
            (Message::Null, _) if some => {}
            (Message::Text(s), Kind::Text) => strings.texts[place] = leak(s),
            (Message::List(Some(items)), Kind::List) => {
                strings.lists[place] = Vec::leak(items.into_iter().map(leak).collect());
            }
            (Message::Plural(Some(forms)), Kind::Plural) => {
                // Only now, with the key's kind checked, are its forms kept.
                let ([one, few, many], other) = forms;
                let other = leak(other);
                let form = |f: Option<String>| f.map_or(other, leak);
                strings.plurals[place] = Plural {
                    one: form(one),
                    few: form(few),
                    many: form(many),
                    other,
                };
            }
            _ => return Err(TextsError::Key(index)),
        }
    }
    Ok(strings)
}

/// The kinds of message a key can hold, numbered as [`COUNTS`] counts them.
#[derive(Clone, Copy)]
enum Kind {
    Text = 0,
    List = 1,
    Plural = 2,
}

impl Strings {
    /// Every string empty: a language whose file is not read yet.
    const EMPTY: Strings = Strings {
        texts: [""; COUNTS[0]],
        lists: [&[]; COUNTS[1]],
        plurals: [Plural::EMPTY; COUNTS[2]],
    };
}

/// One message of a text file, as its JSON reads: any JSON value is one,
/// so a message of the wrong shape is refused by its key
/// ([`TextsError::Key`]), not as a file that is not JSON. Read straight
/// from the text rather than through `serde_json::Value`, whose tree and
/// maps every module reading texts would otherwise carry.
enum Message {
    /// `null`.
    Null,
    /// A string.
    Text(String),
    /// An array; `None` unless every item is a string.
    List(Option<Vec<String>>),
    /// An object: its `one`, `few` and `many` forms where given, then
    /// `other`; `None` unless every value is a string and `other` is there.
    Plural(Option<([Option<String>; 3], String)>),
    /// A number or a boolean.
    Other,
}

impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MessageVisitor)
    }
}

/// Reads any JSON value as a [`Message`].
struct MessageVisitor;

impl<'de> serde::de::Visitor<'de> for MessageVisitor {
    type Value = Message;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a message")
    }

    fn visit_unit<E>(self) -> Result<Message, E> {
        Ok(Message::Null)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Message, E> {
        Ok(Message::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Message, E> {
        Ok(Message::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Message, E> {
        Ok(Message::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Message, E> {
        Ok(Message::Other)
    }

    fn visit_str<E>(self, text: &str) -> Result<Message, E> {
        Ok(Message::Text(text.to_owned()))
    }

    fn visit_string<E>(self, text: String) -> Result<Message, E> {
        Ok(Message::Text(text))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Message, A::Error> {
        let mut items = Some(Vec::new());
        while let Some(item) = seq.next_element::<Message>()? {
            items = match (items, item) {
                (Some(mut items), Message::Text(text)) => {
                    items.push(text);
                    Some(items)
                }
                _ => None,
            };
        }
        Ok(Message::List(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Message, A::Error> {
        let mut all_text = true;
        let mut forms: [Option<String>; 4] = [None, None, None, None];
        while let Some(category) = map.next_key::<String>()? {
            let Message::Text(text) = map.next_value::<Message>()? else {
                all_text = false;
                continue;
            };
            let at = ["one", "few", "many", "other"]
                .iter()
                .position(|c| *c == category);
            // A repeated category: the last one counts, as JSON readers
            // take it.
            if let Some(at) = at {
                forms[at] = Some(text);
            }
        }
        let [one, few, many, other] = forms;
        // A category a language never selects falls back to `other`, as in
        // the compiled-in strings (see `read_file`).
        Ok(Message::Plural(
            other
                .filter(|_| all_text)
                .map(|other| ([one, few, many], other)),
        ))
    }
}

fn leak(text: String) -> &'static str {
    String::leak(text)
}

/// Why typed text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// The text is not a plain decimal number.
    NotANumber,
}

impl Locale {
    /// Every language, in the order the switcher offers them.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Ru, Locale::Pl];

    /// The BCP 47 code, as used in `lang` attributes and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Pl => "pl",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
            Locale::Pl => "Polski",
        }
    }

    /// The language a stored code names, if the app speaks it.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The first language of a browser's preference list (`navigator.languages`,
    /// tags such as `pl-PL` or `ru`) that the app speaks; English otherwise.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or("");
                Locale::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }

    /// Every translated string of this language. In the browser, what its
    /// files read so far hold ([`install_part`], [`install_some`]), every
    /// other string empty.
    pub fn strings(self) -> &'static Strings {
        let read = installed(self, |i| i.strings);
        #[cfg(not(target_family = "wasm"))]
        if read.is_none() {
            return match self {
                Locale::En => &EN,
                Locale::Ru => &RU,
                Locale::Pl => &PL,
            };
        }
        // Until a file is read, a language's strings are empty (the app
        // shows nothing before then): a constant, promoted to a static.
        read.unwrap_or(&Strings::EMPTY)
    }

    /// Whether any of this language's strings are here: always on the
    /// host; in the browser once one of its files is read (the whole app
    /// asks [`has_part`] which).
    pub fn has_strings(self) -> bool {
        cfg!(not(target_family = "wasm")) || installed(self, |i| i.strings.is_some())
    }

    /// The name of the file of this language's texts that the whole app's
    /// shell reads (its part `""`, see [`install_part`]), beside the module.
    pub fn text_file(self) -> String {
        format!("texts-{}.json", self.code())
    }

    /// The name of the file of this language's texts that `view` adds to
    /// the shell's (its part, named as the view's chunk), beside the module.
    pub fn view_text_file(self, view: &str) -> String {
        format!("texts-{}-{view}.json", self.code())
    }

    /// The name of the file of this language's texts that the
    /// participant's app reads (see [`install_some`]), beside the module.
    pub fn join_text_file(self) -> String {
        format!("texts-join-{}.json", self.code())
    }

    /// The position in [`Locale::ALL`].
    fn index(self) -> usize {
        match self {
            Locale::En => 0,
            Locale::Ru => 1,
            Locale::Pl => 2,
        }
    }

    /// The CLDR plural category of a whole number in this language.
    pub fn plural_category(self, n: u64) -> PluralCategory {
        let (units, tens) = (n % 10, n % 100);
        match self {
            Locale::En if n == 1 => PluralCategory::One,
            Locale::En => PluralCategory::Other,
            Locale::Ru if units == 1 && tens != 11 => PluralCategory::One,
            Locale::Pl if n == 1 => PluralCategory::One,
            Locale::Ru | Locale::Pl if (2..=4).contains(&units) && !(12..=14).contains(&tens) => {
                PluralCategory::Few
            }
            Locale::Ru | Locale::Pl => PluralCategory::Many,
        }
    }

    /// `value` rounded to `decimals` places, with this language's decimal
    /// mark and digit grouping (CLDR: English `12,345.6`; Russian `12 345,6`
    /// and `1 234`; Polish `12 345,6` but `1234`, as Polish groups only from
    /// five digits). A value that is not finite shows as a dash, never as
    /// `NaN`.
    pub fn format_number(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "—".to_owned();
        }
        // Rounded in whole numbers rather than with `format!("{:.N}")`:
        // float formatting would add about 4 KB gzip to every download.
        // Values beyond what a u64 holds saturate; inputs are capped far
        // below that at the edge.
        let decimals = decimals.min(6);
        let scale = 10u64.pow(decimals as u32);
        let scaled = (value.abs() * scale as f64).round() as u64;
        let whole = (scaled / scale).to_string();
        let (group, mark, min_digits) = match self {
            Locale::En => (",", ".", 4),
            Locale::Ru => ("\u{a0}", ",", 4),
            Locale::Pl => ("\u{a0}", ",", 5),
        };
        let mut out = String::with_capacity(whole.len() + decimals + 8);
        if value < 0.0 && scaled > 0 {
            out.push('-');
        }
        if whole.len() >= min_digits {
            for (i, digit) in whole.chars().enumerate() {
                if i > 0 && (whole.len() - i) % 3 == 0 {
                    out.push_str(group);
                }
                out.push(digit);
            }
        } else {
            out.push_str(&whole);
        }
        if decimals > 0 {
            let fraction = (scaled % scale).to_string();
            out.push_str(mark);
            out.extend(std::iter::repeat_n('0', decimals - fraction.len()));
            out.push_str(&fraction);
        }
        out
    }

    /// A number as a person types it in this language: Russian and Polish
    /// take a decimal comma (and a point, which people type too), English a
    /// decimal point with commas for grouping; spaces of any width group
    /// digits everywhere. Only plain decimal numbers are accepted: no
    /// exponent, no `inf`, no `NaN`, so whatever is returned is finite.
    pub fn parse_number(self, text: &str) -> Result<f64, NumberError> {
        let mut plain = String::with_capacity(text.len());
        for c in text.trim().chars() {
            match c {
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' => {}
                ',' if self == Locale::En => {}
                ',' => plain.push('.'),
                '\u{2212}' => plain.push('-'),
                _ => plain.push(c),
            }
        }
        if plain.is_empty() {
            return Err(NumberError::Empty);
        }
        let digits = plain.strip_prefix('-').unwrap_or(&plain);
        let points = digits.matches('.').count();
        let well_formed = points <= 1
            && digits.chars().any(|c| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
        if !well_formed {
            return Err(NumberError::NotANumber);
        }
        decimal::parse(&plain)
            .filter(|v| v.is_finite())
            .ok_or(NumberError::NotANumber)
    }

    /// An ISO date (`2026-11-22`) as this language writes it: English
    /// `22 Nov 2026`, Russian and Polish `22.11.2026`. Text that is not an
    /// ISO date is returned as it is.
    pub fn format_date(self, iso: &str) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let mut parts = iso.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_owned();
        };
        let (Ok(month), Ok(day)) = (m.parse::<usize>(), d.parse::<u32>()) else {
            return iso.to_owned();
        };
        if y.len() != 4 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return iso.to_owned();
        }
        match self {
            Locale::En => format!("{day} {} {y}", MONTHS[month - 1]),
            Locale::Ru | Locale::Pl => format!("{day:02}.{month:02}.{y}"),
        }
    }

    /// A whole number in this language's format.
    pub fn format_integer(self, value: u64) -> String {
        // Counts shown in the app stay far below 2^53, so the conversion is exact.
        self.format_number(value as f64, 0)
    }
}

/// `template` with each `{name}` replaced by its value; unknown names stay as
/// they are, so a mistake shows rather than vanishes.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
