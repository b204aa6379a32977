//! Importing files: a named refusal for every kind of bad file, fixtures
//! for every schema version, and no panic whatever the bytes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use proptest::prelude::*;
use rapport::model::workspace::Workspace;
use rapport::storage::{encode, SCHEMA_VERSION};
use rapport::transfer::{check_size, read, ImportError, MAX_DEPTH, MAX_IMPORT_BYTES};

/// The committed fixture for a schema version; fixtures are never edited.
fn fixture(version: u32) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/store-v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|_| panic!("no fixture for version {version}: {path}"))
}

#[test]
fn every_schema_version_has_a_fixture_that_reads() {
    // A migration step v → v+1 is exercised by the fixture of version v, so
    // a version without a fixture is an untested migration.
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
    for version in 1..=SCHEMA_VERSION {
        let bytes = fixture(version);
        let full = bytes.len() - 1; // without the final newline
        for end in 0..full {
            assert!(
                read(&bytes[..end]).is_err(),
                "version {version} cut at {end} was accepted"
            );
        }
    }
}

#[test]
fn an_export_reads_back_as_it_was() {
    let work = Workspace::default().with_language("ru");
    assert_eq!(read(encode(&work).as_bytes()), Ok(work));
}

proptest! {
    #[test]
    fn flipped_bytes_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = fixture(1);
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
}
