//! How the person reading a page wants things written. A request's reader starts as the
//! default, takes the signed-in user's preferences once the request's credential is checked,
//! and the cluster's time zone once the cluster is known; whatever the page then writes (facts,
//! table cells, templates) asks here rather than carrying them through every function.

use std::cell::Cell;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use domain::language::Language;
use domain::time_zone::Tz;
use domain::written::DateStyle;

#[derive(Debug, Clone, Copy, Default)]
struct Reader {
    date_style: DateStyle,
    /// The time zone of the cluster the page is of; moments are on the UTC clock without one.
    zone: Option<Tz>,
    language: Language,
}

tokio::task_local! {
    static READER: Cell<Reader>;
}

/// Runs `request`'s handling with a reader of its own, in the language its browser asks for
/// until [`reads_as`].
pub async fn scope(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let language = request
        .headers()
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::preferred)
        .unwrap_or_default();
    READER.scope(Cell::new(Reader { language, ..Reader::default() }), next.run(request)).await
}

fn change(f: impl FnOnce(&mut Reader)) {
    let _outside_a_request = READER.try_with(|cell| {
        let mut reader = cell.get();
        f(&mut reader);
        cell.set(reader);
    });
}

fn reader() -> Reader {
    READER.try_with(Cell::get).unwrap_or_default()
}

/// The reader's date style, for text worded outside the pages (a membership's reason).
pub fn date_style() -> DateStyle {
    reader().date_style
}

/// The rest of this request is read by `actor`.
pub fn reads_as(actor: &app::Actor) {
    change(|r| {
        r.date_style = actor.date_style();
        if let Some(language) = actor.language() {
            r.language = language;
        }
    });
}

/// The rest of this request is about `cluster`: on its clock.
pub fn reads_in(cluster: &domain::cluster::Cluster) {
    change(|r| r.zone = Some(cluster.time_zone()));
}

/// The language of the page.
pub fn language() -> Language {
    reader().language
}

/// The message `key` in the reader's language (see the `i18n` crate).
pub fn t(key: &str) -> String {
    i18n::text(language(), key)
}

/// The message `key` in the reader's language, with a count for its plural forms.
pub fn t_count(key: &str, count: i64) -> String {
    i18n::text_with(language(), key, &[("count", count.into())])
}

/// What has a day: a date, or a moment (its day on the clock of the page's cluster).
pub trait Dated {
    fn day(&self) -> NaiveDate;
}

impl Dated for NaiveDate {
    fn day(&self) -> NaiveDate {
        *self
    }
}

/// A wall-clock time, already on the cluster's clock (an event's start).
impl Dated for NaiveDateTime {
    fn day(&self) -> NaiveDate {
        self.date()
    }
}

impl Dated for DateTime<Utc> {
    fn day(&self) -> NaiveDate {
        match reader().zone {
            Some(zone) => domain::time_zone::local(zone, *self).date(),
            None => self.date_naive(),
        }
    }
}

/// The day of `dated` as the reader writes days: `1 Dec 2026` or `01.12.2026`, …
pub fn day(dated: impl Dated) -> String {
    reader().date_style.day(dated.day())
}

/// `dated` as [`day`], or `none` without one.
pub fn day_or(dated: Option<impl Dated>, none: &str) -> String {
    dated.map_or_else(|| none.to_string(), day)
}

/// A moment on the clock of the page's cluster, `1 Dec 2026, 15:30`; outside a cluster's page,
/// on the UTC clock and marked so: `1 Dec 2026, 14:30 UTC`.
pub fn moment(at: DateTime<Utc>) -> String {
    let Reader { date_style, zone, .. } = reader();
    match zone {
        Some(zone) => date_style.moment(domain::time_zone::local(zone, at)),
        None => format!("{} UTC", date_style.moment(at.naive_utc())),
    }
}

/// A wall-clock time of the cluster (an event's start): `1 Dec 2026, 15:30`.
pub fn wall_clock(at: NaiveDateTime) -> String {
    reader().date_style.moment(at)
}

/// A period as people name it (`2026`, `2026/27`), or its first and last days in the reader's
/// style.
pub fn period(period: domain::period::Period) -> String {
    period.label_in(date_style())
}

/// A day with its weekday: `Tue 1 Dec 2026`.
pub fn weekday_and_day(dated: impl Dated) -> String {
    reader().date_style.weekday_and_day(dated.day())
}
