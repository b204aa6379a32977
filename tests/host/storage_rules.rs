//! The rules that keep saved work safe across tabs and releases, decided by
//! `Store` over an in-memory backend shared like one browser's local
//! storage: never over newer data, never over another tab's save, never
//! over unreadable text without a kept copy.

use proptest::prelude::*;
use rapport::model::workspace::Workspace;
use rapport::storage::{
    decode, encode, Memory, Saved, StorageError, Store, BACKUP_KEY, KEY, SCHEMA_VERSION,
};

/// What a newer release writes: a schema version this build does not know.
fn newer(revision: u64) -> String {
    format!(
        r#"{{"format":"rapport","version":{},"revision":{revision},"data":{{"engagements":[],"future":true}}}}"#,
        SCHEMA_VERSION + 1
    )
}

fn work(language: &str) -> Workspace {
    Workspace::default().with_language(language)
}

/// Saving again over its own last save: the text is not read back, every
/// save succeeds and no copy is kept; another tab's readable save found
/// on the way is written over only by a tab that knows its revision, with
/// no copy; a tab that knows another revision gets a conflict either way.
#[test]
fn a_tab_saves_again_over_its_own_text_and_still_sees_conflicts() {
    let memory = Memory::new();
    memory.put(KEY, &encode(&work("ru"), 3));
    let (tab, opened) = Store::open_in(memory.clone());
    assert_eq!(opened.revision, 3);
    // Over readable text it did not write: read, and nothing kept.
    let first = tab.save_after(&work("en"), 3, None).unwrap();
    assert_eq!((first.revision, first.kept_copy), (4, false));
    assert_eq!(memory.peek(BACKUP_KEY), None, "readable text needs no copy");
    // Over its own text.
    let second = tab.save_after(&work("pl"), 4, Some(&first)).unwrap();
    assert_eq!((second.revision, second.kept_copy), (5, false));
    assert_eq!(memory.peek(KEY), Some(second.text.clone()));
    let third = tab.save_after(&work("en"), 5, Some(&second)).unwrap();
    assert_eq!(third.revision, 6);
    assert_eq!(memory.peek(BACKUP_KEY), None);
    // Knowing an older revision than its own text holds: a conflict.
    assert_eq!(
        tab.save_after(&work("ru"), 5, Some(&third)),
        Err(StorageError::Conflict)
    );
    // Told of an older save while another tab wrote since: read, conflict.
    let (other, _) = Store::open_in(memory.clone());
    let theirs = other.save_after(&work("ru"), 6, None).unwrap();
    assert_eq!(
        tab.save_after(&work("pl"), 6, Some(&third)),
        Err(StorageError::Conflict)
    );
    assert_eq!(memory.peek(KEY), Some(theirs.text));
}

#[test]
fn a_tab_never_writes_over_a_newer_release_even_when_told_to_keep_its_own() {
    let memory = Memory::new();
    let (tab, opened) = Store::open_in(memory.clone());
    let known = tab.save(&work("en"), opened.revision).unwrap().revision;
    // Another tab, running a newer release, saves in its schema.
    memory.put(KEY, &newer(known + 1));
    assert_eq!(
        tab.save(&work("ru"), known),
        Err(StorageError::NewerVersion(SCHEMA_VERSION + 1))
    );
    // "Keep this tab's version" re-reads the revision and saves again:
    // still refused, and the newer data is as it was.
    let revision = tab.revision().unwrap();
    assert_eq!(
        tab.save(&work("ru"), revision),
        Err(StorageError::NewerVersion(SCHEMA_VERSION + 1))
    );
    assert_eq!(memory.peek(KEY), Some(newer(known + 1)));
}

#[test]
fn unreadable_text_found_while_saving_is_kept_before_it_is_replaced() {
    let memory = Memory::new();
    let (tab, opened) = Store::open_in(memory.clone());
    let known = tab.save(&work("en"), opened.revision).unwrap().revision;
    memory.put(KEY, "{half a wri");
    let saved = tab.save(&work("pl"), known).unwrap();
    assert_eq!(
        saved,
        Saved {
            revision: known + 1,
            kept_copy: true,
            text: encode(&work("pl"), known + 1),
        }
    );
    assert_eq!(memory.peek(BACKUP_KEY).as_deref(), Some("{half a wri"));
    assert_eq!(tab.backup().as_deref(), Some("{half a wri"));
    let (stored, _) = decode(&memory.peek(KEY).unwrap()).unwrap();
    assert_eq!(stored.work, work("pl"));
}

#[test]
fn every_unreadable_text_gets_its_own_backup() {
    let memory = Memory::new();
    memory.put(KEY, "first damage");
    let (tab, opened) = Store::open_in(memory.clone());
    assert!(matches!(opened.problem, Some(StorageError::Corrupt(_))));
    let known = tab.save(&work("en"), opened.revision).unwrap().revision;
    memory.put(KEY, "second damage");
    assert!(tab.save(&work("en"), known).unwrap().kept_copy);
    assert_eq!(memory.peek(BACKUP_KEY).as_deref(), Some("first damage"));
    assert_eq!(
        memory.peek(&format!("{BACKUP_KEY}.2")).as_deref(),
        Some("second damage")
    );
    // The newest is the one offered for download.
    assert_eq!(tab.backup().as_deref(), Some("second damage"));
    // Opening the same damage again keeps no second copy of it.
    memory.put(KEY, "second damage");
    let _ = Store::open_in(memory.clone());
    assert_eq!(memory.peek(&format!("{BACKUP_KEY}.3")), None);
}

#[test]
fn when_no_copy_can_be_kept_nothing_is_written() {
    let memory = Memory::new();
    memory.put(KEY, "damaged");
    memory.set_quota(Some(KEY.len() + "damaged".len()));
    let (tab, opened) = Store::open_in(memory.clone());
    assert_eq!(
        tab.save(&work("en"), opened.revision),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(memory.peek(KEY).as_deref(), Some("damaged"));
    assert_eq!(memory.peek(BACKUP_KEY), None);
}

#[test]
fn a_full_quota_refuses_the_save_and_leaves_the_last_one() {
    let memory = Memory::new();
    let (tab, opened) = Store::open_in(memory.clone());
    let known = tab.save(&work("en"), opened.revision).unwrap().revision;
    let before = memory.peek(KEY);
    memory.set_quota(Some(10));
    assert_eq!(
        tab.save(&work("ru"), known),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(memory.peek(KEY), before);
}

#[test]
fn newer_data_found_at_start_is_never_written_over() {
    let memory = Memory::new();
    memory.put(KEY, &newer(7));
    let (tab, opened) = Store::open_in(memory.clone());
    assert_eq!(
        opened.problem,
        Some(StorageError::NewerVersion(SCHEMA_VERSION + 1))
    );
    assert!(tab.save(&Workspace::default(), 0).is_err());
    assert!(tab.save(&Workspace::default(), 7).is_err());
    assert_eq!(memory.peek(KEY), Some(newer(7)));
}

/// One step of a random session: tabs of this release edit, save, reload
/// and settle conflicts; other programs write newer or damaged text; the
/// quota fills and empties.
#[derive(Clone, Debug)]
enum Step {
    /// Tab `n` changes its work (a new language stands for any change).
    Edit(usize, u8),
    /// Tab `n` saves what it has over the revision it knows.
    Save(usize),
    /// Tab `n` takes what is stored (a reload, or another tab's save).
    Reload(usize),
    /// Tab `n` answers a conflict with "keep this tab's version".
    KeepMine(usize),
    /// A newer release saves in its schema.
    NewerWrites,
    /// Another program leaves text no release can read.
    Damage(u8),
    /// The browser's quota becomes tight, or is lifted.
    Quota(bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..3usize, any::<u8>()).prop_map(|(t, l)| Step::Edit(t, l)),
        4 => (0..3usize).prop_map(Step::Save),
        2 => (0..3usize).prop_map(Step::Reload),
        2 => (0..3usize).prop_map(Step::KeepMine),
        1 => Just(Step::NewerWrites),
        1 => any::<u8>().prop_map(Step::Damage),
        1 => any::<bool>().prop_map(Step::Quota),
    ]
}

/// A tab of this release: its work and the revision it last read or wrote.
struct Tab {
    store: Store<Memory>,
    work: Workspace,
    known: u64,
    /// What its last successful save wrote, as the app keeps it: a save
    /// finding that text unchanged skips reading it back.
    last: Option<Saved>,
}

const LANGUAGES: [&str; 3] = ["en", "ru", "pl"];

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::cases(10_000), ..ProptestConfig::default() })]

    /// Over any interleaving: text this release cannot read (newer or
    /// damaged) is never lost, it stays stored or is kept as a backup; a
    /// save succeeds only over the revision the tab knows, and what a tab
    /// saved stays stored until another successful write; every refusal is
    /// an error value the app shows.
    #[test]
    fn no_interleaving_of_tabs_and_releases_loses_data(steps in prop::collection::vec(step(), 1..24)) {
        let memory = Memory::new();
        let mut tabs: Vec<Tab> = (0..3)
            .map(|_| {
                let (store, opened) = Store::open_in(memory.clone());
                Tab { store, work: opened.work, known: opened.revision, last: None }
            })
            .collect();
        // The text another program left under KEY that this build cannot
        // read, to find again (another program replacing its own text is
        // not this build's doing).
        let mut precious: Vec<String> = Vec::new();
        // What the last successful save wrote, while nothing else wrote.
        let mut last_saved: Option<String> = None;
        let mut next_external = 1000;
        for step in steps {
            match step {
                Step::Edit(t, l) => tabs[t].work = work(LANGUAGES[usize::from(l) % 3]),
                Step::Save(t) | Step::KeepMine(t) => {
                    let tab = &mut tabs[t];
                    if matches!(step, Step::KeepMine(_)) {
                        if let Some(revision) = tab.store.revision() {
                            tab.known = revision;
                        }
                    }
                    let before = memory.peek(KEY);
                    let stored_revision = before.as_deref().and_then(|raw| decode(raw).ok()).map(|(_, r)| r);
                    match tab.store.save_after(&tab.work, tab.known, tab.last.as_ref()) {
                        Ok(saved) => {
                            // Only over the revision it knew, or over text it
                            // could not read (which is then kept).
                            prop_assert!(stored_revision.is_none() || stored_revision == Some(tab.known));
                            tab.known = saved.revision;
                            last_saved = memory.peek(KEY);
                            prop_assert_eq!(last_saved.clone(), Some(encode(&tab.work, saved.revision)));
                            prop_assert_eq!(Some(&saved.text), last_saved.as_ref());
                            tab.last = Some(saved);
                        }
                        Err(e) => {
                            prop_assert!(matches!(
                                e,
                                StorageError::Conflict
                                    | StorageError::NewerVersion(_)
                                    | StorageError::QuotaExceeded
                            ), "unexpected refusal {:?}", e);
                            prop_assert_eq!(memory.peek(KEY), before, "a refused save wrote");
                        }
                    }
                }
                Step::Reload(t) => {
                    let tab = &mut tabs[t];
                    if let Ok((migrated, revision)) = tab.store.load() {
                        tab.work = migrated.work;
                        tab.known = revision;
                    }
                }
                Step::NewerWrites => {
                    next_external += 1;
                    let text = newer(next_external);
                    memory.put(KEY, &text);
                    precious = vec![text];
                    last_saved = None;
                }
                Step::Damage(n) => {
                    let text = format!("damaged {n} {next_external}");
                    next_external += 1;
                    memory.put(KEY, &text);
                    precious = vec![text];
                    last_saved = None;
                }
                Step::Quota(tight) => memory.set_quota(tight.then_some(600)),
            }
            let state = memory.snapshot();
            for text in &precious {
                prop_assert!(state.values().any(|v| v == text), "lost {}", text);
            }
            if let Some(saved) = &last_saved {
                prop_assert_eq!(state.get(KEY), Some(saved));
            }
        }
    }
}

/// This build's envelope at revision 4 with two engagements, the second
/// one unreadable (a name that is not text).
fn partly_unreadable() -> String {
    format!(
        r#"{{"format":"rapport","version":{SCHEMA_VERSION},"revision":4,"data":{{"current":"e1","engagements":[{{"id":"e1","name":"Acme"}},{{"id":"e2","name":7}}]}}}}"#
    )
}

#[test]
fn a_clean_store_opens_with_no_problem_and_keeps_no_copy() {
    let memory = Memory::new();
    memory.put(KEY, &encode(&work("pl"), 3));
    let (_, opened) = Store::open_in(memory.clone());
    assert_eq!(opened.problem, None);
    assert_eq!(opened.revision, 3);
    assert_eq!(opened.work, work("pl"));
    assert_eq!(memory.peek(BACKUP_KEY), None);
}

#[test]
fn an_engagement_that_cannot_be_read_is_set_aside_kept_and_reported() {
    let raw = partly_unreadable();
    // Read as this build's own version, with one engagement set aside: not
    // as a newer release's data.
    let (migrated, revision) = decode(&raw).unwrap();
    assert_eq!((migrated.set_aside, revision), (1, 4));
    assert_eq!(migrated.work.engagements.len(), 1);

    let memory = Memory::new();
    memory.put(KEY, &raw);
    let (tab, opened) = Store::open_in(memory.clone());
    assert_eq!(opened.problem, Some(StorageError::SetAside(1)));
    assert_eq!(opened.work.engagements[0].name, "Acme");
    assert_eq!(memory.peek(BACKUP_KEY), Some(raw.clone()), "kept at once");
    // Saving over it keeps no second copy of the same text.
    let saved = tab.save(&opened.work, opened.revision).unwrap();
    assert!(!saved.kept_copy);

    // Found only when saving (another tab wrote it), it is kept first.
    let memory = Memory::new();
    let (tab, opened) = Store::open_in(memory.clone());
    let known = tab.save(&work("en"), opened.revision).unwrap().revision;
    memory.put(
        KEY,
        &raw.replace("\"revision\":4", &format!("\"revision\":{known}")),
    );
    let saved = tab.save(&work("ru"), known).unwrap();
    assert!(saved.kept_copy);
    assert!(memory.peek(BACKUP_KEY).unwrap().contains(r#""name":7"#));
}

/// Keys and values written before, the write tried, and whether it fits.
type QuotaCase = (
    &'static [(&'static str, &'static str)],
    (&'static str, &'static str),
    bool,
);

#[test]
fn the_quota_counts_every_key_once_with_the_value_it_would_have() {
    // (writes before, the write tried, whether it fits a quota of 10)
    let cases: [QuotaCase; 6] = [
        (&[], ("k", "123456789"), true),                  // 1 + 9 = 10
        (&[], ("k", "1234567890"), false),                // 1 + 10 = 11
        (&[("k", "123456789")], ("k", "12345678"), true), // replaces: 9
        (&[("k", "12")], ("k", "123456789"), true),       // the old value not counted
        (&[("a", "12")], ("k", "123456"), true),          // 3 + 7 = 10
        (&[("a", "12")], ("k", "1234567"), false),        // 3 + 8 = 11
    ];
    for (before, (key, value), fits) in cases {
        let memory = Memory::new();
        for (k, v) in before {
            memory.put(k, v);
        }
        memory.set_quota(Some(10));
        let written = rapport::storage::Backend::set(&memory, key, value);
        assert_eq!(written.is_ok(), fits, "{before:?} then {key}={value}");
        if !fits {
            assert_eq!(written, Err(StorageError::QuotaExceeded));
        }
    }
}

#[test]
fn the_saved_revision_is_read_whatever_the_version_and_nothing_when_unreadable() {
    let memory = Memory::new();
    let (tab, _) = Store::open_in(memory.clone());
    assert_eq!(tab.revision(), None, "nothing saved");
    memory.put(KEY, &encode(&work("en"), 17));
    assert_eq!(tab.revision(), Some(17));
    memory.put(KEY, &newer(23));
    assert_eq!(tab.revision(), Some(23), "a newer release's revision too");
    memory.put(KEY, "{not json");
    assert_eq!(tab.revision(), None);
}
