//! Writing CSV that spreadsheets open correctly in every language.
