//! Files to download: the exports of organisations, contacts (also as vCards) and the
//! accounting's invoices and payments, each a table of `app::table` written as CSV or XLSX.

use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use futures_util::TryStreamExt;

use crate::AppState;
use crate::params::{ContactQuery, OrganisationQuery};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A table as the file `format` names (`csv`, the default, or `xlsx`), named `{stem}.{extension}`.
/// CSV leaves as its rows are read (a failure halfway cuts the download off, and is logged); an
/// XLSX workbook is written whole first.
pub async fn download(table: app::table::Table, format: Option<&str>, stem: &str) -> Result<Response, app::Error> {
    match format.unwrap_or("csv") {
        "csv" => {
            let chunks = table.csv_chunks().inspect_err(|e| tracing::error!(error = %e, "an export stopped halfway"));
            Ok(file("text/csv; charset=utf-8", &format!("{stem}.csv"), Body::from_stream(chunks)))
        }
        "xlsx" => Ok(file(XLSX, &format!("{stem}.xlsx"), Body::from(table.to_xlsx().await?))),
        other => Err(app::Error::BadRequest(i18n::said_with(
            "invalid-web-parameter-format",
            &[("value", other.to_string())],
        ))),
    }
}

/// vCards as they are written, as the file `name` (a failure halfway cuts the download off, and
/// is logged).
pub fn vcards(cards: futures_util::stream::BoxStream<'static, Result<Vec<u8>, app::Error>>, name: &str) -> Response {
    let cards = cards.inspect_err(|e| tracing::error!(error = %e, "a vCard export stopped halfway"));
    file("text/vcard; charset=utf-8", name, Body::from_stream(cards))
}

pub(crate) fn file(content_type: &str, name: &str, body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

/// A stored file to download as `name`, always as an attachment: the name in the header as ASCII
/// (other characters, quotes and backslashes as `_`) and whole in UTF-8 (RFC 6266, RFC 5987).
pub fn attachment(name: &str, content_type: &str, bytes: Vec<u8>) -> Response {
    let plain: String =
        name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' }).collect();
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{plain}\"; filename*=UTF-8''{encoded}")),
        ],
        Body::from(bytes),
    )
        .into_response()
}

/// The accounting export of invoices or payments (`what`) as CSV or XLSX.
pub async fn accounting(
    state: &AppState,
    scope: &app::ClusterScope,
    what: &str,
    format: Option<&str>,
) -> Result<Response, app::Error> {
    let table = match what {
        "payments" => app::accounting::payments(&state.app, scope).await?,
        _ => app::accounting::invoices(&state.app, scope).await?,
    };
    download(table, format, &format!("{}-{what}", scope.cluster().slug)).await
}

/// The contacts a list's parameters choose, as CSV, XLSX or vCards (`vcf`).
pub async fn contacts(
    state: &AppState,
    scope: &app::ClusterScope,
    query: &ContactQuery,
    format: Option<&str>,
) -> Result<Response, app::Error> {
    let filter = query.filter()?;
    let stem = format!("{}-contacts", scope.cluster().slug);
    if format == Some("vcf") {
        let cards = app::contact::vcards(&state.app, scope, &filter).await?;
        return Ok(vcards(cards, &format!("{stem}.vcf")));
    }
    if let Some(other) = format.filter(|f| !matches!(*f, "csv" | "xlsx")) {
        return Err(app::Error::BadRequest(i18n::said_with(
            "invalid-web-parameter-format-contacts",
            &[("value", other.to_string())],
        )));
    }
    download(app::contact::export(&state.app, scope, &filter).await?, format, &stem).await
}

/// The organisations a list's parameters choose, as CSV or XLSX.
pub async fn organisations(
    state: &AppState,
    scope: &app::ClusterScope,
    query: &OrganisationQuery,
) -> Result<Response, app::Error> {
    let filter = query.filter()?;
    let table = app::organisation::export(&state.app, scope, &filter).await?;
    download(table, query.format.as_deref(), &format!("{}-organisations", scope.cluster().slug)).await
}
