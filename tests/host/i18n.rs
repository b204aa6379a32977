//! Translations, plurals and number formats.

use rapport::i18n::{
    fill, install, install_some, read_part, read_some_texts, read_texts, Locale, PluralCategory,
    TextsError, KEYS,
};
use std::collections::BTreeSet;

fn file_of(code: &str) -> String {
    let path = format!(
        "{}/src/i18n/locales/{code}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn keys_of(code: &str) -> BTreeSet<String> {
    let text = file_of(code);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn every_language_has_every_key() {
    let english = keys_of("en");
    assert!(english.len() > 50);
    for locale in Locale::ALL {
        let keys = keys_of(locale.code());
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        assert!(extra.is_empty(), "{} has extra {extra:?}", locale.code());
    }
    let generated: BTreeSet<String> = KEYS.iter().map(|k| (*k).to_owned()).collect();
    assert_eq!(generated, english, "the generated struct is out of date");
}

#[test]
fn the_languages_differ_where_they_should() {
    assert_ne!(
        Locale::En.strings().home_title(),
        Locale::Ru.strings().home_title()
    );
    assert_ne!(
        Locale::En.strings().home_title(),
        Locale::Pl.strings().home_title()
    );
    assert_ne!(
        Locale::Ru.strings().nav_method(),
        Locale::Pl.strings().nav_method()
    );
}

#[test]
fn browser_languages_are_negotiated() {
    let cases: [(&[&str], Locale); 8] = [
        (&[], Locale::En),
        (&["de-DE", "fr"], Locale::En),
        (&["pl-PL", "en-US"], Locale::Pl),
        (&["ru"], Locale::Ru),
        (&["RU-ru"], Locale::Ru),
        (&["de", "ru-UA", "pl"], Locale::Ru),
        (&["en-GB", "pl"], Locale::En),
        (&["pl_PL"], Locale::Pl),
    ];
    for (preferred, expected) in cases {
        assert_eq!(
            Locale::negotiate(preferred.iter().copied()),
            expected,
            "{preferred:?}"
        );
    }
}

#[test]
fn codes_round_trip() {
    for locale in Locale::ALL {
        assert_eq!(Locale::from_code(locale.code()), Some(locale));
    }
    assert_eq!(Locale::from_code("de"), None);
}

#[test]
fn plural_categories_follow_cldr() {
    use PluralCategory::{Few, Many, One, Other};
    let cases = [
        (0, Other, Many, Many),
        (1, One, One, One),
        (2, Other, Few, Few),
        (4, Other, Few, Few),
        (5, Other, Many, Many),
        (11, Other, Many, Many),
        (12, Other, Many, Many),
        (14, Other, Many, Many),
        (21, Other, One, Many),
        (22, Other, Few, Few),
        (25, Other, Many, Many),
        (101, Other, One, Many),
        (111, Other, Many, Many),
        (112, Other, Many, Many),
        (122, Other, Few, Few),
    ];
    for (n, en, ru, pl) in cases {
        assert_eq!(Locale::En.plural_category(n), en, "en {n}");
        assert_eq!(Locale::Ru.plural_category(n), ru, "ru {n}");
        assert_eq!(Locale::Pl.plural_category(n), pl, "pl {n}");
    }
}

#[test]
fn plural_messages_pick_their_form() {
    let cases = [
        (Locale::En, 1, "1 person"),
        (Locale::En, 3, "3 people"),
        (Locale::Ru, 1, "1 человек"),
        (Locale::Ru, 3, "3 человека"),
        (Locale::Ru, 5, "5 человек"),
        (Locale::Pl, 1, "1 osoba"),
        (Locale::Pl, 3, "3 osoby"),
        (Locale::Pl, 5, "5 osób"),
        (Locale::Pl, 12_345, "12\u{a0}345 osób"),
    ];
    for (locale, n, expected) in cases {
        assert_eq!(locale.strings().people_count().format(locale, n), expected);
    }
}

#[test]
fn numbers_are_formatted_per_language() {
    let nb = '\u{a0}';
    let cases = [
        (Locale::En, 1234.5, 2, "1,234.50".to_owned()),
        (Locale::Ru, 1234.5, 2, format!("1{nb}234,50")),
        (Locale::Pl, 1234.5, 2, "1234,50".to_owned()),
        (Locale::Pl, 12345.0, 0, format!("12{nb}345")),
        (Locale::En, 1_234_567.0, 0, "1,234,567".to_owned()),
        (Locale::Ru, 1_234_567.0, 0, format!("1{nb}234{nb}567")),
        (Locale::En, 999.0, 0, "999".to_owned()),
        (Locale::En, -1234.0, 0, "-1,234".to_owned()),
        (Locale::En, -0.001, 1, "0.0".to_owned()),
        (Locale::En, 0.125, 1, "0.1".to_owned()),
        (Locale::Ru, 33.333, 1, "33,3".to_owned()),
        (Locale::En, 0.05, 2, "0.05".to_owned()),
        (Locale::En, 2.5, 0, "3".to_owned()),
        (
            Locale::Pl,
            1e12,
            0,
            format!("1{nb}000{nb}000{nb}000{nb}000"),
        ),
        (Locale::En, 9.999, 2, "10.00".to_owned()),
        (Locale::En, -0.4, 0, "0".to_owned()),
        (Locale::En, f64::NAN, 2, "—".to_owned()),
        (Locale::Pl, f64::INFINITY, 0, "—".to_owned()),
    ];
    for (locale, value, decimals, expected) in cases {
        assert_eq!(
            locale.format_number(value, decimals),
            expected,
            "{locale:?} {value}"
        );
    }
}

#[test]
fn placeholders_are_filled() {
    let cases = [
        ("{a} of {b}", vec![("a", "1"), ("b", "5")], "1 of 5"),
        ("no placeholders", vec![], "no placeholders"),
        ("{unknown} stays", vec![("a", "1")], "{unknown} stays"),
        ("open { brace", vec![], "open { brace"),
        ("{a}{a}", vec![("a", "x")], "xx"),
    ];
    for (template, values, expected) in cases {
        assert_eq!(fill(template, &values), expected);
    }
}

#[test]
fn dates_are_written_per_language() {
    let cases = [
        (Locale::En, "2026-11-22", "22 Nov 2026"),
        (Locale::Ru, "2026-11-22", "22.11.2026"),
        (Locale::Pl, "2026-01-05", "05.01.2026"),
        (Locale::En, "2026-01-05", "5 Jan 2026"),
        (Locale::En, "not a date", "not a date"),
        (Locale::Ru, "2026-13-01", "2026-13-01"),
    ];
    for (locale, iso, expected) in cases {
        assert_eq!(locale.format_date(iso), expected);
    }
}

#[test]
fn typed_numbers_are_read_per_language() {
    use rapport::i18n::NumberError::{Empty, NotANumber};
    let cases: [(Locale, &str, Result<f64, rapport::i18n::NumberError>); 20] = [
        (Locale::En, "1,234.5", Ok(1234.5)),
        (Locale::En, " 80 ", Ok(80.0)),
        (Locale::En, "0.5", Ok(0.5)),
        (Locale::En, "-3", Ok(-3.0)),
        (Locale::En, ".5", Ok(0.5)),
        (Locale::Ru, "1 234,5", Ok(1234.5)),
        (Locale::Ru, "1\u{a0}234,5", Ok(1234.5)),
        (Locale::Ru, "12.5", Ok(12.5)),
        (Locale::Pl, "12 345,67", Ok(12345.67)),
        (Locale::Pl, "\u{2212}4", Ok(-4.0)),
        (Locale::En, "", Err(Empty)),
        (Locale::Pl, "   ", Err(Empty)),
        (Locale::En, "abc", Err(NotANumber)),
        (Locale::En, "12a", Err(NotANumber)),
        (Locale::En, "1e5", Err(NotANumber)),
        (Locale::En, "inf", Err(NotANumber)),
        (Locale::En, "NaN", Err(NotANumber)),
        (Locale::Ru, "1,2,3", Err(NotANumber)),
        (Locale::En, "1.2.3", Err(NotANumber)),
        (Locale::En, "-", Err(NotANumber)),
    ];
    for (locale, text, expected) in cases {
        assert_eq!(locale.parse_number(text), expected, "{locale:?} {text:?}");
    }
}

proptest::proptest! {
    #[test]
    fn formatted_numbers_read_back(value in -1.0e9f64..1.0e9, decimals in 0usize..4) {
        for locale in Locale::ALL {
            let text = locale.format_number(value, decimals);
            let back = locale.parse_number(&text).unwrap();
            let step = 10f64.powi(-(decimals as i32));
            proptest::prop_assert!((back - value).abs() <= step / 2.0 + 1e-6, "{:?} {} -> {}", locale, value, text);
        }
    }
}

/// A locale file (one JSON object) as the build ships it (`src/wasm.mjs`):
/// its messages in the order of [`KEYS`], `null` for a key it lacks.
fn shipped(object: &serde_json::Map<String, serde_json::Value>) -> String {
    let messages: Vec<&serde_json::Value> = KEYS
        .iter()
        .map(|key| object.get(*key).unwrap_or(&serde_json::Value::Null))
        .collect();
    serde_json::to_string(&messages).unwrap()
}

/// `key`'s place in [`KEYS`], as a refused file's error names it.
fn place(key: &str) -> usize {
    KEYS.iter().position(|k| *k == key).unwrap()
}

fn object_of(code: &str) -> serde_json::Map<String, serde_json::Value> {
    serde_json::from_str(&file_of(code)).unwrap()
}

/// The browser reads each language from its file (the locale file as the
/// build ships it): what it reads must be exactly what the host compiles
/// in, plural forms a language never selects falling back to `other`.
#[test]
fn a_language_read_from_its_file_equals_the_compiled_strings() {
    for locale in Locale::ALL {
        let compiled = locale.strings();
        let file = shipped(&object_of(locale.code()));
        let read = read_texts(&file).unwrap();
        assert_eq!(&read, compiled, "{}", locale.code());
        assert!(locale.has_strings());
        // A broken file is refused and installs nothing (this is the only
        // test that installs, so nothing is installed yet); a good one
        // keeps the same strings.
        assert_eq!(install(locale, "{"), Err(TextsError::NotJson));
        assert_eq!(install_some(locale, "[]"), Err(TextsError::Length(0)));
        install(locale, &file).unwrap();
        assert_eq!(locale.strings(), compiled);
    }
    // English has no few or many forms: they are its `other`.
    let en = read_texts(&shipped(&object_of("en"))).unwrap();
    assert_eq!(en.people_count().few, en.people_count().other);
    assert_eq!(en.people_count().many, en.people_count().other);
    assert_ne!(en.people_count().one, en.people_count().other);
}

/// A file that is not a JSON array of one message per key, lacks a
/// message, or holds one of another kind is refused with what it stumbled
/// on; it never yields empty strings. A file of some of the messages may
/// lack any (`null`), but not be of another shape or kind.
#[test]
fn a_broken_text_file_is_refused() {
    let object = object_of("en");
    let whole = shipped(&object);
    let mut shorter: Vec<serde_json::Value> = serde_json::from_str(&whole).unwrap();
    shorter.pop();
    let mut longer = shorter.clone();
    longer.extend([serde_json::json!("a"), serde_json::json!("b")]);
    // (file, what the whole reader says, what the reader of some says)
    let mut cases: Vec<(String, TextsError, Option<TextsError>)> = vec![
        (
            "".to_owned(),
            TextsError::NotJson,
            Some(TextsError::NotJson),
        ),
        (
            "{}".to_owned(),
            TextsError::NotJson,
            Some(TextsError::NotJson),
        ),
        (
            file_of("en"),
            TextsError::NotJson,
            Some(TextsError::NotJson),
        ),
        (
            "[\"app_name\",".to_owned(),
            TextsError::NotJson,
            Some(TextsError::NotJson),
        ),
        (
            "[]".to_owned(),
            TextsError::Length(0),
            Some(TextsError::Length(0)),
        ),
        (
            serde_json::to_string(&shorter).unwrap(),
            TextsError::Length(KEYS.len() - 1),
            Some(TextsError::Length(KEYS.len() - 1)),
        ),
        (
            serde_json::to_string(&longer).unwrap(),
            TextsError::Length(KEYS.len() + 1),
            Some(TextsError::Length(KEYS.len() + 1)),
        ),
    ];
    for key in ["app_name", "chunk_retry"] {
        let mut lacking = object.clone();
        lacking.remove(key);
        cases.push((shipped(&lacking), TextsError::Key(place(key)), None));
        let mut wrong = object.clone();
        wrong.insert(key.to_owned(), serde_json::json!(["a list"]));
        let error = TextsError::Key(place(key));
        cases.push((shipped(&wrong), error.clone(), Some(error)));
    }
    for (key, value) in &object {
        let replacement = match value {
            serde_json::Value::String(_) => serde_json::json!(7),
            serde_json::Value::Array(_) => serde_json::json!([1]),
            _ => serde_json::json!({ "one": "x" }),
        };
        let mut wrong = object.clone();
        wrong.insert(key.clone(), replacement);
        let error = TextsError::Key(place(key));
        cases.push((shipped(&wrong), error.clone(), Some(error)));
    }
    for (file, whole, some) in cases {
        assert_eq!(read_texts(&file).err(), Some(whole.clone()), "{whole:?}");
        assert_eq!(read_some_texts(&file).err(), some, "some: {whole:?}");
    }
}

/// The participant's file holds only the messages its app reads: those read
/// as in the whole file, of every kind; every other key reads as empty.
#[test]
fn a_file_of_some_keys_reads_the_others_as_empty() {
    for locale in Locale::ALL {
        let whole = object_of(locale.code());
        let some: serde_json::Map<String, serde_json::Value> = whole
            .iter()
            .filter(|(key, _)| ["join_title", "people_count", "q_people"].contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        let read = read_some_texts(&shipped(&some)).unwrap();
        let compiled = locale.strings();
        assert_eq!(read.join_title(), compiled.join_title());
        assert_eq!(read.people_count(), compiled.people_count());
        assert_eq!(read.q_people(), compiled.q_people());
        assert!(!read.join_title().is_empty() && !read.q_people().is_empty());
        assert_eq!(read.assessment_title(), "");
        assert_eq!(read.component_people(), "");
        assert_eq!(read.scan_count().other, "");
        assert!(read.q_values().is_empty());
        // The whole file reads as the whole file.
        assert_eq!(&read_some_texts(&shipped(&whole)).unwrap(), compiled);
    }
    let none = shipped(&serde_json::Map::new());
    assert_eq!(read_some_texts(&none).unwrap().app_name(), "");
}

#[test]
fn text_files_are_named_by_language() {
    let names: Vec<String> = Locale::ALL.iter().map(|l| l.text_file()).collect();
    assert_eq!(names, ["texts-en.json", "texts-ru.json", "texts-pl.json"]);
    let names: Vec<String> = Locale::ALL.iter().map(|l| l.join_text_file()).collect();
    assert_eq!(
        names,
        [
            "texts-join-en.json",
            "texts-join-ru.json",
            "texts-join-pl.json"
        ]
    );
}

/// The whole app reads a language in parts (the shell's, then each view's):
/// the parts read one onto another give the same strings as the whole file,
/// whatever their order; a `null` keeps what an earlier part gave, and a
/// part refused says why, as a file of some messages is refused.
#[test]
fn a_language_read_in_parts_equals_the_whole() {
    for locale in Locale::ALL {
        let object = object_of(locale.code());
        let whole = read_texts(&shipped(&object)).unwrap();
        // Three parts, every third key each, read in two orders.
        let parts: Vec<String> = (0..3)
            .map(|n| {
                let part = object
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 3 == n)
                    .map(|(_, (k, v))| (k.clone(), v.clone()))
                    .collect();
                shipped(&part)
            })
            .collect();
        let empty = read_some_texts(&shipped(&serde_json::Map::new())).unwrap();
        for order in [[0, 1, 2], [2, 0, 1]] {
            let read = order
                .iter()
                .try_fold(empty.clone(), |base, n| read_part(&parts[*n], &base))
                .unwrap();
            assert_eq!(read, whole, "{}", locale.code());
        }
        // A part read again changes nothing; one part alone is not the whole.
        let once = read_part(&parts[0], &empty).unwrap();
        assert_eq!(read_part(&parts[0], &once).unwrap(), once);
        assert_ne!(once, whole);
        // A part that is not one, or holds a message of the wrong kind.
        assert_eq!(read_part("{", &once), Err(TextsError::NotJson));
        assert_eq!(read_part("[]", &once), Err(TextsError::Length(0)));
        let mut wrong: Vec<serde_json::Value> = serde_json::from_str(&parts[1]).unwrap();
        let at = wrong.iter().position(serde_json::Value::is_string).unwrap();
        wrong[at] = serde_json::json!(7);
        assert!(matches!(
            read_part(&serde_json::to_string(&wrong).unwrap(), &once),
            Err(TextsError::Key(_))
        ));
    }
}
