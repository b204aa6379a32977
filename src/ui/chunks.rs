//! The split points: one per view, each the only way into its view's code;
//! one per later section of a view that comes after the view is shown
//! (`part_point!`: the fit check's flags and OCAI profiles, the assessment
//! results' weights and snapshots, the loyalty economics' charts and
//! scenarios, the key-account tool's review of a file to import and its
//! portfolio and plans, the report's summary and sections, the workshop's
//! scanning and collecting and its team view); one for the presenter's
//! team slides (`present_slides`); one for the workshop scanner's reader
//! of QR codes (`read_codes`); and one for the engagements page's files
//! (`file_code`); and one for the migration of saved work from older
//! versions (`load_migration`).
//!
//! In the browser, each function below lives in its own WebAssembly chunk
//! that is fetched the first time its view is opened (`wasm-split-cli`, run
//! by `src/wasm.mjs`, cuts the module at these markers), with the view's
//! texts beside it (`lazy_view`). What a chunk holds
//! is whatever only its view reaches: its components, its charts, and the
//! parts of the model only it calls. Code several split points share, and
//! the shell does not, goes into shared chunks that travel in each of
//! their views' packs (`src/pack.mjs`); code the shell reaches stays in the
//! main module. On the host the functions are called directly.
//!
//! The home page and the page for an unknown address stay in the main
//! module: they are small, and the home must replace its prerendered copy
//! without a loading state in between.
//!
//! The chunk names are the tools' names (route, `ui/` folder, `model/`
//! module), so a file in the build says which view it serves.

use super::accounts::{AccountsPage, Chosen, ImportReview, PortfolioAndPlans};
use super::assessment::{QuestionsPage, ResultsPage, ResultsPanels};
use super::context::use_ctx;
use super::economics::{ChartsAndScenarios, EconomicsPage};
use super::engagement_bar::EngagementBar;
use super::engagements::EngagementsPage;
use super::fit::{FitPage, FlagsAndOcai};
use super::method_page::MethodPage;
use super::report::{ReportPage, ReportSections};
use super::workshop::{
    Decoded, JoinPage, Presenter, ResultPage, ScanAndCollect, TeamSlides, TeamView, WorkshopPage,
};
use crate::model::accounts::Customers;
use crate::model::components::Component;
use crate::model::fit::FitResult;
use crate::model::scenario::Outcome;
use crate::model::team::Respondent;
use crate::model::workspace::Workspace;
use crate::transfer::ImportError;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// A chunk could not be fetched (the network dropped); trying again later
/// starts a fresh attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkFailed;

impl From<SplitLoaderError> for ChunkFailed {
    fn from(_: SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// What a split point gives: its view, or why it could not.
pub type Loaded = Result<AnyView, ChunkFailed>;

/// A view's split point: with the `split` feature (the browser build of
/// `src/wasm.mjs`) a `#[wasm_split]` function, cut into its own chunk; without
/// it (host tests, the browser glue tests, clippy) a plain `async fn` with
/// the same body, since a marker with no splitter to resolve it would leave
/// the module an import nothing provides.
///
/// `$preload` fetches the chunk without building the view, so the view's
/// texts can come beside it (`lazy_view`): a view is built only once its
/// texts are here.
macro_rules! split_point {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*), $preload:ident $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(
            $name,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(
                /// Fetches this view's chunk without building the view.
                $preload
            )
        )]
        pub fn $name($($arg: $ty),*) -> Loaded $body

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Loaded $body

        /// Fetches this view's chunk without building the view; here the
        /// view is part of the module already.
        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), SplitLoaderError> {
            Ok(())
        }
    };
}

/// A later section of a view: a split point like a view's, written with
/// [`split_point!`], which is kept for the routes' own (one each), and
/// `$texts`, the name of its texts (`texts-<lang>-<name>.json`: what it
/// reads beyond the shell). The view shows it through a `LazyView` placed
/// where the section goes, given both, so the view is usable before the
/// section's code and texts have come.
macro_rules! part_point {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*), $preload:ident, $texts:ident $body:block) => {
        split_point!($(#[$doc])* $name($($arg: $ty),*), $preload $body);

        /// The name of this section's texts, which come with its chunk.
        pub const $texts: &str = stringify!($name);
    };
}

split_point! {
    /// The method and its sources.
    method(), preload_method {
        Ok(view! { <MethodPage /> }.into_any())
    }
}

split_point! {
    /// One component's statements of the readiness assessment.
    assessment(component: Component), preload_assessment {
        Ok(view! {
            <EngagementBar />
            <QuestionsPage component />
        }
        .into_any())
    }
}

split_point! {
    /// The readiness results.
    assessment_results(), preload_assessment_results {
        Ok(view! {
            <EngagementBar />
            <ResultsPage />
        }
        .into_any())
    }
}

split_point! {
    /// The cultural-fit check.
    fit(), preload_fit {
        Ok(view! {
            <EngagementBar />
            <FitPage />
        }
        .into_any())
    }
}

split_point! {
    /// The economics of loyalty.
    loyalty(), preload_loyalty {
        Ok(view! {
            <EngagementBar />
            <EconomicsPage />
        }
        .into_any())
    }
}

split_point! {
    /// The key-account strategy.
    accounts(), preload_accounts {
        Ok(view! {
            <EngagementBar />
            <AccountsPage />
        }
        .into_any())
    }
}

split_point! {
    /// The engagements, their export and import.
    engagements(), preload_engagements {
        Ok(view! { <EngagementsPage /> }.into_any())
    }
}

split_point! {
    /// The report for the client.
    report(), preload_report {
        Ok(view! {
            <EngagementBar />
            <ReportPage />
        }
        .into_any())
    }
}

split_point! {
    /// The consultant's workshop page.
    workshop(), preload_workshop {
        Ok(view! {
            <EngagementBar />
            <WorkshopPage />
        }
        .into_any())
    }
}

split_point! {
    /// The workshop's presenter for a projector.
    present(), preload_present {
        Ok(view! { <Presenter /> }.into_any())
    }
}

split_point! {
    /// A participant's questionnaire from a join link.
    join(fragment: String), preload_join {
        Ok(view! { <JoinPage fragment /> }.into_any())
    }
}

split_point! {
    /// A participant's result from its link.
    result(code: String), preload_result {
        Ok(view! { <ResultPage code /> }.into_any())
    }
}

part_point! {
    /// The assessment results' weights and targets, how the index is
    /// scored, and the snapshots: below the results, and about a fifth of
    /// the results' code.
    assessment_results_panels(), preload_assessment_results_panels, ASSESSMENT_RESULTS_PANELS_TEXTS {
        Ok(view! { <ResultsPanels /> }.into_any())
    }
}

part_point! {
    /// The fit check's flags of `result` with their prompts, the formula,
    /// and the OCAI profiles with their kites and summary (the second
    /// instrument): below the culture scales and the score.
    fit_flags_and_ocai(result: Memo<FitResult>), preload_fit_flags_and_ocai, FIT_FLAGS_AND_OCAI_TEXTS {
        Ok(view! { <FlagsAndOcai result /> }.into_any())
    }
}

part_point! {
    /// The loyalty economics' five charts with their tables, and the
    /// scenarios, of `outcome`: below the figures.
    loyalty_charts(outcome: Memo<Outcome>), preload_loyalty_charts, LOYALTY_CHARTS_TEXTS {
        Ok(view! { <ChartsAndScenarios outcome /> }.into_any())
    }
}

part_point! {
    /// The key-account tool's review of a file `chosen` for import (read,
    /// its columns, a preview, the import): shown once a file is chosen.
    accounts_import(chosen: Chosen), preload_accounts_import, ACCOUNTS_IMPORT_TEXTS {
        Ok(view! { <ImportReview chosen /> }.into_any())
    }
}

part_point! {
    /// The key-account tool's portfolio of `customers` (kinds, thresholds,
    /// matrix, whale curve), key customers, levels and programme: below
    /// the customers.
    accounts_portfolio(customers: Memo<Customers>), preload_accounts_portfolio, ACCOUNTS_PORTFOLIO_TEXTS {
        Ok(view! { <PortfolioAndPlans customers /> }.into_any())
    }
}

part_point! {
    /// The report's executive summary and ticked sections (every tool's
    /// reader, figures and charts), in the language of the report's
    /// document: below its cover.
    report_sections(), preload_report_sections, REPORT_SECTIONS_TEXTS {
        Ok(view! { <ReportSections /> }.into_any())
    }
}

part_point! {
    /// The workshop's scanner and paste box, with the open workshop's
    /// respondents (`decoded` by the first of the page's sections to come):
    /// below the join link.
    workshop_collect(decoded: Decoded), preload_workshop_collect, WORKSHOP_COLLECT_TEXTS {
        Ok(view! { <ScanAndCollect decoded /> }.into_any())
    }
}

part_point! {
    /// The workshop's team view of the open workshop's respondents
    /// (`decoded` by the first of the page's sections to come, so the page
    /// itself needs none of that code): below the collecting.
    workshop_team(decoded: Decoded), preload_workshop_team, WORKSHOP_TEAM_TEXTS {
        let (respondents, _) = decoded.get(use_ctx());
        Ok(view! { <TeamView respondents /> }.into_any())
    }
}

/// The presenter's team slides (the radar, the disputed statements, their
/// spread, the means per role), on the slide `slide` is at, of
/// `respondents`, with the workshop's `roles`: a split point that is not a
/// view. The presenter fetches it while its first slide, the join QR code,
/// shows, so opening the presenter waits for none of its charts and
/// tables. Its texts come with the presenter's (`PARTS` in `src/wasm.mjs`).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(
    present_slides,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(
        /// Fetches the team slides' chunk without building them.
        preload_present_slides
    )
)]
pub fn present_slides(
    slide: Signal<usize>,
    respondents: Memo<Vec<Respondent>>,
    roles: Signal<Vec<String>>,
) -> Loaded {
    Ok(view! { <TeamSlides slide respondents roles /> }.into_any())
}

/// The presenter's team slides (see the split build's `present_slides`);
/// here they are part of the module, as every build but the split one has
/// them.
#[cfg(not(feature = "split"))]
pub async fn present_slides(
    slide: Signal<usize>,
    respondents: Memo<Vec<Respondent>>,
    roles: Signal<Vec<String>>,
) -> Loaded {
    Ok(view! { <TeamSlides slide respondents roles /> }.into_any())
}

/// Fetches the team slides' chunk; here they are part of the module.
#[cfg(not(feature = "split"))]
pub async fn preload_present_slides() -> Result<(), SplitLoaderError> {
    Ok(())
}

/// The workshop scanner's QR reader (`qr::read`, with `rqrr` and the
/// Galois-field tables of its error correction: about 80 KB on the wire,
/// a third of the workshop page's download) lives in a chunk of its own,
/// fetched when the consultant starts the camera, while the browser asks
/// for it, and not with the page: pasting codes needs none of it.
///
/// Reads the codes in a grey frame (see `qr::read`); the first call
/// fetches the chunk, as [`fetch_reader`] does.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(
    workshop_scanner,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(
        /// Fetches the scanner's reader without reading anything: at most
        /// once it succeeded; a failure is not remembered.
        fetch_reader
    )
)]
pub fn read_codes(width: usize, height: usize, grey: Vec<u8>) -> Result<Vec<String>, ChunkFailed> {
    Ok(crate::qr::read(width, height, &grey))
}

/// Reads the codes in a grey frame (see `qr::read`); here the reader is
/// part of the module, as every build but the split one has it.
#[cfg(not(feature = "split"))]
pub async fn read_codes(
    width: usize,
    height: usize,
    grey: Vec<u8>,
) -> Result<Vec<String>, ChunkFailed> {
    Ok(crate::qr::read(width, height, &grey))
}

/// Makes sure the scanner's reader is here (see [`read_codes`]).
pub async fn load_reader() -> Result<(), ChunkFailed> {
    #[cfg(feature = "split")]
    fetch_reader().await?;
    Ok(())
}

/// The engagements page's file code: reading an exported file
/// (`transfer::read`) and writing one (`transfer::export`), as functions
/// of the chunk that holds them.
#[derive(Clone, Copy)]
pub struct FileCode {
    /// The work in an exported file's bytes, or why it is refused.
    pub read: fn(&[u8]) -> Result<Workspace, ImportError>,
    /// The export file of a workspace's engagements (all when `None`),
    /// read back before it is returned.
    pub export: fn(&Workspace, Option<&[String]>) -> Result<String, ImportError>,
}

/// The functions [`file_code`] gives.
const FILE_CODE: FileCode = FileCode {
    read: crate::transfer::read,
    export: crate::transfer::export,
};

/// The engagements page's files (import and export) live in a chunk of
/// their own, fetched when a file is chosen or an export is asked for: both
/// read every tool's data (an import checks the whole file before it is
/// accepted; an export reads its file back), so their readers, about a
/// third of the page's download, are not needed to show the engagements.
/// Offline, the service worker has the chunk as it has every other file.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(engagements_files, wasm_split_path = ::leptos::wasm_split, fallible)]
fn engagements_files() -> Result<FileCode, ChunkFailed> {
    Ok(FILE_CODE)
}

/// The engagements page's file code; the first call fetches its chunk, and
/// a failure is not remembered, so a later call tries again.
pub async fn file_code() -> Result<FileCode, ChunkFailed> {
    #[cfg(feature = "split")]
    return engagements_files().await;
    #[cfg(not(feature = "split"))]
    Ok(FILE_CODE)
}

/// The migration of saved work from older schema versions
/// (`storage::migrate`, with the JSON trees its steps edit) lives in a chunk
/// of its own: only a browser whose saved work is older needs it, once.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(storage_migration, wasm_split_path = ::leptos::wasm_split, fallible)]
fn migration_code() -> Result<crate::storage::Migrate, ChunkFailed> {
    Ok(crate::storage::migrate)
}

/// Makes sure storage can migrate older saved work: in the split build,
/// fetches the migration's chunk and hands it to storage; elsewhere it is
/// part of the module. A failure is not remembered.
pub async fn load_migration() -> Result<(), ChunkFailed> {
    #[cfg(feature = "split")]
    crate::storage::set_migration(migration_code().await?);
    Ok(())
}
