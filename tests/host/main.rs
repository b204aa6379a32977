//! The host tests, as one test binary.
//!
//! One binary links once: a change to the pure core rebuilds the library and
//! this binary only, instead of about twenty binaries. That is what keeps
//! `make mutants` (cargo-mutants over the pure core) to seconds per mutant.
//! Each module is the tests of one concern; run one with
//! `cargo test --test host <module>::`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

mod accounts;
mod architecture;
mod assessment;
mod chart;
mod code;
mod content;
mod csv_read;
mod csv_write;
mod decimal;
mod entry;
mod fit;
mod glossary;
mod golden;
mod i18n;
mod levels;
mod loyalty;
mod number;
mod qr;
mod report;
mod route;
mod scenario;
mod storage;
mod storage_part;
mod storage_rules;
mod team;
mod transfer;
mod workshop;
mod workspace;

/// The number of cases a property test with its own count runs: `wanted`,
/// or fewer when `PROPTEST_CASES` asks for fewer. `make mutants` does, so
/// that each mutant is judged in seconds; the others already follow it.
pub fn cases(wanted: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .map_or(wanted, |n| n.min(wanted))
}
mod stored;
