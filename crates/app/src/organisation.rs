//! Organisations: the list, the record, and their import and export.

use domain::access::Permission;
use domain::id::Uuid;
use domain::organisation::{ORGANISATION_FIELDS, OrganisationFields, OrganisationInput};
use store::Page;
use store::organisation::{self as repo, Organisation, OrganisationFilter};

use crate::auth::require;
use crate::{App, ClusterScope, Error, Paging, RowError};

pub async fn list(
    app: &App,
    scope: &ClusterScope,
    filter: &OrganisationFilter,
    paging: Paging,
) -> Result<Page<Organisation>, Error> {
    require(scope, Permission::Read)?;
    Ok(repo::list(&app.db, scope, filter, paging.per_page, paging.offset()).await?)
}

/// How many current organisations and contacts the cluster has.
pub async fn counts(app: &App, scope: &ClusterScope) -> Result<(i64, i64), Error> {
    require(scope, Permission::Read)?;
    Ok(repo::counts(&app.db, scope).await?)
}

/// The countries of the cluster's organisations, for the country filter.
pub async fn countries(app: &App, scope: &ClusterScope) -> Result<Vec<String>, Error> {
    require(scope, Permission::Read)?;
    Ok(repo::countries(&app.db, scope).await?)
}

/// The ids and names of the current organisations, for choosing one in a form.
pub async fn names(app: &App, scope: &ClusterScope) -> Result<Vec<(Uuid, String)>, Error> {
    require(scope, Permission::Read)?;
    Ok(repo::names(&app.db, scope).await?)
}

pub async fn get(app: &App, scope: &ClusterScope, id: Uuid) -> Result<Organisation, Error> {
    require(scope, Permission::Read)?;
    repo::get(&app.db, scope, id).await?.ok_or(Error::NotFound("organisation"))
}

pub async fn create(app: &App, scope: &ClusterScope, input: &OrganisationInput) -> Result<Organisation, Error> {
    require(scope, Permission::Edit)?;
    let fields = input.parse(scope.cluster().base_currency)?;
    let id = repo::insert(&app.db, scope, &fields).await?;
    get(app, scope, id).await
}

pub async fn update(
    app: &App,
    scope: &ClusterScope,
    id: Uuid,
    input: &OrganisationInput,
) -> Result<Organisation, Error> {
    require(scope, Permission::Edit)?;
    get(app, scope, id).await?;
    let fields = input.parse(scope.cluster().base_currency)?;
    if !repo::update(&app.db, scope, id, &fields).await? {
        return Err(Error::NotFound("organisation"));
    }
    get(app, scope, id).await
}

/// Archives an organisation, or restores it with `archived = false`. Nothing is ever deleted
/// here: an archived organisation leaves the lists and keeps its history.
pub async fn set_archived(app: &App, scope: &ClusterScope, id: Uuid, archived: bool) -> Result<Organisation, Error> {
    require(scope, Permission::Edit)?;
    if !repo::set_archived(&app.db, scope, id, archived).await? {
        return Err(Error::NotFound("organisation"));
    }
    get(app, scope, id).await
}

/// The columns an import understands besides the input fields, and ignores: what the export
/// adds for reading.
const DERIVED_COLUMNS: [&str; 1] = ["size_class"];

/// What an import found and did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// Data rows read (blank lines not counted).
    pub rows: usize,
    /// Organisations created: 0 on a dry run or when any row is invalid.
    pub created: usize,
    /// Every problem, by line. When there is one, nothing was written.
    pub errors: Vec<RowError>,
    pub dry_run: bool,
}

impl ImportReport {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Reads a CSV of organisations with a header row naming the fields (`name` required) and
/// creates them all in one transaction, or, when any row is invalid, creates none and reports
/// every invalid row. A dry run only reports.
pub async fn import_csv(
    app: &App,
    scope: &ClusterScope,
    csv_bytes: &[u8],
    dry_run: bool,
) -> Result<ImportReport, Error> {
    require(scope, Permission::Edit)?;
    let ParsedCsv { organisations: parsed, errors, rows } = parse_csv(csv_bytes, scope.cluster().base_currency);
    let mut report = ImportReport { rows, created: 0, errors, dry_run };
    if report.is_ok() && !dry_run {
        repo::insert_many(&app.db, scope, &parsed).await?;
        report.created = parsed.len();
    }
    Ok(report)
}

/// A whole file read: the valid rows, every problem found, and how many data rows there were.
#[derive(Debug, Default)]
pub struct ParsedCsv {
    pub organisations: Vec<OrganisationFields>,
    pub errors: Vec<RowError>,
    pub rows: usize,
}

/// Parses the whole file, never stopping at the first problem.
pub fn parse_csv(bytes: &[u8], currency: domain::money::Currency) -> ParsedCsv {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    let mut rows = 0;
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            errors.push(RowError { line: 1, field: None, message: csv_message(&e) });
            return ParsedCsv { organisations: parsed, errors, rows };
        }
    };
    let mut columns: Vec<Option<&str>> = Vec::new();
    for header in headers.iter() {
        let name = header.trim().to_lowercase();
        if let Some(field) = ORGANISATION_FIELDS.iter().find(|f| **f == name) {
            if columns.contains(&Some(*field)) {
                errors.push(RowError { line: 1, field: Some(name.clone()), message: "column appears twice".into() });
            }
            columns.push(Some(field));
        } else if DERIVED_COLUMNS.contains(&name.as_str()) {
            columns.push(None);
        } else {
            errors.push(RowError {
                line: 1,
                field: Some(header.to_string()),
                message: format!("unknown column; the columns are {}", ORGANISATION_FIELDS.join(", ")),
            });
            columns.push(None);
        }
    }
    if !columns.contains(&Some("name")) {
        errors.push(RowError { line: 1, field: None, message: "the header row has no 'name' column".into() });
    }
    if !errors.is_empty() {
        return ParsedCsv { organisations: parsed, errors, rows };
    }
    for record in reader.records() {
        rows += 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(RowError { line, field: None, message: csv_message(&e) });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|v| v.trim().is_empty()) {
            rows -= 1;
            continue;
        }
        let mut input = OrganisationInput::default();
        for (value, column) in record.iter().zip(&columns) {
            if let Some(field) = column {
                input.set_field(field, value.to_string());
            }
        }
        match input.parse(currency) {
            Ok(fields) => parsed.push(fields),
            Err(invalid) => errors.extend(invalid.0.into_iter().map(|e| RowError {
                line,
                field: Some(e.field),
                message: e.message,
            })),
        }
    }
    ParsedCsv { organisations: parsed, errors, rows }
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "the text is not UTF-8; save the file as CSV UTF-8".into(),
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields where the header has {expected_len}")
        }
        _ => format!("cannot be read as CSV: {e}"),
    }
}

/// The organisations that match the filter, as CSV with the import's columns plus the derived
/// size class: an export imports again unchanged.
pub async fn export_csv(app: &App, scope: &ClusterScope, filter: &OrganisationFilter) -> Result<Vec<u8>, Error> {
    require(scope, Permission::Read)?;
    let all = repo::list_all(&app.db, scope, filter).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |e: csv::Error| Error::Internal(e.to_string());
    let mut header: Vec<&str> = ORGANISATION_FIELDS.to_vec();
    header.extend(DERIVED_COLUMNS);
    writer.write_record(&header).map_err(csv_error)?;
    for o in &all {
        let input = o.fields.to_input();
        let mut row: Vec<&str> = ORGANISATION_FIELDS.iter().map(|f| input.field(f).unwrap_or("")).collect();
        row.push(o.size_class.map_or("", |s| s.code()));
        writer.write_record(&row).map_err(csv_error)?;
    }
    writer.into_inner().map_err(|e| Error::Internal(e.to_string()))
}

/// The organisations that match the filter, as an XLSX workbook with numbers as numbers.
pub async fn export_xlsx(app: &App, scope: &ClusterScope, filter: &OrganisationFilter) -> Result<Vec<u8>, Error> {
    use rust_xlsxwriter::{Format, Workbook};
    require(scope, Permission::Read)?;
    let all = repo::list_all(&app.db, scope, filter).await?;
    let xlsx_error = |e: rust_xlsxwriter::XlsxError| Error::Internal(e.to_string());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Organisations").map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let mut header: Vec<&str> = ORGANISATION_FIELDS.to_vec();
    header.extend(DERIVED_COLUMNS);
    for (col, name) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, &bold).map_err(xlsx_error)?;
    }
    let currency_digits = scope.cluster().base_currency.minor_digits() as i32;
    for (i, o) in all.iter().enumerate() {
        let row = i as u32 + 1;
        let input = o.fields.to_input();
        for (col, field) in ORGANISATION_FIELDS.iter().enumerate() {
            let col = col as u16;
            let amount = match *field {
                "turnover" => o.fields.turnover,
                "balance_sheet_total" => o.fields.balance_sheet_total,
                _ => None,
            };
            if let Some(m) = amount {
                sheet.write_number_with_format(row, col, m.minor as f64 / 10f64.powi(currency_digits), &money)
            } else if let (&"employees", Some(n)) = (field, o.fields.employees) {
                sheet.write_number(row, col, n as f64)
            } else {
                sheet.write_string(row, col, input.field(field).unwrap_or(""))
            }
            .map_err(xlsx_error)?;
        }
        sheet
            .write_string(row, ORGANISATION_FIELDS.len() as u16, o.size_class.map_or("", |s| s.code()))
            .map_err(xlsx_error)?;
    }
    sheet.autofit();
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    workbook.save_to_buffer().map_err(xlsx_error)
}
