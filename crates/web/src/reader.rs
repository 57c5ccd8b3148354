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
    /// Whether someone asked for `language` (the visitor's choice, their browser, the signed-in
    /// user's profile), rather than it being English for want of any.
    asked: bool,
    /// Whether the reader's language also says how they type numbers and dates: a page's reader
    /// who chose it, or whose browser asks for it without a region or with one of the network's
    /// countries (`en-US` writes the month first, `de-CH` a decimal point); never an API client,
    /// whose `Accept-Language` asks for words, not for how its data is read.
    typing: bool,
}

tokio::task_local! {
    static READER: Cell<Reader>;
}

/// The cookie that keeps the language a visitor chose on a public page.
pub const LANGUAGE_COOKIE: &str = "clusterdesk_lang";

/// Runs `request`'s handling with a reader of its own, until [`reads_as`] in the language the
/// visitor chose (`?lang=` on a public page's switcher, then kept in [`LANGUAGE_COOKIE`] for a
/// year), else the one the browser asks for, else English.
pub async fn scope(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let chosen = request
        .uri()
        .query()
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("lang=")))
        .and_then(|code| Language::parse(code).ok());
    let kept = crate::auth::cookie(request.headers(), LANGUAGE_COOKIE).and_then(|code| Language::parse(&code).ok());
    let asked_with_region = request
        .headers()
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::preferred_with_region);
    let browser_region_is_the_networks = asked_with_region
        .as_ref()
        .is_none_or(|(_, region)| region.as_deref().is_none_or(|region| NETWORK_REGIONS.contains(&region)));
    let asked = asked_with_region.map(|(language, _)| language);
    let wanted = chosen.or(kept).or(asked);
    let typing = !request.uri().path().starts_with("/api/")
        && (chosen.or(kept).is_some() || (asked.is_some() && browser_region_is_the_networks));
    let reader = Reader { language: wanted.unwrap_or_default(), asked: wanted.is_some(), typing, ..Reader::default() };
    let mut response = READER.scope(Cell::new(reader), next.run(request)).await;
    if let Some(language) = chosen.filter(|l| Some(*l) != kept) {
        let cookie = format!("{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", language.code());
        if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
            response.headers_mut().append(axum::http::header::SET_COOKIE, value);
        }
    }
    response
}

/// The regions whose people write numbers and dates as their language does in the network's
/// countries (CLDR): Ireland and the United Kingdom, the network's countries, and the EU's
/// other countries of its languages.
const NETWORK_REGIONS: [&str; 14] =
    ["IE", "GB", "BG", "FR", "BE", "LU", "DE", "AT", "IT", "PL", "RO", "ES", "UA", "MT"];

/// A choice of language as a public page's switcher offers it.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub current: bool,
}

/// The nine languages, the reader's marked, for a public page's switcher (`?lang={code}`).
pub fn language_links() -> Vec<LanguageLink> {
    let current = language();
    Language::ALL
        .iter()
        .map(|l| LanguageLink { code: l.code(), name: l.native_name(), current: *l == current })
        .collect()
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
            r.asked = true;
            r.typing = true;
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

/// The language the reader asked for, if any: `None` when the page is in English only because
/// nobody named one of the nine (a visitor whose browser asks for Portuguese), so that what is
/// written to them later falls back to the cluster's language rather than to English.
pub fn asked_language() -> Option<Language> {
    let reader = reader();
    reader.asked.then_some(reader.language)
}

/// How the reader types numbers and dates, by the language they chose or their browser asks for
/// in one of the network's regions (none when they asked for none, for an API client, or outside
/// a request): what the readers of typed values fall back on
/// ([`domain::written::learn_typist_from`]), so that `1.500` is fifteen hundred to a German and
/// one and a half to an Irish reader.
pub fn typist() -> Option<domain::written::Typist> {
    let reader = READER.try_with(Cell::get).ok()?;
    reader.typing.then(|| domain::written::Typist::of(reader.language))
}

/// Runs `document`'s writing in `language`, whatever the reader's own (an invoice in its
/// customer's language, a report in its cluster's), inside a request or outside one (the
/// command line); the reader's date style and clock stay.
pub fn writes_in<T>(language: Language, document: impl FnOnce() -> T) -> T {
    READER.sync_scope(Cell::new(Reader { language, ..reader() }), document)
}

/// An amount as the reader's language writes numbers, with its currency's code: `1,234.56 EUR`,
/// `1.234,56 EUR` (see [`domain::money::Money::written_in`]).
pub fn money(amount: domain::money::Money) -> String {
    amount.written_in(language())
}

/// A stored value of an indicator as the reader's language writes it (`1,234` and `42.5 %` in
/// English, `1.234` and `42,5 %` in German, an amount with its currency's code): the value in
/// the unit's stored scale ([`domain::monitoring::Unit::scale`]).
pub fn unit_value(unit: domain::monitoring::Unit, value: i64, currency: domain::money::Currency) -> String {
    use domain::monitoring::Unit;
    let language = language();
    match unit {
        Unit::Count => i18n::number(language, value),
        Unit::Money => domain::money::Money::new(value, currency).written_in(language),
        Unit::Percent => {
            let figure = match value % 100 {
                0 => i18n::number(language, value / 100),
                f if f % 10 == 0 => i18n::decimal(language, value / 10, 1),
                _ => i18n::decimal(language, value, 2),
            };
            format!("{figure} %")
        }
        _ => i18n::decimal(language, value, 2),
    }
}

/// A day as the reader's language writes it in full, its month by name (`1 December 2026`,
/// `1. Dezember 2026`): documents and mail.
pub fn long_date(day: NaiveDate) -> String {
    i18n::date(language(), day, i18n::Length::Long)
}

/// The message `key` in the reader's language (see the `i18n` crate).
pub fn t(key: &str) -> String {
    i18n::text(language(), key)
}

/// The message `key` in the reader's language, with a count for its plural forms.
pub fn t_count(key: &str, count: i64) -> String {
    i18n::text_with(language(), key, &[("count", count.into())])
}

/// The label of a coded value (an event's kind, a registration's status) in the reader's
/// language: the message [`domain::Coded::message_key`], else its English label.
pub fn label(value: impl domain::Coded) -> String {
    i18n::read_by(language(), || value.said_label())
}

/// A text shipped with clusterdesk in the reader's language: the message `key`, else `stored`
/// (the English it was shipped with) when no message has that name.
pub fn shipped(key: &str, stored: &str) -> String {
    i18n::own_text(language(), key).unwrap_or_else(|| stored.to_string())
}

/// A monitoring indicator's name in the reader's language: a standard indicator's message
/// (`indicator-{key}`, its key in kebab case), else `name` as the cluster's team wrote it.
pub fn indicator_name(key: &str, name: &str) -> String {
    if !BUILT_IN_INDICATORS.contains(key) {
        return name.to_string();
    }
    shipped(&format!("indicator-{}", key.replace('_', "-")), name)
}

/// The keys of the built-in indicators: a cluster's own are named as its team wrote them, even
/// under a key that happens to end like a shipped message's name.
static BUILT_IN_INDICATORS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| domain::monitoring::builtin().into_iter().map(|d| d.key).collect());

/// A monitoring indicator's definition in the reader's language, as [`indicator_name`].
pub fn indicator_description(key: &str, description: &str) -> String {
    if !BUILT_IN_INDICATORS.contains(key) {
        return description.to_string();
    }
    shipped(&format!("indicator-{}-description", key.replace('_', "-")), description)
}

/// An economic ratio as the reader's language words it: its name (`ratio-{code}`), formula
/// (`ratio-{code}-formula`) and goal (`ratio-{code}-goal`), by its code
/// (`domain::economics::RATIO_CODES`); the English of `ratio` for a code without messages.
pub struct RatioWords {
    pub name: String,
    pub formula: String,
    pub goal: Option<String>,
}

/// See [`RatioWords`].
pub fn ratio(ratio: &domain::economics::Ratio) -> RatioWords {
    let key = format!("ratio-{}", ratio.code.replace('_', "-"));
    RatioWords {
        name: shipped(&key, ratio.label),
        formula: shipped(&format!("{key}-formula"), ratio.definition),
        goal: ratio.goal.map(|goal| shipped(&format!("{key}-goal"), goal)),
    }
}

/// The message `key` in the reader's language, its argument `name` set to `value`.
pub fn t1(key: &str, name: &str, value: impl std::fmt::Display) -> String {
    i18n::text_with(language(), key, &[(name, value.to_string().into())])
}

/// The message `key` in the reader's language with two arguments.
pub fn t2(
    key: &str,
    first: &str,
    first_value: impl std::fmt::Display,
    second: &str,
    second_value: impl std::fmt::Display,
) -> String {
    i18n::text_with(
        language(),
        key,
        &[(first, first_value.to_string().into()), (second, second_value.to_string().into())],
    )
}

/// The message `key` in the reader's language with any number of arguments:
/// each argument a name and its text, `("number", number.to_string())`.
pub fn t_args(key: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, i18n::FluentValue<'_>)> =
        args.iter().map(|(name, value)| (*name, i18n::FluentValue::from(value.as_str()))).collect();
    i18n::text_with(language(), key, &args)
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

/// A shipped set's name, description and lines' names in the reader's language (messages
/// `indicator-set-{key}`, `-description` and `-line-{code}`, the key and the code in kebab case);
/// the cluster's own sets as their team wrote them.
pub fn name_shipped_set(reading: &mut app::indicator_set::SetReading) {
    if reading.own {
        return;
    }
    let key = format!("indicator-set-{}", reading.key.replace('_', "-"));
    reading.name = shipped(&key, &reading.name);
    reading.description = shipped(&format!("{key}-description"), &reading.description);
    let monitoring = reading.key == domain::indicator_set::MONITORING_SET;
    for l in &mut reading.lines {
        // The monitoring system's lines are its indicators, by their names.
        l.line.name = if monitoring {
            indicator_name(&l.line.indicator, &l.line.name)
        } else {
            let code = l.line.code.replace('.', "-").to_lowercase();
            shipped(&format!("{key}-line-{code}"), &l.line.name)
        };
    }
}
