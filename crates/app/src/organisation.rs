//! Organisations: the list, the record, and their import and export.

use domain::id::Uuid;
use domain::language::Language;
use domain::organisation::{ORGANISATION_FIELDS, OrganisationInput};
use store::Page;
use store::organisation::{self as repo, Organisation, OrganisationFilter};

use crate::auth::{Allows, Edit, Read};
use crate::table::{Table, Value};
use crate::{App, Error, Paging};

/// An organisation filter as written in an address or saved in a segment.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FilterInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_class: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dir: Option<String>,
}

/// A parameter's trimmed value; an empty one is absent.
pub fn given(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

pub fn bad_parameter(name: &str, message: String) -> Error {
    Error::BadRequest(i18n::said_with(
        "invalid-organisation-query-parameter",
        &[("name", name.to_string()), ("message", message)],
    ))
}

/// `status=archived` lists archived records; `current` (the default) the others.
pub fn archived(status: &Option<String>) -> Result<bool, Error> {
    match given(status).as_deref() {
        None | Some("current") => Ok(false),
        Some("archived") => Ok(true),
        Some(other) => Err(bad_parameter(
            "status",
            i18n::said_with("invalid-organisation-query-status", &[("value", other.to_string())]),
        )),
    }
}

/// `dir=desc` sorts downwards; `asc` (the default) upwards.
pub fn descending(dir: &Option<String>) -> Result<bool, Error> {
    match given(dir).as_deref() {
        None | Some("asc") => Ok(false),
        Some("desc") => Ok(true),
        Some(other) => Err(bad_parameter(
            "dir",
            i18n::said_with("invalid-organisation-query-direction", &[("value", other.to_string())]),
        )),
    }
}

impl FilterInput {
    /// The filter, or an error that names the parameter to fix.
    pub fn parse(&self) -> Result<OrganisationFilter, Error> {
        use domain::country::Country;
        use domain::organisation::{OrganisationKind, SizeClass};
        use store::organisation::OrganisationSort;
        let bad = bad_parameter;
        Ok(OrganisationFilter {
            search: given(&self.q),
            country: given(&self.country).map(|c| Country::parse(&c)).transpose().map_err(|m| bad("country", m))?,
            kind: given(&self.kind).map(|k| OrganisationKind::parse(&k)).transpose().map_err(|m| bad("kind", m))?,
            size_class: given(&self.size_class)
                .map(|s| SizeClass::parse(&s))
                .transpose()
                .map_err(|m| bad("size_class", m))?,
            tag: given(&self.tag),
            archived: archived(&self.status)?,
            sort: match given(&self.sort) {
                None => OrganisationSort::Name,
                Some(s) => OrganisationSort::parse(&s).ok_or_else(|| {
                    bad("sort", i18n::said_with("invalid-organisation-query-sort", &[("value", s.clone())]))
                })?,
            },
            descending: descending(&self.dir)?,
        })
    }

    /// The filter as an address query (`q=...&country=ES`), empty values left out.
    pub fn query(&self) -> String {
        let pairs: Vec<(&str, &String)> = [
            ("q", &self.q),
            ("country", &self.country),
            ("kind", &self.kind),
            ("size_class", &self.size_class),
            ("tag", &self.tag),
            ("status", &self.status),
            ("sort", &self.sort),
            ("dir", &self.dir),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().filter(|v| !v.trim().is_empty()).map(|v| (k, v)))
        .collect();
        pairs.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect::<Vec<_>>().join("&")
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn list(
    app: &App,
    scope: &impl Allows<Read>,
    filter: &OrganisationFilter,
    paging: Paging,
) -> Result<Page<Organisation>, Error> {
    let scope = scope.checked()?;
    Ok(repo::list(&app.db, scope, filter, paging.per_page, paging.offset()).await?)
}

/// How many current organisations and contacts the cluster has.
pub async fn counts(app: &App, scope: &impl Allows<Read>) -> Result<(i64, i64), Error> {
    let scope = scope.checked()?;
    Ok(repo::counts(&app.db, scope).await?)
}

/// The countries of the cluster's organisations, for the country filter.
pub async fn countries(app: &App, scope: &impl Allows<Read>) -> Result<Vec<String>, Error> {
    let scope = scope.checked()?;
    Ok(repo::countries(&app.db, scope).await?)
}

/// The ids and names of the current organisations, for choosing one in a form.
pub async fn names(app: &App, scope: &impl Allows<Read>) -> Result<Vec<(Uuid, String)>, Error> {
    let scope = scope.checked()?;
    let mut names = repo::names(&app.db, scope).await?;
    i18n::sort_by_name(i18n::reader(), &mut names, |(_, name)| name);
    Ok(names)
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Organisation, Error> {
    let scope = scope.checked()?;
    repo::get(&app.db, scope, id).await?.ok_or(Error::NotFound("organisation"))
}

pub async fn create(app: &App, scope: &impl Allows<Edit>, input: &OrganisationInput) -> Result<Organisation, Error> {
    let scope = scope.checked()?;
    let fields = input.parse(scope.cluster().base_currency)?;
    let mut tx = app.begin().await?;
    let id = repo::insert(&mut tx, scope, &fields).await?;
    tx.commit().await?;
    get(app, scope, id).await
}

pub async fn update(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    input: &OrganisationInput,
) -> Result<Organisation, Error> {
    let scope = scope.checked()?;
    get(app, scope, id).await?;
    let fields = input.parse(scope.cluster().base_currency)?;
    if !repo::update(&app.db, scope, id, &fields).await? {
        return Err(Error::NotFound("organisation"));
    }
    get(app, scope, id).await
}

/// Records the language the organisation's invoices, credit notes and reminders are written in,
/// by its ISO 639-1 code (`es`); an empty code returns it to the cluster's.
///
/// # Errors
/// `Invalid` on `language` for a code that is not one of the nine; `NotFound` for an
/// organisation the cluster does not have. Nothing changes then.
pub async fn set_language(app: &App, scope: &impl Allows<Edit>, id: Uuid, code: &str) -> Result<Organisation, Error> {
    let scope = scope.checked()?;
    let language = match code.trim() {
        "" => None,
        code => Some(Language::parse(code).map_err(|m| domain::Invalid::one("language", m))?),
    };
    let mut tx = app.begin().await?;
    if !repo::set_language(&mut tx, scope, id, language.map(Language::code)).await? {
        return Err(Error::NotFound("organisation"));
    }
    tx.commit().await?;
    get(app, scope, id).await
}

/// The language `organisation`'s documents are written in: its own, else the cluster's.
pub fn document_language(scope: &crate::ClusterScope, organisation: &Organisation) -> Language {
    organisation.language.unwrap_or_else(|| scope.cluster().language())
}

/// Archives an organisation, or restores it with `archived = false`. Nothing is ever deleted
/// here: an archived organisation leaves the lists and keeps its history.
pub async fn set_archived(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    archived: bool,
) -> Result<Organisation, Error> {
    let scope = scope.checked()?;
    if !repo::set_archived(&app.db, scope, id, archived).await? {
        return Err(Error::NotFound("organisation"));
    }
    get(app, scope, id).await
}

/// Moves every name that waits into the trigram index of names (SQLite; on PostgreSQL nothing
/// waits), a unit of work per [`store::organisation::NAMES_PER_INDEXING`] names, and answers how
/// many it moved. Search finds waiting names without it, only slower.
pub async fn index_names(app: &App) -> Result<u64, Error> {
    let mut moved = 0;
    loop {
        match repo::index_names(&app.db).await? {
            0 => return Ok(moved),
            n => moved += n,
        }
    }
}

/// How often the server's indexer looks for names waiting for the index.
pub const INDEXER_INTERVAL_SECONDS: u64 = 2;

/// Runs the indexer of names for as long as the server runs: what an import, a new organisation
/// or a rename (of this server, another one or the command line) leaves waiting is in the index
/// within [`INDEXER_INTERVAL_SECONDS`] and the time to index it (about 25 µs a name).
pub fn spawn_name_indexer(app: App) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = index_names(&app).await {
                tracing::error!(error = %e, "the indexer of names failed; it tries again");
            }
            tokio::time::sleep(std::time::Duration::from_secs(INDEXER_INTERVAL_SECONDS)).await;
        }
    })
}

/// Columns the export adds for reading; an import leaves them out.
const DERIVED_COLUMNS: [&str; 1] = ["size_class"];

/// The organisations that match the filter, as a table with the import's columns plus the
/// derived size class (an export imports again unchanged); employees and amounts are numbers.
pub async fn export(app: &App, scope: &impl Allows<Read>, filter: &OrganisationFilter) -> Result<Table, Error> {
    let scope = scope.checked()?;
    let currency = scope.cluster().base_currency;
    let mut columns: Vec<&'static str> = ORGANISATION_FIELDS.to_vec();
    columns.extend(DERIVED_COLUMNS);
    let row = move |o: Organisation| {
        let input = o.fields.to_input();
        let mut row: Vec<Value> = ORGANISATION_FIELDS
            .iter()
            .map(|field| match *field {
                "turnover" | "balance_sheet_total" => {
                    let amount = if *field == "turnover" { o.fields.turnover } else { o.fields.balance_sheet_total };
                    amount.map_or(Value::Text(String::new()), |m| Value::Money(m.minor, currency))
                }
                "employees" => o.fields.employees.map_or(Value::Text(String::new()), Value::Count),
                _ => Value::Text(input.field(field).unwrap_or("").to_string()),
            })
            .collect();
        row.push(Value::Text(o.size_class.map_or("", |s| s.code()).to_string()));
        row
    };
    Ok(Table::streamed("Organisations", columns, repo::stream_all(&app.db, scope, filter), row))
}

/// The organisations that match the filter, as CSV.
pub async fn export_csv(app: &App, scope: &impl Allows<Read>, filter: &OrganisationFilter) -> Result<Vec<u8>, Error> {
    export(app, scope, filter).await?.to_csv().await
}

/// The organisations that match the filter, as an XLSX workbook with numbers as numbers.
pub async fn export_xlsx(app: &App, scope: &impl Allows<Read>, filter: &OrganisationFilter) -> Result<Vec<u8>, Error> {
    export(app, scope, filter).await?.to_xlsx().await
}
