//! The architecture's invariants, checked on the source text.

use std::path::{Path, PathBuf};

/// Crates the pure core must never name: the UI framework and browser glue.
const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The browser crates a source text names in code (comments are ignored).
fn browser_crates_named(source: &str) -> Vec<&'static str> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    BROWSER_CRATES
        .into_iter()
        .filter(|name| {
            code.match_indices(name).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                let after = code[i + name.len()..].chars().next();
                let boundary =
                    |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                boundary(before) && (after == Some(':') || after == Some(';') || boundary(after))
            })
        })
        .collect()
}

#[test]
fn the_scanner_sees_each_browser_crate() {
    let cases = [
        ("use leptos::prelude::*;", vec!["leptos"]),
        ("let w = web_sys::window();", vec!["web_sys"]),
        ("use gloo_storage::Storage;", vec![]),
        ("use gloo::storage;", vec!["gloo"]),
        ("wasm_bindgen::JsValue::NULL", vec!["wasm_bindgen"]),
        ("js_sys::Date::now()", vec!["js_sys"]),
        ("// leptos is mentioned in a comment", vec![]),
        ("let leptosish = 1;", vec![]),
    ];
    for (source, expected) in cases {
        assert_eq!(browser_crates_named(source), expected, "{source}");
    }
}

#[test]
fn the_pure_core_imports_no_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root.join("model"), &mut files);
    rust_files(&root.join("chart"), &mut files);
    rust_files(&root.join("csv"), &mut files);
    files.push(root.join("i18n/mod.rs"));
    files.push(root.join("i18n/number.rs"));
    files.push(root.join("route.rs"));
    files.push(root.join("transfer.rs"));
    files.push(root.join("qr.rs"));
    assert!(files.len() >= 6, "the scan found too few files: {files:?}");
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let named = browser_crates_named(&source);
        assert!(named.is_empty(), "{} names {named:?}", file.display());
    }
}

#[test]
fn main_only_mounts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, start) in [
        ("src/main.rs", "rapport::start()"),
        ("src/bin/participant.rs", "rapport::start_participant()"),
    ] {
        let main = std::fs::read_to_string(root.join(file)).unwrap();
        let code_lines = main
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .count();
        assert!(code_lines <= 3, "{file} should only mount the app:\n{main}");
        assert!(main.contains(start), "{file}");
    }
}

/// The participant's app is a build of its own for join links: it must not
/// reach the whole app's views (through their split points), nor keep the
/// whole store, whose reader of the consultant's work would then be in
/// every participant's download.
#[test]
fn the_participants_app_keeps_its_part_of_the_store_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let app = std::fs::read_to_string(root.join("participant_app.rs")).unwrap();
    assert!(app.contains("Store::open_part()"));
    assert!(app.contains("keep_saved(ctx, store, revision, Part)"));
    for absent in [
        "Store::open()",
        "Whole",
        "chunks::",
        "LazyView",
        "super::app::App",
    ] {
        assert!(
            !app.contains(absent),
            "ui/participant_app.rs names {absent}"
        );
    }
}

/// The participant's texts are the keys a dev build of its app links
/// (`src/wasm.mjs`), and it is released from a release build: the two must
/// run the same code, so no source reads `debug_assertions` (a key read only
/// in a release build would be missing from the participant's file). And
/// the participant's app reads the build's cut of the texts.
#[test]
fn the_participants_texts_are_seen_in_the_build_that_cuts_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        assert!(
            !source.contains("debug_assertions"),
            "{} reads debug_assertions",
            file.display()
        );
    }
    let app = std::fs::read_to_string(root.join("ui/participant_app.rs")).unwrap();
    assert!(app.contains("TextFiles::Join)"));
}

/// The shell reaches each tool's views only through its split point
/// (`ui/chunks.rs`), so no view's code lands in the module every visit
/// downloads. A `use` of a tool's folder in the shell would pull it in.
#[test]
fn the_shell_reaches_views_only_through_their_split_points() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut tools: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    tools.sort();
    assert!(tools.contains(&"workshop".to_owned()), "{tools:?}");
    for shell in ["app.rs", "header.rs", "lazy_view.rs", "boot.rs", "texts.rs"] {
        let source = std::fs::read_to_string(root.join(shell)).unwrap();
        for tool in &tools {
            for named in [format!("super::{tool}::"), format!("crate::ui::{tool}::")] {
                assert!(
                    !source.contains(&named),
                    "ui/{shell} names {named}: reach the view through ui/chunks.rs"
                );
            }
        }
    }
    let chunks = std::fs::read_to_string(root.join("chunks.rs")).unwrap();
    // Every view function there is a split point: the only functions are
    // the macro's two forms of one with its preload's form for the host
    // (a view's later sections, `part_point!`, are written with it too),
    // the presenter's team slides (`present_slides` in both forms, and
    // its preload's form for the host), the scanner's reader
    // (`read_codes` in both forms, and `load_reader`), the engagements
    // page's files (`file_code`) and the migration of older saved work
    // (`load_migration`).
    assert_eq!(chunks.matches("pub fn ").count(), 3);
    assert_eq!(chunks.matches("pub async fn ").count(), 8);
    assert!(chunks.matches("split_point! {").count() >= 12);
}

/// The names of the split points ui/chunks.rs (`chunks`) writes with the
/// macro call `invocation` (`"split_point! {"`): the first word of the line
/// after each call's doc comment.
fn points<'a>(chunks: &'a str, invocation: &str) -> Vec<&'a str> {
    chunks
        .split(invocation)
        .skip(1)
        .filter_map(|rest| {
            let signature = rest.lines().find(|l| {
                let l = l.trim_start();
                !l.is_empty() && !l.starts_with("///")
            })?;
            Some(signature.trim_start().split('(').next()?.trim())
        })
        .collect()
}

/// The body of the object `src/wasm.mjs` (`wasm`) declares as `const
/// name = { … };`.
fn js_object<'a>(wasm: &'a str, name: &str) -> &'a str {
    wasm.split(&format!("const {name} = {{"))
        .nth(1)
        .and_then(|rest| rest.split("};").next())
        .unwrap()
}

/// One address of every route in src/route.rs.
const ROUTES: [&str; 14] = [
    "#/",
    "#/method",
    "#/assessment/values",
    "#/assessment/results",
    "#/fit",
    "#/loyalty",
    "#/accounts",
    "#/engagements",
    "#/report",
    "#/workshop",
    "#/workshop/present",
    "#/join/1?n=a",
    "#/result/x",
    "#/nowhere",
];

/// A route's view, its chunk, its pack and its texts share one name
/// (`Route::chunk`): the split points of ui/chunks.rs are named exactly as
/// the routes' chunks, so the texts the app asks for with a view exist.
#[test]
fn every_routed_view_names_its_split_point() {
    use rapport::route::Route;
    let chunks =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/chunks.rs"))
            .unwrap();
    let mut split = points(&chunks, "split_point! {");
    split.sort_unstable();
    let mut routed: Vec<&str> = ROUTES
        .iter()
        .filter_map(|hash| Route::parse(hash).chunk())
        .collect();
    routed.sort_unstable();
    assert_eq!(split, routed);
}

/// A view's later section (`part_point!` in ui/chunks.rs) reads its own
/// texts, fetched beside its chunk: its view shows it through a `LazyView`
/// given the section's texts, and `src/wasm.mjs` does not merge them into
/// the view's file (its `PARTS`), which would download them with the view.
/// A section shown without its texts would read texts that never came.
/// Its pack leaves out its view's modules (`WITHIN`), which it finds
/// instantiated.
#[test]
fn every_part_point_fetches_its_own_texts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chunks = std::fs::read_to_string(root.join("src/ui/chunks.rs")).unwrap();
    let mut parts = points(&chunks, "part_point! {");
    parts.sort_unstable();
    assert_eq!(
        parts,
        [
            "accounts_import",
            "accounts_portfolio",
            "assessment_results_panels",
            "fit_flags_and_ocai",
            "loyalty_charts",
            "report_sections",
            "workshop_collect",
            "workshop_team"
        ]
    );
    let wasm = std::fs::read_to_string(root.join("src/wasm.mjs")).unwrap();
    let table = js_object(&wasm, "PARTS");
    let mut views = Vec::new();
    rust_files(&root.join("src/ui"), &mut views);
    let sources: Vec<String> = views
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let within = js_object(&wasm, "WITHIN");
    for part in parts {
        assert!(
            !table.contains(part),
            "src/wasm.mjs's PARTS merges {part}'s texts into its view's"
        );
        // Loaded only inside its view, its pack leaves out the view's.
        assert!(
            within.contains(&format!("{part}: '")),
            "src/wasm.mjs's WITHIN lacks {part}"
        );
        let load = format!("load=move || chunks::{part}(");
        let load_plain = format!("load=chunks::{part}\n");
        let texts = format!("texts=chunks::{}_TEXTS", part.to_uppercase());
        let shown: Vec<&String> = sources
            .iter()
            .filter(|s| s.contains(&load) || s.contains(&load_plain))
            .collect();
        assert_eq!(shown.len(), 1, "{part} is shown by one view");
        assert!(shown[0].contains(&texts), "{part} is shown without {texts}");
    }
}
