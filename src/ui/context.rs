//! The state every view shares, provided once by [`super::App`].

use super::app::browser_locale;
use super::saving::Saving;
use super::texts::TextFiles;
use crate::chart::ChartError;
use crate::i18n::{Locale, Strings};
use crate::model::workspace::Workspace;
use crate::route::Route;
use crate::storage::{Opened, StorageError, Store};
use leptos::prelude::*;

/// Signals shared by the whole app. Copy it freely: it holds only handles.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The language the app speaks now.
    pub locale: RwSignal<Locale>,
    /// The view the URL names.
    pub route: RwSignal<Route>,
    /// Everything the user has entered; storage saves it when it changes.
    pub work: RwSignal<Workspace>,
    /// The latest storage trouble, shown in a banner until a save succeeds.
    pub storage_problem: RwSignal<Option<StorageError>>,
    /// Local storage, for what the views read of it directly (the backup).
    pub store: Store,
    /// What the views can ask of saving; set once the app has started it.
    pub saving: StoredValue<Option<Saving>>,
    /// True while a new release of the app is installed and waiting for the
    /// user to reload into it.
    pub update_ready: RwSignal<bool>,
    /// Notified when a language's texts arrive (see [`super::texts`]): a
    /// view that waits for another language's texts tracks it.
    pub texts: Trigger,
    /// Which of a language's text files this app reads.
    pub text_files: TextFiles,
}

impl Ctx {
    /// An app's state at start: the work `opened` from `store`, in the
    /// language it was saved in (else the browser's), at `route`, reading
    /// the texts `text_files` names.
    pub fn new(store: Store, opened: Opened, route: Route, text_files: TextFiles) -> Ctx {
        let chosen = opened
            .work
            .settings
            .language
            .as_deref()
            .and_then(Locale::from_code);
        Ctx {
            locale: RwSignal::new(chosen.unwrap_or_else(browser_locale)),
            route: RwSignal::new(route),
            work: RwSignal::new(opened.work),
            storage_problem: RwSignal::new(opened.problem),
            store,
            saving: StoredValue::new(None),
            update_ready: RwSignal::new(false),
            texts: Trigger::new(),
            text_files,
        }
    }

    /// The strings of the current language; reading it subscribes the
    /// caller to language changes.
    pub fn t(&self) -> &'static Strings {
        self.locale.get().strings()
    }
}

/// Provided inside the report: charts and tables there offer their
/// downloads (SVG, PNG, CSV); elsewhere they do not. It holds the report's
/// own view of those buttons (`report::ReportDownloads`), so their code
/// (file names, the CSV writer, the PNG drawing) is in the report's
/// download alone, not in every view with a chart or a table.
#[derive(Clone, Copy)]
pub struct OfferExports(pub fn(Exported) -> AnyView);

/// What a chart or a table of the report offers as files.
pub struct Exported {
    /// What it shows (a chart's label, a table's caption): the files' name
    /// and the buttons' accessible label.
    pub label: Signal<String>,
    /// Where its table is in the page, read as CSV.
    pub table: NodeRef<leptos::html::Div>,
    /// A chart's picture, offered as SVG and PNG; `None` for a table.
    pub svg: Option<Signal<Result<String, ChartError>>>,
}

/// The shared state. Every component is rendered inside [`super::App`],
/// which provides it.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
