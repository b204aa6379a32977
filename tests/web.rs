//! Browser glue, run in headless Chromium by wasm-bindgen-test: storage
//! against the real local storage, and the app mounted into a real page.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use rapport::i18n::Locale;
use rapport::model::workspace::Workspace;
use rapport::storage::{StorageError, Store, BACKUP_KEY, KEY, SCHEMA_VERSION};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn reset() {
    local_storage().clear().unwrap();
}

/// Yields to the browser's event loop once (a zero-delay timeout), so that
/// effects, timers and storage events due by then can run.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls `check` between tasks until it holds, as Playwright's `expect`
/// does: no fixed wait and no timing asserted. Gives up (and the caller's
/// assertion fails) after many tries, so a bug cannot hang the suite.
async fn until(check: impl Fn() -> bool) -> bool {
    for _ in 0..20_000 {
        if check() {
            return true;
        }
        next_task().await;
    }
    check()
}

#[wasm_bindgen_test]
fn saved_work_is_there_when_reopened() {
    reset();
    let (store, opened) = Store::open();
    assert_eq!(opened.problem, None);
    assert_eq!(opened.work, Workspace::default());
    let revision = store
        .save(&Workspace::default().with_language("ru"), opened.revision)
        .unwrap()
        .revision;
    assert_eq!(revision, 1);
    let (_, reopened) = Store::open();
    assert_eq!(reopened.work.settings.language.as_deref(), Some("ru"));
    assert_eq!(reopened.revision, 1);
    assert!(local_storage()
        .get_item(KEY)
        .unwrap()
        .unwrap()
        .contains(&format!("\"version\":{SCHEMA_VERSION},")));
}

#[wasm_bindgen_test]
fn a_tab_never_overwrites_what_another_tab_saved_since() {
    reset();
    let (first, opened) = Store::open();
    let (second, _) = Store::open();
    let mine = first
        .save(&Workspace::default(), opened.revision)
        .unwrap()
        .revision;
    // The other tab saves on top of that.
    let theirs = second
        .save(&Workspace::default().with_language("pl"), mine)
        .unwrap()
        .revision;
    // This tab still believes `mine` is the latest: refused, nothing written.
    let before = local_storage().get_item(KEY).unwrap();
    assert_eq!(
        first.save(&Workspace::default().with_language("ru"), mine),
        Err(StorageError::Conflict)
    );
    assert_eq!(local_storage().get_item(KEY).unwrap(), before);
    // Having loaded theirs, it may save again.
    let (loaded, revision) = first.load().unwrap();
    assert_eq!(revision, theirs);
    assert_eq!(loaded.work.settings.language.as_deref(), Some("pl"));
    assert!(first.save(&loaded.work, revision).is_ok());
}

#[wasm_bindgen_test]
fn a_bad_engagement_is_set_aside_and_kept_in_the_backup() {
    reset();
    let raw = r#"{"format":"rapport","version":2,"data":{"engagements":[{"id":"e1","name":"Good"},{"id":"e2","name":7}]}}"#;
    local_storage().set_item(KEY, raw).unwrap();
    let (store, opened) = Store::open();
    assert_eq!(opened.problem, Some(StorageError::SetAside(1)));
    assert_eq!(opened.work.engagements.len(), 1);
    assert_eq!(store.backup().as_deref(), Some(raw));
}

#[wasm_bindgen_test]
fn unreadable_text_is_kept_and_no_backup_is_ever_overwritten() {
    reset();
    local_storage().set_item(KEY, "{broken").unwrap();
    let (store, opened) = Store::open();
    assert!(matches!(opened.problem, Some(StorageError::Corrupt(_))));
    assert_eq!(
        local_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{broken")
    );
    // A second bad text gets a backup of its own beside the first.
    local_storage().set_item(KEY, "second").unwrap();
    let _ = Store::open();
    assert_eq!(
        local_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{broken")
    );
    assert_eq!(store.backup().as_deref(), Some("second"));
    // Work still saves over the damaged text, now that it is kept.
    store.save(&Workspace::default(), 0).unwrap();
    assert_eq!(Store::open().1.problem, None);
}

#[wasm_bindgen_test]
fn newer_data_is_left_untouched() {
    reset();
    let newer = r#"{"format":"rapport","version":99,"data":{}}"#;
    local_storage().set_item(KEY, newer).unwrap();
    let (store, opened) = Store::open();
    assert_eq!(opened.problem, Some(StorageError::NewerVersion(99)));
    assert!(store.save(&Workspace::default(), 0).is_err());
    assert_eq!(
        local_storage().get_item(KEY).unwrap().as_deref(),
        Some(newer)
    );
}

/// A locale file as the build ships it (`src/wasm.mjs`): its messages in
/// the order of the build's keys.
fn shipped(locale_file: &str) -> String {
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(locale_file).unwrap();
    let messages: Vec<&serde_json::Value> = rapport::i18n::KEYS
        .iter()
        .map(|key| &object[*key])
        .collect();
    serde_json::to_string(&messages).unwrap()
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_switches_language() {
    reset();
    // In the browser the texts come from files beside the module, which the
    // test runner does not serve: install the three this test speaks.
    rapport::i18n::install(
        Locale::En,
        &shipped(include_str!("../src/i18n/locales/en.json")),
    )
    .unwrap();
    rapport::i18n::install(
        Locale::Pl,
        &shipped(include_str!("../src/i18n/locales/pl.json")),
    )
    .unwrap();
    rapport::i18n::install(
        Locale::Ru,
        &shipped(include_str!("../src/i18n/locales/ru.json")),
    )
    .unwrap();
    // The test runner's page has a fragment of its own; start at home.
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), rapport::ui::App);
    assert!(until(|| host.query_selector("main h1").ok().flatten().is_some()).await);
    // The view is drawn at once, but the app's effects (saving among them)
    // take their first run in a later task; a change made before then would
    // be that first run's starting state, not a change to save.
    next_task().await;

    let heading = host.query_selector("main h1").unwrap().unwrap();
    assert_eq!(
        heading.text_content().unwrap(),
        Locale::En.strings().home_title()
    );

    let select: web_sys::HtmlSelectElement = host
        .query_selector("#language")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("pl");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let root = document.document_element().unwrap();
    assert!(until(|| root.get_attribute("lang").as_deref() == Some("pl")).await);

    assert_eq!(root.get_attribute("lang").as_deref(), Some("pl"));
    assert_eq!(
        heading.text_content().unwrap(),
        Locale::Pl.strings().home_title()
    );
    // Leaving the page saves at once what is still waiting to be saved.
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    let saved = local_storage().get_item(KEY).unwrap().unwrap();
    assert!(
        saved.contains("\"language\":\"pl\""),
        "the choice was not saved when the page was left: {saved}"
    );

    // Otherwise a change is saved shortly after it is made (150 ms).
    select.set_value("ru");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let saved_ru = || {
        local_storage()
            .get_item(KEY)
            .ok()
            .flatten()
            .is_some_and(|saved| saved.contains("\"language\":\"ru\""))
    };
    assert!(until(saved_ru).await, "the choice was never saved");
    drop(handle);
    host.remove();
}
