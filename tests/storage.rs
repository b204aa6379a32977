//! The storage envelope: what is written, and what is refused.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use rapport::model::workspace::Workspace;
use rapport::storage::{decode, encode, StorageError, SCHEMA_VERSION};

#[test]
fn work_round_trips() {
    for work in [
        Workspace::default(),
        Workspace::default().with_language("pl"),
    ] {
        assert_eq!(decode(&encode(&work)), Ok(work));
    }
}

#[test]
fn the_envelope_carries_format_and_version() {
    let value: serde_json::Value = serde_json::from_str(&encode(&Workspace::default())).unwrap();
    assert_eq!(value["format"], "rapport");
    assert_eq!(value["version"], SCHEMA_VERSION);
    assert!(value["data"].is_object());
}

#[test]
fn bad_text_is_an_error_value() {
    let corrupt = |raw: &str| matches!(decode(raw), Err(StorageError::Corrupt(_)));
    let cases = [
        "",
        "not json",
        "{",
        "null",
        "[]",
        r#"{"version":1,"data":{}}"#,
        r#"{"format":"other","version":1,"data":{}}"#,
        r#"{"format":"rapport","version":"1","data":{}}"#,
        r#"{"format":"rapport","version":0,"data":{}}"#,
        r#"{"format":"rapport","version":1,"data":{"settings":{"language":5}}}"#,
        r#"{"format":"rapport","version":1,"data":[]}"#,
    ];
    for raw in cases {
        assert!(corrupt(raw), "{raw:?} gave {:?}", decode(raw));
    }
}

#[test]
fn newer_data_is_refused_not_read() {
    let raw = r#"{"format":"rapport","version":99,"data":{"anything":true}}"#;
    assert_eq!(decode(raw), Err(StorageError::NewerVersion(99)));
}

#[test]
fn missing_fields_take_defaults() {
    let raw = r#"{"format":"rapport","version":1,"data":{}}"#;
    assert_eq!(decode(raw), Ok(Workspace::default()));
}

#[test]
fn every_truncation_of_a_valid_envelope_is_handled() {
    let raw = encode(&Workspace::default().with_language("ru"));
    for end in 0..raw.len() {
        let result = decode(&raw[..end]);
        assert!(
            result.is_err(),
            "a truncated envelope was accepted: {:?}",
            &raw[..end]
        );
    }
}
