//! The method: plain data and pure functions.
//!
//! This module knows nothing of Leptos, the DOM or storage; a test in
//! `tests/architecture.rs` fails if it imports any of them. The UI reads
//! signals and calls in here; storage saves what [`workspace`] holds.

pub mod accounts;
pub mod assessment;
pub mod code;
pub mod components;
pub mod fit;
pub mod levels;
pub mod loyalty;
pub mod report;
pub mod scenario;
pub mod stored;
pub mod team;
pub mod workshop;
pub mod workspace;
