use axum::Json;
use axum::extract::State;
use domain::access::Role;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::ApiUser;
use crate::error::{ApiError, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_clusters))
}

/// A cluster you may work in.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ClusterView {
    /// The cluster's short name in addresses.
    pub slug: String,
    pub name: String,
    /// ISO 3166 country code.
    pub country: String,
    /// NUTS-2 region code.
    pub region_code: Option<String>,
    pub region_name: Option<String>,
    /// ISO 4217 code of the currency the cluster keeps its money in.
    pub base_currency: String,
    pub domains: Vec<String>,
    #[schema(value_type = domain::cluster::Maturity)]
    pub maturity: String,
    /// Your role in the cluster.
    pub role: Role,
}

/// The clusters you hold a role in (every cluster for a network administrator).
#[utoipa::path(
    get,
    path = "/api/v1/clusters",
    tag = "clusters",
    responses(
        (status = 200, description = "The clusters", body = Vec<ClusterView>),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_clusters(
    State(state): State<AppState>,
    ApiUser(actor): ApiUser,
) -> Result<Json<Vec<ClusterView>>, ApiError> {
    let clusters = app::auth::clusters(&state.app, &actor).await?;
    Ok(Json(
        clusters
            .into_iter()
            .map(|(c, role)| ClusterView {
                slug: c.slug,
                name: c.name,
                country: c.country,
                region_code: c.region_code,
                region_name: c.region_name,
                base_currency: c.base_currency.code().to_string(),
                domains: c.domains,
                maturity: c.maturity.code().to_string(),
                role,
            })
            .collect(),
    ))
}
