//! The interface's parts that need no router: the log's paths, the API's problem documents,
//! the public forms' limits, the charts and the survey's means.

use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use web::ApiError;
use web::charts::{Series, distribution, hundredths, lines, means, rounded_top, stacked_bars};
use web::door::{PublicFormLimits, PublicLimiter};
use web::loggable_path;

#[test]
fn the_log_keeps_no_secret_of_a_personal_link() {
    let token = "0123456789abcdef0123456789abcdef0123456789abcdef";
    assert_eq!(loggable_path(&format!("/surveys/ours/{token}")), "/surveys/ours/(secret)");
    assert_eq!(
        loggable_path(&format!("/events/ours/registrations/{token}/feedback")),
        "/events/ours/registrations/(secret)/feedback"
    );
    assert_eq!(loggable_path(&format!("/calendar/ours/{token}.ics")), "/calendar/ours/(secret)");
    let id = "/clusters/ours/organisations/01a22da4-4094-714c-bcdf-2a9ba8d5748b";
    assert_eq!(loggable_path(id), id, "record ids are no secret");
}

#[tokio::test]
async fn a_conflict_is_409_with_the_field_whose_value_is_taken() {
    let conflict = app::Error::conflict("email", "the email is taken");
    let response = ApiError(conflict).into_response();
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
    let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["status"], 409);
    assert_eq!(problem["errors"][0]["field"], "email");
    assert_eq!(problem["detail"], "the email is taken");
}

#[test]
fn the_addresses_of_one_ipv6_network_count_as_one_client() {
    let limiter = PublicLimiter::new(PublicFormLimits { per_address_per_hour: 2, per_event_per_hour: 100 });
    assert!(limiter.check("2001:db8:1:2::10", None).is_ok());
    assert!(limiter.check("2001:db8:1:2:ffff::1", None).is_ok());
    let third = limiter.check("2001:db8:1:2:abcd::99", None);
    assert!(matches!(third, Err(app::Error::RateLimited { retry_after_seconds }) if retry_after_seconds >= 1));
    assert!(limiter.check("2001:db8:1:3::10", None).is_ok(), "the next /64 is another client");
    assert!(limiter.check("203.0.113.7", None).is_ok());
    assert!(limiter.check("::ffff:203.0.113.7", None).is_ok(), "the same IPv4 client, mapped");
    assert!(limiter.check("203.0.113.7", None).is_err());
}

#[test]
fn charts_scale_to_their_largest_value_and_escape_their_text() {
    assert_eq!(rounded_top(0), 1);
    assert_eq!(rounded_top(7), 10);
    assert_eq!(rounded_top(430), 500);
    assert_eq!(rounded_top(1_200), 2_000);
    assert_eq!(rounded_top(90_000), 100_000);
    let series = [
        Series { label: "Fees & <dues>".into(), values: vec![100, 300] },
        Series { label: "Support".into(), values: vec![100, -5] },
    ];
    let svg = stacked_bars("Income", &[2025, 2026], &series, &|v| v.to_string());
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(svg.contains("Fees &amp; &lt;dues&gt;") && !svg.contains("<dues>"));
    // The tallest bar (300) fills the plot up to the top, 500: 236 × 300 / 500 = 141.
    assert!(svg.contains("height=\"141\""), "{svg}");
    assert_eq!(svg.matches("<rect x=").count(), 3, "a negative value draws nothing: {svg}");
    let svg = lines("Ratios", &[2025, 2026], &series, 100, &|v| format!("{v} %"));
    assert_eq!(svg.matches("<polyline").count(), 2);
    assert!(svg.contains("stroke-dasharray=\"6 4\""));
}

#[test]
fn a_distribution_draws_each_count_against_the_largest_with_its_share() {
    let counts = vec![("Yes <always>".to_string(), 3), ("No".to_string(), 1), ("Never".to_string(), 0)];
    let svg = distribution("Renew?", &counts, 4);
    assert!(svg.contains("Yes &lt;always&gt;") && !svg.contains("<always>"));
    // The largest bar is the full width, 330; a third of it is 110; three of four is 75 %.
    assert!(svg.contains("width=\"330\"") && svg.contains("width=\"110\"") && svg.contains("width=\"0\""), "{svg}");
    assert!(svg.contains("3 (75 %)") && svg.contains("1 (25 %)") && svg.contains("0 (0 %)"));
}

#[test]
fn the_means_of_a_matrix_are_drawn_against_the_top_of_the_scale() {
    let items =
        vec![("Training".to_string(), Some(367)), ("Funding".to_string(), Some(500)), ("Lobbying".into(), None)];
    let svg = means("Quality", &items, 5);
    // 330 for the top point, 5.00; 3.67 of 5 is 242 (rounded down).
    assert!(svg.contains("width=\"330\"") && svg.contains("width=\"242\"") && svg.contains("width=\"0\""), "{svg}");
    assert!(svg.contains("3.67") && svg.contains("5.00") && svg.contains("not rated"), "{svg}");
}

#[test]
fn means_are_written_in_the_answers_scale() {
    // Hundredths of whole numbers: 350 is 3.50. Answers with one decimal are kept in tenths:
    // 1 250 hundredths of a tenth are 12.50 tenths, 1.25 in the unit.
    assert_eq!(hundredths(Some(350), 0), "3.50");
    assert_eq!(hundredths(Some(1_250), 1), "1.25");
    assert_eq!(hundredths(None, 0), "—");
    // 12.35 tenths are 1.235, rounded half away from zero to 1.24; -0.05 tenths to -0.01.
    assert_eq!(hundredths(Some(1_235), 1), "1.24");
    assert_eq!(hundredths(Some(-5), 1), "-0.01");
}

#[test]
fn an_indicators_value_is_written_as_the_readers_language_writes_numbers() {
    use domain::language::Language;
    use domain::money::Currency;
    use domain::monitoring::Unit;
    let all = |language| {
        web::writes_in(language, || {
            [
                web::unit_value(Unit::Count, 12_345, Currency::EUR),
                web::unit_value(Unit::Percent, 8_571, Currency::EUR),
                web::unit_value(Unit::Percent, 4_250, Currency::EUR),
                web::unit_value(Unit::Percent, 10_000, Currency::EUR),
                web::unit_value(Unit::Score, 367, Currency::EUR),
            ]
        })
    };
    assert_eq!(all(Language::English), ["12,345", "85.71 %", "42.5 %", "100 %", "3.67"]);
    assert_eq!(all(Language::German), ["12.345", "85,71 %", "42,5 %", "100 %", "3,67"]);
    assert_eq!(all(Language::Spanish)[1], "85,71 %");
}
