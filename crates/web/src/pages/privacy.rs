//! The privacy parts of a contact's page: consents, the export of the person's data, erasure.

use crate::reader;
use app::auth::{Edit, Manage};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::access::Permission;
use domain::consent::{Channel, ConsentInput};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/contacts/{id}/consents", &["GET", "POST"], get(new_consent).post(give))
        .route("/clusters/{cluster}/consents/{id}/withdraw", &["POST"], post(withdraw))
        .route("/clusters/{cluster}/contacts/{id}/personal-data", &["GET"], get(export))
        .route("/clusters/{cluster}/contacts/{id}/erase", &["GET", "POST"], get(erase_page).post(erase))
}

/// The consents and the privacy record of a contact, for the contact's page.
pub async fn sections(
    state: &AppState,
    scope: &app::ClusterScope,
    c: &domain::contact::Contact,
) -> Result<Vec<Section>, app::Error> {
    let slug = &scope.cluster().slug;
    let consents = app::privacy::consents(&state.app, scope, c.id).await?;
    let events = app::privacy::events(&state.app, scope, c.id).await?;
    let base = format!("/clusters/{slug}/contacts/{}", c.id);
    let columns = |labels: Vec<String>| {
        labels.into_iter().map(|label| Column { label: label.into(), href: None, sort_state: "", class: "" }).collect()
    };
    let mut privacy_actions =
        vec![Action { label: reader::t("gdpr-export"), href: format!("{base}/personal-data"), primary: false }];
    if scope.role().allows(Permission::Manage) {
        privacy_actions.push(Action {
            label: reader::t("gdpr-erase-this-person"),
            href: format!("{base}/erase"),
            primary: false,
        });
    }
    Ok(vec![
        Section {
            title: reader::t("gdpr-consents"),
            table: Table {
                columns: columns(vec![
                    reader::t("gdpr-channel"),
                    reader::t("gdpr-purpose"),
                    reader::t("gdpr-given"),
                    reader::t("gdpr-how"),
                    reader::t("gdpr-state"),
                ]),
                rows: consents
                    .iter()
                    .map(|k| {
                        let state = match (&k.withdrawn_at, scope.role().allows(Permission::Edit)) {
                            (Some(at), _) => Cell::text(reader::t1("gdpr-withdrawn-on", "day", reader::day(*at))),
                            (None, true) => Cell::button(
                                reader::t("gdpr-withdraw"),
                                format!("/clusters/{slug}/consents/{}/withdraw", k.id),
                            ),
                            (None, false) => Cell::text(reader::t("gdpr-state-given")),
                        };
                        let (source, by) = (&k.source, &k.recorded_by);
                        let how = reader::t2("gdpr-source-recorded-by", "source", source, "by", by);
                        vec![
                            Cell::text(reader::label(k.channel)),
                            Cell::text(&k.purpose),
                            Cell::text(reader::day(k.given_at)),
                            Cell::text(how),
                            state,
                        ]
                    })
                    .collect(),
            },
            empty: reader::t("gdpr-no-consent"),
            actions: vec![Action {
                label: reader::t("gdpr-record-consent"),
                href: format!("{base}/consents"),
                primary: false,
            }],
        },
        Section {
            title: reader::t("gdpr-personal-data"),
            table: Table {
                columns: columns(vec![reader::t("gdpr-what"), reader::t("gdpr-by"), reader::t("gdpr-when")]),
                rows: events
                    .iter()
                    .map(|e| {
                        vec![
                            Cell::text(reader::label(e.kind)),
                            Cell::text(&e.done_by),
                            Cell::text(reader::moment(e.created_at)),
                        ]
                    })
                    .collect(),
            },
            empty: reader::t("gdpr-nothing-done"),
            actions: privacy_actions,
        },
    ])
}

fn consent_form(
    page: ClusterPage,
    contact: &domain::contact::Contact,
    input: &ConsentInput,
    errors: Option<&domain::Invalid>,
) -> Response {
    let slug = page.slug().to_string();
    let channel = non_empty(&input.channel).unwrap_or("email").to_string();
    let today = page.today.to_string();
    let fields = vec![
        FormField::text("channel", &reader::t("gdpr-channel"), Some(&channel), errors).select(
            Channel::ALL
                .iter()
                .map(|c| SelectOption {
                    value: c.code().into(),
                    label: reader::label(*c),
                    selected: domain::consent::Channel::parse(&channel).ok() == Some(*c),
                })
                .collect(),
        ),
        FormField::text("purpose", &reader::t("gdpr-purpose"), input.purpose.as_deref(), errors)
            .required()
            .hint(reader::t("gdpr-purpose-hint")),
        FormField::text(
            "given_on",
            &reader::t("gdpr-given-on"),
            Some(non_empty(&input.given_on).unwrap_or(&today)),
            errors,
        )
        .required()
        .input("date"),
        FormField::text("source", &reader::t("gdpr-how-and-where"), input.source.as_deref(), errors)
            .required()
            .hint(reader::t("gdpr-how-and-where-hint")),
    ];
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let record = format!("/clusters/{slug}/contacts/{}", contact.id);
    (
        status,
        FormPage {
            heading: reader::t1("gdpr-consent-of", "name", contact.fields.full_name()),
            action: format!("{record}/consents"),
            submit: reader::t("gdpr-record-consent").into(),
            cancel_href: record,
            fields,
            has_errors: errors.is_some(),
            intro: String::new(),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response()
}

async fn new_consent(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Contact>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("gdpr-record-consent")).await?;
    let contact = app::contact::get(&state.app, &page.scope, id).await?;
    Ok(consent_form(page, &contact, &ConsentInput::default(), None))
}

async fn give(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Contact>,
    CsrfForm(input): CsrfForm<ConsentInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("gdpr-record-consent")).await?;
    let contact = app::contact::get(&state.app, &page.scope, id).await?;
    match app::privacy::give(&state.app, &page.scope, page.user.actor.email(), id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/clusters/{slug}/contacts/{id}")).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            Ok(consent_form(page, &contact, &input, Some(&invalid)))
        }
        Err(e) => Err(e.into()),
    }
}

async fn withdraw(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Consent>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let contact = app::privacy::withdraw(&state.app, &scope, user.actor.email(), id).await?;
    Ok(see_other(&headers, &format!("/clusters/{slug}/contacts/{contact}")))
}

async fn export(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    PageId(id, _): PageId<resource::Contact>,
) -> Result<Response, PageError> {
    let data = app::privacy::export_person(&state.app, &scope, user.actor.email(), id).await?;
    let body = serde_json::to_vec_pretty(&data).map_err(|e| app::Error::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"personal-data-{id}.json\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "erase.html")]
struct ErasePage {
    layout: Layout,
    name: String,
    organisation: String,
    action: String,
    cancel_href: String,
}

async fn erase_page(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Contact>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("gdpr-erase-a-person")).await?;
    let c = app::contact::get(&state.app, &page.scope, id).await?;
    let record = format!("/clusters/{slug}/contacts/{id}");
    Ok(ErasePage {
        name: c.fields.full_name(),
        organisation: c.organisation_name,
        action: format!("{record}/erase"),
        cancel_href: record,
        layout: page.layout,
    }
    .into_response())
}

async fn erase(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Contact>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    app::privacy::erase_person(&state.app, &scope, user.actor.email(), id).await?;
    Ok(Redirect::to(&format!("/clusters/{slug}/contacts/{id}")).into_response())
}
