//! Today's date for the app (`YYYY-MM-DD`, the device's local day), or the day a test gives
//! with `?today=YYYY-MM-DD` in the page's address.

/// Today, as `YYYY-MM-DD`.
pub fn today() -> String {
    let given = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("today=").map(str::to_string))
        })
        .filter(|d| crate::edit::valid_iso_date(d));
    given.unwrap_or_else(|| {
        let now = js_sys::Date::new_0();
        format!(
            "{:04}-{:02}-{:02}",
            now.get_full_year(),
            now.get_month() + 1,
            now.get_date()
        )
    })
}
