//! Importing files: a named refusal for every kind of bad file, fixtures
//! for every schema version, and no panic whatever the bytes.

use proptest::prelude::*;
use rapport::storage::SCHEMA_VERSION;
use rapport::transfer::export;
use rapport::transfer::{check_size, read, ImportError, MAX_DEPTH, MAX_IMPORT_BYTES};
use serde_json::{json, Value};

use crate::golden;

/// The committed fixtures, never edited, with their schema versions: at
/// least one per version, so every migration step runs from each. The
/// first of each version holds the language `pl`.
const FIXTURES: [(&str, u32); 9] = [
    ("store-v1.json", 1),
    ("store-v1-work.json", 1),
    ("store-v2.json", 2),
    ("store-v3.json", 3),
    ("export-v3.json", 3),
    ("store-v4.json", 4),
    ("export-v4.json", 4),
    ("store-v5.json", 5),
    ("export-v5.json", 5),
];

fn fixture_file(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|_| panic!("no fixture {path}"))
}

/// The first fixture of a schema version.
fn fixture(version: u32) -> Vec<u8> {
    let (name, _) = FIXTURES
        .iter()
        .find(|(_, v)| *v == version)
        .unwrap_or_else(|| panic!("no fixture for version {version}"));
    fixture_file(name)
}

#[test]
fn every_schema_version_has_a_fixture_that_reads() {
    for version in 1..=SCHEMA_VERSION {
        let work = read(&fixture(version)).unwrap();
        assert_eq!(
            work.settings.language.as_deref(),
            Some("pl"),
            "version {version}"
        );
    }
}

#[test]
fn every_migration_step_is_exercised_by_the_fixtures() {
    use rapport::storage::decode;
    for version in 1..=SCHEMA_VERSION {
        assert!(
            FIXTURES.iter().any(|(_, v)| *v == version),
            "no fixture of version {version}"
        );
    }
    // Data of each version enters the chain at its own step and takes
    // every later one, so each step is run by data of its own version.
    for (name, version) in FIXTURES {
        let text = String::from_utf8(fixture_file(name)).unwrap();
        assert!(text.contains(&format!(r#""version":{version},"#)), "{name}");
        let (migrated, _) = decode(&text).unwrap();
        let steps: Vec<u32> = (version..SCHEMA_VERSION).collect();
        assert_eq!(migrated.steps, steps, "{name}");
    }
}

#[test]
fn the_tools_of_a_version_1_file_arrive_in_one_engagement() {
    let work = read(&fixture_file("store-v1-work.json")).unwrap();
    let v2 = read(&fixture(2)).unwrap();
    let engagement = work.current();
    let same = v2.engagement("e2").unwrap();
    assert!(engagement.same_work(same), "v1 tools were not carried over");
    assert_eq!(engagement.economics.currency, "PLN");
}

#[test]
fn each_kind_of_bad_file_has_its_own_refusal() {
    let deep = format!(
        r#"{{"format":"rapport","version":1,"data":{{"x":{}{}}}}}"#,
        "[".repeat(MAX_DEPTH + 5),
        "]".repeat(MAX_DEPTH + 5)
    );
    let cases: [(&[u8], ImportError); 16] = [
        (b"", ImportError::Empty),
        (b" \n\t ", ImportError::Empty),
        (b"hello", ImportError::NotJson),
        (&[0xff, 0xfe, 0x00, 0x41], ImportError::NotJson),
        (
            b"{\"format\":\"rapport\",\"version\":1,\"data\":{\"settings\":{",
            ImportError::Truncated,
        ),
        (
            b"{\"format\":\"rapport\",\"version\":1,",
            ImportError::Truncated,
        ),
        (deep.as_bytes(), ImportError::TooDeep),
        (b"[1, 2, 3]", ImportError::NotRapport),
        (b"{\"name\": \"a budget\"}", ImportError::NotRapport),
        (
            b"{\"format\":\"other\",\"version\":1,\"data\":{}}",
            ImportError::NotRapport,
        ),
        (
            b"{\"format\":\"rapport\",\"version\":0,\"data\":{}}",
            ImportError::NotRapport,
        ),
        (
            b"{\"format\":\"rapport\",\"version\":7,\"data\":{}}",
            ImportError::NewerVersion(7),
        ),
        (
            b"{\"format\":\"rapport\",\"version\":1,\"data\":{\"settings\":{\"language\":5}}}",
            ImportError::WrongTypes,
        ),
        (
            b"{\"format\":\"rapport\",\"version\":1,\"data\":[]}",
            ImportError::WrongTypes,
        ),
        (
            b"{\"format\":\"rapport\",\"version\":99999999999,\"data\":{}}",
            ImportError::OutOfRange,
        ),
        (
            b"{\"format\":\"rapport\",\"version\":1,\"data\":{\"x\":1e999}}",
            ImportError::OutOfRange,
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            read(bytes),
            Err(expected),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn size_is_checked_before_reading() {
    assert_eq!(check_size(MAX_IMPORT_BYTES), Ok(()));
    assert_eq!(check_size(MAX_IMPORT_BYTES + 1), Err(ImportError::TooLarge));
    let huge = vec![b' '; usize::try_from(MAX_IMPORT_BYTES).unwrap() + 1];
    assert_eq!(read(&huge), Err(ImportError::TooLarge));
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(fixture(1));
    assert!(read(&bytes).is_ok());
}

#[test]
fn extreme_nesting_is_refused_without_exhausting_the_stack() {
    let bomb = "[".repeat(1_000_000);
    assert_eq!(read(bomb.as_bytes()), Err(ImportError::TooDeep));
}

#[test]
fn every_truncation_of_every_fixture_is_refused() {
    for (name, _) in FIXTURES {
        let bytes = fixture_file(name);
        let full = bytes.len() - 1; // without the final newline
        for end in 0..full {
            assert!(
                read(&bytes[..end]).is_err(),
                "{name} cut at {end} was accepted"
            );
        }
    }
}

#[test]
fn an_export_reads_back_as_it_was() {
    let work = read(&fixture(2)).unwrap();
    let all = export(&work, None).unwrap();
    let back = read(all.as_bytes()).unwrap();
    // All but the blank engagement, which carries nothing.
    assert_eq!(back.engagements.len(), 1);
    assert_eq!(back.engagements[0], *work.engagement("e2").unwrap());
    assert_eq!(
        back.settings,
        Default::default(),
        "settings stay in the browser"
    );
    let one = export(&work, Some(&["e2".to_owned()])).unwrap();
    let back = read(one.as_bytes()).unwrap();
    assert_eq!(back.engagements.len(), 1);
    assert_eq!(back.engagements[0], *work.engagement("e2").unwrap());
    assert!(!all.contains("revision"), "files carry no storage revision");
}

proptest! {
    #[test]
    fn flipped_bytes_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = fixture(2);
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = read(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = read(text.as_bytes());
    }

    /// Well-formed JSON in a Rapport envelope, with any content where the
    /// engagements go: every case gets past the JSON parser into the
    /// reading of engagements, and ends in a value or a named refusal.
    #[test]
    fn any_json_in_the_envelope_is_read_or_refused_by_name(
        version in 1..=SCHEMA_VERSION + 1,
        engagements in proptest::collection::vec(arb_json(), 0..4),
    ) {
        let file = json!({
            "format": "rapport",
            "version": version,
            "data": { "engagements": engagements },
        });
        match read(file.to_string().as_bytes()) {
            Ok(_) => {}
            Err(ImportError::NewerVersion(v)) => prop_assert!(v > SCHEMA_VERSION),
            Err(e) => prop_assert!(
                matches!(e, ImportError::WrongTypes | ImportError::OutOfRange | ImportError::TooDeep),
                "{e:?}"
            ),
        }
    }
}

/// Any JSON value, with the keys Rapport's engagements use as well as
/// others, so that generated values reach deep into the reading.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-200i64..200).prop_map(Value::from),
        (-1e3..1e3f64).prop_map(Value::from),
        "[a-z0-9 ]{0,8}".prop_map(Value::from),
    ];
    let key = prop_oneof![
        Just("id"),
        Just("name"),
        Just("assessment"),
        Just("current"),
        Just("answers"),
        Just("weights"),
        Just("targets"),
        Just("snapshots"),
        Just("fit"),
        Just("client"),
        Just("supplier"),
        Just("profile"),
        Just("ocai"),
        Just("aspects"),
        Just("economics"),
        Just("figures"),
        Just("retention"),
        Just("scenarios"),
        Just("workshops"),
        Just("entries"),
        Just("other"),
    ];
    leaf.prop_recursive(5, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..6).prop_map(|map| {
                Value::Object(map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

#[test]
fn a_bad_engagement_in_a_file_is_named_by_its_fault() {
    let cases = [
        (r#"{"id":"e1","name":7}"#, ImportError::WrongTypes),
        (
            r#"{"id":"e1","fit":{"client":{"profile":{"horizon":9}}}}"#,
            ImportError::OutOfRange,
        ),
        (
            r#"{"id":"e1","economics":{"figures":{"retention":140}}}"#,
            ImportError::OutOfRange,
        ),
        (
            r#"{"id":"e1","fit":{"client":{"ocai":{"aspects":[[50,50,50,50]]}}}}"#,
            ImportError::OutOfRange,
        ),
    ];
    for (engagement, expected) in cases {
        let file = format!(
            r#"{{"format":"rapport","version":2,"data":{{"engagements":[{{"id":"e0"}},{engagement}]}}}}"#
        );
        assert_eq!(read(file.as_bytes()), Err(expected), "{engagement}");
    }
}

#[test]
fn the_exported_file_is_frozen() {
    let work = golden::workspace();
    let name = format!("export-v{SCHEMA_VERSION}.json");
    let frozen = golden::assert_frozen(&name, &export(&work, None).unwrap());
    let file = read(frozen.as_bytes()).unwrap();
    assert_eq!(file.engagements, work.engagements);
    assert_eq!(file.current, work.engagements[0].id);
    // What belongs to this browser stays in it.
    assert_eq!(file.settings, Default::default());
    assert_eq!(file.last_exported, None);
    assert_eq!(file.participation, None);
}

#[test]
fn a_version_3_file_reads_with_the_default_report_choices() {
    for name in ["store-v3.json", "export-v3.json"] {
        let work = read(&fixture_file(name)).unwrap();
        assert!(!work.engagements.is_empty(), "{name}");
        for e in &work.engagements {
            assert_eq!(e.report, Default::default(), "{name}");
        }
    }
}

#[test]
fn the_size_cap_is_five_megabytes_exactly() {
    // The refusal says "larger than 5 MB": 5 × 1024 × 1024 bytes.
    assert_eq!(MAX_IMPORT_BYTES, 5 * 1024 * 1024);
    assert_eq!(check_size(MAX_IMPORT_BYTES), Ok(()));
    assert_eq!(check_size(MAX_IMPORT_BYTES + 1), Err(ImportError::TooLarge));
}

#[test]
fn brackets_inside_text_are_not_nesting() {
    // A name full of brackets, with escaped quotes and backslashes inside
    // it, nests no deeper than the file around it: the file is read.
    let deep = "[".repeat(MAX_DEPTH + 5);
    for name in [
        deep.clone(),
        format!("\\\"{deep}"),
        format!("\\\\\\\"{deep}\\\\"),
    ] {
        let file = format!(
            r#"{{"format":"rapport","version":2,"data":{{"engagements":[{{"id":"e1","name":"{name}"}}]}}}}"#
        );
        let work = read(file.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(work.engagements[0].name.contains(&deep));
    }
    // After an escaped backslash the quote closes the text: what follows
    // is nesting again.
    let closed = format!(
        r#"{{"format":"rapport","version":2,"data":{{"engagements":[{{"id":"e1","name":"\\","x":{}}}]}}}}"#,
        "[".repeat(MAX_DEPTH + 5)
    );
    assert_eq!(read(closed.as_bytes()), Err(ImportError::TooDeep));
}

#[test]
fn nesting_up_to_the_limit_is_read_and_one_more_is_refused() {
    // The envelope, its data, the list and the engagement are 4 levels;
    // an unknown field adds the rest.
    let file = |levels: usize| {
        format!(
            r#"{{"format":"rapport","version":2,"data":{{"engagements":[{{"id":"e1","x":{}{}}}]}}}}"#,
            "[".repeat(levels),
            "]".repeat(levels)
        )
    };
    assert!(read(file(MAX_DEPTH - 4).as_bytes()).is_ok());
    assert_eq!(
        read(file(MAX_DEPTH - 3).as_bytes()),
        Err(ImportError::TooDeep)
    );
}
