//! The translated names of the model's values, in one place so every view
//! names a thing the same way.

use crate::i18n::Strings;
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
