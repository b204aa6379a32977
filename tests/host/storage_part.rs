//! A join link's page keeps only its part of the saved work (the settings
//! and the participation): it must find what the whole app saved, write
//! its part back without changing a byte of the rest's meaning, and keep
//! every rule of the whole store: never over newer data, never over
//! another tab's save, never over unreadable text without a kept copy.

use proptest::prelude::*;
use rapport::model::workshop::Participation;
use rapport::model::workspace::Workspace;
use rapport::storage::{
    decode, encode, part_will_do, Memory, StorageError, Store, BACKUP_KEY, CURRENT_PREFIX, KEY,
    SCHEMA_VERSION,
};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("no fixture {path}"))
}

/// What a newer release writes.
fn newer(revision: u64) -> String {
    format!(
        r#"{{"format":"rapport","version":{},"revision":{revision},"data":{{"future":true}}}}"#,
        SCHEMA_VERSION + 1
    )
}

fn participation(workshop: u32, role: u8) -> Participation {
    Participation {
        workshop,
        name: format!("Workshop {workshop}"),
        role,
        participant: 77,
        ..Participation::default()
    }
}

/// The consultant's saved work: the version 5 fixture, its engagements and
/// all, with its revision.
fn consultants() -> (Workspace, u64) {
    let (migrated, revision) = decode(&fixture("store-v5.json")).unwrap();
    (migrated.work, revision)
}

#[test]
fn the_prefix_is_how_this_builds_envelopes_begin() {
    let text = encode(&Workspace::default(), 3);
    assert!(text.starts_with(CURRENT_PREFIX), "{text}");
    assert!(CURRENT_PREFIX.contains(&format!("\"version\":{SCHEMA_VERSION},")));
}

/// Which saved texts a join link's page can keep by its part: nothing
/// saved, or this version's envelope; every other text is the whole app's.
#[test]
fn a_participants_page_takes_what_it_can_keep_by_its_part_only() {
    let cases: [(&str, Option<String>, bool); 9] = [
        ("nothing saved", None, true),
        (
            "this version, empty",
            Some(encode(&Workspace::default(), 0)),
            true,
        ),
        (
            "this version, a consultant's",
            Some(fixture("store-v5.json")),
            true,
        ),
        ("version 4", Some(fixture("store-v4.json")), false),
        ("version 1", Some(fixture("store-v1.json")), false),
        ("newer", Some(newer(4)), false),
        (
            "version 50",
            Some(r#"{"format":"rapport","version":50,"data":{}}"#.into()),
            false,
        ),
        ("not JSON", Some("damaged".into()), false),
        (
            "another format",
            Some(r#"{"format":"other","version":5,"data":{}}"#.into()),
            false,
        ),
    ];
    for (what, raw, expected) in cases {
        assert_eq!(part_will_do(raw.as_deref()), expected, "{what}");
    }
}

/// The part is read from the consultant's saved work; written back, only
/// the settings and the participation change, and the whole app reads the
/// rest exactly as it was.
#[test]
fn the_part_written_back_leaves_the_rest_as_the_whole_app_saved_it() {
    let memory = Memory::new();
    let stored = fixture("store-v5.json");
    memory.put(KEY, &stored);
    let (before, revision) = consultants();
    let (tab, opened) = Store::open_part_in(memory.clone());
    assert_eq!(opened.problem, None);
    assert_eq!(opened.revision, revision);
    assert_eq!(opened.work.settings, before.settings);
    assert_eq!(opened.work.participation, before.participation);
    assert_eq!(
        opened.work.engagements,
        Workspace::default().engagements,
        "the part reads no engagement"
    );

    let mut mine = opened.work.clone();
    mine.settings.language = Some("ru".into());
    mine.participation = Some(participation(9, 2));
    let saved = tab.save_part_after(&mine, revision).unwrap();
    assert_eq!((saved.revision, saved.kept_copy), (revision + 1, false));
    assert_eq!(memory.peek(KEY), Some(saved.text.clone()));
    assert_eq!(memory.peek(BACKUP_KEY), None, "readable text needs no copy");

    let (after, after_revision) = decode(&saved.text).unwrap();
    assert_eq!(after_revision, revision + 1);
    let mut expected = before;
    expected.settings.language = Some("ru".into());
    expected.participation = Some(participation(9, 2));
    assert_eq!(after.work, expected);
    assert!(saved.text.starts_with(CURRENT_PREFIX));

    // Read again by the part: what it wrote.
    let (again, again_revision) = tab.load_part().unwrap();
    assert_eq!(again_revision, revision + 1);
    assert_eq!(again.work.participation, Some(participation(9, 2)));
    assert_eq!(again.work.settings.language.as_deref(), Some("ru"));
}

/// No participation is no field, as the whole app writes it; a first save
/// on a clean device writes the part alone, which the whole app reads as a
/// clean workspace with it.
#[test]
fn a_first_save_writes_the_part_alone_and_no_participation_is_no_field() {
    let memory = Memory::new();
    let (tab, opened) = Store::open_part_in(memory.clone());
    assert_eq!((opened.revision, opened.problem.clone()), (0, None));
    let mut mine = opened.work;
    mine.participation = Some(participation(3, 0));
    let first = tab.save_part_after(&mine, 0).unwrap();
    let (read, _) = decode(&first.text).unwrap();
    let expected = Workspace {
        participation: Some(participation(3, 0)),
        ..Workspace::default()
    };
    assert_eq!(read.work, expected);

    mine.participation = None;
    let second = tab.save_part_after(&mine, first.revision).unwrap();
    assert!(!second.text.contains("participation"), "{}", second.text);
    assert_eq!(second.revision, 2);
}

/// Another tab's save since this one read: nothing is written.
#[test]
fn a_participants_tab_never_writes_over_another_tabs_save() {
    let memory = Memory::new();
    memory.put(KEY, &fixture("store-v5.json"));
    let (_, revision) = consultants();
    let (part, opened) = Store::open_part_in(memory.clone());
    let (whole, whole_opened) = Store::open_in(memory.clone());
    let theirs = whole.save(&whole_opened.work, revision).unwrap();
    let mut mine = opened.work;
    mine.participation = Some(participation(4, 1));
    assert_eq!(
        part.save_part_after(&mine, revision),
        Err(StorageError::Conflict)
    );
    assert_eq!(memory.peek(KEY), Some(theirs.text));
    // Knowing the new revision ("keep this tab's version"), it writes.
    let known = part.revision().unwrap();
    assert!(part.save_part_after(&mine, known).is_ok());
}

/// A newer release's data: opened as nothing, never written over.
#[test]
fn a_participants_tab_never_writes_over_a_newer_release() {
    let memory = Memory::new();
    memory.put(KEY, &newer(8));
    let (part, opened) = Store::open_part_in(memory.clone());
    assert_eq!(
        opened.problem,
        Some(StorageError::NewerVersion(SCHEMA_VERSION + 1))
    );
    assert_eq!(
        memory.peek(BACKUP_KEY),
        None,
        "newer data is left, not copied"
    );
    for known in [0, 8] {
        assert_eq!(
            part.save_part_after(&opened.work, known),
            Err(StorageError::NewerVersion(SCHEMA_VERSION + 1))
        );
    }
    assert_eq!(memory.peek(KEY), Some(newer(8)));
}

/// Text the part cannot keep (damaged, or older data only the whole app
/// migrates, left by another tab) is kept as a backup before anything is
/// written over it; if no copy can be kept, nothing is written.
#[test]
fn text_the_part_cannot_keep_is_kept_as_a_backup_first() {
    for found in [
        "damaged".to_owned(),
        fixture("store-v4.json"),
        r#"{"format":"rapport","version":5,"data":[1]}"#.to_owned(),
        // An array serde would read as the part's fields in order.
        r#"{"format":"rapport","version":5,"data":[{"language":"ru"}]}"#.to_owned(),
    ] {
        let memory = Memory::new();
        memory.put(KEY, &found);
        let (part, opened) = Store::open_part_in(memory.clone());
        assert!(
            matches!(opened.problem, Some(StorageError::Corrupt(_))),
            "{found}"
        );
        assert_eq!(
            opened.work,
            Workspace::default(),
            "{found}: none of it is read"
        );
        assert_eq!(memory.peek(BACKUP_KEY), Some(found.clone()));
        let mut mine = opened.work;
        mine.participation = Some(participation(5, 0));
        let saved = part.save_part_after(&mine, 0).unwrap();
        assert!(saved.kept_copy || memory.peek(BACKUP_KEY) == Some(found.clone()));
        assert_eq!(memory.peek(BACKUP_KEY), Some(found.clone()));
        assert_eq!(
            decode(&saved.text).unwrap().0.work.participation,
            mine.participation
        );
    }
    // Found while saving, with no room for a copy: nothing is written.
    let memory = Memory::new();
    let (part, opened) = Store::open_part_in(memory.clone());
    memory.put(KEY, "damaged");
    memory.set_quota(Some(20));
    assert!(part.save_part_after(&opened.work, 0).is_err());
    assert_eq!(memory.peek(KEY), Some("damaged".to_owned()));
}

/// One step of a session where the whole app and a participant's page
/// share one browser's storage.
#[derive(Clone, Debug)]
enum Step {
    /// The whole app's tab changes its language.
    WholeEdit(u8),
    /// The whole app's tab saves.
    WholeSave,
    /// The participant's tab answers with a role.
    PartEdit(u8),
    /// The participant's tab saves.
    PartSave,
    /// A tab takes what is stored (0: the whole app's, 1: the part's).
    Reload(bool),
    /// Another program leaves text no release can read.
    Damage(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        2 => any::<u8>().prop_map(Step::WholeEdit),
        3 => Just(Step::WholeSave),
        2 => any::<u8>().prop_map(Step::PartEdit),
        3 => Just(Step::PartSave),
        2 => any::<bool>().prop_map(Step::Reload),
        1 => any::<u8>().prop_map(Step::Damage),
    ]
}

const LANGUAGES: [&str; 3] = ["en", "ru", "pl"];

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::cases(4_000), ..ProptestConfig::default() })]

    /// Over any interleaving of the whole app and a participant's page:
    /// a part's save changes only the settings and the participation of
    /// readable stored work (the engagements stay as they were), succeeds
    /// only over the revision it knows or over text it kept as a backup,
    /// and damaged text is never lost.
    #[test]
    fn a_participants_saves_never_change_the_consultants_work(steps in prop::collection::vec(step(), 1..20)) {
        let memory = Memory::new();
        memory.put(KEY, &fixture("store-v5.json"));
        let (whole, opened) = Store::open_in(memory.clone());
        let (mut whole_work, mut whole_known) = (opened.work, opened.revision);
        let (part, opened) = Store::open_part_in(memory.clone());
        let (mut part_work, mut part_known) = (opened.work, opened.revision);
        let mut precious: Option<String> = None;
        for step in steps {
            match step {
                Step::WholeEdit(l) => whole_work.settings.language = Some(LANGUAGES[usize::from(l) % 3].into()),
                Step::WholeSave => {
                    if let Ok(saved) = whole.save(&whole_work, whole_known) {
                        whole_known = saved.revision;
                    }
                }
                Step::PartEdit(role) => part_work.participation = Some(participation(1, role)),
                Step::PartSave => {
                    let before = memory.peek(KEY);
                    let readable = before.as_deref().and_then(|raw| decode(raw).ok());
                    match part.save_part_after(&part_work, part_known) {
                        Ok(saved) => {
                            let (after, revision) = decode(&saved.text).unwrap();
                            prop_assert_eq!(revision, saved.revision);
                            prop_assert_eq!(&after.work.participation, &part_work.participation);
                            prop_assert_eq!(&after.work.settings, &part_work.settings);
                            if let Some((stored, stored_revision)) = readable {
                                prop_assert_eq!(stored_revision, part_known);
                                prop_assert_eq!(&after.work.engagements, &stored.work.engagements);
                                prop_assert_eq!(&after.work.current, &stored.work.current);
                                prop_assert_eq!(&after.work.last_exported, &stored.work.last_exported);
                            }
                            part_known = saved.revision;
                        }
                        Err(e) => {
                            prop_assert!(matches!(e, StorageError::Conflict), "unexpected refusal {:?}", e);
                            prop_assert_eq!(memory.peek(KEY), before, "a refused save wrote");
                        }
                    }
                }
                Step::Reload(false) => {
                    if let Ok((migrated, revision)) = whole.load() {
                        whole_work = migrated.work;
                        whole_known = revision;
                    }
                }
                Step::Reload(true) => {
                    if let Ok((migrated, revision)) = part.load_part() {
                        part_work = migrated.work;
                        part_known = revision;
                    }
                }
                Step::Damage(n) => {
                    let text = format!("damaged {n}");
                    memory.put(KEY, &text);
                    precious = Some(text);
                }
            }
            if let Some(text) = &precious {
                prop_assert!(memory.snapshot().values().any(|v| v == text), "lost {}", text);
            }
        }
    }
}
