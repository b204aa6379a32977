//! Kotler's five levels of relationship and the level a firm should run for
//! its number of customers and unit margin (`shared/domain.md` §4, after
//! Kotler, *Marketing Management*).

use serde::{Deserialize, Serialize};

/// A level of relationship with customers, from the least to the most
/// involved. Stored by its name in snake case (the key-account tool keeps
/// a client's current level).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Sell and forget.
    Basic,
    /// Invite the customer to call with questions.
    Reactive,
    /// Call soon after the sale to check and collect suggestions.
    Accountable,
    /// Contact the customer from time to time with improvements and offers.
    Proactive,
    /// Work continuously with the customer to find more value.
    Partnership,
}

impl Level {
    /// Every level, from basic to partnership.
    pub const ALL: [Level; 5] = [
        Level::Basic,
        Level::Reactive,
        Level::Accountable,
        Level::Proactive,
        Level::Partnership,
    ];
}

/// How many customers a firm has, in Kotler's three bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CustomerCount {
    /// Many customers.
    Many,
    /// A medium number of customers.
    Medium,
    /// Few customers.
    Few,
}

impl CustomerCount {
    /// The bands, in the order Kotler's table lists its rows.
    pub const ALL: [CustomerCount; 3] = [
        CustomerCount::Many,
        CustomerCount::Medium,
        CustomerCount::Few,
    ];
}

/// The unit margin, in Kotler's three bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Margin {
    /// High unit margin.
    High,
    /// Medium unit margin.
    Medium,
    /// Low unit margin.
    Low,
}

impl Margin {
    /// The bands, in the order Kotler's table lists its columns.
    pub const ALL: [Margin; 3] = [Margin::High, Margin::Medium, Margin::Low];
}

/// The levels Kotler's table advises for a firm. It names one level in each
/// cell but one: many customers at a low margin can run basic *or* reactive,
/// so the answer is a range, lowest first.
pub fn recommended(customers: CustomerCount, margin: Margin) -> (Level, Level) {
    use CustomerCount as C;
    use Level as L;
    use Margin as M;
    let one = |level| (level, level);
    match (customers, margin) {
        (C::Many, M::High) => one(L::Accountable),
        (C::Many, M::Medium) => one(L::Reactive),
        (C::Many, M::Low) => (L::Basic, L::Reactive),
        (C::Medium, M::High) => one(L::Proactive),
        (C::Medium, M::Medium) => one(L::Accountable),
        (C::Medium, M::Low) => one(L::Reactive),
        (C::Few, M::High) => one(L::Partnership),
        (C::Few, M::Medium) => one(L::Proactive),
        (C::Few, M::Low) => one(L::Accountable),
    }
}
