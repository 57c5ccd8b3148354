//! The HTML pages: server-rendered, usable without JavaScript, with htmx for live search.

mod account;
mod bank_statement;
mod billing_details;
mod contact;
mod duplicate;
mod economics;
mod engagement;
mod event;
mod figures;
mod home;
mod import;
mod indicator_set;
pub mod interaction;
mod invoice;
mod mail;
pub mod membership;
mod monitoring;
mod network;
mod organisation;
mod payment;
mod people;
mod privacy;
mod project;
mod public_event;
mod public_survey;
mod reminder;
mod search;
mod segment;
mod service;
mod strategy;
mod survey;
mod task;
mod value_chain;

pub use crate::params::{non_empty, parse_id, year_of};

use axum::Router;
use domain::access::Permission;

use crate::AppState;
use crate::auth::{PageScope, PageUser};
use crate::error::PageError;

/// The page routes with their methods, recorded as they are added to the router: what the
/// router serves is what [`page_routes`] lists, so a check that walks every page (the
/// cross-cluster test) covers a new page without a list of its own.
pub struct Routes {
    router: Router<AppState>,
    listed: Vec<(&'static str, &'static str)>,
}

impl Routes {
    pub fn new() -> Self {
        Routes { router: Router::new(), listed: Vec::new() }
    }

    /// Adds `path` served by `methods` (such as `&["GET", "POST"]`, as `handlers` serves them).
    pub fn route(
        mut self,
        path: &'static str,
        methods: &[&'static str],
        handlers: axum::routing::MethodRouter<AppState>,
    ) -> Self {
        self.router = self.router.route(path, handlers);
        self.listed.extend(methods.iter().map(|m| (*m, path)));
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.listed.extend(other.listed);
        self
    }
}

impl Default for Routes {
    fn default() -> Self {
        Self::new()
    }
}

fn routes() -> Routes {
    Routes::new()
        .merge(crate::auth::router())
        .merge(home::router())
        .merge(account::router())
        .merge(people::router())
        .merge(search::router())
        .merge(organisation::router())
        .merge(contact::router())
        .merge(import::router())
        .merge(duplicate::router())
        .merge(interaction::router())
        .merge(task::router())
        .merge(privacy::router())
        .merge(segment::router())
        .merge(value_chain::router())
        .merge(membership::router())
        .merge(invoice::router())
        .merge(payment::router())
        .merge(bank_statement::router())
        .merge(reminder::router())
        .merge(billing_details::router())
        .merge(mail::router())
        .merge(event::router())
        .merge(public_event::router())
        .merge(public_survey::router())
        .merge(survey::router())
        .merge(figures::router())
        .merge(monitoring::router())
        .merge(indicator_set::router())
        .merge(network::router())
        .merge(engagement::router())
        .merge(strategy::router())
        .merge(project::router())
        .merge(service::router())
        .merge(economics::router())
}

pub fn router() -> Router<AppState> {
    routes().router
}

/// Every page route the router serves: method and path template, such as
/// `("POST", "/clusters/{cluster}/organisations")`.
pub fn page_routes() -> Vec<(&'static str, &'static str)> {
    routes().listed
}

/// The frame of every page: title, user, cluster switcher and navigation.
pub struct Layout {
    pub title: String,
    pub user_name: String,
    /// The user's email, to choose the user in team selects.
    pub user_email: String,
    pub csrf: String,
    pub cluster: Option<ClusterNav>,
    pub clusters: Vec<ClusterNav>,
    /// The user may enter more clusters than the switcher lists.
    pub more_clusters: bool,
    /// Which navigation entry is current.
    pub section: &'static str,
    /// The user's open tasks in the cluster, and how many of them are overdue.
    pub my_tasks: (i64, i64),
    /// A page used standing up on a phone (the check-in at the door): on a small screen the
    /// header keeps only the essentials and the navigation stays out of the way.
    pub compact: bool,
}

pub struct ClusterNav {
    pub slug: String,
    pub name: String,
    pub role: String,
    /// Whether the user manages the cluster (its people and settings).
    pub manages: bool,
}

/// A cluster page's context: the user, the scope, and the frame.
pub struct ClusterPage {
    pub scope: app::ClusterScope,
    pub user: PageUser,
    pub layout: Layout,
    /// Today in the cluster's time zone, by the application's clock.
    pub today: chrono::NaiveDate,
}

impl ClusterPage {
    /// The frame of a page of the cluster `access` reaches (its role already checked by the
    /// extractor): the navigation, the cluster switcher and the user's open tasks.
    pub async fn open<N>(
        state: &AppState,
        access: PageScope<N>,
        section: &'static str,
        title: String,
    ) -> Result<Self, PageError> {
        let PageScope { user, scope, .. } = access;
        let (clusters, more_clusters) = app::auth::switcher_clusters(&state.app, &user.actor).await?;
        let today = state.app.today(&scope);
        let my_tasks = app::task::my_counts(&state.app, &scope, &user.actor).await?;
        let layout = Layout {
            title,
            user_name: user.actor.display_name().to_string(),
            user_email: user.actor.email().to_string(),
            csrf: user.csrf.clone(),
            cluster: Some(ClusterNav {
                slug: scope.cluster().slug.clone(),
                name: scope.cluster().name.clone(),
                role: role_label(scope.role()),
                manages: scope.role().allows(Permission::Manage),
            }),
            clusters: clusters
                .into_iter()
                .map(|(c, role)| ClusterNav {
                    slug: c.slug,
                    name: c.name,
                    role: role_label(role),
                    manages: role.allows(Permission::Manage),
                })
                .collect(),
            more_clusters,
            section,
            my_tasks,
            compact: false,
        };
        Ok(ClusterPage { scope, user, layout, today })
    }

    pub fn slug(&self) -> &str {
        &self.scope.cluster().slug
    }

    pub fn can_edit(&self) -> bool {
        self.scope.role().allows(Permission::Edit)
    }
}

/// A role in a cluster as a label, in the reader's language: "Cluster manager".
pub fn role_label(role: domain::access::Role) -> String {
    use domain::access::Role;
    match role {
        Role::Board => crate::reader::t("workplace-role-board"),
        Role::Staff => crate::reader::t("workplace-role-staff"),
        Role::ClusterManager => crate::reader::t("workplace-role-cluster-manager"),
    }
}

/// A role in a cluster as a sentence says it, in the reader's language: "cluster manager".
pub fn role_in_sentence(role: domain::access::Role) -> String {
    use domain::access::Role;
    match role {
        Role::Board => crate::reader::t("workplace-role-lower-board"),
        Role::Staff => crate::reader::t("workplace-role-lower-staff"),
        Role::ClusterManager => crate::reader::t("workplace-role-lower-cluster-manager"),
    }
}

/// A link styled as a button.
pub struct Action {
    pub label: String,
    pub href: String,
    pub primary: bool,
}

pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Options for a select, with an "any" or "none" first entry labelled `empty`.
pub fn options<'a>(
    empty: &str,
    choices: impl IntoIterator<Item = (&'a str, &'a str)>,
    selected: Option<&str>,
) -> Vec<SelectOption> {
    let mut all = vec![SelectOption { value: String::new(), label: empty.to_string(), selected: selected.is_none() }];
    all.extend(choices.into_iter().map(|(value, label)| SelectOption {
        value: value.to_string(),
        label: label.to_string(),
        selected: selected == Some(value),
    }));
    all
}

/// Options for a select of every value of a coded enumeration, each labelled in the reader's
/// language, after an "any" or "none" entry labelled `empty`.
pub fn coded_options<C: domain::Coded>(empty: &str, all: &[C], selected: Option<&str>) -> Vec<SelectOption> {
    let labels: Vec<(&str, String)> = all.iter().map(|c| (c.code(), crate::reader::label(*c))).collect();
    options(empty, labels.iter().map(|(code, label)| (*code, label.as_str())), selected)
}

pub struct Filter {
    pub name: &'static str,
    pub label: std::borrow::Cow<'static, str>,
    pub options: Vec<SelectOption>,
}

/// An active filter, with the link that removes it.
pub struct Chip {
    pub label: String,
    pub href: String,
}

pub struct Column {
    pub label: std::borrow::Cow<'static, str>,
    pub href: Option<String>,
    /// "ascending", "descending" or empty, for `aria-sort`.
    pub sort_state: &'static str,
    pub class: &'static str,
}

pub struct Cell {
    pub text: String,
    pub href: Option<String>,
    /// A button that posts to this address (with the session's CSRF token).
    pub post_href: Option<String>,
    pub class: &'static str,
    pub confirm: Option<String>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell { text: text.into(), href: None, post_href: None, class: "", confirm: None }
    }
    pub fn link(text: impl Into<String>, href: String) -> Self {
        Cell { text: text.into(), href: Some(href), post_href: None, class: "", confirm: None }
    }
    pub fn button(label: impl Into<String>, post_href: String) -> Self {
        Cell { text: label.into(), href: None, post_href: Some(post_href), class: "", confirm: None }
    }
    pub fn class(mut self, class: &'static str) -> Self {
        self.class = class;
        self
    }
    /// The question a button asks before it acts.
    pub fn confirm(mut self, question: impl Into<String>) -> Self {
        self.confirm = Some(question.into());
        self
    }
}

pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

/// One labelled value on a record page.
pub struct Fact {
    pub label: String,
    pub value: String,
    pub href: Option<String>,
}

impl Fact {
    pub fn new(label: impl Into<String>, value: Option<impl Into<String>>) -> Self {
        Fact { label: label.into(), value: value.map(Into::into).unwrap_or_else(|| "—".into()), href: None }
    }
}

/// A table under a record, such as an organisation's contacts.
pub struct Section {
    pub title: String,
    pub table: Table,
    pub empty: String,
    pub actions: Vec<Action>,
}

/// A form field with its value as typed and its error, if any.
pub struct FormField {
    pub name: String,
    pub label: String,
    pub value: String,
    pub error: Option<String>,
    pub hint: String,
    pub required: bool,
    pub input_type: &'static str,
    /// Choices for a select; empty for a text input.
    pub options: Vec<SelectOption>,
}

impl FormField {
    pub fn text(name: &str, label: &str, value: Option<&str>, errors: Option<&domain::Invalid>) -> Self {
        FormField {
            name: name.to_string(),
            label: label.to_string(),
            value: value.unwrap_or_default().to_string(),
            error: errors.and_then(|e| e.message_for(name)).map(String::from),
            hint: String::new(),
            required: false,
            input_type: "text",
            options: Vec::new(),
        }
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }
    pub fn input(mut self, input_type: &'static str) -> Self {
        self.input_type = input_type;
        self
    }
    pub fn select(mut self, options: Vec<SelectOption>) -> Self {
        self.options = options;
        self
    }
    /// A group of checkboxes of one name, each option checked when selected; read the posted
    /// values with [`crate::auth::CsrfListForm`].
    pub fn checkboxes(mut self, options: Vec<SelectOption>) -> Self {
        self.options = options;
        self.input_type = "checkboxes";
        self
    }
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "form.html")]
pub struct FormPage {
    pub layout: Layout,
    pub heading: String,
    pub action: String,
    pub submit: std::borrow::Cow<'static, str>,
    pub cancel_href: String,
    pub fields: Vec<FormField>,
    pub has_errors: bool,
    /// A line under the heading.
    pub intro: String,
    /// Links beside the heading, such as choosing an interview template.
    pub links: Vec<Action>,
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "record.html")]
pub struct RecordPage {
    pub layout: Layout,
    /// What the action that led here did, or why it did not, shown once.
    pub flash: Flash,
    pub heading: String,
    pub subheading: String,
    pub badges: Vec<String>,
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
    pub can_edit: bool,
    /// Whether the record has Edit and Archive.
    pub record_actions: bool,
    pub archived_notice: Option<String>,
    pub edit_href: String,
    pub archive_href: String,
    pub restore_href: String,
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "list.html")]
pub struct ListPage {
    pub layout: Layout,
    pub heading: String,
    pub actions: Vec<Action>,
    /// Downloads of exactly the filtered list; inside the part that live search replaces.
    pub exports: Vec<Action>,
    pub base_href: String,
    pub search_label: std::borrow::Cow<'static, str>,
    pub search: String,
    pub filters: Vec<Filter>,
    pub sort: String,
    pub dir: String,
    pub chips: Vec<Chip>,
    pub table: Table,
    pub empty: String,
    pub count_text: String,
    pub page: i64,
    pub pages: i64,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
}

/// The query string of a list with some parameters replaced; empty values are left out.
pub fn query_with(base: &[(&str, String)], changes: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(&str, String)> =
        base.iter().filter(|(k, _)| !changes.iter().any(|(c, _)| c == k)).map(|(k, v)| (*k, v.clone())).collect();
    pairs.extend(changes.iter().map(|(k, v)| (*k, v.to_string())));
    pairs.retain(|(_, v)| !v.is_empty());
    serde_urlencoded::to_string(&pairs).unwrap_or_default()
}

/// The header of a sortable column: its link flips the direction when it is the current sort.
pub fn sort_column(
    label: impl Into<std::borrow::Cow<'static, str>>,
    code: &str,
    current: &str,
    descending: bool,
    base_href: &str,
    query: &[(&str, String)],
    class: &'static str,
) -> Column {
    let is_current = code == current;
    let next_dir = if is_current && !descending { "desc" } else { "asc" };
    Column {
        label: label.into(),
        href: Some(format!("{base_href}?{}", query_with(query, &[("sort", code), ("dir", next_dir), ("page", "")]))),
        sort_state: match (is_current, descending) {
            (false, _) => "",
            (true, false) => "ascending",
            (true, true) => "descending",
        },
        class,
    }
}

/// The answer to a form posted with htmx (after its confirmation dialog) or without: htmx is told
/// to load `location` as a whole page, a plain browser is redirected there.
pub fn see_other(headers: &axum::http::HeaderMap, location: &str) -> axum::response::Response {
    use axum::response::IntoResponse;
    if headers.contains_key("hx-request") {
        ([("hx-redirect", location.to_string())], "").into_response()
    } else {
        axum::response::Redirect::to(location).into_response()
    }
}

/// Where to go back to after an action: the path (and query) of the page the request came from,
/// when it lies under `within` on this site, else `otherwise`. Only the Referer's path is used,
/// never its host, so a redirect never leaves the site.
pub fn back_within(headers: &axum::http::HeaderMap, within: &str, otherwise: String) -> String {
    headers
        .get(axum::http::header::REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|r| match r.split_once("://") {
            Some((_, rest)) => rest.find('/').and_then(|at| rest.get(at..)),
            None => Some(r),
        })
        .filter(|path| path.starts_with(within) && !path.chars().any(|c| c == '\\' || c.is_control()))
        .map_or(otherwise, str::to_string)
}

/// A small form on a report page, such as recording a payment on an invoice.
pub struct PostForm {
    pub title: String,
    pub action: String,
    /// post, or get for a form that only looks (a simulation, a period).
    pub method: &'static str,
    pub submit: std::borrow::Cow<'static, str>,
    pub button_class: &'static str,
    /// The question asked before a destructive post; empty for none.
    pub confirm: String,
    pub fields: Vec<FormField>,
    /// Whether it sends a file (`multipart/form-data`).
    pub multipart: bool,
}

impl PostForm {
    pub fn post(
        title: impl Into<String>,
        action: String,
        submit: impl Into<std::borrow::Cow<'static, str>>,
        fields: Vec<FormField>,
    ) -> Self {
        PostForm {
            title: title.into(),
            action,
            method: "post",
            submit: submit.into(),
            button_class: "primary",
            confirm: String::new(),
            fields,
            multipart: false,
        }
    }

    pub fn get(
        title: impl Into<String>,
        action: String,
        submit: impl Into<std::borrow::Cow<'static, str>>,
        fields: Vec<FormField>,
    ) -> Self {
        PostForm { method: "get", button_class: "secondary", ..Self::post(title, action, submit, fields) }
    }

    /// Sends a file: its fields include one of type `file`.
    pub fn with_file(mut self) -> Self {
        self.multipart = true;
        self
    }

    /// Asks `question` first, and shows the button as dangerous.
    pub fn confirm(mut self, question: impl Into<String>) -> Self {
        self.confirm = question.into();
        self.button_class = "danger";
        self
    }

    /// Asks `question` before a post that cannot be taken back but destroys nothing (issuing an
    /// invoice): the button keeps its colour.
    pub fn ask(mut self, question: impl Into<String>) -> Self {
        self.confirm = question.into();
        self
    }
}

/// A page of facts, forms and tables: membership types, a renewal run, an invoice.
#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "report.html")]
pub struct ReportPage {
    pub layout: Layout,
    pub heading: String,
    pub subheading: String,
    pub badges: Vec<String>,
    pub actions: Vec<Action>,
    pub notice: Option<String>,
    pub problem: Option<String>,
    pub facts: Vec<Fact>,
    pub forms: Vec<PostForm>,
    pub sections: Vec<Section>,
    /// Whether the forms come after the tables (a page that is mostly read, such as a board).
    pub forms_last: bool,
    /// Columns of cards side by side, before the sections (the board of projects by stage).
    pub board: Vec<BoardColumn>,
    /// Charts after the sections, each with its numbers in a table beside it.
    pub charts: Vec<ChartBlock>,
}

/// A chart drawn by [`crate::charts`] and the table of its numbers.
pub struct ChartBlock {
    pub title: String,
    /// The SVG, made by [`crate::charts`] from escaped text only.
    pub svg: String,
    pub table: Table,
}

/// A column of a board: a stage and the cards in it.
pub struct BoardColumn {
    pub title: String,
    pub cards: Vec<BoardCard>,
    pub empty: String,
}

/// A record on a board: its title links to it; lines say the most telling facts; a flag marks
/// what needs attention; a button moves it on.
pub struct BoardCard {
    pub title: String,
    pub href: String,
    pub lines: Vec<String>,
    pub flags: Vec<String>,
    /// The label and the action of the button that moves the card on, with the field it posts.
    pub move_on: Option<BoardMove>,
}

pub struct BoardMove {
    pub label: String,
    /// What a screen reader says of the button: the label with the record's name.
    pub spoken: String,
    pub action: String,
    pub field: &'static str,
    pub value: String,
}

impl Layout {
    /// The frame of a page that belongs to no cluster (the start page, the user's own settings).
    pub fn without_cluster(user: &crate::auth::PageUser, title: impl Into<String>, section: &'static str) -> Self {
        Layout {
            title: title.into(),
            user_name: user.actor.display_name().to_string(),
            user_email: user.actor.email().to_string(),
            csrf: user.csrf.clone(),
            cluster: None,
            clusters: Vec::new(),
            more_clusters: false,
            section,
            my_tasks: (0, 0),
            compact: false,
        }
    }
}

impl ReportPage {
    pub fn new(layout: Layout, heading: impl Into<String>) -> Self {
        ReportPage {
            layout,
            heading: heading.into(),
            subheading: String::new(),
            badges: Vec::new(),
            actions: Vec::new(),
            notice: None,
            problem: None,
            facts: Vec::new(),
            forms: Vec::new(),
            sections: Vec::new(),
            forms_last: false,
            board: Vec::new(),
            charts: Vec::new(),
        }
    }
}

/// A table with plain headers: (label, class) each; a label is a literal or a translated
/// message.
pub fn plain_table<L: Clone + Into<std::borrow::Cow<'static, str>>>(
    columns: &[(L, &'static str)],
    rows: Vec<Vec<Cell>>,
) -> Table {
    Table {
        columns: columns
            .iter()
            .map(|(label, class)| Column { label: label.clone().into(), href: None, sort_state: "", class })
            .collect(),
        rows,
    }
}

/// A link styled as a secondary button.
pub fn link(label: impl Into<String>, href: String) -> Action {
    Action { label: label.into(), href, primary: false }
}

/// The cookie that carries a message from an action to the page it goes back to.
pub const FLASH_COOKIE: &str = "clusterdesk_flash";

/// What a page shows after a redirect: the notice or problem the action that redirected wrote
/// into [`FLASH_COOKIE`]. Never taken from the address, where anyone could write a message that
/// the page would show as the cluster's.
#[derive(Debug, Default)]
pub struct Flash {
    pub notice: Option<String>,
    pub problem: Option<String>,
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Flash {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Self::Rejection> {
        let pairs: Vec<(String, String)> = crate::auth::cookie(&parts.headers, FLASH_COOKIE)
            .and_then(|value| serde_urlencoded::from_str(&value).ok())
            .unwrap_or_default();
        let take = |kind: &str| pairs.iter().find(|(k, _)| k == kind).map(|(_, text)| text.clone());
        Ok(Flash { notice: take("notice"), problem: take("problem") })
    }
}

/// Clears [`FLASH_COOKIE`] once a page has been answered with it, so a message is shown once.
pub async fn show_flash_once(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let had_flash = crate::auth::cookie(request.headers(), FLASH_COOKIE).is_some();
    let mut response = next.run(request).await;
    if had_flash && !response.status().is_redirection() {
        let clear = format!("{FLASH_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        if let Ok(value) = axum::http::HeaderValue::from_str(&clear) {
            response.headers_mut().append(axum::http::header::SET_COOKIE, value);
        }
    }
    response
}

/// `s` with its first letter in capitals.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// Goes to `location` (as [`see_other`]) with a message for the page there to show, `kind`
/// `notice` or `problem`, in [`FLASH_COOKIE`].
pub fn see_other_with(
    headers: &axum::http::HeaderMap,
    location: &str,
    kind: &str,
    message: &str,
) -> axum::response::Response {
    let mut response = see_other(headers, location);
    let value = serde_urlencoded::to_string([(kind, message)]).unwrap_or_default();
    let cookie = format!("{FLASH_COOKIE}={value}; Path=/; Max-Age=300; HttpOnly; SameSite=Lax");
    if let Ok(cookie) = axum::http::HeaderValue::from_str(&cookie) {
        response.headers_mut().append(axum::http::header::SET_COOKIE, cookie);
    }
    response
}

/// After a record is made from a form (never through htmx): to its page, which says so once.
pub fn created(location: &str, notice: impl AsRef<str>) -> axum::response::Response {
    see_other_with(&axum::http::HeaderMap::new(), location, "notice", notice.as_ref())
}

/// The page of one record's form, filled from the record or from what was posted: 422 with the
/// errors beside their fields when a save was refused.
pub fn edit_page(
    layout: Layout,
    heading: String,
    action: String,
    cancel_href: String,
    fields: Vec<FormField>,
    errors: Option<&domain::Invalid>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let page = FormPage {
        heading,
        action,
        submit: crate::reader::t("workplace-save").into(),
        cancel_href,
        fields,
        has_errors: errors.is_some(),
        intro: String::new(),
        links: Vec::new(),
        layout,
    };
    (status, page).into_response()
}

/// After an edit form is posted: back to the record with a notice, or the form again with what
/// to fix.
pub fn saved_or_form(
    headers: &axum::http::HeaderMap,
    saved: Result<(), app::Error>,
    back: &str,
    notice: &str,
    form_again: impl FnOnce(&domain::Invalid) -> axum::response::Response,
) -> Result<axum::response::Response, crate::error::PageError> {
    match saved {
        Ok(()) => Ok(see_other_with(headers, back, "notice", notice)),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => Ok(form_again(&e)),
        Err(e) => Err(e.into()),
    }
}

/// Goes back to `back` after a posted action, with what happened, or why nothing did; errors other
/// than a refusal (not found, forbidden) become their own pages.
pub fn after_action(
    headers: &axum::http::HeaderMap,
    back: &str,
    done: Result<String, app::Error>,
) -> Result<axum::response::Response, crate::error::PageError> {
    match done {
        Ok(notice) => Ok(see_other_with(headers, back, "notice", &notice)),
        Err(e @ (app::Error::BadRequest(_) | app::Error::Invalid(_) | app::Error::Conflict(_))) => {
            Ok(see_other_with(headers, back, "problem", &crate::reader::t1("workplace-nothing-changed", "problem", &e)))
        }
        Err(e) => Err(e.into()),
    }
}

/// A form that chooses a language by its ISO 639-1 code (empty: the default one).
#[derive(serde::Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    pub language: String,
}

/// The small form that chooses the year a page shows.
pub fn year_form(action: String, year: i32, submit: impl Into<std::borrow::Cow<'static, str>>) -> PostForm {
    let text = year.to_string();
    let year_label = crate::reader::t("workplace-year");
    PostForm::get(
        year_label.clone(),
        action,
        submit,
        vec![FormField::text("period", &year_label, Some(&text), None).input("number")],
    )
}
