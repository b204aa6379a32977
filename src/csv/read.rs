//! Reading CSV as real spreadsheets and CRMs write it.
