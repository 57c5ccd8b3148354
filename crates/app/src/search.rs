//! One search box for a cluster: what a person types finds organisations (by name), contacts (by
//! name or email), invoices (by number), events and projects (by title), case and accents set
//! aside, grouped by kind.

use domain::Coded;
use domain::contact::ContactFilter;
use domain::id::Uuid;
use domain::organisation::OrganisationFilter;
use domain::text::fold;
use domain::written::DateStyle;

use crate::auth::{Allows, Read};
use crate::{App, Error, Paging};

/// How many records of each kind a search lists; the count says how many more there are.
pub const LISTED: usize = 8;
/// The fewest characters a search looks for.
pub const SHORTEST: usize = 2;

/// A kind of record a search finds, in the order the results show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Organisations,
    Contacts,
    Invoices,
    Events,
    Projects,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Organisations => "Organisations",
            Self::Contacts => "Contacts",
            Self::Invoices => "Invoices",
            Self::Events => "Events",
            Self::Projects => "Projects",
        }
    }
}

/// One record found: what it is called and a line that tells it apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: Uuid,
    pub title: String,
    pub detail: String,
}

/// The records of one kind that match: at most [`LISTED`], and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    pub hits: Vec<Hit>,
    /// Every match, listed or not; for invoices, at most [`LISTED`] + 1 are counted.
    pub total: usize,
}

/// What a search found, kind by kind (a kind without a match is left out).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub groups: Vec<Group>,
}

impl Found {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// Finds what `query` names in the cluster; a query shorter than [`SHORTEST`] characters (once
/// trimmed) finds nothing. The five lookups run at once.
pub async fn everything(app: &App, scope: &impl Allows<Read>, query: &str, style: DateStyle) -> Result<Found, Error> {
    let scope = scope.checked()?;
    let query = query.trim();
    let needle = fold(query);
    if needle.chars().count() < SHORTEST {
        return Ok(Found::default());
    }
    let listed = Paging::new(Some(1), Some(LISTED as i64));
    let organisations = async {
        let filter = OrganisationFilter { search: Some(query.to_string()), ..Default::default() };
        crate::organisation::list(app, scope, &filter, listed).await
    };
    let contacts = async {
        let filter = ContactFilter { search: Some(query.to_string()), ..Default::default() };
        crate::contact::list(app, scope, &filter, listed).await
    };
    let invoices =
        async { Ok::<_, Error>(store::search::invoices_numbered(&app.db, scope, query, LISTED as i64 + 1).await?) };
    let events = async { Ok::<_, Error>(store::search::event_titles(&app.db, scope).await?) };
    let projects = async { Ok::<_, Error>(store::search::project_titles(&app.db, scope).await?) };
    let (organisations, contacts, invoices, events, projects) =
        tokio::try_join!(organisations, contacts, invoices, events, projects)?;

    let mut groups = vec![
        Group {
            kind: Kind::Organisations,
            total: organisations.total as usize,
            hits: organisations
                .items
                .into_iter()
                .map(|o| Hit {
                    id: o.id,
                    detail: [Some(i18n::said(&o.fields.kind.message_key())), o.fields.region.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · "),
                    title: o.fields.name,
                })
                .collect(),
        },
        Group {
            kind: Kind::Contacts,
            total: contacts.total as usize,
            hits: contacts
                .items
                .into_iter()
                .map(|c| Hit {
                    id: c.id,
                    title: format!("{} {}", c.fields.first_name, c.fields.last_name),
                    detail: [Some(c.organisation_name), c.fields.email]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · "),
                })
                .collect(),
        },
        Group {
            kind: Kind::Invoices,
            total: invoices.len(),
            hits: invoices
                .into_iter()
                .take(LISTED)
                .map(|i| Hit {
                    id: i.id,
                    title: i.number,
                    detail: i18n::said_with(
                        "invalid-search-invoice-issued",
                        &[("customer", i.customer), ("day", style.day(i.issued_on))],
                    ),
                })
                .collect(),
        },
    ];
    let events: Vec<_> = events.into_iter().filter(|e| fold(&e.title).contains(&needle)).collect();
    groups.push(Group {
        kind: Kind::Events,
        total: events.len(),
        hits: events
            .into_iter()
            .take(LISTED)
            .map(|e| Hit {
                id: e.id,
                title: e.title,
                detail: if e.cancelled {
                    i18n::said_with("invalid-search-event-cancelled", &[("moment", style.moment(e.starts_at))])
                } else {
                    style.moment(e.starts_at)
                },
            })
            .collect(),
    });
    let projects: Vec<_> = projects.into_iter().filter(|p| fold(&p.title).contains(&needle)).collect();
    groups.push(Group {
        kind: Kind::Projects,
        total: projects.len(),
        hits: projects
            .into_iter()
            .take(LISTED)
            .map(|p| Hit {
                id: p.id,
                detail: domain::project::ProjectStage::parse(&p.stage)
                    .map(|s| i18n::said(&s.message_key()))
                    .unwrap_or(p.stage),
                title: p.title,
            })
            .collect(),
    });
    groups.retain(|g| !g.hits.is_empty());
    Ok(Found { groups })
}
