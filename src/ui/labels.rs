//! The translated names of the model's values, in one place so every view
//! names a thing the same way.

use crate::i18n::{fill, Strings};
use crate::model::assessment::{Band, Tier};
use crate::model::code::CodeError;
use crate::model::components::Component;
use crate::model::fit::{CultureType, Dimension, Flag, Side, Verdict};
use crate::model::levels::{CustomerCount, Level, Margin};
use crate::model::workshop::{Refusal, Taken};
use crate::transfer::ImportError;

/// A component's name and what being ready means for it.
pub fn component(t: &'static Strings, c: Component) -> (&'static str, &'static str) {
    match c {
        Component::Values => (t.component_values(), t.component_values_ready()),
        Component::Leadership => (t.component_leadership(), t.component_leadership_ready()),
        Component::Strategy => (t.component_strategy(), t.component_strategy_ready()),
        Component::Structure => (t.component_structure(), t.component_structure_ready()),
        Component::People => (t.component_people(), t.component_people_ready()),
        Component::Technology => (t.component_technology(), t.component_technology_ready()),
        Component::Knowledge => (t.component_knowledge(), t.component_knowledge_ready()),
        Component::Process => (t.component_process(), t.component_process_ready()),
    }
}

/// A level's full description and its short name.
pub fn level(t: &'static Strings, l: Level) -> (&'static str, &'static str) {
    match l {
        Level::Basic => (t.level_basic(), t.level_short_basic()),
        Level::Reactive => (t.level_reactive(), t.level_short_reactive()),
        Level::Accountable => (t.level_accountable(), t.level_short_accountable()),
        Level::Proactive => (t.level_proactive(), t.level_short_proactive()),
        Level::Partnership => (t.level_partnership(), t.level_short_partnership()),
    }
}

/// The name of a band of customer numbers.
pub fn customers(t: &'static Strings, c: CustomerCount) -> &'static str {
    match c {
        CustomerCount::Many => t.customers_many(),
        CustomerCount::Medium => t.customers_medium(),
        CustomerCount::Few => t.customers_few(),
    }
}

/// The name of a band of unit margin.
pub fn margin(t: &'static Strings, m: Margin) -> &'static str {
    match m {
        Margin::High => t.margin_high(),
        Margin::Medium => t.margin_medium(),
        Margin::Low => t.margin_low(),
    }
}

/// A component's statements and the descriptions of the two ends of their
/// scales (1 and 5), in the question bank's order.
pub fn questions(
    t: &'static Strings,
    c: Component,
) -> (
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
) {
    match c {
        Component::Values => (t.q_values(), t.q_values_low(), t.q_values_high()),
        Component::Leadership => (
            t.q_leadership(),
            t.q_leadership_low(),
            t.q_leadership_high(),
        ),
        Component::Strategy => (t.q_strategy(), t.q_strategy_low(), t.q_strategy_high()),
        Component::Structure => (t.q_structure(), t.q_structure_low(), t.q_structure_high()),
        Component::People => (t.q_people(), t.q_people_low(), t.q_people_high()),
        Component::Technology => (
            t.q_technology(),
            t.q_technology_low(),
            t.q_technology_high(),
        ),
        Component::Knowledge => (t.q_knowledge(), t.q_knowledge_low(), t.q_knowledge_high()),
        Component::Process => (t.q_process(), t.q_process_low(), t.q_process_high()),
    }
}

/// A component's recommendation for a score tier.
pub fn recommendation(t: &'static Strings, c: Component, tier: Tier) -> &'static str {
    let texts = match c {
        Component::Values => t.rec_values(),
        Component::Leadership => t.rec_leadership(),
        Component::Strategy => t.rec_strategy(),
        Component::Structure => t.rec_structure(),
        Component::People => t.rec_people(),
        Component::Technology => t.rec_technology(),
        Component::Knowledge => t.rec_knowledge(),
        Component::Process => t.rec_process(),
    };
    let index = match tier {
        Tier::Low => 0,
        Tier::Middle => 1,
        Tier::High => 2,
    };
    texts.get(index).copied().unwrap_or_default()
}

/// The name of a readiness band.
pub fn band(t: &'static Strings, b: Band) -> &'static str {
    match b {
        Band::NotReady => t.band_not_ready(),
        Band::Emerging => t.band_emerging(),
        Band::Developing => t.band_developing(),
        Band::Ready => t.band_ready(),
    }
}

/// A culture scale's texts: its name, left pole, middle and right pole.
pub fn dimension(t: &'static Strings, d: Dimension) -> [&'static str; 4] {
    let texts = match d {
        Dimension::DealOrientation => t.dim_deal_orientation(),
        Dimension::Horizon => t.dim_horizon(),
        Dimension::GainSharing => t.dim_gain_sharing(),
        Dimension::StrategyFocus => t.dim_strategy_focus(),
        Dimension::Bargaining => t.dim_bargaining(),
        Dimension::MarketPower => t.dim_market_power(),
        Dimension::PartnerChoice => t.dim_partner_choice(),
        Dimension::Stability => t.dim_stability(),
        Dimension::Deciding => t.dim_deciding(),
        Dimension::Trusting => t.dim_trusting(),
        Dimension::Disagreeing => t.dim_disagreeing(),
        Dimension::Scheduling => t.dim_scheduling(),
    };
    let at = |i: usize| texts.get(i).copied().unwrap_or_default();
    [at(0), at(1), at(2), at(3)]
}

/// What a consultant can say or do about a flagged gap on `d`.
pub fn prompt(t: &'static Strings, d: Dimension) -> &'static str {
    match d {
        Dimension::DealOrientation => t.dim_deal_orientation_prompt(),
        Dimension::Horizon => t.dim_horizon_prompt(),
        Dimension::GainSharing => t.dim_gain_sharing_prompt(),
        Dimension::StrategyFocus => t.dim_strategy_focus_prompt(),
        Dimension::Bargaining => t.dim_bargaining_prompt(),
        Dimension::MarketPower => t.dim_market_power_prompt(),
        Dimension::PartnerChoice => t.dim_partner_choice_prompt(),
        Dimension::Stability => t.dim_stability_prompt(),
        Dimension::Deciding => t.dim_deciding_prompt(),
        Dimension::Trusting => t.dim_trusting_prompt(),
        Dimension::Disagreeing => t.dim_disagreeing_prompt(),
        Dimension::Scheduling => t.dim_scheduling_prompt(),
    }
}

/// A verdict's name and what it means.
pub fn verdict(t: &'static Strings, v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Go => (t.verdict_go(), t.verdict_go_note()),
        Verdict::ProceedWithCare => (t.verdict_care(), t.verdict_care_note()),
        Verdict::ResolveBeforeInvesting => (t.verdict_resolve(), t.verdict_resolve_note()),
    }
}

/// A flag's name.
pub fn flag(t: &'static Strings, f: Flag) -> &'static str {
    match f {
        Flag::Red => t.flag_red(),
        Flag::Amber => t.flag_amber(),
    }
}

/// A side's name: the one the user typed, or its role while that is empty.
pub fn party(t: &'static Strings, side: Side, name: &str) -> String {
    let name = name.trim();
    if !name.is_empty() {
        return name.to_owned();
    }
    match side {
        Side::Supplier => t.fit_supplier().to_owned(),
        Side::Client => t.fit_client().to_owned(),
    }
}

/// The name of an OCAI culture type.
pub fn culture_type(t: &'static Strings, c: CultureType) -> &'static str {
    t.ocai_types().get(c as usize).copied().unwrap_or_default()
}

/// An engagement's name, or what to call it while it has none.
pub fn engagement(t: &'static Strings, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        t.eng_unnamed().to_owned()
    } else {
        name.to_owned()
    }
}

/// What to tell the user about a file that was not imported; `None` when
/// the browser could not read the file at all.
pub fn import_error(t: &'static Strings, error: Option<ImportError>) -> &'static str {
    match error {
        None => t.import_unreadable(),
        Some(ImportError::TooLarge) => t.import_too_large(),
        Some(ImportError::Empty) => t.import_empty(),
        Some(ImportError::NotJson) => t.import_not_json(),
        Some(ImportError::Truncated) => t.import_truncated(),
        Some(ImportError::TooDeep) => t.import_too_deep(),
        Some(ImportError::NotRapport) => t.import_not_rapport(),
        Some(ImportError::NewerVersion(_)) => t.import_newer(),
        Some(ImportError::WrongTypes) => t.import_wrong_types(),
        Some(ImportError::OutOfRange) => t.import_out_of_range(),
    }
}

/// Why the result `code` (shortened as shown) was not added.
pub fn refusal(t: &'static Strings, refusal: Refusal, code: &str) -> String {
    let template = match refusal {
        Refusal::Duplicate => t.ws_refused_duplicate(),
        Refusal::Closed => t.ws_refused_closed(),
        Refusal::Older { number } => {
            return fill(
                t.ws_refused_older(),
                &[("code", code), ("number", &number.to_string())],
            );
        }
        Refusal::Code(CodeError::Malformed) => t.ws_refused_malformed(),
        Refusal::Code(CodeError::Corrupted) => t.ws_refused_corrupted(),
        Refusal::Code(CodeError::NewerVersion) => t.ws_refused_newer(),
        Refusal::Code(CodeError::OtherWorkshop) => t.ws_refused_other(),
    };
    fill(template, &[("code", code)])
}

/// How the result `code` (shortened as shown) was taken into a workshop.
pub fn taken(t: &'static Strings, taken: Taken, code: &str) -> String {
    match taken {
        Taken::Added => fill(t.ws_added(), &[("code", code)]),
        Taken::Updated { number } => fill(
            t.ws_updated(),
            &[("code", code), ("number", &number.to_string())],
        ),
    }
}
