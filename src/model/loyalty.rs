//! Figures of the economics of loyalty that the app cites
//! (`shared/domain.md` §7).

/// The cost of serving a customer with two years' tenure, as a share of the
/// cost of serving a first-year customer: "two thirds less" (seed 001,
/// after Reichheld).
pub const SERVICE_COST_SHARE_FROM_YEAR_TWO: f64 = 1.0 / 3.0;
