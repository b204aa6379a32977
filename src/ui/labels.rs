//! The translated names of the model's values, in one place so every view
//! names a thing the same way.

use crate::i18n::Strings;
use crate::model::assessment::{Band, Tier};
use crate::model::components::Component;
use crate::model::levels::{CustomerCount, Level, Margin};

/// A component's name and what being ready means for it.
pub fn component(t: &'static Strings, c: Component) -> (&'static str, &'static str) {
    match c {
        Component::Values => (t.component_values, t.component_values_ready),
        Component::Leadership => (t.component_leadership, t.component_leadership_ready),
        Component::Strategy => (t.component_strategy, t.component_strategy_ready),
        Component::Structure => (t.component_structure, t.component_structure_ready),
        Component::People => (t.component_people, t.component_people_ready),
        Component::Technology => (t.component_technology, t.component_technology_ready),
        Component::Knowledge => (t.component_knowledge, t.component_knowledge_ready),
        Component::Process => (t.component_process, t.component_process_ready),
    }
}

/// A level's full description and its short name.
pub fn level(t: &'static Strings, l: Level) -> (&'static str, &'static str) {
    match l {
        Level::Basic => (t.level_basic, t.level_short_basic),
        Level::Reactive => (t.level_reactive, t.level_short_reactive),
        Level::Accountable => (t.level_accountable, t.level_short_accountable),
        Level::Proactive => (t.level_proactive, t.level_short_proactive),
        Level::Partnership => (t.level_partnership, t.level_short_partnership),
    }
}

/// The name of a band of customer numbers.
pub fn customers(t: &'static Strings, c: CustomerCount) -> &'static str {
    match c {
        CustomerCount::Many => t.customers_many,
        CustomerCount::Medium => t.customers_medium,
        CustomerCount::Few => t.customers_few,
    }
}

/// The name of a band of unit margin.
pub fn margin(t: &'static Strings, m: Margin) -> &'static str {
    match m {
        Margin::High => t.margin_high,
        Margin::Medium => t.margin_medium,
        Margin::Low => t.margin_low,
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
        Component::Values => (t.q_values, t.q_values_low, t.q_values_high),
        Component::Leadership => (t.q_leadership, t.q_leadership_low, t.q_leadership_high),
        Component::Strategy => (t.q_strategy, t.q_strategy_low, t.q_strategy_high),
        Component::Structure => (t.q_structure, t.q_structure_low, t.q_structure_high),
        Component::People => (t.q_people, t.q_people_low, t.q_people_high),
        Component::Technology => (t.q_technology, t.q_technology_low, t.q_technology_high),
        Component::Knowledge => (t.q_knowledge, t.q_knowledge_low, t.q_knowledge_high),
        Component::Process => (t.q_process, t.q_process_low, t.q_process_high),
    }
}

/// A component's recommendation for a score tier.
pub fn recommendation(t: &'static Strings, c: Component, tier: Tier) -> &'static str {
    let texts = match c {
        Component::Values => t.rec_values,
        Component::Leadership => t.rec_leadership,
        Component::Strategy => t.rec_strategy,
        Component::Structure => t.rec_structure,
        Component::People => t.rec_people,
        Component::Technology => t.rec_technology,
        Component::Knowledge => t.rec_knowledge,
        Component::Process => t.rec_process,
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
        Band::NotReady => t.band_not_ready,
        Band::Emerging => t.band_emerging,
        Band::Developing => t.band_developing,
        Band::Ready => t.band_ready,
    }
}
