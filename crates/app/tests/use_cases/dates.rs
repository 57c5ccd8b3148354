//! The paths that depend on the day, run at fixed instants around year ends, the clock changes of
//! 2026 and the weeks of the network's training programme: the demo is built from the clock's
//! today and keeps its promises whatever that day is.

use crate::common;

use app::App;
use chrono::{DateTime, Datelike, Utc};
use common::build;

/// For each name and instant (UTC), two tests, `sqlite` and `postgres`, each seeding the demo on a
/// new database at that instant and reading it: one test an instant, so that they run side by side.
macro_rules! at_each_instant {
    ($($name:ident = $at:literal),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::the_demo_and_the_day_sensitive_use_cases_hold_at(store::testing::sqlite().await, $at).await;
            }

            #[tokio::test]
            async fn postgres() {
                if let Some(db) = store::testing::postgres().await {
                    super::the_demo_and_the_day_sensitive_use_cases_hold_at(db, $at).await;
                }
            }
        }
    )+};
}

/// The demo and the day-sensitive use cases hold at any date: around the year's end, in the weeks
/// of the training programme and on the nights the clocks change.
mod the_demo_and_the_day_sensitive_use_cases_hold {
    use super::the_demo_and_the_day_sensitive_use_cases_hold_at;

    at_each_instant! {
        // New Year's Eve in UTC, already 1 January in Madrid and Bucharest.
        on_new_years_eve_in_utc = "2026-12-31T23:30:00Z",
        on_new_years_day_in_utc = "2027-01-01T00:30:00Z",
        // The opening of the training programme, a day in its weeks, its last session.
        at_the_training_programmes_opening = "2026-11-27T08:00:00Z",
        in_the_training_programmes_weeks = "2026-11-29T10:00:00Z",
        at_the_training_programmes_last_session = "2026-12-18T15:00:00Z",
        // The nights the clocks change.
        when_the_clocks_go_forward = "2026-03-29T01:30:00Z",
        when_the_clocks_go_back = "2026-10-25T00:30:00Z",
    }
}

async fn the_demo_and_the_day_sensitive_use_cases_hold_at(db: store::Db, at: &str) {
    let at: DateTime<Utc> = at.parse().unwrap();
    let app = App::for_tests(db).at(at);
    app::demo::seed(&app).await.unwrap_or_else(|e| panic!("demo at {at}: {e}"));
    let broken = app::demo::broken_rules(&app).await.unwrap();
    assert!(broken.is_empty(), "the demo seeded at {at} breaks {} rules:\n{}", broken.len(), broken.join("\n"));
    for slug in app::demo::demo_slugs() {
        let scope = store::access::operator_scope(app.db(), slug).await.unwrap().unwrap();
        let now = app.local_now(&scope);
        let today = app.today(&scope);
        assert_eq!(today, now.date());

        let past = app::event::past(&app, &scope, 500).await.unwrap();
        assert!(!past.is_empty(), "{slug} at {at}: past events");
        assert!(past.iter().all(|e| e.fields.ends_at < now), "{slug} at {at}: only events that are over");
        assert!(past.windows(2).all(|w| w[0].fields.starts_at >= w[1].fields.starts_at), "the latest first");
        if slug == "mobility-basque" {
            let sessions = past.iter().filter(|e| e.series_id.is_some()).count();
            assert_eq!(sessions, 6, "{slug} at {at}: the whole training programme is among the past events");
        }
        let coming = app::event::upcoming(&app, &scope).await.unwrap();
        assert!(!coming.is_empty(), "{slug} at {at}: events to come");
        for e in &coming {
            assert!(e.fields.ends_at >= now);
            let registrations = app::event::registrations(&app, &scope, e.id).await.unwrap();
            assert!(
                registrations.iter().all(|r| r.attendance.is_none()),
                "{slug} at {at}: nobody attended '{}', which is not over",
                e.fields.title
            );
        }

        let invoices = app::invoice::list(&app, &scope, &Default::default()).await.unwrap();
        assert!(!invoices.is_empty());
        for i in &invoices {
            assert!(i.invoice.issued_on <= today, "{slug} at {at}: {} issued after today", i.invoice.number);
        }
        let figures = app::membership::figures(&app, &scope, today.year()).await.unwrap();
        assert!(figures.members > 0, "{slug} at {at}: members this year");
        let next = app::membership::renew(&app, &scope, today.year() + 1, "test", true).await.unwrap();
        assert_eq!(next.issued, 0, "a preview issues nothing");
        app::engagement::of_year(&app, &scope, today.year()).await.unwrap();
    }
}

async fn registration_closes_when_the_event_ends_in_the_clusters_own_time(app: App) {
    for (slug, country, utc_offset_in_summer) in [("in-spain", "ES", 2), ("in-romania", "RO", 3)] {
        let scope = build::cluster_in(&app, slug, country).await;
        let day = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        let id = build::event(&app, &scope, "Summer breakfast", day).await;
        let visitor = app::auth::visitor_scope(&app, slug).await.unwrap();
        let person = |n: u32| app::registration::RegistrationInput {
            first_name: Some(format!("Person{n}")),
            last_name: Some("Test".into()),
            email: Some(format!("person{n}@{slug}.example")),
            organisation: Some("Visitors Ltd".into()),
            wants_news: None,
            language: None,
        };
        // A minute before 13:00 local time the event is still on; a minute after, it is over,
        // although it is only 10:01 or 11:01 in UTC.
        let before = day.and_hms_opt(12 - utc_offset_in_summer, 59, 0).unwrap().and_utc();
        let after = day.and_hms_opt(13 - utc_offset_in_summer, 1, 0).unwrap().and_utc();
        build::registration(&app.at(before), &visitor, id, &person(1)).await.unwrap();
        let event = app::event::get(&app, &scope, id).await.unwrap();
        assert!(!app::event::is_over(&app.at(before), &scope, &event));
        assert!(app::event::is_over(&app.at(after), &scope, &event));
        let late = build::registration(&app.at(after), &visitor, id, &person(2)).await;
        assert!(late.unwrap_err().to_string().contains("registration is closed"), "{slug}");
    }
}

async fn a_cluster_may_choose_its_own_time_zone(app: App) {
    let app = app.at("2026-06-01T12:00:00Z".parse().unwrap());
    let scope = common::own_cluster(&app, "ours").await;
    let past_event =
        build::event(&app, &scope, "Spring breakfast", chrono::NaiveDate::from_ymd_opt(2026, 5, 20).unwrap()).await;
    build::user(&app, "staff@ours.example", domain::access::Role::Staff, "ours").await;
    let operator = || async { store::access::operator_scope(app.db(), "ours").await.unwrap().unwrap() };
    assert_eq!(app.local_now(&scope).to_string(), "2026-06-01 14:00:00", "Madrid in summer");

    let bad = app::cluster::set_time_zone(&app, &scope, "Europe/Bilbao").await.unwrap_err();
    assert!(matches!(&bad, app::Error::Invalid(e) if e.message_for("time_zone").is_some()), "{bad}");
    assert_eq!(app.local_now(&operator().await).to_string(), "2026-06-01 14:00:00", "nothing changed");

    let zone = app::cluster::set_time_zone(&app, &scope, "Atlantic/Canary").await.unwrap();
    assert_eq!(zone.name(), "Atlantic/Canary");
    assert_eq!(app.local_now(&operator().await).to_string(), "2026-06-01 13:00:00");
    let ics = app::event::ics(&app, &operator().await, past_event, "http://x").await.unwrap();
    assert!(ics.contains("TZID:Atlantic/Canary") && !ics.contains("Europe/Madrid"), "{ics}");

    app::cluster::set_time_zone(&app, &scope, " ").await.unwrap();
    assert_eq!(app.local_now(&operator().await).to_string(), "2026-06-01 14:00:00", "back to the country's");

    let (_, staff) = build::signed_in(&app, "staff@ours.example", "ours", domain::access::Permission::Read).await;
    assert!(matches!(app::cluster::set_time_zone(&app, &staff, "UTC").await, Err(app::Error::Forbidden(_))));
}

on_each_backend!(empty: registration_closes_when_the_event_ends_in_the_clusters_own_time, a_cluster_may_choose_its_own_time_zone);
