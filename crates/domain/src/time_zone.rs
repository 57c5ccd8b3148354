//! A cluster's local time. Event times, deadlines and "today" are the cluster's wall-clock time in
//! its IANA time zone, taken from the tz database through `chrono-tz`: the zone of its country's
//! capital unless the cluster names another. Offsets and summer time always come from the
//! database, never from a table of our own.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName};

pub use chrono_tz::Tz;

/// The zone of a country's capital, for the countries a European network meets;
/// `Europe/Brussels` for any other code.
pub fn of_country(country: &str) -> Tz {
    use chrono_tz::{America, Asia, Atlantic, Europe};
    match country {
        "AD" => Europe::Andorra,
        "AL" => Europe::Tirane,
        "AM" => Asia::Yerevan,
        "AT" => Europe::Vienna,
        "AZ" => Asia::Baku,
        "BA" => Europe::Sarajevo,
        "BE" => Europe::Brussels,
        "BG" => Europe::Sofia,
        "BY" => Europe::Minsk,
        "CA" => America::Toronto,
        "CH" => Europe::Zurich,
        "CY" => Asia::Nicosia,
        "CZ" => Europe::Prague,
        "DE" => Europe::Berlin,
        "DK" => Europe::Copenhagen,
        "EE" => Europe::Tallinn,
        "ES" => Europe::Madrid,
        "FI" => Europe::Helsinki,
        "FO" => Atlantic::Faroe,
        "FR" => Europe::Paris,
        "GB" => Europe::London,
        "GE" => Asia::Tbilisi,
        "GR" => Europe::Athens,
        "HR" => Europe::Zagreb,
        "HU" => Europe::Budapest,
        "IE" => Europe::Dublin,
        "IL" => Asia::Jerusalem,
        "IS" => Atlantic::Reykjavik,
        "IT" => Europe::Rome,
        "LI" => Europe::Vaduz,
        "LT" => Europe::Vilnius,
        "LU" => Europe::Luxembourg,
        "LV" => Europe::Riga,
        "MC" => Europe::Monaco,
        "MD" => Europe::Chisinau,
        "ME" => Europe::Podgorica,
        "MK" => Europe::Skopje,
        "MT" => Europe::Malta,
        "NL" => Europe::Amsterdam,
        "NO" => Europe::Oslo,
        "PL" => Europe::Warsaw,
        "PT" => Europe::Lisbon,
        "RO" => Europe::Bucharest,
        "RS" => Europe::Belgrade,
        "SE" => Europe::Stockholm,
        "SI" => Europe::Ljubljana,
        "SK" => Europe::Bratislava,
        "SM" => Europe::San_Marino,
        "TR" => Europe::Istanbul,
        "UA" => Europe::Kyiv,
        "US" => America::New_York,
        "VA" => Europe::Vatican,
        "XK" => Europe::Belgrade,
        _ => Europe::Brussels,
    }
}

/// An IANA zone name such as `Europe/Madrid`, as the tz database spells it.
///
/// # Errors
/// A message naming the input when the tz database has no such zone.
pub fn parse(name: &str) -> Result<Tz, String> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| i18n::said_with("invalid-time-zone-unknown", &[("value", name.trim().to_string())]))
}

/// The wall-clock time in `zone` at the instant `at`.
pub fn local(zone: Tz, at: DateTime<Utc>) -> NaiveDateTime {
    zone.from_utc_datetime(&at.naive_utc()).naive_local()
}

/// The instant a wall-clock time of `zone` names. In the hour that summer time skips, the time is
/// read with the offset before the change (02:30 on a spring-forward night is 03:30 summer time);
/// in the hour that repeats in autumn, the first of the two.
pub fn instant(zone: Tz, local_time: NaiveDateTime) -> DateTime<Utc> {
    match zone.from_local_datetime(&local_time) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => {
            let before = zone.offset_from_utc_datetime(&(local_time - Duration::hours(3))).fix();
            Utc.from_utc_datetime(&(local_time - Duration::seconds(i64::from(before.local_minus_utc()))))
        }
    }
}

/// One state of a zone: its offset from UTC in seconds, whether it is summer time, and its
/// abbreviation (the offset written out where the database has none).
#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    offset: i32,
    summer: bool,
    name: String,
}

fn state(zone: Tz, at: NaiveDateTime) -> State {
    let o = zone.offset_from_utc_datetime(&at);
    let offset = o.fix().local_minus_utc();
    let name = o.abbreviation().map(str::to_string).unwrap_or_else(|| utc_offset(offset));
    State { offset, summer: !o.dst_offset().is_zero(), name }
}

/// `+HHMM` (or `+HHMMSS` for the odd historical offset), as RFC 5545 writes a UTC offset.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 { format!("{sign}{h:02}{m:02}") } else { format!("{sign}{h:02}{m:02}{sec:02}") }
}

/// The instants in `[from, to)` (UTC) at which the zone's offset or name changes, each with the
/// states before and after. The tz database is looked up hour by hour and each change is narrowed
/// to its second.
fn transitions(zone: Tz, from: NaiveDateTime, to: NaiveDateTime) -> Vec<(NaiveDateTime, State, State)> {
    let mut found = Vec::new();
    let mut at = from;
    let mut before = state(zone, at);
    while at < to {
        let next = at + Duration::hours(1);
        let after = state(zone, next);
        if after != before {
            let (mut low, mut high) = (at, next);
            while high - low > Duration::seconds(1) {
                let middle = low + (high - low) / 2;
                if state(zone, middle) == before { low = middle } else { high = middle }
            }
            found.push((high, before, after.clone()));
        }
        before = after;
        at = next;
    }
    found
}

fn component(kind_of: &State, from: &State, local_start: NaiveDateTime) -> [String; 6] {
    let kind = if kind_of.summer { "DAYLIGHT" } else { "STANDARD" };
    [
        format!("BEGIN:{kind}"),
        format!("DTSTART:{}", local_start.format("%Y%m%dT%H%M%S")),
        format!("TZOFFSETFROM:{}", utc_offset(from.offset)),
        format!("TZOFFSETTO:{}", utc_offset(kind_of.offset)),
        format!("TZNAME:{}", kind_of.name),
        format!("END:{kind}"),
    ]
}

/// A wall-clock time of `zone` with its UTC offset (`2026-12-12T09:30:00+01:00`), as RFC 3339
/// writes it: the [`instant`] it names, shown in the zone's time.
pub fn with_offset(zone: Tz, local_time: NaiveDateTime) -> DateTime<chrono::FixedOffset> {
    instant(zone, local_time).with_timezone(&zone).fixed_offset()
}

/// The VTIMEZONE (RFC 5545, section 3.6.5) of `zone` for the years `first..=last`, lines joined by
/// CRLF, without the final one. It states the zone at the start of `first` and then each change of
/// offset up to the end of `last`, each at its local time before the change, so calendars read
/// every time of those years as the tz database does, whatever rule the country follows.
pub fn vtimezone(zone: Tz, first: i32, last: i32) -> String {
    let start = NaiveDate::from_ymd_opt(first, 1, 1).unwrap_or(NaiveDate::MIN).and_time(chrono::NaiveTime::MIN);
    let end =
        NaiveDate::from_ymd_opt(last.max(first) + 1, 1, 1).unwrap_or(NaiveDate::MAX).and_time(chrono::NaiveTime::MIN);
    let initial = state(zone, start);
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{}", zone.name())];
    lines.extend(component(&initial, &initial, start + Duration::seconds(i64::from(initial.offset))));
    for (at, before, after) in transitions(zone, start, end) {
        lines.extend(component(&after, &before, at + Duration::seconds(i64::from(before.offset))));
    }
    lines.push("END:VTIMEZONE".into());
    lines.join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn naive(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn local_time_follows_both_clock_changes_of_2026() {
        let madrid = of_country("ES");
        // Summer time begins on 29 March 2026 at 01:00 UTC and ends on 25 October at 01:00 UTC.
        assert_eq!(local(madrid, utc("2026-03-29T00:59:00Z")), naive("2026-03-29 01:59"));
        assert_eq!(local(madrid, utc("2026-03-29T01:00:00Z")), naive("2026-03-29 03:00"));
        assert_eq!(local(madrid, utc("2026-10-25T00:59:00Z")), naive("2026-10-25 02:59"));
        assert_eq!(local(madrid, utc("2026-10-25T01:00:00Z")), naive("2026-10-25 02:00"));
        let bucharest = of_country("RO");
        assert_eq!(local(bucharest, utc("2026-03-29T01:00:00Z")), naive("2026-03-29 04:00"));
        assert_eq!(local(bucharest, utc("2026-10-25T00:30:00Z")), naive("2026-10-25 03:30"));
        assert_eq!(local(bucharest, utc("2026-10-25T01:30:00Z")), naive("2026-10-25 03:30"));
        assert_eq!(local(of_country("PT"), utc("2026-07-01T12:00:00Z")), naive("2026-07-01 13:00"));
    }

    #[test]
    fn wall_clock_times_map_to_instants_across_the_gap_and_the_repeat() {
        let rome = of_country("IT");
        assert_eq!(instant(rome, naive("2026-06-01 09:30")), utc("2026-06-01T07:30:00Z"));
        assert_eq!(instant(rome, naive("2026-12-01 09:30")), utc("2026-12-01T08:30:00Z"));
        // 02:30 does not exist on 29 March; it is read as winter time.
        assert_eq!(instant(rome, naive("2026-03-29 02:30")), utc("2026-03-29T01:30:00Z"));
        // 02:30 happens twice on 25 October; the first is summer time.
        assert_eq!(instant(rome, naive("2026-10-25 02:30")), utc("2026-10-25T00:30:00Z"));
        for minutes in (0..48 * 60).step_by(7) {
            let at = utc("2026-10-24T12:00:00Z") + Duration::minutes(minutes);
            let wall = local(rome, at);
            assert_eq!(local(rome, instant(rome, wall)), wall, "at {at}");
        }
    }

    #[test]
    fn zones_are_named_as_the_tz_database_names_them() {
        assert_eq!(parse(" Europe/Warsaw ").unwrap(), chrono_tz::Europe::Warsaw);
        assert!(parse("Europe/Atlantis").unwrap_err().contains("Europe/Atlantis"));
        assert!(parse("").is_err());
        assert_eq!(of_country("ZZ"), chrono_tz::Europe::Brussels);
    }

    #[test]
    fn the_vtimezone_states_each_change_at_its_local_time() {
        let text = vtimezone(of_country("ES"), 2026, 2026);
        assert!(text.starts_with("BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\nBEGIN:STANDARD\r\nDTSTART:20260101T010000"));
        assert!(text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT"
        ));
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD"
        ));
        assert_eq!(text.matches("BEGIN:DAYLIGHT").count(), 1);
        assert!(text.ends_with("END:VTIMEZONE"));
        let lisbon = vtimezone(of_country("PT"), 2025, 2026);
        assert_eq!(lisbon.matches("BEGIN:DAYLIGHT").count(), 2);
        assert!(lisbon.contains("DTSTART:20250330T010000") && lisbon.contains("DTSTART:20251026T020000"));
        // A zone without summer time is one STANDARD component.
        let tokyo = vtimezone(chrono_tz::Asia::Tokyo, 2026, 2027);
        assert_eq!(tokyo.matches("BEGIN:").count(), 2);
        assert!(tokyo.contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST"));
    }
}
