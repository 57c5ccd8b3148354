//! The cluster's own settings.

use crate::auth::{Allows, Manage};
use crate::{App, Error};

/// Sets the cluster's time zone by its IANA name (`Europe/Madrid`); an empty name goes back to
/// the zone of the cluster's country. Event times, deadlines and "today" follow it from then on.
///
/// # Errors
/// [`Error::Invalid`] on `time_zone` when the tz database has no such zone; forbidden below a
/// cluster manager.
pub async fn set_time_zone(app: &App, scope: &impl Allows<Manage>, name: &str) -> Result<domain::time_zone::Tz, Error> {
    let scope = scope.checked()?;
    let zone = match name.trim() {
        "" => None,
        given => Some(domain::time_zone::parse(given).map_err(|e| domain::Invalid::one("time_zone", e))?),
    };
    store::cluster::set_time_zone(&app.db, scope, zone).await?;
    app.access.forget_all();
    Ok(zone.unwrap_or_else(|| domain::time_zone::of_country(&scope.cluster().country)))
}

/// Sets the language of the cluster's documents by its ISO 639-1 code (`es`): invoices, credit
/// notes and reminders of customers without one of their own, mail to those who chose none,
/// questionnaires started from a template. An empty code goes back to the country's language.
/// Returns the language now in force.
///
/// # Errors
/// [`Error::Invalid`] on `language` for a language clusterdesk is not written in; forbidden
/// below a cluster manager.
pub async fn set_language(
    app: &App,
    scope: &impl Allows<Manage>,
    code: &str,
) -> Result<domain::language::Language, Error> {
    let scope = scope.checked()?;
    let language = match code.trim() {
        "" => None,
        given => Some(domain::language::Language::parse(given).map_err(|m| domain::Invalid::one("language", m))?),
    };
    let mut tx = app.begin().await?;
    store::cluster::set_language(&mut tx, scope, language).await?;
    tx.commit().await?;
    app.access.forget_all();
    Ok(language.unwrap_or_else(|| domain::language::Language::of_country(&scope.cluster().country)))
}
