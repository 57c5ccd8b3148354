//! What pages and the API both read from a request: ids in paths, years, and the parameters of
//! the organisation and contact lists. Pages and API share them from here, so neither imports
//! the other.

use domain::contact::{ContactFilter, ContactSort};
use domain::organisation::OrganisationFilter;
use uuid::Uuid;

pub(crate) use app::organisation::{archived, bad_parameter, descending, given};

/// A text parameter or field trimmed, `None` when empty.
pub fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The id in a path; one that is not a UUID names nothing: not found, as `what`.
pub fn parse_id(raw: &str, what: &'static str) -> Result<Uuid, app::Error> {
    Uuid::parse_str(raw).map_err(|_| app::Error::NotFound(what))
}

/// The year a page or a list asks for (`period`), this year when none; 2000 to 2100.
pub fn year_of(raw: &Option<String>, today: chrono::NaiveDate) -> Result<i32, app::Error> {
    match non_empty(raw) {
        None => Ok(chrono::Datelike::year(&today)),
        Some(y) => y
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
            .ok_or_else(|| app::Error::BadRequest(i18n::said_with("invalid-web-year", &[("value", y.to_string())]))),
    }
}

/// The values of `dir`, for the OpenAPI document (the parameter is read as text, so that a wrong
/// value is answered with the parameter named).
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum SortDirection {
    Asc,
    Desc,
}

/// The values of a list's `status`.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum ListStatus {
    Current,
    Archived,
}

/// The values of an export's `format`.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum TableFormat {
    Csv,
    Xlsx,
}

/// Search, filters, order and page of an organisation list; the pages use the same words.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganisationQuery {
    /// Part of the name; case and accents are ignored.
    pub q: Option<String>,
    /// ISO 3166 country code.
    pub country: Option<String>,
    /// company, university, research_centre, public_administration, association, investor or other.
    #[param(value_type = Option<domain::organisation::OrganisationKind>, inline)]
    pub kind: Option<String>,
    /// micro, small, medium or large.
    #[param(value_type = Option<domain::organisation::SizeClass>, inline)]
    pub size_class: Option<String>,
    /// A tag's name.
    pub tag: Option<String>,
    /// `archived` lists archived organisations instead of current ones.
    #[param(value_type = Option<ListStatus>, inline)]
    pub status: Option<String>,
    /// name (default), country, kind, employees, size_class or created.
    #[param(value_type = Option<domain::organisation::OrganisationSort>, inline)]
    pub sort: Option<String>,
    /// asc (default) or desc.
    #[param(value_type = Option<SortDirection>, inline)]
    pub dir: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Rows a page, 1 to 500 (default 25).
    pub per_page: Option<i64>,
    /// For exports: csv (default) or xlsx.
    #[param(value_type = Option<TableFormat>, inline)]
    pub format: Option<String>,
}

impl OrganisationQuery {
    /// The filter as the use cases read it.
    pub fn input(&self) -> app::organisation::FilterInput {
        app::organisation::FilterInput {
            q: self.q.clone(),
            country: self.country.clone(),
            kind: self.kind.clone(),
            size_class: self.size_class.clone(),
            tag: self.tag.clone(),
            status: self.status.clone(),
            sort: self.sort.clone(),
            dir: self.dir.clone(),
        }
    }

    /// The filter, or an error that names the parameter to fix.
    pub fn filter(&self) -> Result<OrganisationFilter, app::Error> {
        self.input().parse()
    }

    pub fn paging(&self) -> app::Paging {
        app::Paging::new(self.page, self.per_page)
    }
}

/// Search, filter, order and page of a contact list; the pages use the same words.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ContactQuery {
    /// Part of the name or email; case and accents are ignored.
    pub q: Option<String>,
    /// Only the contacts of this organisation.
    pub organisation: Option<String>,
    /// `archived` lists archived contacts instead of current ones.
    #[param(value_type = Option<ListStatus>, inline)]
    pub status: Option<String>,
    /// name (default), organisation or created.
    #[param(value_type = Option<domain::contact::ContactSort>, inline)]
    pub sort: Option<String>,
    /// asc (default) or desc.
    #[param(value_type = Option<SortDirection>, inline)]
    pub dir: Option<String>,
    pub page: Option<i64>,
    pub per_page: Option<i64>,
}

impl ContactQuery {
    pub fn filter(&self) -> Result<ContactFilter, app::Error> {
        let bad = bad_parameter;
        Ok(ContactFilter {
            search: given(&self.q),
            organisation_id: given(&self.organisation)
                .map(|o| {
                    Uuid::parse_str(&o).map_err(|_| bad("organisation", format!("'{o}' is not an organisation id")))
                })
                .transpose()?,
            archived: archived(&self.status)?,
            sort: match given(&self.sort) {
                None => ContactSort::Name,
                Some(s) => ContactSort::parse(&s)
                    .ok_or_else(|| bad("sort", format!("'{s}' is not a sort; use name, organisation or created")))?,
            },
            descending: descending(&self.dir)?,
        })
    }

    pub fn paging(&self) -> app::Paging {
        app::Paging::new(self.page, self.per_page)
    }
}
