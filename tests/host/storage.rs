//! The storage envelope: what is written, what is refused, how older
//! versions are migrated, and how one bad record is set aside.

use rapport::model::workspace::Workspace;
use rapport::storage::{decode, encode, migrate, StorageError, SCHEMA_VERSION};
use serde_json::Value;

use crate::golden;

/// The revision the golden store is saved at.
const REVISION: u64 = 12;

/// The work an envelope holds, without its revision and migration details.
fn work(raw: &str) -> Result<Workspace, StorageError> {
    decode(raw).map(|(m, _)| m.work)
}

#[test]
fn work_round_trips_with_its_revision() {
    for original in [
        Workspace::default(),
        Workspace::default().with_language("pl"),
    ] {
        let (migrated, revision) = decode(&encode(&original, 41)).unwrap();
        assert_eq!(migrated.work, original);
        assert_eq!(revision, 41);
        assert_eq!(migrated.set_aside, 0);
        assert!(migrated.steps.is_empty(), "current data needs no migration");
    }
}

#[test]
fn the_envelope_carries_format_version_and_revision() {
    let value: serde_json::Value = serde_json::from_str(&encode(&Workspace::default(), 3)).unwrap();
    assert_eq!(value["format"], "rapport");
    assert_eq!(value["version"], SCHEMA_VERSION);
    assert_eq!(value["revision"], 3);
    assert!(value["data"].is_object());
    // A file (revision 0) carries none.
    let file: serde_json::Value = serde_json::from_str(&encode(&Workspace::default(), 0)).unwrap();
    assert!(file.get("revision").is_none());
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
        r#"{"format":"rapport","version":2,"data":{"engagements":{}}}"#,
        r#"{"format":"rapport","version":1,"data":[]}"#,
    ];
    for raw in cases {
        assert!(corrupt(raw), "{raw:?} gave {:?}", decode(raw).map(|_| ()));
    }
}

#[test]
fn newer_data_is_refused_not_read() {
    let raw = r#"{"format":"rapport","version":99,"data":{"anything":true}}"#;
    assert_eq!(work(raw), Err(StorageError::NewerVersion(99)));
}

#[test]
fn missing_fields_take_defaults() {
    for version in 1..=SCHEMA_VERSION {
        let raw = format!(r#"{{"format":"rapport","version":{version},"data":{{}}}}"#);
        assert_eq!(work(&raw), Ok(Workspace::default()), "version {version}");
    }
}

#[test]
fn version_1_becomes_the_first_engagement() {
    let raw = r#"{"format":"rapport","version":1,"data":{"settings":{"language":"ru"},
        "assessment":{"current":{"answers":{"strategy.1":{"level":4}}}},
        "economics":{"currency":"PLN"}}}"#;
    let (migrated, _) = decode(raw).unwrap();
    assert_eq!(migrated.steps, vec![1, 2, 3, 4]);
    let w = migrated.work;
    assert_eq!(w.settings.language.as_deref(), Some("ru"));
    assert_eq!(w.engagements.len(), 1);
    assert_eq!(w.current().economics.currency, "PLN");
    assert_eq!(w.current().assessment.current.answered_count(), 1);
}

#[test]
fn one_bad_engagement_is_set_aside_and_the_rest_load() {
    let raw = r#"{"format":"rapport","version":2,"revision":5,"data":{"engagements":[
        {"id":"e1","name":"Good"},
        {"id":"e2","name":7},
        {"id":"e3","name":"Also good"},
        "not even an object"
    ],"current":"e2"}}"#;
    let (migrated, revision) = decode(raw).unwrap();
    assert_eq!(revision, 5);
    assert_eq!(migrated.set_aside, 2);
    let names: Vec<&str> = migrated
        .work
        .engagements
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, ["Good", "Also good"]);
    // The current one was set aside, so the first one left is opened.
    assert_eq!(migrated.work.current, "e1");
}

#[test]
fn every_truncation_of_a_valid_envelope_is_handled() {
    let raw = encode(&Workspace::default().with_language("ru"), 2);
    for end in 0..raw.len() {
        let result = decode(&raw[..end]);
        assert!(
            result.is_err(),
            "a truncated envelope was accepted: {:?}",
            &raw[..end]
        );
    }
}

#[test]
fn each_version_takes_every_step_from_its_own() {
    let cases: [(u32, &[u32]); 5] = [
        (1, &[1, 2, 3, 4]),
        (2, &[2, 3, 4]),
        (3, &[3, 4]),
        (4, &[4]),
        (5, &[]),
    ];
    for (version, steps) in cases {
        let migrated = migrate(version, "{}").unwrap();
        assert_eq!(migrated.steps, steps, "version {version}");
    }
}

#[test]
fn version_4_ocai_splits_become_the_now_profiles() {
    use rapport::model::fit::{CultureType, Moment, Side};
    // The supplier had a split of whole points, the client none stored
    // (never written by a release, which always wrote one).
    let aspects =
        r#"[[40,20,25,15],[25,25,25,25],[25,25,25,25],[25,25,25,25],[25,25,25,25],[100,0,0,0]]"#;
    let engagement = format!(
        r#"{{"id":"e1","fit":{{"supplier":{{"name":"Acme","ocai":{{"aspects":{aspects}}}}},"client":{{"name":"Borealis"}}}}}}"#
    );
    let v4 =
        format!(r#"{{"format":"rapport","version":4,"data":{{"engagements":[{engagement}]}}}}"#);
    let v1 = format!(r#"{{"format":"rapport","version":1,"data":{engagement}}}"#);
    for (raw, steps) in [(v4, vec![4]), (v1, vec![1, 2, 3, 4])] {
        let (migrated, _) = decode(&raw).unwrap();
        assert_eq!(migrated.steps, steps);
        assert_eq!(migrated.set_aside, 0);
        let fit = &migrated.work.current().fit;
        let now = &fit.party(Side::Supplier).ocai.now;
        assert_eq!(now.get(0, CultureType::Clan), Some(40.0));
        assert_eq!(now.get(0, CultureType::Hierarchy), Some(15.0));
        assert_eq!(now.get(5, CultureType::Clan), Some(100.0));
        assert_eq!(now.get(5, CultureType::Market), Some(0.0));
        assert!(now.is_whole());
        assert!(fit.supplier.ocai.get(Moment::Preferred).is_empty());
        assert!(fit.client.ocai.is_empty());
        assert_eq!(fit.client.name, "Borealis");
    }
    // The split every engagement started with, 25 everywhere and saved
    // untouched, was never entered: it becomes an empty profile.
    let even =
        r#"[[25,25,25,25],[25,25,25,25],[25,25,25,25],[25,25,25,25],[25,25,25,25],[25,25,25,25]]"#;
    let untouched = format!(
        r#"{{"format":"rapport","version":4,"data":{{"engagements":[{{"id":"e1","fit":{{"client":{{"ocai":{{"aspects":{even}}}}}}}}}]}}}}"#
    );
    let (migrated, _) = decode(&untouched).unwrap();
    assert!(migrated.work.current().fit.client.ocai.is_empty());
    // A version 4 split that breaks the rules of version 5 (one row) is
    // not guessed at: it is refused as version 5 data would be.
    // Like any tool's data, it is read when a view needs it
    // (`model::stored`): its engagement loads, and that fit does not read.
    let bad = r#"{"format":"rapport","version":4,"data":{"engagements":[{"id":"e1"},
        {"id":"e2","fit":{"client":{"ocai":{"aspects":[[25,25,25,25]]}}}}]}}"#;
    let (migrated, _) = decode(bad).unwrap();
    assert_eq!(migrated.set_aside, 0);
    assert!(migrated.work.engagements[0].check().is_ok());
    assert!(migrated.work.engagements[1].fit.check().is_err());
}

#[test]
fn the_stored_envelope_is_frozen() {
    let work = golden::workspace();
    let name = format!("store-v{SCHEMA_VERSION}.json");
    let frozen = golden::assert_frozen(&name, &encode(&work, REVISION));
    let (migrated, revision) = decode(&frozen).unwrap();
    assert_eq!(migrated.work, work);
    assert_eq!(revision, REVISION);
    assert!(migrated.steps.is_empty());
}

#[test]
fn the_careful_path_reads_the_current_version_as_the_quick_one_does() {
    // `decode` reads its own version in one pass and falls back to
    // `migrate` when that fails; both must read the same data the same way,
    // or a store would change meaning with one damaged engagement.
    let work = golden::workspace();
    let data = serde_json::to_string(&work).unwrap();
    let migrated = migrate(SCHEMA_VERSION, &data).unwrap();
    assert_eq!(migrated.work, work);
    assert_eq!(migrated.set_aside, 0);
}

/// Whether `shown` (an example in the README, where a string starting with
/// "…" stands for what is left out, and a key "…" for more keys) is part of
/// `written`. Numbers compare by value, so `10` shows `10.0`.
fn shows(shown: &Value, written: &Value) -> bool {
    let elided = |v: &Value| v.as_str().is_some_and(|s| s.starts_with('…'));
    match (shown, written) {
        _ if elided(shown) => true,
        (Value::Object(shown), Value::Object(written)) => shown
            .iter()
            .filter(|(key, _)| *key != "…")
            .all(|(key, v)| written.get(key).is_some_and(|w| shows(v, w))),
        (Value::Array(shown), Value::Array(written)) => {
            let whole = shown.len() == written.len();
            let cut = shown.last().is_some_and(elided) && shown.len() - 1 <= written.len();
            (whole || cut) && shown.iter().zip(written).all(|(s, w)| shows(s, w))
        }
        (Value::Number(s), Value::Number(w)) => s.as_f64() == w.as_f64(),
        _ => shown == written,
    }
}

#[test]
fn the_readme_shows_what_is_written_today() {
    let readme = include_str!("../../README.md");
    let section = &readme[readme.find("## Saved data and the file format").unwrap()..];
    let start = section.find("```json\n").unwrap() + "```json\n".len();
    let end = start + section[start..].find("\n```").unwrap();
    let shown: Value = serde_json::from_str(&section[start..end]).unwrap();
    let written: Value = serde_json::from_str(&encode(&golden::workspace(), REVISION)).unwrap();
    assert!(
        shows(&shown, &written),
        "the README's example is not what is written today:\n{}",
        serde_json::to_string_pretty(&written).unwrap()
    );
}
