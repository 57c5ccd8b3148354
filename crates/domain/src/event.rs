//! Activities and events of a cluster: their kind, format, place, capacity, prices and agenda; who
//! registers, who waits for a seat, who came.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use uuid::Uuid;

use crate::validation::Collector;

coded!(
    /// What kind of activity an event is.
    EventKind,
    "an event kind",
    [
        (Networking, "networking", "Networking"),
        (Training, "training", "Training"),
        (WorkingGroupMeeting, "working_group_meeting", "Working-group meeting"),
        (B2bMatchmaking, "b2b_matchmaking", "B2B matchmaking"),
        (Conference, "conference", "Conference"),
        (Webinar, "webinar", "Webinar"),
        (CompanyVisit, "company_visit", "Company visit"),
        (BoardMeeting, "board_meeting", "Board meeting"),
    ]
);

coded!(
    /// Where people take part.
    EventFormat,
    "an event format",
    [(InPerson, "in_person", "In person"), (Online, "online", "Online"), (Hybrid, "hybrid", "Hybrid")]
);

coded!(
    /// Where a registration stands: a seat, a place on the waiting list, or cancelled.
    RegistrationStatus,
    "a registration status",
    [(Registered, "registered", "Registered"), (Waitlisted, "waitlisted", "On the waiting list"), (Cancelled, "cancelled", "Cancelled")]
);

coded!(
    /// Whether a registered person came.
    Attendance,
    "an attendance",
    [(Attended, "attended", "Attended"), (NoShow, "no_show", "No-show")]
);

/// One item of an event's agenda: a talk, a roundtable, a break.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgendaItem {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "09:30"))]
    pub starts: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "10:15"))]
    pub ends: NaiveTime,
    pub title: String,
    pub speaker: Option<String>,
    pub is_break: bool,
}

/// Reads an agenda written one item a line: `09:30-10:15 Title | Speaker`. A line whose title
/// starts with "Break" or "Coffee" is a break.
pub fn parse_agenda(raw: &str) -> Result<Vec<AgendaItem>, String> {
    let mut items: Vec<AgendaItem> = Vec::new();
    for (n, line) in raw.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let line_number = (n + 1).to_string();
        let bad = || i18n::said_with("invalid-event-agenda-format", &[("line", line_number.clone())]);
        let (times, rest) = line.split_once(char::is_whitespace).ok_or_else(bad)?;
        let (from, to) = times.split_once(['-', '–']).ok_or_else(bad)?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| bad());
        let (starts, ends) = (time(from)?, time(to)?);
        if ends <= starts {
            return Err(i18n::said_with("invalid-event-agenda-ends-before-start", &[("line", line_number)]));
        }
        if let Some(last) = items.last()
            && starts < last.ends
        {
            return Err(i18n::said_with("invalid-event-agenda-overlap", &[("line", line_number)]));
        }
        let (title, speaker) = match rest.split_once('|') {
            Some((t, s)) => (t.trim(), Some(s.trim()).filter(|s| !s.is_empty())),
            None => (rest.trim(), None),
        };
        if title.is_empty() || title.chars().count() > 300 {
            return Err(i18n::said_with("invalid-event-agenda-title", &[("line", line_number)]));
        }
        let lower = title.to_lowercase();
        items.push(AgendaItem {
            starts,
            ends,
            title: title.to_string(),
            speaker: speaker.map(String::from),
            is_break: lower.starts_with("break") || lower.starts_with("coffee"),
        });
    }
    Ok(items)
}

/// The agenda as its form shows it, the inverse of [`parse_agenda`].
pub fn agenda_text(items: &[AgendaItem]) -> String {
    items
        .iter()
        .map(|i| {
            let speaker = i.speaker.as_deref().map(|s| format!(" | {s}")).unwrap_or_default();
            format!("{}-{} {}{speaker}", i.starts.format("%H:%M"), i.ends.format("%H:%M"), i.title)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An event as the cluster sets it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFields {
    pub title: String,
    pub kind: EventKind,
    pub format: EventFormat,
    /// The address, for an event in person or hybrid.
    pub place: Option<String>,
    /// The link to join, for an event online or hybrid.
    pub link: Option<String>,
    /// Seats; none for no limit.
    pub capacity: Option<i64>,
    /// In minor units of the cluster's currency, before tax; 0 (free) by default.
    pub member_price: i64,
    pub non_member_price: i64,
    /// The tax rate of its registrations' invoices, in basis points (2100 is 21 %).
    pub tax_rate_basis_points: i64,
    /// Local time of the cluster.
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub description: String,
    pub agenda: Vec<AgendaItem>,
}

/// An event as its form holds it, every value as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventInput {
    pub title: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<EventKind>))]
    pub kind: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<EventFormat>))]
    pub format: Option<String>,
    pub place: Option<String>,
    pub link: Option<String>,
    /// Seats; empty for no limit.
    pub capacity: Option<String>,
    /// Amounts as people type them; empty for free.
    pub member_price: Option<String>,
    pub non_member_price: Option<String>,
    /// A percentage (`21`) of the prices, on the registrations' invoices; empty for none.
    pub tax_rate: Option<String>,
    /// `2026-12-01`.
    pub date: Option<String>,
    /// `09:30`.
    pub starts: Option<String>,
    pub ends: Option<String>,
    pub description: Option<String>,
    /// One item a line: `09:30-10:15 Title | Speaker`.
    pub agenda: Option<String>,
}

impl EventInput {
    pub fn parse(&self, currency: crate::money::Currency) -> Result<EventFields, crate::Invalid> {
        let mut c = Collector::new();
        let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_string();
        let title = c.take("title", crate::validation::required_text(self.title.as_deref(), 200));
        let kind = c.take("kind", EventKind::parse(&text(&self.kind)));
        let format = c.take("format", EventFormat::parse(&text(&self.format)));
        let place = c.take("place", crate::validation::optional_text(self.place.as_deref(), 300));
        let link = c.take(
            "link",
            crate::validation::optional(self.link.as_deref())
                .map(|link| crate::validation::web_address(link, 500))
                .transpose(),
        );
        let capacity = match text(&self.capacity).as_str() {
            "" => Some(None),
            n => c.take(
                "capacity",
                n.parse::<i64>()
                    .ok()
                    .filter(|n| (1..=100_000).contains(n))
                    .map(Some)
                    .ok_or_else(|| i18n::said_with("invalid-event-capacity", &[("value", n.to_string())])),
            ),
        };
        let price = |v: &Option<String>| match text(v).as_str() {
            "" => Ok(0),
            p => crate::written::parse_amount(p, currency)
                .and_then(|m| if m < 0 { Err(i18n::said("invalid-event-price-negative")) } else { Ok(m) }),
        };
        let member_price = c.take("member_price", price(&self.member_price));
        let non_member_price = c.take("non_member_price", price(&self.non_member_price));
        let tax_rate_basis_points = match text(&self.tax_rate).as_str() {
            "" => Some(0),
            t => c.take("tax_rate", crate::written::parse_percent(t)),
        };
        let date = c.take(
            "date",
            NaiveDate::parse_from_str(&text(&self.date), "%Y-%m-%d")
                .map_err(|_| i18n::said("invalid-event-date"))
                .and_then(crate::written::plausible_day),
        );
        let time = |v: &Option<String>| {
            NaiveTime::parse_from_str(&text(v), "%H:%M").map_err(|_| i18n::said("invalid-event-time"))
        };
        let starts = c.take("starts", time(&self.starts));
        let ends = c.take("ends", time(&self.ends));
        if let (Some(s), Some(e)) = (starts, ends)
            && e <= s
        {
            c.push("ends", i18n::said("invalid-event-ends-after-start"));
        }
        let agenda = c.take("agenda", parse_agenda(&text(&self.agenda)));
        if let (Some(agenda), Some(s), Some(e)) = (&agenda, starts, ends)
            && agenda.iter().any(|i| i.starts < s || i.ends > e)
        {
            c.push("agenda", i18n::said("invalid-event-agenda-outside"));
        }
        match (format, &place, &link) {
            (Some(EventFormat::InPerson), Some(None), _) => c.push("place", i18n::said("invalid-event-place")),
            (Some(EventFormat::Online), _, Some(None)) => c.push("link", i18n::said("invalid-event-link")),
            (Some(EventFormat::Hybrid), Some(None), _) => c.push("place", i18n::said("invalid-event-place")),
            (Some(EventFormat::Hybrid), _, Some(None)) => c.push("link", i18n::said("invalid-event-link")),
            _ => {}
        }
        let description = text(&self.description);
        if description.chars().count() > 5000 {
            c.push("description", i18n::said("invalid-event-description-too-long"));
        }
        let fields = (|| {
            Some(EventFields {
                title: title?,
                kind: kind?,
                format: format?,
                place: place?,
                link: link?,
                capacity: capacity?,
                member_price: member_price?,
                non_member_price: non_member_price?,
                tax_rate_basis_points: tax_rate_basis_points?,
                starts_at: date?.and_time(starts?),
                ends_at: date?.and_time(ends?),
                description,
                agenda: agenda?,
            })
        })();
        let fields = c.finish(|| fields)?;
        fields.ok_or_else(|| crate::Invalid::one("title", i18n::said("invalid-event-incomplete")))
    }
}

impl EventFields {
    pub fn to_input(&self, currency: crate::money::Currency) -> EventInput {
        let price = |m: i64| (m != 0).then(|| crate::money::Money::new(m, currency).to_decimal());
        EventInput {
            title: Some(self.title.clone()),
            kind: Some(self.kind.code().into()),
            format: Some(self.format.code().into()),
            place: self.place.clone(),
            link: self.link.clone(),
            capacity: self.capacity.map(|c| c.to_string()),
            member_price: price(self.member_price),
            non_member_price: price(self.non_member_price),
            tax_rate: (self.tax_rate_basis_points != 0)
                .then(|| crate::written::percent_text(self.tax_rate_basis_points)),
            date: Some(self.starts_at.date().to_string()),
            starts: Some(self.starts_at.format("%H:%M").to_string()),
            ends: Some(self.ends_at.format("%H:%M").to_string()),
            description: Some(self.description.clone()),
            agenda: Some(agenda_text(&self.agenda)),
        }
    }
}

/// An event as the cluster holds it, with how many seats are taken and how many people wait.
/// Times are wall-clock times of the cluster's time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: Uuid,
    pub series_id: Option<Uuid>,
    /// For a meeting of a working group: the group.
    pub working_group_id: Option<Uuid>,
    pub fields: EventFields,
    /// Raised with every change, for calendars (RFC 5545 `SEQUENCE`).
    pub sequence: i64,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    /// Seats taken and people waiting.
    pub registered: i64,
    pub waitlisted: i64,
}

impl Event {
    /// Whether it is over at the cluster's wall-clock time `local_now`.
    pub fn is_over(&self, local_now: NaiveDateTime) -> bool {
        self.fields.ends_at < local_now
    }

    /// Whether attendance may be recorded at `local_now`: from the event's day on (the door opens
    /// before the start), never before.
    pub fn check_in_open(&self, local_now: NaiveDateTime) -> bool {
        self.fields.starts_at.date() <= local_now.date()
    }

    /// Whether someone may register at `local_now`: not cancelled, not over.
    pub fn takes_registrations(&self, local_now: NaiveDateTime) -> bool {
        self.cancelled_at.is_none() && !self.is_over(local_now)
    }

    /// Seats still free; `None` without a capacity.
    pub fn seats_left(&self) -> Option<i64> {
        self.fields.capacity.map(|c| (c - self.registered).max(0))
    }
}

/// A series of events (a training programme, a cycle of talks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub id: Uuid,
    pub title: String,
    pub description: String,
}

/// A registration with its person, their organisation and its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub id: Uuid,
    pub event_id: Uuid,
    pub contact_id: Uuid,
    pub organisation_id: Uuid,
    pub status: RegistrationStatus,
    pub attendance: Option<Attendance>,
    /// The person or organisation was created by the registration, to be checked by the team.
    pub needs_review: bool,
    /// The invoice of a paid event.
    pub invoice_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    /// The organisation's name.
    pub organisation: String,
    /// The language mail about the registration is written in: the one it was asked for in
    /// (a visitor's request), else the person's own, else their organisation's; `None`: the
    /// cluster's.
    pub language: Option<crate::language::Language>,
}

impl Registration {
    /// Whether the person holds a seat.
    pub fn holds_seat(&self) -> bool {
        self.status == RegistrationStatus::Registered
    }

    pub fn is_cancelled(&self) -> bool {
        self.status == RegistrationStatus::Cancelled
    }

    /// Whether the person came.
    pub fn came(&self) -> bool {
        self.attendance == Some(Attendance::Attended)
    }

    /// Whether the person may still cancel: a registration that stands, of an event not over.
    pub fn may_cancel(&self, event_over: bool) -> bool {
        !self.is_cancelled() && !event_over
    }

    /// Whether attendance may be recorded for the person: they hold a seat, and the event has
    /// begun (check-in at the door, or afterwards).
    pub fn may_record_attendance(&self, event_started: bool) -> bool {
        self.holds_seat() && event_started
    }

    /// Whether the person may rate the event: they came, and it is over.
    pub fn may_give_feedback(&self, event_over: bool) -> bool {
        self.came() && event_over
    }

    pub fn name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

coded!(
    /// How a cluster checks the registrations visitors send from its public pages before they
    /// take a seat or raise an invoice.
    RegistrationCheck,
    "a registration check",
    [
        (Mail, "mail", "The visitor confirms with a link mailed to the address given"),
        (Review, "review", "The team accepts or declines each one"),
    ]
);

coded!(
    /// Where a visitor's registration request stands.
    RequestState,
    "a request state",
    [
        (AwaitingConfirmation, "awaiting_confirmation", "Waiting for the visitor to confirm by mail"),
        (Held, "held", "Waiting for the team"),
        (Confirmed, "confirmed", "Confirmed by the visitor"),
        (Accepted, "accepted", "Accepted by the team"),
        (Declined, "declined", "Declined by the team"),
    ]
);

/// Why a registration's personal data may be kept: the visitor asks for the registration, a
/// contract (GDPR, Regulation (EU) 2016/679, Art. 6(1)(b)).
pub const REGISTRATION_LEGAL_BASIS: &str = "contract";

/// A registration as a visitor typed it on a public page, before it is matched to anyone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationRequest {
    pub id: Uuid,
    pub event_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// The organisation's name as typed.
    pub organisation: String,
    /// The optional box "tell me of future events" was ticked.
    pub wants_news: bool,
    pub state: RequestState,
    /// The registration it became, once confirmed or accepted.
    pub registration_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    /// For the team: the organisation of the cluster's contact with this email, if there is one.
    pub known_organisation: Option<String>,
    /// The language the visitor registered in: their confirmation's, and a new person's.
    pub language: Option<crate::language::Language>,
}

impl RegistrationRequest {
    pub fn name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// Whether the visitor may still confirm it with the mailed link.
    pub fn may_confirm(&self) -> bool {
        self.state == RequestState::AwaitingConfirmation
    }

    /// Whether the team may still accept or decline it.
    pub fn may_decide(&self) -> bool {
        self.state == RequestState::Held
    }
}

/// Who gets a seat: with `taken` seats of `capacity` taken, a new registration is registered while
/// a seat is free, and waits otherwise.
pub fn status_for_new(capacity: Option<i64>, taken: i64) -> RegistrationStatus {
    match capacity {
        Some(c) if taken >= c => RegistrationStatus::Waitlisted,
        _ => RegistrationStatus::Registered,
    }
}

/// How many of those waiting may move up, with `taken` seats of `capacity` taken (after a
/// cancellation, or when the capacity grows): every one of them when there is no limit.
pub fn free_seats(capacity: Option<i64>, taken: i64) -> i64 {
    capacity.map_or(i64::MAX, |c| (c - taken).max(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agenda_reads_from_its_lines_and_back() {
        let text = "09:30-10:00 Opening | Network secretariat\n10:00-11:00 Clusters' roundtable\n11:00-11:15 Break\n11:15-13:30 Dissemination of opportunities";
        let items = parse_agenda(text).unwrap();
        assert_eq!(items.len(), 4);
        assert_eq!(items[0].speaker.as_deref(), Some("Network secretariat"));
        assert!(items[2].is_break && !items[1].is_break);
        assert_eq!(agenda_text(&items), text);
        assert!(parse_agenda("9h30 Opening").unwrap_err().contains("line 1"));
        assert!(parse_agenda("10:00-09:00 Backwards").unwrap_err().contains("ends before"));
        assert!(parse_agenda("09:00-10:00 A\n09:30-10:30 B").unwrap_err().contains("line 2"));
    }

    #[test]
    fn an_event_is_read_from_its_form_and_every_problem_named() {
        let input = EventInput {
            title: Some("Opening session".into()),
            kind: Some("training".into()),
            format: Some("online".into()),
            link: Some("https://meet.example/opening".into()),
            capacity: Some("40".into()),
            date: Some("2025-11-27".into()),
            starts: Some("09:30".into()),
            ends: Some("13:30".into()),
            agenda: Some("09:30-10:00 Welcome".into()),
            ..Default::default()
        };
        let fields = input.parse(crate::money::Currency::EUR).unwrap();
        assert_eq!((fields.capacity, fields.member_price), (Some(40), 0));
        assert_eq!(fields.to_input(crate::money::Currency::EUR).parse(crate::money::Currency::EUR).unwrap(), fields);
        let bad = EventInput {
            kind: Some("party".into()),
            format: Some("in_person".into()),
            capacity: Some("0".into()),
            date: Some("27/11".into()),
            starts: Some("10:00".into()),
            ends: Some("09:00".into()),
            non_member_price: Some("-5".into()),
            ..Default::default()
        };
        let e = bad.parse(crate::money::Currency::EUR).unwrap_err();
        for field in ["title", "kind", "capacity", "date", "ends", "non_member_price", "place"] {
            assert!(e.message_for(field).is_some(), "{field}: {e}");
        }
    }

    #[test]
    fn the_last_seat_goes_to_the_first_and_the_next_one_waits() {
        assert_eq!(status_for_new(Some(2), 1), RegistrationStatus::Registered);
        assert_eq!(status_for_new(Some(2), 2), RegistrationStatus::Waitlisted);
        assert_eq!(status_for_new(None, 10_000), RegistrationStatus::Registered);
        assert_eq!(free_seats(Some(2), 1), 1);
        assert_eq!(free_seats(Some(5), 2), 3, "a higher capacity frees several");
        assert_eq!(free_seats(Some(2), 3), 0, "fewer seats than people holding one frees none");
        assert_eq!(free_seats(None, 10_000), i64::MAX);
    }
}
