//! The split points: one per view, each the only way into its view's code.
//!
//! In the browser, each function below lives in its own WebAssembly chunk
//! that is fetched the first time its view is opened (`wasm-split-cli`, run
//! by `src/build.sh`, cuts the module at these markers). What a chunk holds
//! is whatever only its view reaches: its components, its charts, and the
//! parts of the model only it calls. Code two chunks share stays in the main
//! module. On the host the functions are called directly.
//!
//! The home page and the page for an unknown address stay in the main
//! module: they are small, and the home must replace its prerendered copy
//! without a loading state in between.
//!
//! The chunk names are the tools' names (route, `ui/` folder, `model/`
//! module), so a file in the build says which view it serves.

use super::accounts::AccountsPage;
use super::assessment::{QuestionsPage, ResultsPage};
use super::economics::EconomicsPage;
use super::engagement_bar::EngagementBar;
use super::engagements::EngagementsPage;
use super::fit::FitPage;
use super::method_page::MethodPage;
use super::report::ReportPage;
use super::workshop::{JoinPage, Presenter, ResultPage, WorkshopPage};
use crate::model::components::Component;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

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

/// The method and its sources.
#[wasm_split(method, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn method() -> Loaded {
    Ok(view! { <MethodPage /> }.into_any())
}

/// One component's statements of the readiness assessment.
#[wasm_split(assessment, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn assessment(component: Component) -> Loaded {
    Ok(view! {
        <EngagementBar />
        <QuestionsPage component />
    }
    .into_any())
}

/// The readiness results.
#[wasm_split(assessment_results, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn assessment_results() -> Loaded {
    Ok(view! {
        <EngagementBar />
        <ResultsPage />
    }
    .into_any())
}

/// The cultural-fit check.
#[wasm_split(fit, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn fit() -> Loaded {
    Ok(view! {
        <EngagementBar />
        <FitPage />
    }
    .into_any())
}

/// The economics of loyalty.
#[wasm_split(loyalty, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn loyalty() -> Loaded {
    Ok(view! {
        <EngagementBar />
        <EconomicsPage />
    }
    .into_any())
}

/// The key-account strategy.
#[wasm_split(accounts, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn accounts() -> Loaded {
    Ok(view! {
        <EngagementBar />
        <AccountsPage />
    }
    .into_any())
}

/// The engagements, their export and import.
#[wasm_split(engagements, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn engagements() -> Loaded {
    Ok(view! { <EngagementsPage /> }.into_any())
}

/// The report for the client.
#[wasm_split(report, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn report() -> Loaded {
    Ok(view! {
        <EngagementBar />
        <ReportPage />
    }
    .into_any())
}

/// The consultant's workshop page.
#[wasm_split(workshop, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn workshop() -> Loaded {
    Ok(view! {
        <EngagementBar />
        <WorkshopPage />
    }
    .into_any())
}

/// The workshop's presenter for a projector.
#[wasm_split(present, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn present() -> Loaded {
    Ok(view! { <Presenter /> }.into_any())
}

/// A participant's questionnaire from a join link.
#[wasm_split(join, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn join(fragment: String) -> Loaded {
    Ok(view! { <JoinPage fragment /> }.into_any())
}

/// A participant's result from its link.
#[wasm_split(result, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn result(code: String) -> Loaded {
    Ok(view! { <ResultPage code /> }.into_any())
}
