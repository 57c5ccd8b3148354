//! Company figures: an organisation's yearly employees, turnover, exports, R&D spending, new
//! products, new foreign markets and digital maturity. A company-performance survey (a campaign
//! with a year of figures, not anonymous) records them when the year has none yet, or adds what
//! was missing; figures that differ from those known wait for the team's review, which takes or
//! leaves them. The team may also type them.

use domain::figures::{CompanyFigures, FigureSource, FiguresInput};
use domain::id::Uuid;
use domain::survey::Answers;

use crate::auth::{Allows, Edit, Read};
use crate::{App, ClusterScope, Error};

pub use store::figures::{Review, YearFigures};

/// Records what a company-performance survey's answers give, in the answering unit: written when
/// the year has no figures or the answers only add to them, else kept for review.
pub(crate) async fn from_survey(
    tx: &mut store::Tx,
    scope: &ClusterScope,
    organisation: Uuid,
    year: i32,
    answers: &Answers,
    campaign: Uuid,
) -> Result<(), Error> {
    let proposed = CompanyFigures::from_answers(answers);
    if proposed.is_empty() {
        return Ok(());
    }
    let known =
        store::figures::of_organisation(&mut *tx, scope, organisation).await?.into_iter().find(|f| f.year == year);
    match known {
        Some(k) if !k.figures.differences(&proposed).is_empty() => {
            store::figures::insert_review(tx, scope, organisation, year, &proposed, campaign).await?;
        }
        Some(k) => {
            let merged = k.figures.with(&proposed);
            store::figures::record(
                tx,
                scope,
                organisation,
                year,
                &merged,
                FigureSource::Survey,
                Some(campaign),
                "survey",
            )
            .await?;
        }
        None => {
            store::figures::record(
                tx,
                scope,
                organisation,
                year,
                &proposed,
                FigureSource::Survey,
                Some(campaign),
                "survey",
            )
            .await?;
        }
    }
    Ok(())
}

/// An organisation's figures, by year.
pub async fn of_organisation(
    app: &App,
    scope: &impl Allows<Read>,
    organisation: Uuid,
) -> Result<Vec<YearFigures>, Error> {
    let scope = scope.checked()?;
    Ok(store::figures::of_organisation(&app.db, scope, organisation).await?)
}

/// Types a year's figures of an organisation, replacing those recorded.
///
/// # Errors
/// [`Error::NotFound`] for an organisation not the cluster's; [`Error::Invalid`] by field.
pub async fn enter(
    app: &App,
    scope: &impl Allows<Edit>,
    organisation: Uuid,
    year: Option<&str>,
    input: &FiguresInput,
    by: &str,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    crate::organisation::get(app, scope, organisation).await?;
    let mut c = domain::validation::Collector::new();
    let year = c.take(
        "year",
        domain::validation::optional(year)
            .ok_or_else(|| i18n::said("invalid-validation-required"))
            .and_then(domain::strategy::parse_year),
    );
    let figures = match input.parse(scope.cluster().base_currency) {
        Ok(f) => Some(f),
        Err(e) => {
            for f in e.0 {
                c.push(&f.field, f.message);
            }
            None
        }
    };
    let (year, figures) = c.finish(|| (year.expect("checked"), figures.expect("checked")))?;
    let mut tx = app.begin().await?;
    if !store::figures::record(&mut tx, scope, organisation, year, &figures, FigureSource::Entry, None, by).await? {
        return Err(Error::NotFound("organisation"));
    }
    tx.commit().await?;
    Ok(())
}

/// A review with what it is about: the organisation, the figures known and those that differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewView {
    pub review: Review,
    pub organisation: String,
    pub known: CompanyFigures,
    pub differences: Vec<&'static str>,
}

/// The figures waiting for the team, oldest first.
pub async fn pending(app: &App, scope: &impl Allows<Read>) -> Result<Vec<ReviewView>, Error> {
    let scope = scope.checked()?;
    let reviews = store::figures::pending_reviews(&app.db, scope).await?;
    let organisations =
        store::organisation::by_ids(&app.db, scope, &reviews.iter().map(|r| r.organisation_id).collect::<Vec<_>>())
            .await?;
    let years: Vec<i32> = reviews.iter().map(|r| r.year).collect();
    let (first, last) = (years.iter().min().copied().unwrap_or(0), years.iter().max().copied().unwrap_or(0));
    let known = store::figures::of_years(&app.db, scope, first, last).await?;
    Ok(reviews
        .into_iter()
        .map(|review| {
            let figures = known
                .iter()
                .find(|k| k.organisation_id == review.organisation_id && k.year == review.year)
                .map(|k| k.figures.clone())
                .unwrap_or_default();
            ReviewView {
                organisation: organisations
                    .iter()
                    .find(|o| o.id == review.organisation_id)
                    .map(|o| o.fields.name.clone())
                    .unwrap_or_default(),
                differences: figures.differences(&review.proposed),
                known: figures,
                review,
            }
        })
        .collect())
}

/// Finds a review waiting in the cluster: [`Error::NotFound`] for any other id.
pub async fn waiting(app: &App, scope: &impl Allows<Read>, review: Uuid) -> Result<Review, Error> {
    let scope = scope.checked()?;
    store::figures::pending_reviews(&app.db, scope)
        .await?
        .into_iter()
        .find(|r| r.id == review)
        .ok_or(Error::NotFound("review of figures"))
}

/// Takes (`accept`) or leaves the figures of a review, once: taken, they are laid over those
/// known and recorded as the survey's.
///
/// # Errors
/// [`Error::NotFound`] for a review not the cluster's; [`Error::Conflict`] when it was decided
/// already.
pub async fn decide(app: &App, scope: &impl Allows<Edit>, review: Uuid, accept: bool, by: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let Some(decided) = store::figures::decide(&mut tx, scope, review, accept, by).await? else {
        let exists = store::figures::pending_reviews(&app.db, scope).await?.iter().any(|r| r.id == review);
        return Err(if exists {
            Error::conflict("review", i18n::said("invalid-figures-reviewed-meanwhile"))
        } else {
            Error::NotFound("review")
        });
    };
    if accept {
        let known = store::figures::of_organisation(&mut tx, scope, decided.organisation_id)
            .await?
            .into_iter()
            .find(|f| f.year == decided.year)
            .map(|f| f.figures)
            .unwrap_or_default();
        let merged = known.with(&decided.proposed);
        store::figures::record(
            &mut tx,
            scope,
            decided.organisation_id,
            decided.year,
            &merged,
            FigureSource::Survey,
            Some(decided.campaign_id),
            by,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
