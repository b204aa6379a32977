//! Rapport: a relationship-marketing workbench that runs in the browser.
//!
//! The crate is a library so that host tests and browser tests reach every
//! module; `main.rs` only mounts [`ui::App`]. See `ARCHITECTURE.md` for the
//! map and the rules that keep it in shape.

pub mod chart;
pub mod i18n;
pub mod model;
pub mod route;
pub mod storage;
pub mod ui;
