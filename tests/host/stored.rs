//! A tool's data kept as saved text until first read (`model::stored`).

use rapport::model::accounts::Portfolio;
use rapport::model::assessment::Assessment;
use rapport::model::fit::FitCheck;
use rapport::model::report::ReportChoices;
use rapport::model::scenario::Economics;
use rapport::model::stored::{Stored, Tool};
use rapport::model::workshop::Workshop;
use rapport::model::workspace::Engagement;
use rapport::storage::{Memory, Store, BACKUP_KEY, KEY, SCHEMA_VERSION};

fn default_json_is_what_serde_writes<T: Tool>() {
    let written = serde_json::to_string(&T::default()).unwrap();
    assert_eq!(T::DEFAULT_JSON, written, "{}", std::any::type_name::<T>());
}

#[test]
fn each_tools_default_text_is_its_default_written() {
    default_json_is_what_serde_writes::<Assessment>();
    default_json_is_what_serde_writes::<FitCheck>();
    default_json_is_what_serde_writes::<Economics>();
    default_json_is_what_serde_writes::<Vec<Workshop>>();
    default_json_is_what_serde_writes::<ReportChoices>();
    default_json_is_what_serde_writes::<Portfolio>();
}

/// The stored text of one engagement, `e1` ("Acme"), whose `fit` is `fit`.
fn store_with_fit(fit: &str) -> String {
    format!(
        r#"{{"format":"rapport","version":{SCHEMA_VERSION},"revision":5,"data":{{"engagements":[{{"id":"e1","name":"Acme","fit":{fit}}}],"current":"e1"}}}}"#
    )
}

#[test]
fn a_tools_text_is_saved_back_as_it_was_until_it_changes() {
    // Keys in another order than this build writes them: never read, the
    // text is saved as it came.
    let fit = r#"{"client":{"profile":{},"name":"Borealis"},"supplier":{"name":"","profile":{}}}"#;
    let memory = Memory::new();
    memory.put(KEY, &store_with_fit(fit));
    let (tab, opened) = Store::open_in(memory.clone());
    assert_eq!(opened.problem, None);
    let mut work = opened.work;
    let saved = tab.save(&work, opened.revision).unwrap();
    assert!(
        saved.text.contains(&format!(r#""fit":{fit}"#)),
        "{}",
        saved.text
    );
    // Read, it is the data the text holds, and still saved as it came.
    assert_eq!(work.current().fit.client.name, "Borealis");
    let saved = tab.save_after(&work, saved.revision, Some(&saved)).unwrap();
    assert!(saved.text.contains(&format!(r#""fit":{fit}"#)));
    // Changed, it is written as this build writes it.
    work.current_mut().fit.supplier.name = "Acme".to_owned();
    let saved = tab.save_after(&work, saved.revision, Some(&saved)).unwrap();
    let mut expected = FitCheck::default();
    expected.client.name = "Borealis".to_owned();
    expected.supplier.name = "Acme".to_owned();
    let written = serde_json::to_string(&expected).unwrap();
    assert!(
        saved.text.contains(&format!(r#""fit":{written}"#)),
        "{}",
        saved.text
    );
    assert_eq!(memory.peek(BACKUP_KEY), None, "nothing unreadable, no copy");
}

#[test]
fn a_tools_text_that_does_not_read_is_kept_before_it_is_written_over() {
    let fit = r#"{"supplier":{"profile":{"horizon":9}}}"#;
    let stored = store_with_fit(fit);
    let memory = Memory::new();
    memory.put(KEY, &stored);
    let (tab, opened) = Store::open_in(memory.clone());
    // Its engagement loads: only that tool's data is in question.
    assert_eq!(opened.problem, None);
    let mut work = opened.work;
    assert_eq!(work.current().name, "Acme");
    assert!(work.current().fit.check().is_err());
    // Read, it shows the defaults; saving keeps the stored text first,
    // once, and writes the tool's text back as it was.
    assert_eq!(*work.current().fit, FitCheck::default());
    let saved = tab.save(&work, opened.revision).unwrap();
    assert!(saved.kept_copy);
    assert_eq!(memory.peek(BACKUP_KEY), Some(stored.clone()));
    assert!(saved.text.contains(&format!(r#""fit":{fit}"#)));
    let saved = tab.save_after(&work, saved.revision, Some(&saved)).unwrap();
    assert!(!saved.kept_copy, "one copy is enough");
    // Only a change to that tool writes over it; the copy stays.
    work.current_mut().fit.client.name = "Borealis".to_owned();
    let saved = tab.save_after(&work, saved.revision, Some(&saved)).unwrap();
    assert!(!saved.text.contains(fit), "{}", saved.text);
    assert_eq!(memory.peek(BACKUP_KEY), Some(stored));
}

#[test]
fn a_file_is_refused_when_a_tools_data_does_not_read() {
    let text = store_with_fit(r#"{"supplier":{"profile":{"horizon":9}}}"#);
    assert!(rapport::transfer::read(text.as_bytes()).is_err());
    let good = store_with_fit(r#"{"client":{"name":"Borealis"}}"#);
    let work = rapport::transfer::read(good.as_bytes()).unwrap();
    assert_eq!(work.current().fit.client.name, "Borealis");
}

#[test]
fn the_shell_tells_saved_work_apart_without_reading_it() {
    let (_, opened) = Store::open_in({
        let memory = Memory::new();
        memory.put(KEY, &store_with_fit(r#"{"client":{"name":"Borealis"}}"#));
        memory
    });
    let mut work = opened.work;
    let before = work.current().clone();
    // Neither read: the same text.
    assert!(work.current().same_saved_work(&before));
    // One read, unchanged: the same.
    assert_eq!(work.current().fit.client.name, "Borealis");
    assert!(work.current().same_saved_work(&before));
    assert!(before.same_saved_work(work.current()));
    // Changed, then changed back: different, then the same values.
    work.current_mut().fit.client.name = "Acme".to_owned();
    assert!(!work.current().same_saved_work(&before));
    assert!(!work.current().same_work(&before));
    let after = work.current().clone();
    work.current_mut().fit.client.name = "Borealis".to_owned();
    assert!(!work.current().same_saved_work(&after));
    assert!(work.current().same_work(&before));
    // A blank engagement against a fresh one, neither ever read.
    assert!(Engagement::default().same_saved_work(&Engagement::default()));
    assert!(Engagement::default().is_blank());
}

#[test]
fn a_value_made_in_the_app_is_written_as_serde_writes_it() {
    let mut fit = FitCheck::default();
    fit.client.name = "Borealis".to_owned();
    let stored = Stored::new(fit.clone());
    assert_eq!(
        serde_json::to_string(&stored).unwrap(),
        serde_json::to_string(&fit).unwrap()
    );
    assert_eq!(
        serde_json::to_string(&Stored::<Portfolio>::default()).unwrap(),
        Portfolio::DEFAULT_JSON
    );
    assert!(Stored::<Portfolio>::default().is_blank());
    assert!(!Stored::<FitCheck>::default().is_blank());
}

#[test]
fn the_shell_finds_a_workshop_by_its_id_alone() {
    let engagement = |workshops: &str| -> Engagement {
        serde_json::from_str(&format!(r#"{{"id":"e1","workshops":{workshops}}}"#)).unwrap()
    };
    let read = engagement(r#"[{"id":7,"name":"Kick-off","entries":[]},{"id":9,"name":"B"}]"#);
    assert!(read.has_workshop(7) && read.has_workshop(9));
    assert!(!read.has_workshop(8));
    assert!(!engagement("[]").has_workshop(7));
    assert!(!Engagement::default().has_workshop(0));
    // Workshops that do not read hold none.
    assert!(!engagement(r#"[{"id":"seven"}]"#).has_workshop(7));
    // Changed in the app, it is told from what would be saved.
    let mut changed = engagement("[]");
    changed.workshops.push(Workshop {
        id: 11,
        ..Workshop::default()
    });
    assert!(changed.has_workshop(11));
}

#[test]
fn the_key_account_tool_reads_the_currency_alone() {
    // (the loyalty tool's saved text, the currency told from it)
    let cases = [
        (None, "EUR"),
        (Some(r#"{"currency":"PLN"}"#), "PLN"),
        (
            Some(r#"{"scenarios":[],"currency":"GBP","figures":{"customers":120}}"#),
            "GBP",
        ),
        (Some("{}"), "EUR"),
        (Some(r#"{"currency":5}"#), "EUR"),
        (Some("[]"), "EUR"),
    ];
    for (text, currency) in cases {
        let engagement = match text {
            Some(text) => read_engagement("economics", text),
            None => Engagement::default(),
        };
        assert_eq!(engagement.currency(), currency, "{text:?}");
        // As the loyalty tool reads it, where its data reads.
        if engagement.economics.check().is_ok() {
            assert_eq!(engagement.economics.currency, currency, "{text:?}");
        }
    }
    // Changed in the app, it is told from what would be saved.
    let mut changed = read_engagement("economics", r#"{"currency":"PLN"}"#);
    changed.economics.currency = "CHF".to_owned();
    assert_eq!(changed.currency(), "CHF");
}

/// An engagement read from text, its `field` being `text`.
fn read_engagement(field: &str, text: &str) -> Engagement {
    serde_json::from_str(&format!(r#"{{"id":"e1","{field}":{text}}}"#)).unwrap()
}

#[test]
fn data_that_does_not_read_is_never_left_out_of_what_is_saved() {
    let unreadable = r#"{"customers":5}"#;
    let engagement = read_engagement("accounts", unreadable);
    // Read: the tool shows an empty portfolio, yet the text is saved.
    assert!(engagement.accounts.is_empty());
    assert!(!engagement.accounts.is_blank());
    let written = serde_json::to_string(&engagement).unwrap();
    assert!(
        written.contains(&format!(r#""accounts":{unreadable}"#)),
        "{written}"
    );
    // An empty portfolio written out in full is left out once read.
    let empty = read_engagement("accounts", "{}");
    assert!(!empty.accounts.is_blank(), "unread, its text is kept");
    assert!(empty.accounts.is_empty());
    assert!(empty.accounts.is_blank());
    assert!(!serde_json::to_string(&empty).unwrap().contains("accounts"));
}

#[test]
fn data_read_on_both_sides_is_compared_as_values() {
    // The same fit, its keys in two orders: the same once both are read.
    let a = read_engagement("fit", r#"{"client":{"name":"B"},"supplier":{"name":"A"}}"#);
    let b = read_engagement("fit", r#"{"supplier":{"name":"A"},"client":{"name":"B"}}"#);
    assert!(!a.same_saved_work(&b), "unread, told by their texts");
    assert_eq!(a.fit.client.name, b.fit.client.name);
    assert!(a.same_saved_work(&b));
    // Two texts that do not read show the same defaults, but differ.
    let c = read_engagement("fit", r#"{"client":7}"#);
    let d = read_engagement("fit", r#"{"client":8}"#);
    assert_eq!(*c.fit, *d.fit);
    assert!(!c.same_saved_work(&d));
    assert!(c.same_saved_work(&c.clone()));
    // Nor is a text that does not read the default it shows.
    let blank = read_engagement("fit", r#"{"client":{"name":""}}"#);
    assert_eq!(*blank.fit, *c.fit);
    assert!(!blank.same_saved_work(&c) && !c.same_saved_work(&blank));
}

#[test]
fn a_value_made_in_the_app_reads_and_prints_as_itself() {
    let mut fit = FitCheck::default();
    fit.client.name = "Borealis".to_owned();
    let stored: Stored<FitCheck> = fit.clone().into();
    assert_eq!(*stored, fit);
    assert_eq!(format!("{stored:?}"), format!("{fit:?}"));
    assert!(stored.check().is_ok());
}

#[test]
fn an_engagement_is_blank_by_its_saved_text_without_reading_it() {
    use rapport::model::workspace::{export_due, Workspace};
    // Each tool saved as this build writes its default: blank, and nothing
    // to export, without reading a tool.
    let fresh = read_engagement("fit", FitCheck::DEFAULT_JSON);
    assert!(fresh.is_blank());
    // Work in one tool: not blank, and due for export.
    let used = read_engagement("fit", r#"{"client":{"name":"Borealis"}}"#);
    assert!(!used.is_blank());
    let work = |e: Engagement| Workspace {
        engagements: vec![e],
        ..Workspace::default()
    };
    assert!(!export_due(&work(fresh.clone()), "2026-12-01"));
    assert!(export_due(&work(used.clone()), "2026-12-01"));
    // A name alone is not blank either.
    let named = Engagement {
        name: "Acme".to_owned(),
        ..fresh.clone()
    };
    assert!(!named.is_blank());
}

#[test]
fn a_migration_forgets_default_text_and_keeps_the_rest() {
    // What an older release wrote for a fit never used: the default, in
    // other words.
    let mut old = read_engagement("fit", r#"{"supplier":{"name":""},"client":{}}"#);
    assert!(
        !old.is_blank(),
        "told by its text, which is not the default's"
    );
    old.forget_defaults();
    assert!(old.is_blank());
    assert!(old.fit.same(&Stored::default()));
    // Work is kept as its text.
    let fit = r#"{"client":{"name":"Borealis"}}"#;
    let mut used = read_engagement("fit", fit);
    used.forget_defaults();
    assert!(serde_json::to_string(&used)
        .unwrap()
        .contains(&format!(r#""fit":{fit}"#)));
    // Text that does not read is never forgotten, though it reads as the
    // default.
    let unreadable = r#"{"customers":5}"#;
    let mut damaged = read_engagement("accounts", unreadable);
    damaged.forget_defaults();
    assert!(serde_json::to_string(&damaged)
        .unwrap()
        .contains(&format!(r#""accounts":{unreadable}"#)));
    assert!(!damaged.is_blank());
}
