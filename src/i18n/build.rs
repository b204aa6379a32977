//! Build script: turns the translation files into Rust and refuses to build
//! when they disagree.
//!
//! `src/i18n/locales/{en,ru,pl}.json` each map a snake_case key to either a
//! string, a list of strings (the same length in every language) or, for
//! text that depends on a count, an object of CLDR plural categories. The
//! script generates one `Strings` struct with a method per key, so a typo in
//! a key is a compile error and a key missing from any language fails the
//! build; the reader of a language's file into that struct; and, on the host
//! only, one static per language (the browser fetches one language's file
//! at a time, see `i18n::install`). It also checks that every
//! language uses the same `{placeholders}` in a message and supplies the plural
//! categories its plural rule needs.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The languages, in the order the app offers them, with the plural
/// categories each one's CLDR rule for integers can select.
const LANGUAGES: &[(&str, &str, &[&str])] = &[
    ("en", "EN", &["one", "other"]),
    ("ru", "RU", &["one", "few", "many", "other"]),
    ("pl", "PL", &["one", "few", "many", "other"]),
];

/// One message as read from a file.
enum Message {
    Text(String),
    Plural(BTreeMap<String, String>),
    /// An ordered list, such as a component's statements.
    List(Vec<String>),
}

fn main() {
    let dir = Path::new("src/i18n/locales");
    println!("cargo:rerun-if-changed=src/i18n/locales");
    let mut files = Vec::new();
    for (code, _, _) in LANGUAGES {
        let path = dir.join(format!("{code}.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        files.push(parse(code, &read(&path)));
    }

    let mut errors = Vec::new();
    let reference = &files[0];
    for (i, (code, _, categories)) in LANGUAGES.iter().enumerate() {
        let file = &files[i];
        for key in reference.keys() {
            if !file.contains_key(key) {
                errors.push(format!("{code}.json lacks the key `{key}`"));
            }
        }
        for (key, message) in file {
            if !is_identifier(key) {
                errors.push(format!("{code}.json: `{key}` is not a snake_case key"));
            }
            let Some(base) = reference.get(key) else {
                errors.push(format!("{code}.json has `{key}`, which en.json lacks"));
                continue;
            };
            check_pair(code, key, base, message, categories, &mut errors);
        }
    }
    if !errors.is_empty() {
        fail(&errors.join("\n"));
    }

    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    let code = generate(&files);
    std::fs::write(Path::new(&out).join("strings.rs"), code)
        .unwrap_or_else(|e| fail(&format!("cannot write strings.rs: {e}")));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
}

fn fail(message: &str) -> ! {
    eprintln!("translation error:\n{message}");
    std::process::exit(1)
}

fn parse(code: &str, text: &str) -> BTreeMap<String, Message> {
    let value: serde_json::Value = serde_json::from_str(text)
        .unwrap_or_else(|e| fail(&format!("{code}.json is not valid JSON: {e}")));
    let Some(object) = value.as_object() else {
        fail(&format!("{code}.json must be one JSON object"))
    };
    let mut messages = BTreeMap::new();
    for (key, value) in object {
        let message = match value {
            serde_json::Value::String(s) => Message::Text(s.clone()),
            serde_json::Value::Array(items) => Message::List(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| match item.as_str() {
                        Some(text) => text.to_owned(),
                        None => fail(&format!("{code}.json: `{key}[{i}]` must be a string")),
                    })
                    .collect(),
            ),
            serde_json::Value::Object(forms) => {
                let mut map = BTreeMap::new();
                for (category, form) in forms {
                    let Some(form) = form.as_str() else {
                        fail(&format!("{code}.json: `{key}.{category}` must be a string"))
                    };
                    map.insert(category.clone(), form.to_owned());
                }
                Message::Plural(map)
            }
            _ => fail(&format!(
                "{code}.json: `{key}` must be a string, a list or an object of plural forms"
            )),
        };
        messages.insert(key.clone(), message);
    }
    messages
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The `{name}` placeholders of a message.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        found.insert(after[..end].to_owned());
        rest = &after[end + 1..];
    }
    found
}

fn message_placeholders(message: &Message) -> BTreeSet<String> {
    match message {
        Message::Text(text) => placeholders(text),
        Message::Plural(forms) => forms.values().flat_map(|f| placeholders(f)).collect(),
        Message::List(items) => items.iter().flat_map(|f| placeholders(f)).collect(),
    }
}

fn check_pair(
    code: &str,
    key: &str,
    base: &Message,
    message: &Message,
    categories: &[&str],
    errors: &mut Vec<String>,
) {
    match (base, message) {
        (Message::Text(_), Message::Text(text)) if text.trim().is_empty() => {
            errors.push(format!("{code}.json: `{key}` is empty"));
        }
        (Message::Text(_), Message::Text(_)) => {}
        (Message::List(base), Message::List(items)) => {
            if base.len() != items.len() {
                errors.push(format!(
                    "{code}.json: `{key}` has {} entries, en.json has {}",
                    items.len(),
                    base.len()
                ));
            }
            if items.iter().any(|i| i.trim().is_empty()) {
                errors.push(format!("{code}.json: `{key}` has an empty entry"));
            }
        }
        (Message::Plural(_), Message::Plural(forms)) => {
            for category in categories {
                if !forms.contains_key(*category) {
                    errors.push(format!(
                        "{code}.json: `{key}` lacks the plural form `{category}`"
                    ));
                }
            }
            for category in forms.keys() {
                if !categories.contains(&category.as_str()) {
                    errors.push(format!(
                        "{code}.json: `{key}` has the form `{category}`, which {code} never selects"
                    ));
                }
            }
        }
        _ => errors.push(format!(
            "{code}.json: `{key}` must be of the same kind (text or plural) as in en.json"
        )),
    }
    if message_placeholders(base) != message_placeholders(message) {
        errors.push(format!(
            "{code}.json: `{key}` uses placeholders {:?}, en.json uses {:?}",
            message_placeholders(message),
            message_placeholders(base)
        ));
    }
}

/// A message's kind as the generated code names it: the `Kind` variant,
/// the `TextFile` method that reads it, its field's type, and its empty
/// value.
/// The kind's place in `Strings`: texts, lists, plurals.
fn kind_index(message: &Message) -> usize {
    match message {
        Message::Text(_) => 0,
        Message::List(_) => 1,
        Message::Plural(_) => 2,
    }
}

fn generate(files: &[BTreeMap<String, Message>]) -> String {
    let mut code = String::new();
    // Each message's place in its kind's array, in key order.
    let mut counts = [0usize; 3];
    let places: Vec<(&String, usize, usize)> = files[0]
        .iter()
        .map(|(key, message)| {
            let kind = kind_index(message);
            counts[kind] += 1;
            (key, kind, counts[kind] - 1)
        })
        .collect();
    let _ = writeln!(
        code,
        "/// How many keys of each kind: texts, lists, plurals.\n\
         const COUNTS: [usize; 3] = [{}, {}, {}];\n",
        counts[0], counts[1], counts[2]
    );
    // The messages sit in three arrays, one per kind, read through a
    // method per key. A method rather than a field: filling arrays takes a
    // loop (fields took a line of code per key, 38 KB before wasm-opt), and
    // in a build that inlines nothing (the dev profile) a method's name is
    // in the linked module exactly when code the app can reach reads its
    // key, which is how the build learns which texts the participant's app
    // needs (src/wasm.mjs). Release builds inline them.
    code.push_str("/// Every user-visible string of one language, a method per key.\n");
    code.push_str("#[derive(Clone, Debug, PartialEq)]\npub struct Strings {\n");
    let _ = writeln!(code, "    texts: [&'static str; {}],", counts[0]);
    let _ = writeln!(code, "    lists: [&'static [&'static str]; {}],", counts[1]);
    let _ = writeln!(code, "    plurals: [Plural; {}],", counts[2]);
    code.push_str("}\n\nimpl Strings {\n");
    for (key, kind, place) in &places {
        let (array, ty) = [
            ("texts", "&'static str"),
            ("lists", "&'static [&'static str]"),
            ("plurals", "Plural"),
        ][*kind];
        let _ = writeln!(
            code,
            "    /// `{key}` in the translation files.\n    pub fn {key}(&self) -> {ty} {{\n        self.{array}[{place}]\n    }}"
        );
    }
    code.push_str("}\n\n");
    code.push_str("/// Every key, in the order of the translation files.\n");
    let _ = write!(code, "pub const KEYS: [&str; {}] = [", files[0].len());
    for key in files[0].keys() {
        let _ = write!(code, "{key:?}, ");
    }
    code.push_str("];\n\n");
    code.push_str("/// The kind of each key's message, in the order of [`KEYS`].\n");
    let _ = write!(code, "const KINDS: [Kind; {}] = [", files[0].len());
    for (_, kind, _) in &places {
        let _ = write!(code, "Kind::{}, ", ["Text", "List", "Plural"][*kind]);
    }
    code.push_str("];\n\n");

    // Compiled in on the host only (tests, tools): in the browser each
    // language is a file fetched when it is needed, so the download holds
    // one language, not three.
    for ((lang, name, _), file) in LANGUAGES.iter().zip(files) {
        let _ = writeln!(
            code,
            "/// The `{lang}` translations, compiled in (not in the browser)."
        );
        code.push_str("#[cfg(not(target_family = \"wasm\"))]\n");
        let _ = writeln!(code, "pub static {name}: Strings = Strings {{");
        let mut arrays = [String::new(), String::new(), String::new()];
        for message in file.values() {
            let (kind, value) = match message {
                Message::Text(text) => (0, format!("{text:?}")),
                Message::List(items) => (1, format!("&{items:?}")),
                Message::Plural(forms) => {
                    // Every language has `other` (checked above); a category a
                    // language never selects falls back to it.
                    let get = |c: &str| {
                        forms
                            .get(c)
                            .or_else(|| forms.get("other"))
                            .map_or("", String::as_str)
                    };
                    (
                        2,
                        format!(
                            "Plural {{ one: {:?}, few: {:?}, many: {:?}, other: {:?} }}",
                            get("one"),
                            get("few"),
                            get("many"),
                            get("other"),
                        ),
                    )
                }
            };
            let _ = writeln!(arrays[kind], "        {value},");
        }
        for (field, values) in ["texts", "lists", "plurals"].iter().zip(&arrays) {
            let _ = writeln!(code, "    {field}: [\n{values}    ],");
        }
        code.push_str("};\n\n");
    }
    code
}
