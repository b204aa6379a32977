//! CSV files in and out: `write` for tables a user takes into a spreadsheet
//! (the report's exports), `read` for the lists a client exports from a
//! spreadsheet or CRM (the key-account tool's import). Pure: no Leptos,
//! web-sys or gloo, tested on the host.

pub mod read;
pub mod write;
