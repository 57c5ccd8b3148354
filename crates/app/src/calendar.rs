//! Events as iCalendar (RFC 5545): one `.ics` an event, and a cluster's feed that calendar
//! programs subscribe to. Times are the cluster's local time with its VTIMEZONE; every event keeps
//! its UID, and its SEQUENCE rises with each change, so updates and cancellations reach calendars.

use chrono::Datelike;
use domain::time_zone::Tz;
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus};
use store::event::Event;

/// The UID of an event: stable for as long as the event exists.
pub fn uid(event: &Event) -> String {
    format!("{}@clusterdesk", event.id)
}

/// Text as an iCalendar TEXT value may hold it once the library escapes it: the library escapes
/// backslashes, commas, semicolons and line feeds, but would write a carriage return as it is,
/// ending the line there and letting what follows stand as a property of its own. Every line
/// break becomes a line feed, and other control characters are dropped.
fn text(raw: &str) -> String {
    raw.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Text for a property the library writes as it is (the calendar's NAME): on one line, every
/// control character a space.
fn one_line(raw: &str) -> String {
    raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A link as a URI value, which the library writes unescaped: only a web address with nothing
/// hidden in it (see `domain::validation::web_address`).
fn link(raw: &str) -> Option<&str> {
    domain::validation::web_address(raw, 2_000).ok().map(|_| raw)
}

fn description(event: &Event) -> String {
    let f = &event.fields;
    let mut text = f.description.clone();
    if !f.agenda.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&i18n::said("events-calendar-agenda"));
        text.push('\n');
        text.push_str(&domain::event::agenda_text(&f.agenda));
    }
    text
}

fn vevent(event: &Event, tzid: &str, url: Option<&str>) -> icalendar::Event {
    let f = &event.fields;
    let at = |date_time| CalendarDateTime::WithTimezone { date_time, tzid: tzid.to_string() };
    let mut e = icalendar::Event::new();
    e.uid(&uid(event))
        .summary(&text(&f.title))
        .description(&text(&description(event)))
        .starts(at(f.starts_at))
        .ends(at(f.ends_at))
        .sequence(event.sequence.clamp(0, i64::from(u32::MAX)) as u32)
        .timestamp(event.updated_at)
        .last_modified(event.updated_at)
        .status(if event.cancelled_at.is_some() { EventStatus::Cancelled } else { EventStatus::Confirmed });
    let location = [f.place.as_deref(), f.link.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    if !location.is_empty() {
        e.location(&text(&location));
    }
    if let Some(url) = url.or(f.link.as_deref()).and_then(link) {
        e.url(url);
    }
    e.done()
}

/// A calendar of events in the cluster's time zone `zone`, as text. Its VTIMEZONE covers the
/// years of the events (and `this_year`) with a year to spare on each side. What it says of its
/// own (the agenda's heading) is in the reader's language ([`i18n::reader`]).
pub fn calendar(name: &str, zone: Tz, this_year: i32, events: &[(&Event, Option<String>)]) -> String {
    let mut cal = Calendar::new();
    cal.name(&one_line(name)).append_property(("METHOD", "PUBLISH"));
    for (event, url) in events {
        cal.push(vevent(event, zone.name(), url.as_deref()));
    }
    let years = events.iter().flat_map(|(e, _)| [e.fields.starts_at.year(), e.fields.ends_at.year()]);
    let (first, last) = years.fold((this_year, this_year), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let text = cal.done().to_string();
    // The time zone goes in as written: the builder would give it a UID and a DTSTAMP, which a
    // VTIMEZONE must not have.
    let tz = format!("{}\r\n", domain::time_zone::vtimezone(zone, first - 1, last + 1));
    // Found as whole lines: the same words may stand inside a title.
    let line_at = |line: &str| text.find(&format!("\r\n{line}\r\n")).map(|at| at + 2);
    match line_at("BEGIN:VEVENT").or_else(|| line_at("END:VCALENDAR")).and_then(|at| text.split_at_checked(at)) {
        Some((head, tail)) => format!("{head}{tz}{tail}"),
        None => text,
    }
}
