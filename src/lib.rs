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

/// The memory allocator on the web: smaller and faster than the default.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
