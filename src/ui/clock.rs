//! The browser's clock, as the app writes dates: in the user's time zone.

/// Today as `YYYY-MM-DD`.
pub fn today() -> String {
    now().chars().take(10).collect()
}

/// Now as `YYYY-MM-DDTHH:MM`.
pub fn now() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
