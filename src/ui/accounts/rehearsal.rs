//! A rehearsal of the import, run once when the browser is idle after the
//! tool opens: a small built-in file read, checked, classified and drawn,
//! and thrown away.
//!
//! It is started by the portfolio (`portfolio_and_plans`), whose chunk
//! holds the classification and the charts it runs: started from the
//! import above, it would bring them into the download the tool opens on.
//!
//! Why: the browser compiles each WebAssembly function the first time it is
//! called. Without a rehearsal, the consultant's first import pays for
//! compiling the reader, the number reading, the classification and the
//! chart writers (about a tenth of the import's time on a slow tablet);
//! with it, that is done while they look for the file. Nothing is stored
//! or shown, and a user who is quicker than the idle time loses nothing.

use super::charts::{matrix, overlay_svg, points_svg, whale_svg};
use crate::csv::read;
use crate::i18n::Locale;
use crate::model::accounts::{
    matrix_of, medians, ImportPlan, Mapping, Portfolio, Whale, MAX_CUSTOMERS,
};
use crate::ui::chunks;
use crate::ui::context::Ctx;
use crate::ui::texts;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// The header of a client's export in small, with a byte-order mark.
const HEADER: &str = "\u{feff}Klient;Przychód;Marża %;Koszt obsługi;Wzrost %\r\n";

/// Its lines: `;`, decimal commas, digits grouped by no-break spaces, a
/// percentage sign, an empty growth and a line that cannot be read, so
/// every path of a real import runs.
const LINES: &str = "Alfa;12\u{a0}345,67;22,5;1\u{a0}200;35\r\n\
    Beta;900;-3,5 %;150;\r\n\
    Gamma;48\u{a0}000;31;9\u{a0}500,5;4\r\n\
    Delta;x;1;1;1\r\n";

/// How many times the lines are repeated: the browser optimises a function
/// once it has run often, and the reader's and the number reading's loops
/// then run at full speed on the real file.
const REPEAT: usize = 150;

/// Runs the import's code, as the tool runs it, on the built-in file in
/// `locale`'s texts; what it makes is dropped. Returns how many customers
/// it classified, so that nothing is left for the compiler to leave out.
pub(super) fn rehearse(locale: Locale) -> usize {
    let t = locale.strings();
    let file = format!("{HEADER}{}", LINES.repeat(REPEAT));
    let table = read::read(file.as_bytes());
    let Some(header) = table.records.first() else {
        return 0;
    };
    let mapping = Mapping::from_header(&header.fields);
    let plan = ImportPlan::of(&table, &mapping, MAX_CUSTOMERS);
    let mut portfolio = Portfolio::default();
    portfolio.import(plan.customers.into_iter().map(|(_, c)| c).collect(), false);
    let customers = &portfolio.customers;
    let thresholds = medians(customers);
    let chart = matrix(t, locale, "PLN", customers, thresholds);
    let whale = Whale::of(customers.iter().map(|c| c.profit()).collect());
    let drawn = [
        points_svg(&chart),
        overlay_svg(&chart),
        whale_svg(t, locale, "PLN", &whale),
    ]
    .iter()
    .filter(|svg| svg.is_ok())
    .count();
    matrix_of(customers, thresholds).rows.len() + portfolio.suggested().len() + drawn
}

/// Set once the import's code has run in this page, rehearsed or for
/// real: the browser keeps what it compiled for as long as the page, so
/// there is nothing more to rehearse.
static DONE: AtomicBool = AtomicBool::new(false);

/// Notes that a file has been chosen: its import compiles what a
/// rehearsal would, and a rehearsal still to come would only delay it.
pub(super) fn not_needed() {
    DONE.store(true, Ordering::Relaxed);
}

/// Rehearses the import once the browser has nothing else to do, in the
/// texts of the moment, then fetches the review of a file's code and
/// texts, between `rapport-import-rehearsal` and the measure
/// `rapport-import-rehearsed`, which tells a measurement that the tool is
/// ready for a file; at most once per page, and not once a file has been
/// chosen (waiting for the file leaves the browser idle, and the rehearsal
/// would then delay the real import it is there to speed up).
pub(super) fn rehearse_when_idle(ctx: Ctx) {
    request_idle_callback(move || {
        if DONE.swap(true, Ordering::Relaxed) {
            return;
        }
        let performance = window().performance();
        if let Some(p) = &performance {
            let _ = p.mark("rapport-import-rehearsal");
        }
        let locale = ctx.locale.get_untracked();
        let _ = rehearse(locale);
        // Then the review of a file (`import_review`), its code and texts,
        // so that a file chosen later is read at once, without a request:
        // the tool is ready for the file once both have come.
        let texts = texts::fetch(ctx.text_files, locale, Some(chunks::ACCOUNTS_IMPORT_TEXTS));
        leptos::task::spawn_local(async move {
            let _ = texts.await;
            let _ = chunks::preload_accounts_import().await;
            if let Some(p) = &performance {
                let _ = p.measure_with_start_mark(
                    "rapport-import-rehearsed",
                    "rapport-import-rehearsal",
                );
            }
        });
    });
}
