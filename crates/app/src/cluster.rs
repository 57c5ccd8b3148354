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
