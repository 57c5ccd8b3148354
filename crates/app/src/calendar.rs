//! Events as iCalendar (RFC 5545): one `.ics` an event, and a cluster's feed that calendar
//! programs subscribe to. Times are the cluster's local time with its VTIMEZONE; every event keeps
//! its UID, and its SEQUENCE rises with each change, so updates and cancellations reach calendars.

use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus};
use store::event::Event;

/// A European time zone: its name and its offsets from UTC in winter and in summer, in hours, with
/// the abbreviations. Every EU country changes clocks on the last Sundays of March and October at
/// 01:00 UTC.
struct Zone {
    tzid: &'static str,
    winter: (i32, &'static str),
    summer: (i32, &'static str),
}

/// The time zone of a cluster's country (its capital's); Central European Time where unknown.
fn zone_of(country: &str) -> Zone {
    let cet = |tzid| Zone { tzid, winter: (1, "CET"), summer: (2, "CEST") };
    let eet = |tzid| Zone { tzid, winter: (2, "EET"), summer: (3, "EEST") };
    match country {
        "PT" => Zone { tzid: "Europe/Lisbon", winter: (0, "WET"), summer: (1, "WEST") },
        "IE" => Zone { tzid: "Europe/Dublin", winter: (0, "GMT"), summer: (1, "IST") },
        "ES" => cet("Europe/Madrid"),
        "FR" => cet("Europe/Paris"),
        "IT" => cet("Europe/Rome"),
        "DE" => cet("Europe/Berlin"),
        "PL" => cet("Europe/Warsaw"),
        "AT" => cet("Europe/Vienna"),
        "NL" => cet("Europe/Amsterdam"),
        "BE" => cet("Europe/Brussels"),
        "SE" => cet("Europe/Stockholm"),
        "DK" => cet("Europe/Copenhagen"),
        "CZ" => cet("Europe/Prague"),
        "HU" => cet("Europe/Budapest"),
        "SI" => cet("Europe/Ljubljana"),
        "HR" => cet("Europe/Zagreb"),
        "SK" => cet("Europe/Bratislava"),
        "FI" => eet("Europe/Helsinki"),
        "GR" => eet("Europe/Athens"),
        "RO" => eet("Europe/Bucharest"),
        "BG" => eet("Europe/Sofia"),
        "EE" => eet("Europe/Tallinn"),
        "LV" => eet("Europe/Riga"),
        "LT" => eet("Europe/Vilnius"),
        "CY" => eet("Asia/Nicosia"),
        _ => cet("Europe/Brussels"),
    }
}

fn offset(hours: i32) -> String {
    format!("{}{:02}00", if hours < 0 { '-' } else { '+' }, hours.abs())
}

/// The VTIMEZONE of a zone, with the EU rule for summer time.
fn vtimezone(zone: &Zone) -> String {
    let (w, s) = (zone.winter.0, zone.summer.0);
    // The switch happens at 01:00 UTC: local wall-clock time in the zone's own offsets.
    let to_summer = format!("{:02}0000", 1 + w);
    let to_winter = format!("{:02}0000", 1 + s);
    [
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{}", zone.tzid),
        "BEGIN:DAYLIGHT".into(),
        format!("TZOFFSETFROM:{}", offset(w)),
        format!("TZOFFSETTO:{}", offset(s)),
        format!("TZNAME:{}", zone.summer.1),
        format!("DTSTART:19700329T{to_summer}"),
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU".into(),
        "END:DAYLIGHT".into(),
        "BEGIN:STANDARD".into(),
        format!("TZOFFSETFROM:{}", offset(s)),
        format!("TZOFFSETTO:{}", offset(w)),
        format!("TZNAME:{}", zone.winter.1),
        format!("DTSTART:19701025T{to_winter}"),
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU".into(),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ]
    .join("\r\n")
}

/// The UID of an event: stable for as long as the event exists.
pub fn uid(event: &Event) -> String {
    format!("{}@clusterdesk", event.id)
}

fn description(event: &Event) -> String {
    let f = &event.fields;
    let mut text = f.description.clone();
    if !f.agenda.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str("Agenda\n");
        text.push_str(&domain::event::agenda_text(&f.agenda));
    }
    text
}

fn vevent(event: &Event, tzid: &str, url: Option<&str>) -> icalendar::Event {
    let f = &event.fields;
    let at = |date_time| CalendarDateTime::WithTimezone { date_time, tzid: tzid.to_string() };
    let mut e = icalendar::Event::new();
    e.uid(&uid(event))
        .summary(&f.title)
        .description(&description(event))
        .starts(at(f.starts_at))
        .ends(at(f.ends_at))
        .sequence(event.sequence.clamp(0, i64::from(u32::MAX)) as u32)
        .timestamp(event.updated_at)
        .last_modified(event.updated_at)
        .status(if event.cancelled_at.is_some() { EventStatus::Cancelled } else { EventStatus::Confirmed });
    let location = [f.place.as_deref(), f.link.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    if !location.is_empty() {
        e.location(&location);
    }
    if let Some(url) = url.or(f.link.as_deref()) {
        e.url(url);
    }
    e.done()
}

/// A calendar of events in the cluster's time zone, as text.
pub fn calendar(name: &str, country: &str, events: &[(&Event, Option<String>)]) -> String {
    let zone = zone_of(country);
    let mut cal = Calendar::new();
    cal.name(name).append_property(("METHOD", "PUBLISH"));
    for (event, url) in events {
        cal.push(vevent(event, zone.tzid, url.as_deref()));
    }
    let text = cal.done().to_string();
    // The time zone goes in as written: the builder would give it a UID and a DTSTAMP, which a
    // VTIMEZONE must not have.
    let tz = format!("{}\r\n", vtimezone(&zone));
    match text.find("BEGIN:VEVENT").or_else(|| text.find("END:VCALENDAR")) {
        Some(at) => format!("{}{tz}{}", &text[..at], &text[at..]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_time_starts_and_ends_at_one_in_the_morning_utc() {
        let madrid = vtimezone(&zone_of("ES"));
        assert!(madrid.contains("TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000"));
        assert!(madrid.contains("TZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000"));
        let lisbon = vtimezone(&zone_of("PT"));
        assert!(lisbon.contains("DTSTART:19700329T010000") && lisbon.contains("DTSTART:19701025T020000"));
        assert!(vtimezone(&zone_of("FI")).contains("TZOFFSETFROM:+0300"));
    }
}
