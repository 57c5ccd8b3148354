//! The web interface through its router, in process: pages, forms, the API and their guards.
//! Each test builds what it needs with the use-case tests' builders.

#[path = "../../app/tests/common/build.rs"]
mod build;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, Response, StatusCode, header};
use domain::access::{Permission, Role};
use domain::id::Uuid;
use tower::ServiceExt;

struct Site {
    router: Router,
    app: app::App,
}

struct Browser {
    cookie: String,
    csrf: String,
}

/// For each `async fn name(site: Site)` (or `(db: store::Db)` with `raw`), two tests:
/// `name::sqlite` and `name::postgres`, so that a failure names its backend. Without a PostgreSQL
/// server configured, `postgres` passes after saying it was skipped.
macro_rules! on_each_backend {
    ($setup:ident: $($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name(super::$setup(store::testing::sqlite().await).await).await;
            }

            #[tokio::test]
            async fn postgres() {
                if let Some(db) = store::testing::postgres().await {
                    super::$name(super::$setup(db).await).await;
                }
            }
        }
    )+};
}

/// The site with nothing in it on SQLite, for what needs no records.
async fn empty_site() -> Site {
    empty_on(store::testing::sqlite().await).await
}

/// The site on `db` with nothing in it.
async fn empty_on(db: store::Db) -> Site {
    Site::of(app::App::for_tests(db), web::WebConfig::default())
}

/// The database as it comes, for a test that builds its own application.
async fn raw(db: store::Db) -> store::Db {
    db
}

/// The site on `db` with the cluster `mobility-basque` and its team only.
async fn site_on(db: store::Db) -> Site {
    let app = app::App::for_tests(db);
    basque_team(&app).await;
    Site::of(app, web::WebConfig::default())
}

/// The cluster `mobility-basque` (in Spain) with its manager, staff member and board member, who
/// sign in as `manager@`, `staff@` and `board@clusterdesk.example`.
async fn basque_team(app: &app::App) {
    build::cluster_in(app, "mobility-basque", "ES").await;
    for (email, role) in [
        ("manager@clusterdesk.example", Role::ClusterManager),
        ("staff@clusterdesk.example", Role::Staff),
        ("board@clusterdesk.example", Role::Board),
    ] {
        build::user(app, email, role, "mobility-basque").await;
    }
}

async fn body_text(response: Response<Body>) -> String {
    String::from_utf8(to_bytes(response.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap()
}

fn cookie_of(response: &Response<Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap().to_string())
}

fn hidden_csrf(html: &str) -> String {
    let (_, rest) = html.split_once("name=\"_csrf\" value=\"").expect("a form with a CSRF token");
    rest.split_once('"').expect("the token's closing quote").0.to_string()
}

impl Site {
    fn of(app: app::App, config: web::WebConfig) -> Site {
        Site { router: web::router(web::AppState::new(app.clone(), config)), app }
    }

    async fn send(&self, request: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(request).await.unwrap()
    }

    /// Follows the redirect `r` as a browser does, with the message cookie it set beside the
    /// session cookie `cookie`.
    async fn follow(&self, r: &Response<Body>, cookie: Option<&str>) -> Response<Body> {
        let flash = cookie_of(r, "clusterdesk_flash");
        let cookies = [cookie.map(str::to_string), flash].into_iter().flatten().collect::<Vec<_>>().join("; ");
        self.get(&location(r), Some(&cookies).filter(|c| !c.is_empty()).map(String::as_str)).await
    }

    async fn get(&self, path: &str, cookie: Option<&str>) -> Response<Body> {
        let mut r = Request::get(path);
        if let Some(c) = cookie {
            r = r.header(header::COOKIE, c);
        }
        self.send(r.body(Body::empty()).unwrap()).await
    }

    async fn post_form(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> Response<Body> {
        let body = serde_urlencoded::to_string(form).unwrap();
        let r = Request::post(path)
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(r).await
    }

    /// Posts `fields` as the signed-in browser's form, with its CSRF token.
    async fn submit(&self, b: &Browser, path: &str, fields: &[(&str, String)]) -> Response<Body> {
        let mut form: Vec<(&str, &str)> = vec![("_csrf", b.csrf.as_str())];
        form.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
        self.post_form(path, &b.cookie, &form).await
    }

    /// The page at `path` as the signed-in browser sees it.
    async fn html(&self, b: &Browser, path: &str) -> String {
        body_text(self.get(path, Some(&b.cookie)).await).await
    }

    async fn login(&self, email: &str) -> Browser {
        let page = self.get("/login", None).await;
        let login_cookie = cookie_of(&page, "clusterdesk_login").unwrap();
        let csrf = hidden_csrf(&body_text(page).await);
        let form = [("email", email), ("password", build::PASSWORD), ("_csrf", &csrf), ("next", "/")];
        let response = self.post_form("/login", &login_cookie, &form).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "login of {email}");
        let cookie = cookie_of(&response, "clusterdesk_session").unwrap();
        let home = self.get("/clusters/mobility-basque", Some(&cookie)).await;
        let csrf = hidden_csrf(&body_text(home).await);
        Browser { cookie, csrf }
    }

    async fn api(&self, method: &str, path: &str, token: &str, json: Option<serde_json::Value>) -> Response<Body> {
        let mut r =
            Request::builder().method(method).uri(path).header(header::AUTHORIZATION, format!("Bearer {token}"));
        let body = match json {
            Some(v) => {
                r = r.header(header::CONTENT_TYPE, "application/json");
                Body::from(v.to_string())
            }
            None => Body::empty(),
        };
        self.send(r.body(body).unwrap()).await
    }

    async fn token(&self, email: &str) -> String {
        app::auth::create_token(&self.app, email, "test").await.unwrap()
    }
}

async fn json(response: Response<Body>) -> serde_json::Value {
    serde_json::from_str(&body_text(response).await).unwrap()
}

async fn pages_send_visitors_to_the_login_and_back(site: Site) {
    let r = site.get("/clusters/mobility-basque/organisations?q=zubi", None).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()[header::LOCATION], "/login?next=%2Fclusters%2Fmobility-basque%2Forganisations%3Fq%3Dzubi");
    let r = site.get("/clusters/mobility-basque", Some("clusterdesk_session=forged")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

async fn login_checks_the_form_token_and_the_password_and_logout_ends_the_session(site: Site) {
    // A neighbour in the network, which the manager does not hold.
    build::cluster_in(&site.app, "smart-piemonte", "IT").await;
    let page = site.get("/login", None).await;
    let login_cookie = cookie_of(&page, "clusterdesk_login").unwrap();
    let csrf = hidden_csrf(&body_text(page).await);

    let forged = [("email", "manager@clusterdesk.example"), ("password", build::PASSWORD), ("_csrf", "forged")];
    assert_eq!(site.post_form("/login", &login_cookie, &forged).await.status(), StatusCode::BAD_REQUEST);

    let wrong = [("email", "manager@clusterdesk.example"), ("password", "guess"), ("_csrf", csrf.as_str())];
    let r = site.post_form("/login", &login_cookie, &wrong).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let html = body_text(r).await;
    assert!(html.contains("The email or password is wrong.") && html.contains("value=\"manager@clusterdesk.example\""));

    let right = [
        ("email", "manager@clusterdesk.example"),
        ("password", build::PASSWORD),
        ("_csrf", csrf.as_str()),
        ("next", "//evil.example/"),
    ];
    let r = site.post_form("/login", &login_cookie, &right).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()[header::LOCATION], "/", "only paths of this site are followed");
    for (next, status, location) in [
        ("/\t/evil.example/", StatusCode::BAD_REQUEST, None),
        ("/x\r\nSet-Cookie: a=b", StatusCode::BAD_REQUEST, None),
        ("https://evil.example/", StatusCode::SEE_OTHER, Some("/")),
        ("/\\evil.example", StatusCode::SEE_OTHER, Some("/")),
        ("/ /evil.example", StatusCode::SEE_OTHER, Some("/")),
        ("/clusters/mobility-basque", StatusCode::SEE_OTHER, Some("/clusters/mobility-basque")),
    ] {
        let page = site.get("/login", None).await;
        let login_cookie = cookie_of(&page, "clusterdesk_login").unwrap();
        let csrf = hidden_csrf(&body_text(page).await);
        let form =
            [("email", "manager@clusterdesk.example"), ("password", build::PASSWORD), ("_csrf", &csrf), ("next", next)];
        let r = site.post_form("/login", &login_cookie, &form).await;
        assert_eq!(r.status(), status, "{next:?}");
        assert_eq!(r.headers().get(header::LOCATION).map(|l| l.to_str().unwrap()), location, "{next:?}");
    }
    assert_eq!(site.get("/login?next=/%0A/evil.example", None).await.status(), StatusCode::BAD_REQUEST);
    let set_cookie =
        r.headers().get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>();
    let session = set_cookie.iter().find(|c| c.starts_with("clusterdesk_session=")).unwrap();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax"), "{session}");
    let cookie = cookie_of(&r, "clusterdesk_session").unwrap();

    // One cluster only: the start page goes straight to it.
    let r = site.get("/", Some(&cookie)).await;
    assert_eq!(r.headers()[header::LOCATION], "/clusters/mobility-basque");
    let html = body_text(site.get("/clusters/mobility-basque", Some(&cookie)).await).await;
    let csrf = hidden_csrf(&html);
    assert_eq!(
        site.post_form("/logout", &cookie, &[]).await.status(),
        StatusCode::BAD_REQUEST,
        "logout needs the token"
    );
    let r = site.post_form("/logout", &cookie, &[("_csrf", &csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(site.get("/clusters/mobility-basque", Some(&cookie)).await.status(), StatusCode::SEE_OTHER);
}

async fn forms_without_the_session_token_change_nothing(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let path = "/clusters/mobility-basque/organisations";
    let r = site.post_form(path, &b.cookie, &[("name", "Forged Form S.L.")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = site.post_form(path, &b.cookie, &[("name", "Forged Form S.L."), ("_csrf", "0000")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let list = body_text(site.get(&format!("{path}?q=forged"), Some(&b.cookie)).await).await;
    assert!(list.contains("0 organisations"), "nothing was created");

    let r =
        site.post_form(path, &b.cookie, &[("name", "Honest Form S.L."), ("kind", "company"), ("_csrf", &b.csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let record = r.headers()[header::LOCATION].to_str().unwrap().to_string();
    let html = body_text(site.get(&record, Some(&b.cookie)).await).await;
    assert!(html.contains("<h1>Honest Form S.L.</h1>"));
    let list = body_text(site.get(&format!("{path}?q=honest"), Some(&b.cookie)).await).await;
    assert!(list.contains("1 organisation<"), "found by the search");

    // Archiving from the confirmation dialog (htmx) is told where to go; a plain form is redirected.
    let archive = Request::post(format!("{record}/archive"))
        .header(header::COOKIE, &b.cookie)
        .header("hx-request", "true")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("_csrf={}", b.csrf)))
        .unwrap();
    let r = site.send(archive).await;
    assert_eq!((r.status(), r.headers()["hx-redirect"].to_str().unwrap()), (StatusCode::OK, record.as_str()));
    let html = body_text(site.get(&record, Some(&b.cookie)).await).await;
    assert!(html.contains("This organisation was archived on"));
    let r = site.post_form(&format!("{record}/restore"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    assert_eq!(r.headers()[header::LOCATION], record.as_str());
    assert!(!body_text(site.get(&record, Some(&b.cookie)).await).await.contains("was archived"));
}

async fn a_bad_form_comes_back_with_the_input_and_errors_beside_the_fields(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let form = [("name", ""), ("employees", "about twelve"), ("country", "ES"), ("_csrf", b.csrf.as_str())];
    let r = site.post_form("/clusters/mobility-basque/organisations", &b.cookie, &form).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("Nothing was saved"));
    assert!(html.contains("value=\"about twelve\""), "the input is kept");
    assert!(
        html.contains("id=\"employees-error\">&#39;about twelve&#39; is not a whole number<")
            || html.contains("id=\"employees-error\">&#x27;about twelve&#x27; is not a whole number<"),
        "{html}"
    );
    assert!(html.contains("id=\"name-error\">is required<"));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("<option value=\"ES\" selected>Spain</option>"), "the country is picked by name: {html}");

    // Put right, it is made, and its page says so once, with the amount written as the importer
    // reads amounts.
    let form = [("name", "Errota S.L."), ("turnover", "1.250.000,00"), ("_csrf", b.csrf.as_str())];
    let r = site.post_form("/clusters/mobility-basque/organisations", &b.cookie, &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(notice_after(&site, &b, r).await, "Errota S.L. is created.");
    let task = [("title", "Call Errota".to_string()), ("due_on", "2026-12-01".into())];
    let r = site.submit(&b, "/clusters/mobility-basque/tasks", &task).await;
    assert_eq!(notice_after(&site, &b, r).await, "The task is created.");
}

/// An amount or a date that could be read two ways is read as the reader's language writes it
/// (`1.250` is twelve hundred and fifty to a German, too many decimals for euros to an Irish
/// reader), and reported as before to a reader who asked for no language.
async fn amounts_and_dates_are_read_as_the_readers_language_writes_them(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let post = |accept: Option<&'static str>, path: String, fields: Vec<(&'static str, String)>| {
        let mut form: Vec<(&str, String)> = vec![("_csrf", b.csrf.clone())];
        form.extend(fields);
        let mut r = Request::post(path)
            .header(header::COOKIE, &b.cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(accept) = accept {
            r = r.header(header::ACCEPT_LANGUAGE, accept);
        }
        site.send(r.body(Body::from(serde_urlencoded::to_string(&form).unwrap())).unwrap())
    };
    let organisations = "/clusters/mobility-basque/organisations".to_string();
    let typed = |name: &'static str| vec![("name", name.to_string()), ("turnover", "1.250".to_string())];
    let r = post(Some("de-DE,de;q=0.9"), organisations.clone(), typed("Zahnrad GmbH")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let scope = basque(&site).await;
    let found = app::organisation::names(&site.app, &scope).await.unwrap();
    let zahnrad = found.iter().find(|(_, n)| n == "Zahnrad GmbH").unwrap().0;
    let turnover = app::organisation::get(&site.app, &scope, zahnrad).await.unwrap().fields.turnover.unwrap();
    assert_eq!(turnover.minor, 125_000, "1.250 is 1250.00 to a German");
    let r = post(Some("en"), organisations.clone(), typed("Cog Ltd")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("more than 2 decimals"), "1.250 is 1.250 to an Irish reader");
    let r = post(None, organisations.clone(), typed("Rueda S.L.")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("two ways"), "nobody said how they write numbers");
    let r = post(Some("en-US,en;q=0.9"), organisations.clone(), typed("Gear Inc")).await;
    assert!(body_text(r).await.contains("two ways"), "an American browser writes otherwise than Ireland");
    let token = site.token("staff@clusterdesk.example").await;
    let request = Request::post("/api/v1/clusters/mobility-basque/organisations")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT_LANGUAGE, "de")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(serde_json::json!({"name": "Api Zahnrad GmbH", "turnover": "1.250"}).to_string()))
        .unwrap();
    let r = site.send(request).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "the API's language is for words, not for data");

    // 03/04/2026 is the 3rd of April to a Spanish reader, as to every language of the network.
    let full = build::full_member_type(&site.app, &scope).await;
    let member = build::organisation(&site.app, &scope, "Fecha Dudosa S.L.").await;
    let path = format!("/clusters/mobility-basque/organisations/{}/memberships", member.id);
    let fields = vec![("type_id", full.to_string()), ("applied_on", "03/04/2026".to_string())];
    let r = post(None, path.clone(), fields.clone()).await;
    assert!(body_text(r).await.contains("could be"), "ambiguous without a language");
    let r = post(Some("es-ES,es;q=0.9"), path, fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let memberships = store::membership::memberships_of(site.app.db(), &scope, member.id).await.unwrap();
    assert_eq!(memberships[0].applied_on, chrono::NaiveDate::from_ymd_opt(2026, 4, 3).unwrap());
}

async fn what_users_type_is_escaped(site: Site) {
    let token = site.token("staff@clusterdesk.example").await;
    let body = serde_json::json!({"name": "<script>alert('x')</script> & Co"});
    let r = site.api("POST", "/api/v1/clusters/mobility-basque/organisations", &token, Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = json(r).await["id"].as_str().unwrap().to_string();
    let b = site.login("staff@clusterdesk.example").await;
    let html =
        body_text(site.get(&format!("/clusters/mobility-basque/organisations/{id}"), Some(&b.cookie)).await).await;
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&#60;script&#62;alert(") && html.contains("&#38; Co"), "{html}");
}

/// A NUL character, which no database text may hold, is refused at the door with 422 naming where
/// it was, in a form, a JSON body, a query or the address, and nothing is written.
async fn a_nul_character_anywhere_is_refused_and_changes_nothing(site: Site) {
    let token = site.token("staff@clusterdesk.example").await;
    let b = site.login("staff@clusterdesk.example").await;
    let scope = basque(&site).await;
    let count = async || app::organisation::counts(&site.app, &scope).await.unwrap().0;
    let before = count().await;

    let api = "/api/v1/clusters/mobility-basque/organisations";
    for (body, field) in [
        (serde_json::json!({"name": "Zubi\u{0}"}), "name"),
        (serde_json::json!({"name": "Zubi", "tags": ["ok", "n\u{0}"]}), "tags[1]"),
        (serde_json::json!({"name\u{0}": "Zubi"}), "name"),
    ] {
        let r = site.api("POST", api, &token, Some(body)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.headers()[header::CONTENT_TYPE], "application/problem+json");
        let problem = json(r).await;
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    let plain = Request::post(api)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(r#"{"name": "Zubi\u0000"}"#))
        .unwrap();
    let r = site.send(plain).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "JSON sent as text is read as JSON, and checked");
    assert_eq!(json(r).await["errors"][0]["field"], "name");
    let form = [("_csrf", b.csrf.as_str()), ("name", "Zubi\0 Logística")];
    let r = site.post_form("/clusters/mobility-basque/organisations", &b.cookie, &form).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("NUL character"));
    let r = site.get("/clusters/mobility-basque/organisations?q=a%00b&country=%00", Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = site.api("GET", "/api/v1/clusters/mobility%00basque/organisations", &token, None).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json(r).await["errors"][0]["field"], "address");
    let login = site.get("/login", None).await;
    let login_cookie = cookie_of(&login, "clusterdesk_login").unwrap();
    let csrf = hidden_csrf(&body_text(login).await);
    let form = [("email", "staff@clusterdesk.example\0"), ("password", "x"), ("_csrf", &csrf), ("next", "/")];
    assert_eq!(site.post_form("/login", &login_cookie, &form).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(count().await, before, "nothing was written");

    // A VAT id whose third byte falls inside a character is an invalid VAT id, not a dropped
    // connection.
    let r = site.api("POST", api, &token, Some(serde_json::json!({"name": "Hé Ltd", "vat_id": "Hé12"}))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json(r).await["errors"][0]["field"], "vat_id");
}

/// A page shows the message the action before it wrote, once, and never a message written into
/// its address by someone else.
async fn messages_come_from_the_action_never_from_the_address(site: Site) {
    let b = site.login("manager@clusterdesk.example").await;
    let forged = "/clusters/mobility-basque/invoices?notice=Pay+your+fee+to+IBAN+XX00&problem=Call+0800";
    let html = body_text(site.get(forged, Some(&b.cookie)).await).await;
    assert!(!html.contains("IBAN XX00") && !html.contains("Call 0800"), "{html}");

    let details = [("_csrf", b.csrf.as_str()), ("legal_name", "Cluster Movilidad")];
    let r = site.post_form("/clusters/mobility-basque/billing", &b.cookie, &details).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(!location(&r).contains("saved"), "the message is not in the address: {}", location(&r));
    let shown = site.follow(&r, Some(&b.cookie)).await;
    let cleared = cookie_of(&shown, "clusterdesk_flash");
    assert_eq!(cleared.as_deref(), Some("clusterdesk_flash="), "the message is shown once");
    assert!(body_text(shown).await.contains("Billing details saved."));
}

/// Behind a trusted proxy, throttling sees the address the proxy names, the last of its header;
/// without one configured, the header is a client's claim and changes nothing.
async fn the_client_address_comes_from_the_trusted_proxy_only(db: store::Db) {
    let app = app::App::for_tests(db);
    basque_team(&app).await;
    let config = web::WebConfig {
        client_address_header: Some(axum::http::HeaderName::from_static("x-forwarded-for")),
        ..Default::default()
    };
    let proxied = Site::of(app.clone(), config);
    let direct = Site::of(app, web::WebConfig::default());
    let attempt = async |site: &Site, forwarded: &str, password: &str| {
        let page = site.get("/login", None).await;
        let login_cookie = cookie_of(&page, "clusterdesk_login").unwrap();
        let csrf = hidden_csrf(&body_text(page).await);
        let form = [("email", "staff@clusterdesk.example"), ("password", password), ("_csrf", &csrf), ("next", "/")];
        let request = Request::post("/login")
            .header(header::COOKIE, login_cookie)
            .header("x-forwarded-for", forwarded)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(serde_urlencoded::to_string(form).unwrap()))
            .unwrap();
        site.send(request).await.status()
    };
    for _ in 0..app::auth::FREE_FAILURES_PER_PAIR {
        assert_eq!(attempt(&proxied, "198.51.100.1, 203.0.113.9", "wrong").await, StatusCode::UNAUTHORIZED);
    }
    let slowed = attempt(&proxied, "198.51.100.2, 203.0.113.9", build::PASSWORD).await;
    assert_eq!(slowed, StatusCode::TOO_MANY_REQUESTS, "the proxy's last address is the client's");
    assert_eq!(attempt(&proxied, "203.0.113.10", build::PASSWORD).await, StatusCode::SEE_OTHER, "another client");
    let claimed = attempt(&direct, "203.0.113.9", build::PASSWORD).await;
    assert_eq!(claimed, StatusCode::SEE_OTHER, "without a trusted proxy the header is ignored");
}

/// After an action the page goes back to where it came from only within the site: the Referer's
/// path, never its host.
async fn actions_go_back_within_the_site_whatever_the_referer_says(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let (actor, scope) =
        build::signed_in(&site.app, "staff@clusterdesk.example", "mobility-basque", Permission::Edit).await;
    let input = domain::task::TaskInput { title: Some("Call back".into()), due_on: Some("2030-01-10".into()) };
    let task = app::task::create(&site.app, &scope, &actor, &input, Default::default()).await.unwrap();
    for (referer, back) in [
        ("https://evil.example/clusters/mobility-basque/tasks?x=1", "/clusters/mobility-basque/tasks?x=1"),
        ("https://evil.example/", "/clusters/mobility-basque/tasks"),
        ("//evil.example/clusters/mobility-basque/", "/clusters/mobility-basque/tasks"),
    ] {
        let request = Request::post(format!("/clusters/mobility-basque/tasks/{}/done", task.id))
            .header(header::COOKIE, &b.cookie)
            .header(header::REFERER, referer)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("_csrf={}", b.csrf)))
            .unwrap();
        let r = site.send(request).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{referer}");
        assert_eq!(location(&r), back, "{referer}");
    }
}

async fn the_api_needs_a_valid_token(site: Site) {
    // A neighbour in the network, which the staff member does not hold.
    build::cluster_in(&site.app, "smart-piemonte", "IT").await;
    let r = site.get("/api/v1/clusters", None).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(r.headers()[header::WWW_AUTHENTICATE], "Bearer");
    let problem = json(r).await;
    assert_eq!(problem["status"], 401);
    assert!(problem["detail"].as_str().unwrap().contains("Authorization: Bearer"));
    let r = site.api("GET", "/api/v1/clusters", "cdt_forged", None).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let b = site.login("staff@clusterdesk.example").await;
    let r = site.get("/api/v1/clusters", Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "a session cookie is not an API token");

    let token = site.token("staff@clusterdesk.example").await;
    let clusters = json(site.api("GET", "/api/v1/clusters", &token, None).await).await;
    assert_eq!(clusters.as_array().unwrap().len(), 1);
    assert_eq!(clusters[0]["slug"], "mobility-basque");
    assert_eq!(clusters[0]["role"], "staff");
}

/// What a refused value says is written in its reader's language: the fields' messages and the
/// detail of a 422 problem by the API's `Accept-Language`, a form's errors beside its fields by the
/// page's language; English to whoever asks for none of the nine.
async fn a_refused_value_is_explained_in_the_readers_language(site: Site) {
    use domain::language::Language;
    let token = site.token("staff@clusterdesk.example").await;
    let refused = |accept: &'static str| {
        let request = Request::post("/api/v1/clusters/mobility-basque/organisations")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::ACCEPT_LANGUAGE, accept)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(serde_json::json!({"name": " ", "website": "javascript:alert(1)"}).to_string()))
            .unwrap();
        async {
            let r = site.send(request).await;
            assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
            json(r).await
        }
    };
    let message_of = |problem: &serde_json::Value, field: &str| {
        let errors = problem["errors"].as_array().unwrap();
        errors.iter().find(|e| e["field"] == field).unwrap()["message"].as_str().unwrap().to_string()
    };
    let website = |language| {
        i18n::text_with(language, "invalid-validation-web-address", &[("value", "javascript:alert(1)".into())])
    };
    for language in Language::ALL {
        let problem = refused(language.code()).await;
        let required = i18n::text(language, "invalid-validation-required");
        assert_eq!(message_of(&problem, "name"), required, "{language:?}");
        assert_eq!(message_of(&problem, "website"), website(language), "{language:?}");
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(&required) && detail.contains(&website(language)), "{language:?}: {detail}");
    }
    let english = refused("pt-BR").await;
    assert_eq!(message_of(&english, "name"), "is required");

    // A parameter the API cannot read is refused in the client's language too.
    let request = Request::get("/api/v1/clusters/mobility-basque/invoices?state=lost")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT_LANGUAGE, "it-IT,it;q=0.9")
        .body(Body::empty())
        .unwrap();
    let r = site.send(request).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let detail = json(r).await["detail"].as_str().unwrap().to_string();
    let italian = i18n::text_with(Language::Italian, "invalid-web-parameter-state", &[("value", "lost".into())]);
    assert_eq!(detail, italian);
    assert_ne!(italian, "parameter state: 'lost' is not an invoice state");
    assert_ne!(i18n::text(Language::Spanish, "invalid-validation-required"), "is required");

    // A form's errors are written beside its fields in the page's language.
    let b = site.login("staff@clusterdesk.example").await;
    let form = [("name", ""), ("employees", "about twelve"), ("_csrf", b.csrf.as_str())];
    let request = Request::post("/clusters/mobility-basque/organisations")
        .header(header::COOKIE, &b.cookie)
        .header(header::ACCEPT_LANGUAGE, "pl")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(serde_urlencoded::to_string(form).unwrap()))
        .unwrap();
    let r = site.send(request).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await.replace("&#39;", "'").replace("&#x27;", "'").replace("&quot;", "\"");
    let not_whole =
        i18n::text_with(Language::Polish, "invalid-validation-whole-number", &[("value", "about twelve".into())]);
    assert!(html.contains(&format!("id=\"employees-error\">{not_whole}<")), "{html}");
    assert!(
        html.contains(&format!("id=\"name-error\">{}<", i18n::text(Language::Polish, "invalid-validation-required")))
    );
}

/// The API's problem documents, and the error pages, are written in the language the client
/// asks for: what was not found, what the role does not allow, a missing token; English when it
/// asks for none of the nine.
async fn problems_are_written_in_the_language_the_client_asks_for(site: Site) {
    use domain::language::Language;
    let problem = |method: &str, path: &str, token: Option<&str>, accept: Option<&str>| {
        let mut r = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            r = r.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some(accept) = accept {
            r = r.header(header::ACCEPT_LANGUAGE, accept);
        }
        let body = if method == "POST" {
            r = r.header(header::CONTENT_TYPE, "application/json");
            Body::from(serde_json::json!({"name": "Board S.L."}).to_string())
        } else {
            Body::empty()
        };
        let request = r.body(body).unwrap();
        async {
            let response = site.send(request).await;
            assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
            json(response).await
        }
    };
    let text = |language: Language, key: &str| i18n::text(language, key);

    let missing = problem("GET", "/api/v1/clusters", None, Some("de-DE,de;q=0.9")).await;
    assert_eq!(missing["status"], 401);
    assert_eq!(missing["title"], text(Language::German, "problem-title-401"));
    assert_eq!(missing["detail"], text(Language::German, "problem-token-missing"));

    let token = site.token("staff@clusterdesk.example").await;
    let nobody = "/api/v1/clusters/mobility-basque/organisations/01900000-0000-7000-8000-000000000000";
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let found = problem("GET", nobody, Some(&token), Some(language.code())).await;
        assert_eq!(found["status"], 404);
        assert_eq!(found["title"], text(language, "problem-title-404"), "{language:?}");
        let detail = found["detail"].as_str().unwrap();
        assert!(detail.contains(&text(language, "resource-organisation")), "{language:?}: {detail}");
        assert_ne!(detail, "Not found: organisation.", "{language:?}");
    }
    let english = problem("GET", nobody, Some(&token), Some("pt-BR, ja")).await;
    assert_eq!(
        (english["title"].as_str(), english["detail"].as_str()),
        (Some("Not found"), Some("Not found: organisation."))
    );

    let board = site.token("board@clusterdesk.example").await;
    let organisations = "/api/v1/clusters/mobility-basque/organisations";
    let refused = problem("POST", organisations, Some(&board), Some("uk")).await;
    assert_eq!(refused["status"], 403);
    let detail = refused["detail"].as_str().unwrap();
    assert!(detail.contains(&text(Language::Ukrainian, "problem-forbidden-edit")), "{detail}");

    // An error page is written in the reader's language too.
    let b = site.login("board@clusterdesk.example").await;
    let request = Request::get("/clusters/mobility-basque/organisations/new")
        .header(header::COOKIE, &b.cookie)
        .header(header::ACCEPT_LANGUAGE, "it")
        .body(Body::empty())
        .unwrap();
    let response = site.send(request).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let page = body_text(response).await;
    assert!(page.contains(&format!("<h1>{}</h1>", text(Language::Italian, "problem-title-403"))), "{page}");
}

/// Every table header of `html` says what its column holds, if only to a screen reader (the
/// column of buttons is "Actions", visually hidden).
fn assert_every_header_has_text(html: &str) {
    let mut headers = 0;
    for th in html.split("<th").skip(1).filter(|th| th.starts_with(['>', ' '])) {
        let inside = th.split_once('>').map_or("", |(_, rest)| rest.split("</th>").next().unwrap_or(""));
        let text: String = inside.split('<').map(|part| part.split_once('>').map_or(part, |(_, t)| t)).collect();
        assert!(!text.trim().is_empty(), "a header without text: <th{}", th.split("</th>").next().unwrap_or(th));
        headers += 1;
    }
    assert!(headers > 0, "no table: {html}");
}

async fn the_search_page_groups_what_it_finds_as_links(site: Site) {
    let scope = basque(&site).await;
    let zubi = build::organisation(&site.app, &scope, "Zubi <Ingeniería>").await;
    build::contact(&site.app, &scope, zubi.id, "Íker", "Zubizarreta", Some("iker@zubi.example")).await;
    let event = build::event(&site.app, &scope, "Zubi night", site.app.today(&scope)).await;
    let b = site.login("board@clusterdesk.example").await;
    let home = site.html(&b, "/clusters/mobility-basque").await;
    assert!(home.contains("action=\"/clusters/mobility-basque/search\""), "the top bar searches everything");

    let html = site.html(&b, "/clusters/mobility-basque/search?q=ZUBÍ").await;
    assert!(html.contains("<h2>Organisations <span class=\"muted\">(1)</span></h2>"), "{html}");
    assert!(
        html.contains(&format!(
            "href=\"/clusters/mobility-basque/organisations/{}\">Zubi &#60;Ingeniería&#62;</a>",
            zubi.id
        )),
        "{html}"
    );
    assert!(html.contains(">Íker Zubizarreta</a>") && html.contains("iker@zubi.example"), "{html}");
    assert!(html.contains(&format!("href=\"/clusters/mobility-basque/events/{event}\">Zubi night</a>")), "{html}");
    assert!(html.contains("value=\"ZUBÍ\""), "the box keeps what was typed");
    let html = site.html(&b, "/clusters/mobility-basque/search?q=z").await;
    assert!(html.contains("Type at least 2 characters."), "{html}");
    let html = site.html(&b, "/clusters/mobility-basque/search?q=%3Cscript%3E").await;
    assert!(html.contains("Nothing matches \u{201c}&#60;script&#62;\u{201d}.") && !html.contains("<script>"), "{html}");
    assert_eq!(site.get("/clusters/mobility-basque/search", None).await.status(), StatusCode::SEE_OTHER);
}

/// A contact's page tells the person's history: events (and whether they came), interactions,
/// working groups, surveys (not whether they answered an anonymous one), consents, and their
/// organisation's membership and invoices; another person's history stays on their page.
async fn a_contacts_page_tells_their_history(site: Site) {
    let scope = basque(&site).await;
    let today = site.app.today(&scope);
    build::billing_details(&site.app, &scope).await;
    let company = build::organisation(&site.app, &scope, "Errota Movilidad S.L.").await;
    let ane = build::contact(&site.app, &scope, company.id, "Ane", "Errota", Some("ane@errota.example")).await;
    let jon = build::contact(&site.app, &scope, company.id, "Jon", "Errota", Some("jon@errota.example")).await;
    let came = build::event(&site.app, &scope, "Port logistics day", today - chrono::Duration::days(30)).await;
    build::attended(&site.app, &scope, came, &ane).await;
    let coming = build::event(&site.app, &scope, "Rail freight <forum>", today + chrono::Duration::days(10)).await;
    build::registration(&site.app, &scope, coming, &build::typed(&ane)).await.unwrap();
    let jons_event = build::event(&site.app, &scope, "Jon only", today + chrono::Duration::days(11)).await;
    build::registration(&site.app, &scope, jons_event, &build::typed(&jon)).await.unwrap();
    build::working_group(&site.app, &scope, "Hydrogen trucks", &[ane.id], today - chrono::Duration::days(90)).await;
    let (manager, _) =
        build::signed_in(&site.app, "manager@clusterdesk.example", "mobility-basque", Permission::Edit).await;
    let call = app::interaction::NewInteraction {
        organisation_id: Some(company.id),
        contact_id: Some(ane.id),
        input: domain::interaction::InteractionInput {
            kind: Some("call".into()),
            occurred_on: Some(today.to_string()),
            subject: Some("Renewal questions".into()),
            notes: None,
        },
        ..Default::default()
    };
    app::interaction::create(&site.app, &scope, &manager, &call).await.unwrap();
    let questionnaire = app::survey::from_template(&site.app, &scope, "member_satisfaction", "team").await.unwrap();
    let mut tx = site.app.db().begin().await.unwrap();
    for (title, anonymous) in [("Satisfaction 2026", false), ("Open feedback", true)] {
        let campaign = store::survey::NewCampaign {
            questionnaire_id: questionnaire,
            version: 1,
            title: title.into(),
            segment_id: None,
            audience: "Everyone".into(),
            anonymous,
            closes_on: today + chrono::Duration::days(20),
            figures_year: None,
        };
        let invitation = store::survey::NewInvitation {
            contact_id: ane.id,
            organisation_id: company.id,
            token_hash: format!("hash of {title}"),
        };
        store::survey::insert_campaign(&mut tx, &scope, &campaign, &[invitation], "team").await.unwrap();
    }
    tx.commit().await.unwrap();
    let fee = build::full_member_type(&site.app, &scope).await;
    build::member(&site.app, &scope, company.id, fee, today - chrono::Duration::days(200)).await;
    let (_, number) =
        build::issued_invoice(&site.app, &scope, company.id, "120", today - chrono::Duration::days(5)).await;

    let b = site.login("board@clusterdesk.example").await;
    let html = site.html(&b, &format!("/clusters/mobility-basque/contacts/{}", ane.id)).await;
    for expected in [
        "Events (2, came to 1)",
        "Port logistics day",
        "Rail freight &#60;forum&#62;",
        "Attended",
        "Interactions (1)",
        "Renewal questions",
        "Working groups (1)",
        "Hydrogen trucks",
        "still in it",
        "Surveys (2)",
        "not answered",
        "anonymous: answers are not linked to people",
        "Membership of Errota Movilidad S.L.",
        "Full member",
        "Invoices (1) of Errota Movilidad S.L.",
        number.as_str(),
    ] {
        assert!(html.contains(expected), "{expected}: {html}");
    }
    assert!(!html.contains("Jon only"), "another person's registration");
    assert!(!html.contains("New invoice"), "the board is offered no invoice to make here");
    assert_every_header_has_text(&html);
}

/// Each person chooses how days are written on their account; every page they read then writes
/// days and times that way, on the clock of the cluster, and nobody else's pages change.
async fn each_reader_sees_dates_written_their_own_way(site: Site) {
    let scope = basque(&site).await;
    let company = build::organisation(&site.app, &scope, "Errota Movilidad S.L.").await;
    let (manager, _) =
        build::signed_in(&site.app, "manager@clusterdesk.example", "mobility-basque", Permission::Edit).await;
    let call = app::interaction::NewInteraction {
        organisation_id: Some(company.id),
        input: domain::interaction::InteractionInput {
            kind: Some("call".into()),
            occurred_on: Some("2026-11-03".into()),
            subject: Some("Renewal questions".into()),
            notes: None,
        },
        ..Default::default()
    };
    app::interaction::create(&site.app, &scope, &manager, &call).await.unwrap();
    let organisation = format!("/clusters/mobility-basque/organisations/{}", company.id);

    let m = site.login("manager@clusterdesk.example").await;
    let b = site.login("board@clusterdesk.example").await;
    // Its last change, on the clock of Madrid (the cluster's), as each reader writes it.
    let changed = app::organisation::get(&site.app, &scope, company.id).await.unwrap().updated_at;
    let in_madrid = domain::time_zone::local(domain::time_zone::parse("Europe/Madrid").unwrap(), changed);
    let changed_as = |style: domain::written::DateStyle| style.moment(in_madrid);
    let page = site.html(&m, &organisation).await;
    assert!(page.contains(&changed_as(domain::written::DateStyle::DayMonthName)), "{page}");
    assert!(page.contains("3 Nov 2026"), "the day of the call");

    let account = site.html(&m, "/account").await;
    assert!(account.contains("<option value=\"day_month_name\" selected>31 Dec 2026</option>"), "{account}");
    let r = site.submit(&m, "/account/date-style", &[("date_style", "day_month_year_dots".into())]).await;
    assert_eq!(notice_after(&site, &m, r).await.trim(), "Dates are now written like 31.12.2026.");
    let page = site.html(&m, &organisation).await;
    assert!(page.contains(&changed_as(domain::written::DateStyle::DayMonthYearDots)), "{page}");
    assert!(page.contains("03.11.2026") && !page.contains("3 Nov 2026"), "{page}");
    assert!(site.html(&m, "/account").await.contains("<option value=\"day_month_year_dots\" selected>"));
    assert!(site.html(&b, &organisation).await.contains("3 Nov 2026"), "the board's pages keep their own way");

    let r = site.submit(&m, "/account/date-style", &[("date_style", "month_first".into())]).await;
    let page = body_text(site.follow(&r, Some(&m.cookie)).await).await;
    assert!(
        page.contains("Nothing changed: date_style: &#39;month_first&#39; is not a way of writing dates"),
        "{page}"
    );
    assert!(site.html(&m, &organisation).await.contains("03.11.2026"), "a refused choice changes nothing");
    for style in domain::written::DateStyle::ALL {
        let r = site.submit(&m, "/account/date-style", &[("date_style", style.code().into())]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let day = style.day(chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap());
        assert!(site.html(&m, &organisation).await.contains(&day), "{style:?} writes {day}");
    }
}

/// Pages are written in the language the user chose on their account, else in the one their
/// browser asks for, else in English; the login page in the browser's.
async fn each_reader_reads_the_pages_in_their_language(site: Site) {
    let scope = basque(&site).await;
    let in_language = |path: &str, cookie: Option<&str>, accept: &str| {
        let mut r = Request::get(path).header(header::ACCEPT_LANGUAGE, accept);
        if let Some(c) = cookie {
            r = r.header(header::COOKIE, c);
        }
        let request = r.body(Body::empty()).unwrap();
        async { body_text(site.send(request).await).await }
    };
    let login = in_language("/login", None, "pl-PL,pl;q=0.9,en;q=0.8").await;
    assert!(
        login.contains("<html lang=\"pl\">") && login.contains("Zaloguj się") && login.contains("Hasło"),
        "{login}"
    );
    assert!(in_language("/login", None, "pt-BR, ja").await.contains("Forgot your password?"), "English for the others");

    let m = site.login("manager@clusterdesk.example").await;
    let b = site.login("board@clusterdesk.example").await;
    let overview = "/clusters/mobility-basque";
    let page = site.html(&m, overview).await;
    assert!(page.contains("<html lang=\"en\">") && page.contains(">Organisations</a>"), "{page}");
    let page = in_language(overview, Some(&m.cookie), "de-AT, de;q=0.9").await;
    assert!(page.contains("<html lang=\"de\">") && page.contains(">Organisationen</a>"), "{page}");

    let account = site.html(&m, "/account").await;
    assert!(account.contains("<option value=\"\" selected>As my browser asks (else English)</option>"), "{account}");
    let r = site.submit(&m, "/account/language", &[("language", "uk".into())]).await;
    assert_eq!(notice_after(&site, &m, r).await.trim(), "Pages are now written in Українська.");
    let page = in_language(overview, Some(&m.cookie), "de").await;
    assert!(
        page.contains("<html lang=\"uk\">") && page.contains(">Організації</a>"),
        "the user's choice first: {page}"
    );
    assert!(site.html(&m, "/account").await.contains("<option value=\"uk\" selected>Українська</option>"));
    let page = in_language(overview, Some(&b.cookie), "es").await;
    assert!(page.contains(">Organizaciones</a>"), "another user's pages keep their own way: {page}");

    let r = site.submit(&m, "/account/language", &[("language", "pt".into())]).await;
    let page = body_text(site.follow(&r, Some(&m.cookie)).await).await;
    let refused = i18n::text_with(
        domain::language::Language::Ukrainian,
        "invalid-language",
        &[("value", "pt".into()), ("codes", "en, bg, fr, de, it, pl, ro, es, uk".into())],
    );
    assert!(page.contains(&format!("Нічого не змінено: language: {refused}")), "in the reader's language: {page}");
    assert!(refused.starts_with("«pt» не є мовою"), "{refused}");
    let r = site.submit(&m, "/account/language", &[("language", "".into())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(site.html(&m, overview).await.contains(">Organisations</a>"), "back to the browser's, here none");
    let list = in_language("/clusters/mobility-basque/organisations", Some(&m.cookie), "fr-BE").await;
    assert!(
        list.contains(">Appliquer</button>") && list.contains(">Organisations</a>"),
        "the shared parts of every list: {list}"
    );

    // A visitor's public page: the browser's language, or the one chosen on its switcher, kept.
    let day = site.app.today(&scope) + chrono::Duration::days(20);
    let event = format!("/events/mobility-basque/{}", build::event(&site.app, &scope, "Port logistics day", day).await);
    let page = in_language(&event, None, "es-ES").await;
    assert!(
        page.contains("<html lang=\"es\">")
            && page.contains("<a href=\"?lang=pl\" lang=\"pl\" hreflang=\"pl\">Polski</a>"),
        "{page}"
    );
    assert!(page.contains("hreflang=\"es\" aria-current=\"true\">Español</a>"), "{page}");
    let r = site.get(&format!("{event}?lang=pl"), None).await;
    let kept = cookie_of(&r, "clusterdesk_lang").expect("the choice is kept");
    assert_eq!(kept, "clusterdesk_lang=pl");
    let page = body_text(r).await;
    for polish in ["<html lang=\"pl\">", "Zarejestruj się", "Imię", "Kiedy", "Networking", "Cena dla członków"] {
        assert!(page.contains(polish), "{polish}: {page}");
    }
    let page = in_language(&event, Some(&kept), "es-ES").await;
    assert!(page.contains("<html lang=\"pl\">"), "the choice over the browser's");
    let page = in_language(&format!("{event}?lang=xx"), None, "it").await;
    assert!(page.contains("<html lang=\"it\">"), "an unknown choice is passed over");

    // A registration keeps the language the visitor asked for, and none when they asked for
    // none of the nine (they are then written to in the cluster's, not in the page's English).
    for (n, accept, kept) in
        [(1, "pt-BR, pt;q=0.9", None), (2, "pl, en;q=0.5", Some(domain::language::Language::Polish))]
    {
        let form = serde_urlencoded::to_string([
            ("first_name", "Ana"),
            ("last_name", "Souza"),
            ("email", &format!("ana{n}@visitors.example")),
            ("organisation", "Porto S.A."),
        ])
        .unwrap();
        let r = Request::post(&event)
            .header(header::ACCEPT_LANGUAGE, accept)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form))
            .unwrap();
        assert_eq!(site.send(r).await.status(), StatusCode::OK, "{accept}");
        let id = event.rsplit('/').next().unwrap().parse().unwrap();
        let requests = app::registration::requests(&site.app, &scope, id).await.unwrap();
        let request = requests.iter().find(|q| q.email == format!("ana{n}@visitors.example")).unwrap();
        assert_eq!(request.language, kept, "{accept}");
    }
}

/// The values of the attribute `name` (`action="…"`, `href="…"`) in a page, unescaped.
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let marker = format!(" {name}=\"");
    html.split(&marker)
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(value, _)| value.replace("&amp;", "&").replace("&#38;", "&")))
        .collect()
}

/// Where the page's forms post (`method="post"` and htmx posts), with the page's links into the
/// cluster.
fn offered_actions(html: &str) -> (Vec<String>, Vec<String>) {
    let mut posts = Vec::new();
    for form in html.split("<form").skip(1) {
        let tag = form.split_once('>').map_or(form, |(tag, _)| tag);
        if tag.contains("method=\"post\"") {
            posts.extend(attribute_values(tag, "action"));
        }
    }
    posts.extend(attribute_values(html, "hx-post"));
    let links = attribute_values(html, "href").into_iter().filter(|h| h.starts_with("/clusters/")).collect();
    (posts, links)
}

/// Every page a board member or a staff member opens offers only what their role may do: each
/// form they are shown posts to an action their role is allowed (posted without the session's
/// token, an allowed action is refused for the token, 400, a refused one for the role, 403, and
/// nothing changes), and each link leads to a page they may open.
async fn no_page_offers_an_action_its_reader_may_not_take(site: Site) {
    let ours = one_of_everything(&site.app, "mobility-basque").await;
    let pages: Vec<String> = page_routes()
        .into_iter()
        .filter(|(method, template)| {
            *method == "GET" && !template.starts_with("/events/") && !template.starts_with("/calendar/")
        })
        .map(|(_, template)| fill(&template, "mobility-basque", &ours))
        .collect();
    for email in ["board@clusterdesk.example", "staff@clusterdesk.example"] {
        let b = site.login(email).await;
        let mut posts = std::collections::BTreeMap::new();
        let mut links = std::collections::BTreeMap::new();
        let mut read = 0;
        for page in &pages {
            let r = site.get(page, Some(&b.cookie)).await;
            let html_page =
                r.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.to_str().unwrap().starts_with("text/html"));
            if r.status() != StatusCode::OK || !html_page {
                continue;
            }
            read += 1;
            let (offered_posts, offered_links) = offered_actions(&body_text(r).await);
            for action in offered_posts {
                posts.entry(action).or_insert_with(|| page.clone());
            }
            for link in offered_links {
                links.entry(link).or_insert_with(|| page.clone());
            }
        }
        let least_posts = if email.starts_with("staff") { 20 } else { 1 };
        assert!(
            read >= 50 && posts.len() >= least_posts && links.len() >= 50,
            "{email}: {read} pages, {} forms, {} links",
            posts.len(),
            links.len()
        );
        let mut refused = Vec::new();
        for (action, page) in &posts {
            if site.post_form(action, &b.cookie, &[]).await.status() == StatusCode::FORBIDDEN {
                refused.push(format!("POST {action} on {page}"));
            }
        }
        for (link, page) in &links {
            if site.get(link, Some(&b.cookie)).await.status() == StatusCode::FORBIDDEN {
                refused.push(format!("the link {link} on {page}"));
            }
        }
        assert!(refused.is_empty(), "{email} is offered what the role refuses:\n{}", refused.join("\n"));
    }
}

/// The engagement page: new members apart from those at risk, the rule with its grace months and
/// counted activities saved from the page, sorting, and the next steps for someone at risk.
async fn the_engagement_page_sorts_filters_and_offers_next_steps(site: Site) {
    let scope = basque(&site).await;
    let today = site.app.today(&scope);
    let fee = build::in_kind_member_type(&site.app, &scope).await;
    let university = |name: &str| domain::organisation::OrganisationInput {
        name: Some(name.into()),
        kind: Some("university".into()),
        ..Default::default()
    };
    let old = app::organisation::create(&site.app, &scope, &university("Zaharra Logistics")).await.unwrap();
    let young = app::organisation::create(&site.app, &scope, &university("Berria Mobility")).await.unwrap();
    build::member(&site.app, &scope, old.id, fee, today - chrono::Duration::days(500)).await;
    build::member(&site.app, &scope, young.id, fee, today - chrono::Duration::days(30)).await;
    let base = "/clusters/mobility-basque/engagement";

    let staff = site.login("staff@clusterdesk.example").await;
    let html = site.html(&staff, &format!("{base}?show=at_risk")).await;
    assert!(
        html.contains("Members at risk (1)")
            && html.contains("Zaharra Logistics")
            && !html.contains(">Berria Mobility<"),
        "{html}"
    );
    assert!(html.contains(&format!("/interactions/new?organisation={}&#38;kind=call", old.id)), "{html}");
    assert!(html.contains(&format!("/tasks/new?organisation={}", old.id)), "{html}");
    let html = site.html(&staff, &format!("{base}?show=new")).await;
    assert!(html.contains("New members (1)") && html.contains("New member</td>"), "{html}");
    let html = site.html(&staff, &format!("{base}?show=members&sort=since&desc=1")).await;
    assert!(html.find("Berria Mobility").unwrap() < html.find("Zaharra Logistics").unwrap(), "the newest member first");
    assert!(html.contains("aria-sort=\"descending\""), "{html}");

    let r = site.submit(&staff, &format!("{base}/survey"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let surveys = location(&r);
    assert!(surveys.starts_with("/clusters/mobility-basque/surveys?segment="), "{surveys}");
    let segment = surveys.rsplit('=').next().unwrap();
    let segments = app::segment::list(&site.app, &scope).await.unwrap();
    assert_eq!(
        segments.iter().find(|s| s.id.to_string() == segment).unwrap().name,
        format!("At risk {}", scope.cluster().fiscal_year_of(today))
    );

    let manager = site.login("manager@clusterdesk.example").await;
    let rule = [
        ("activities", "1".to_string()),
        ("projects", "1".into()),
        ("grace_months", "0".into()),
        ("counts", "events".into()),
        ("counts", "working_groups".into()),
    ];
    let r = site.submit(&manager, &format!("{base}/rule"), &rule).await;
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("The rule is saved.") && html.contains("(events attended, working groups)"), "{html}");
    assert!(html.contains("first 0 months"), "{html}");
    let html = site.html(&manager, &format!("{base}?show=at_risk")).await;
    assert!(html.contains("Members at risk (2)"), "with no grace, the new member is at risk too: {html}");

    let board = site.login("board@clusterdesk.example").await;
    let html = site.html(&board, &format!("{base}?show=at_risk")).await;
    assert!(!html.contains("Log a call") && !html.contains("Survey them") && !html.contains("Save rule"), "{html}");
}

/// A user makes an API token on their page (shown once), sees it listed without its secret,
/// and revokes it there or through the API; another user's token is out of reach.
async fn users_make_list_and_revoke_their_own_api_tokens(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let home = body_text(site.get("/clusters/mobility-basque", Some(&b.cookie)).await).await;
    assert!(home.contains("href=\"/account\""), "the user's name leads to their account");
    let account = body_text(site.get("/account", Some(&b.cookie)).await).await;
    assert!(account.contains("href=\"/account/tokens\""), "the account leads to the tokens: {account}");
    let page = body_text(site.get("/account/tokens", Some(&b.cookie)).await).await;
    assert!(page.contains("You have no API tokens"), "{page}");
    let r = site.post_form("/account/tokens", &b.cookie, &[("_csrf", &b.csrf), ("name", "Reporting script")]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let made = body_text(r).await;
    assert!(made.contains("shown only this once"), "{made}");
    let token = made.split("cdt_").nth(1).unwrap().split('<').next().unwrap();
    let token = format!("cdt_{token}");
    let again = body_text(site.get("/account/tokens", Some(&b.cookie)).await).await;
    assert!(again.contains("Reporting script") && !again.contains(&token), "listed, never shown again");
    assert_every_header_has_text(&again);
    assert_eq!(site.post_form("/account/tokens", &b.cookie, &[("name", "x")]).await.status(), StatusCode::BAD_REQUEST);

    let listed = json(site.api("GET", "/api/v1/tokens", &token, None).await).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!((listed[0]["name"].as_str(), listed[0]["revoked_at"].is_null()), (Some("Reporting script"), true));
    assert!(!listed.to_string().contains("cdt_"));
    let id = listed[0]["id"].as_str().unwrap().to_string();
    let theirs = site.token("manager@clusterdesk.example").await;
    let r = site.api("DELETE", &format!("/api/v1/tokens/{id}"), &theirs, None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "another's token is not theirs to revoke");
    let r = site.post_form(&format!("/account/tokens/{id}/revoke"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("The token is revoked") && html.contains(">revoked "), "{html}");
    assert_eq!(site.api("GET", "/api/v1/tokens", &token, None).await.status(), StatusCode::UNAUTHORIZED);
    let second = site.token("staff@clusterdesk.example").await;
    let mine = json(site.api("GET", "/api/v1/tokens", &second, None).await).await;
    let own = mine.as_array().unwrap().iter().find(|t| t["revoked_at"].is_null()).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = site.api("DELETE", &format!("/api/v1/tokens/{own}"), &second, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT, "a token revokes itself");
    assert_eq!(site.api("GET", "/api/v1/tokens", &second, None).await.status(), StatusCode::UNAUTHORIZED);
}

async fn organisations_and_contacts_through_the_api(site: Site) {
    let token = site.token("staff@clusterdesk.example").await;
    let base = "/api/v1/clusters/mobility-basque";
    let body = serde_json::json!({"name": "Api Garraio S.L.", "kind": "company", "employees": 30, "turnover": "4000000.00", "country": "es"});
    let r = site.api("POST", &format!("{base}/organisations"), &token, Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created = json(r).await;
    assert_eq!((created["size_class"].as_str(), created["currency"].as_str()), (Some("small"), Some("EUR")));
    let id = created["id"].as_str().unwrap();
    let r = site.api("GET", &format!("{base}/organisations?size_class=huge"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let problem = json(r).await;
    assert!(problem["detail"].as_str().unwrap().contains("size_class"), "a bad parameter names itself: {problem}");
    build::organisation(&site.app, &basque(&site).await, "Txiki S.L.").await;
    let r = site.api("GET", &format!("{base}/organisations?sort=employees&dir=desc"), &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let listed = json(r).await;
    let names: Vec<&str> = listed["items"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names.first(), Some(&"Api Garraio S.L."), "the most employees first: {names:?}");

    let bad = serde_json::json!({"name": " ", "country": "Spain"});
    let r = site.api("PUT", &format!("{base}/organisations/{id}"), &token, Some(bad)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem = json(r).await;
    let fields: Vec<&str> =
        problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["name", "country"]);
    let r = site.api("POST", &format!("{base}/organisations"), &token, Some(serde_json::json!({"nme": "typo"}))).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let list =
        json(site.api("GET", &format!("{base}/organisations?q=api%20garraio&size_class=small"), &token, None).await)
            .await;
    assert_eq!(list["total"], 1);
    let r = site.api("GET", &format!("{base}/organisations?size_class=giant"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(json(r).await["detail"].as_str().unwrap().contains("size_class"));

    let person = serde_json::json!({"organisation_id": id, "first_name": "Aitor", "last_name": "Zabala", "email": "aitor@api-garraio.example"});
    let r = site.api("POST", &format!("{base}/contacts"), &token, Some(person)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let contact = json(r).await;
    assert_eq!(contact["organisation_name"], "Api Garraio S.L.");
    let contacts = json(site.api("GET", &format!("{base}/contacts?organisation={id}"), &token, None).await).await;
    assert_eq!(contacts["total"], 1);

    let r = site.api("POST", &format!("{base}/organisations/{id}/archive"), &token, None).await;
    assert!(json(r).await["archived_at"].is_string());
    let list = json(site.api("GET", &format!("{base}/organisations?q=api%20garraio"), &token, None).await).await;
    assert_eq!(list["total"], 0);
    let r = site.api("POST", &format!("{base}/organisations/{id}/restore"), &token, None).await;
    assert!(json(r).await["archived_at"].is_null());
}

async fn imports_and_exports_through_the_api(site: Site) {
    // One university among organisations of every kind, for the export to filter.
    build::varied_organisations(&site.app, &basque(&site).await).await;
    let token = site.token("staff@clusterdesk.example").await;
    let base = "/api/v1/clusters/mobility-basque";
    let file_request = |path: &str, query: &str, csv: &'static str| {
        Request::post(format!("{base}/{path}/import{query}"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "text/csv")
            .body(Body::from(csv))
            .unwrap()
    };
    let r = site.send(file_request("organisations", "", "name,employees\nOk S.L.,3\nBad S.L.,three\n")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let plan = json(r).await;
    assert!(plan["import_id"].is_null());
    assert_eq!((plan["rows"][1]["line"].as_u64(), plan["rows"][1]["action"].as_str()), (Some(3), Some("reject")));
    let r = site.send(file_request("organisations", "?dry_run=true", "name,employees\nOk S.L.,3\n")).await;
    let plan = json(r).await;
    assert_eq!((plan["created"].as_u64(), plan["import_id"].is_null()), (Some(1), true));
    let csv = "Nombre;Plantilla;País;Notas\nImported One S.L.;3;ES;x\nImported Two S.L.;4;ES;y\n";
    let r = site.send(file_request("organisations", "?file_name=socios.csv&mapping=Notas%3D-", csv)).await;
    let plan = json(r).await;
    assert_eq!(plan["created"], 2);
    assert_eq!(plan["mapping"], serde_json::json!(["name", "employees", "country", null]));
    let import_id = plan["import_id"].as_str().unwrap().to_string();
    let people = "organisation,first_name,last_name,email\nImported One S.L.,Ane,Lasa,ane@one.example\n";
    let r = site.send(file_request("contacts", "", people)).await;
    assert_eq!(json(r).await["created"], 1);

    let history = json(site.api("GET", &format!("{base}/imports"), &token, None).await).await;
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[1]["file_name"], "socios.csv");
    let r = site.api("POST", &format!("{base}/imports/{import_id}/revert"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "a contact was added at an organisation it created");
    assert!(json(r).await["detail"].as_str().unwrap().contains("contacts were added"));
    let contacts_import = history[0]["id"].as_str().unwrap();
    let r = site.api("POST", &format!("{base}/imports/{contacts_import}/revert"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = site.api("POST", &format!("{base}/imports/{import_id}/revert"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let list = json(site.api("GET", &format!("{base}/organisations?q=imported"), &token, None).await).await;
    assert_eq!(list["total"], 0);

    // Moving in: the memberships, then the open invoices of the old system.
    build::full_member_type(&site.app, &basque(&site).await).await;
    let r = site
        .send(file_request("organisations", "", "name,kind,country,employees\nMoving In S.L.,company,ES,12\n"))
        .await;
    assert_eq!(json(r).await["created"], 1);
    let members = "organisation,membership type,start,status\nMoving In S.L.,Full member,2024-01-01,active\n\
                   Nobody S.L.,Full member,2024-01-01,active\n";
    let r = site.send(file_request("memberships", "", members)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "one row names no organisation of the cluster");
    let r = site.send(file_request("memberships", "?write_valid_rows=true", members)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let plan = json(r).await;
    assert_eq!((&plan["target"], &plan["created"], &plan["rejected"]), (&"memberships".into(), &1.into(), &1.into()));
    let invoices = "number,date,customer,gross,paid,kind\nOLD-7,2025-11-15,Moving In S.L.,800.00,300.00,fee\n";
    let r = site.send(file_request("invoices", "?dry_run=true", invoices)).await;
    assert_eq!((json(r).await["created"].as_u64()), Some(1));
    let r = site.send(file_request("invoices", "", invoices)).await;
    let plan = json(r).await;
    assert_eq!(plan["created"], 1, "{plan}");
    let list = json(site.api("GET", &format!("{base}/invoices"), &token, None).await).await;
    assert!(list.to_string().contains("OLD-7"), "{list}");
    let invoices_import = plan["import_id"].as_str().unwrap();
    let r = site.api("POST", &format!("{base}/imports/{invoices_import}/revert"), &token, None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "undoing invoices is for who may void one");
    let manager = site.token("manager@clusterdesk.example").await;
    let r = site.api("POST", &format!("{base}/imports/{invoices_import}/revert"), &manager, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let list = json(site.api("GET", &format!("{base}/invoices"), &token, None).await).await;
    assert!(!list.to_string().contains("OLD-7"), "{list}");

    let orgs = format!("{base}/organisations");
    let list = json(site.api("GET", &format!("{orgs}?kind=university&per_page=1"), &token, None).await).await;
    assert_eq!(list["total"], 1, "the university built");
    let r = site.api("GET", &format!("{orgs}/export?kind=university"), &token, None).await;
    assert_eq!(r.headers()[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let csv = body_text(r).await;
    assert_eq!(
        csv.lines().count() as u64 - 1,
        list["total"].as_u64().unwrap(),
        "the export is exactly the filtered list"
    );
    let r = site.api("GET", &format!("{orgs}/export?format=xlsx"), &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(&to_bytes(r.into_body(), usize::MAX).await.unwrap()[..2], b"PK");
    let r = site.api("GET", &format!("{orgs}/export?format=pdf"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

fn multipart(cookie: &str, path: &str, fields: &[(&str, &str)], file: &str) -> Request<Body> {
    let boundary = "XBOUNDARYX";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"));
    }
    body.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"members.csv\"\r\nContent-Type: text/csv\r\n\r\n{file}\r\n--{boundary}--\r\n"
    ));
    Request::post(path)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap()
}

async fn the_import_pages_map_check_import_and_undo(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let path = "/clusters/mobility-basque/import";
    let file = "Razón social;País;Comentario\nUpload Uno S.L.;ES;a\nUpload Dos S.L.;XX;b\n";
    let r = site.send(multipart(&b.cookie, path, &[("_csrf", "forged"), ("target", "organisations")], file)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = site.send(multipart(&b.cookie, path, &[("_csrf", &b.csrf), ("target", "organisations")], file)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let check = r.headers()[header::LOCATION].to_str().unwrap().to_string();
    let r = site.get(&check, Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("1 row cannot be imported"), "{html}");
    assert!(html.contains("is not an ISO 3166 country code"));
    assert!(html.contains("<option value=\"name\" selected>"), "the mapping is suggested from the header");

    // Leaving the country column out makes every row valid; then the import is written.
    let action = check.split('?').next().unwrap();
    let mapping = |step| {
        [
            ("_csrf", b.csrf.clone()),
            ("target", "organisations".into()),
            ("map_0", "name".into()),
            ("map_1", String::new()),
            ("map_2", String::new()),
            ("step", step),
        ]
    };
    let form = mapping("check".to_string());
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = site.post_form(action, &b.cookie, &form).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body_text(r).await.contains("Import: 2 new, 0 updated"));
    let form = mapping("commit".to_string());
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let html = body_text(site.post_form(action, &b.cookie, &form).await).await;
    assert!(html.contains("Imported: 2 created, 0 updated, 0 unchanged"), "{html}");
    let again = site.post_form(action, &b.cookie, &form).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "the file is gone once imported: it cannot be imported twice");

    let history = body_text(site.get("/clusters/mobility-basque/imports", Some(&b.cookie)).await).await;
    assert!(history.contains("members.csv") && history.contains("Undo"));
    let revert =
        history.split("action=\"").find(|a| a.contains("/revert")).unwrap().split('"').next().unwrap().to_string();
    assert!(revert.ends_with("/revert"), "{revert}");
    let r = site.post_form(&revert, &b.cookie, &[("_csrf", &b.csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let history = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(history.contains("The import of members.csv was undone.") && history.contains("undone "));
    let list = body_text(site.get("/clusters/mobility-basque/organisations?q=upload", Some(&b.cookie)).await).await;
    assert!(list.contains("0 organisations"));

    // A file with a bad row: the valid rows are imported at the user's choice, the bad one
    // downloaded with its reason.
    let file = "Razón social;País\nUpload Tres S.L.;ES\nUpload Cuatro S.L.;XX\n";
    let r = site.send(multipart(&b.cookie, path, &[("_csrf", &b.csrf), ("target", "organisations")], file)).await;
    let check = r.headers()[header::LOCATION].to_str().unwrap().to_string();
    let html = body_text(site.get(&check, Some(&b.cookie)).await).await;
    assert!(html.contains("Import the valid rows: 1 new, 0 updated; leave out 1 row"), "{html}");
    let action = check.split('?').next().unwrap();
    let step = |step: &'static str| {
        vec![
            ("_csrf", b.csrf.as_str()),
            ("target", "organisations"),
            ("map_0", "name"),
            ("map_1", "country"),
            ("step", step),
        ]
    };
    let r = site.post_form(action, &b.cookie, &step("rejected")).await;
    assert_eq!(r.headers()[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let csv = body_text(r).await;
    assert!(
        csv.contains("Razón social,País,reason\nUpload Cuatro S.L.,XX,\"country: 'XX' is not an ISO 3166"),
        "{csv}"
    );
    let html = body_text(site.post_form(action, &b.cookie, &step("commit_valid")).await).await;
    assert!(html.contains("Imported: 1 created, 0 updated, 0 unchanged, 1 row left out"), "{html}");
    let mut xlsx = step("rejected");
    xlsx.push(("format", "xlsx"));
    let r = site.post_form(action, &b.cookie, &xlsx).await;
    assert!(
        to_bytes(r.into_body(), usize::MAX).await.unwrap().starts_with(b"PK"),
        "the rejected rows stay to download"
    );

    // The file's own values, read as ours from the page's box.
    let file = "Razón social;Tipo de socio\nUpload Cinco S.L.;Socio industrial\n";
    let r = site.send(multipart(&b.cookie, path, &[("_csrf", &b.csrf), ("target", "organisations")], file)).await;
    let check = r.headers()[header::LOCATION].to_str().unwrap().to_string();
    let action = check.split('?').next().unwrap();
    let form = [
        ("_csrf", b.csrf.as_str()),
        ("target", "organisations"),
        ("map_0", "name"),
        ("map_1", "kind"),
        ("values", "kind: Socio industrial = company"),
        ("step", "commit"),
    ];
    let html = body_text(site.post_form(action, &b.cookie, &form).await).await;
    assert!(html.contains("Imported: 1 created") && html.contains("1 values read as the mapping says"), "{html}");
}

async fn the_board_reads_but_may_not_change_anything(site: Site) {
    let b = site.login("board@clusterdesk.example").await;
    assert_eq!(site.get("/clusters/mobility-basque/organisations", Some(&b.cookie)).await.status(), StatusCode::OK);
    let r = site.get("/clusters/mobility-basque/organisations/new", Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = site
        .post_form("/clusters/mobility-basque/organisations", &b.cookie, &[("name", "Board S.L."), ("_csrf", &b.csrf)])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let token = site.token("board@clusterdesk.example").await;
    let r = site
        .api(
            "POST",
            "/api/v1/clusters/mobility-basque/organisations",
            &token,
            Some(serde_json::json!({"name": "Board S.L."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let list = body_text(site.get("/clusters/mobility-basque/organisations", Some(&b.cookie)).await).await;
    assert!(!list.contains("New organisation"), "no button for what the role may not do");
    for page in ["economics", "team", "economics/scenarios"] {
        let html = site.html(&b, &format!("/clusters/mobility-basque/{page}")).await;
        assert!(html.contains("Ledger (CSV)") && !html.contains("Import ledger lines"), "{page}: {html}");
    }
    let staff = site.login("staff@clusterdesk.example").await;
    let economics = site.html(&staff, "/clusters/mobility-basque/economics").await;
    assert!(!economics.contains("Import ledger lines"), "only a cluster manager imports ledger lines");
    let tasks = site.html(&staff, "/clusters/mobility-basque/tasks/new").await;
    assert!(tasks.contains(">manager<") && tasks.contains(">staff<"), "{tasks}");
    assert!(!tasks.contains(">board<"), "tasks go to those who may do them: {tasks}");
    let renew = "/clusters/mobility-basque/calendar-address";
    assert_eq!(site.post_form(renew, &b.cookie, &[("_csrf", &b.csrf)]).await.status(), StatusCode::FORBIDDEN);
    let m = site.login("manager@clusterdesk.example").await;
    let economics = site.html(&m, "/clusters/mobility-basque/economics").await;
    assert!(economics.contains("Import ledger lines"), "the cluster manager imports them: {economics}");
    let r = site.post_form(renew, &m.cookie, &[("_csrf", &m.csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the manager gives the calendar feed a new address");
    assert!(body_text(site.follow(&r, Some(&m.cookie)).await).await.contains("The calendar feed has a new address"));
}

/// Every route that names a cluster, with `{cluster}` and `{id}` to fill in.
/// The page routes the router serves that name a cluster, with each record placeholder named
/// after its resource (`/organisations/{id}` becomes `/organisations/{organisation}`), so that
/// `fill` puts another cluster's record in it.
fn page_routes() -> Vec<(&'static str, String)> {
    web::page_routes()
        .into_iter()
        .filter(|(_, path)| path.contains("{cluster}"))
        .map(|(method, path)| {
            let segments: Vec<&str> = path.split('/').collect();
            let named: Vec<String> = segments
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    if !s.starts_with('{') || *s == "{cluster}" {
                        return s.to_string();
                    }
                    let before = if i > 0 { segments[i - 1] } else { "" };
                    match (before, *s) {
                        (_, "{token}") => "{token}".into(),
                        (_, "{upload}") => "{upload}".into(),
                        (_, "{tag}") => "{tag}".into(),
                        (_, "{spell}") => "{spell}".into(),
                        (_, "{file}") => "{calendar}.ics".into(),
                        ("organisations", _) => "{organisation}".into(),
                        ("contacts", _) => "{contact}".into(),
                        ("events" | "{cluster}", _) => "{event}".into(),
                        ("invoices", _) => "{invoice}".into(),
                        ("working-groups", _) => "{group}".into(),
                        ("tasks", _) => "{task}".into(),
                        ("segments", _) => "{segment}".into(),
                        ("registrations", _) => "{registration}".into(),
                        ("registration-requests", _) => "{request}".into(),
                        ("memberships", _) => "{membership}".into(),
                        ("membership-types", _) => "{type}".into(),
                        ("series", _) => "{series}".into(),
                        ("payments", _) => "{payment}".into(),
                        ("offers-needs", _) => "{offer}".into(),
                        ("interactions", _) => "{interaction}".into(),
                        ("imports", _) => "{import}".into(),
                        ("consents", _) => "{consent}".into(),
                        ("strategy", _) => "{strategy}".into(),
                        ("challenges", _) => "{challenge}".into(),
                        ("action-plan", _) => "{line}".into(),
                        ("ideas", _) => "{idea}".into(),
                        ("projects", _) => "{project}".into(),
                        ("milestones" | "parts", _) => "{part}".into(),
                        ("services", _) => "{service}".into(),
                        ("deliveries", _) => "{delivery}".into(),
                        ("ledger-entries", _) => "{entry}".into(),
                        ("staff", _) => "{staff}".into(),
                        ("scenarios", _) => "{scenario}".into(),
                        ("questionnaires", _) => "{questionnaire}".into(),
                        ("campaigns", _) => "{campaign}".into(),
                        ("sections", _) => "0".into(),
                        ("questions", _) => "overall_satisfaction".into(),
                        ("{key}", "{step}") => "remove".into(),
                        ("figure-reviews", _) => "{review}".into(),
                        ("{id}", "{decision}") => "accept".into(),
                        ("indicators", _) => "{indicator}".into(),
                        ("evidence", _) => "{evidence}".into(),
                        ("values" | "targets", _) => "{indicator_key}".into(),
                        ("sets", _) => "{set}".into(),
                        ("lines", _) => "{set_line}".into(),
                        ("people", _) => "{person}".into(),
                        (before, s) => panic!("a page route names {s} after '{before}': name it here, and fill it"),
                    }
                })
                .collect();
            (method, named.join("/"))
        })
        .collect()
}

/// One record of every resource a route names, in one cluster.
struct Everything {
    scope: app::ClusterScope,
    /// Someone with a role in the cluster.
    person: Uuid,
    organisation: store::organisation::Organisation,
    contact: Uuid,
    upload: Uuid,
    import: Uuid,
    interaction: Uuid,
    task: Uuid,
    consent: Uuid,
    tag: Uuid,
    segment: Uuid,
    offer: Uuid,
    /// A draft, so that every action on it would change something.
    invoice: Uuid,
    membership: store::membership::Membership,
    /// A transfer that waits to be assigned to an invoice.
    payment: Uuid,
    event: Uuid,
    registration: Uuid,
    /// A visitor's registration held for the team.
    request: Uuid,
    /// The secret of the registration's personal link.
    token: String,
    /// The secret of the cluster's calendar feed.
    calendar: String,
    group: Uuid,
    /// The contact's membership of the working group.
    spell: Uuid,
    series: Uuid,
    strategy: Uuid,
    challenge: Uuid,
    line: Uuid,
    idea: Uuid,
    project: Uuid,
    /// A milestone of the project.
    part: Uuid,
    service: Uuid,
    delivery: Uuid,
    entry: Uuid,
    staff: Uuid,
    scenario: Uuid,
    questionnaire: Uuid,
    /// A campaign of the questionnaire, sent to nobody.
    campaign: Uuid,
    /// Figures of the organisation waiting for review.
    review: Uuid,
    /// An indicator of the cluster's own, entered by hand, with its key (the cluster's slug in it).
    indicator: Uuid,
    indicator_key: String,
    /// A file of the evidence store.
    evidence: Uuid,
    /// An indicator set of the cluster's own, with a line.
    set: Uuid,
    set_line: Uuid,
}

/// One record of every resource a route names, in the cluster `slug`, made by a manager of it who
/// signs in as `team@{slug}.example`.
async fn one_of_everything(app: &app::App, slug: &str) -> Everything {
    let email = format!("team@{slug}.example");
    build::user(app, &email, Role::ClusterManager, slug).await;
    let (actor, scope) = build::signed_in(app, &email, slug, Permission::Manage).await;
    let today = app.today(&scope);
    let staff_email = format!("staff@{slug}.example");
    build::user(app, &staff_email, Role::Staff, slug).await;
    let teammate = app::auth::operator_actor(app, &staff_email).await.unwrap().user_id();
    let organisation = build::organisation(app, &scope, &format!("Member of {slug}")).await.id;
    let person_email = format!("lia@{slug}.example");
    let contact = build::contact(app, &scope, organisation, "Lia", "Rossi", Some(&person_email)).await;
    let file = b"name\nNuova S.r.l.\n";
    let upload = app::import::save_upload(app, &scope, "x.csv", file, "team").await.unwrap();
    let target = app::import::Target::Organisations;
    let plan = app::import::run(app, &scope, target, "x.csv", file, &[], "team", false).await.unwrap();
    let call = app::interaction::NewInteraction {
        organisation_id: Some(organisation),
        input: domain::interaction::InteractionInput {
            kind: Some("call".into()),
            occurred_on: Some(today.to_string()),
            subject: Some("A call".into()),
            notes: None,
        },
        ..Default::default()
    };
    let interaction = app::interaction::create(app, &scope, &actor, &call).await.unwrap();
    let task_input = domain::task::TaskInput { title: Some("Call back".into()), due_on: None };
    let links = domain::task::TaskLinks { organisation_id: Some(organisation), ..Default::default() };
    let task = app::task::create(app, &scope, &actor, &task_input, links).await.unwrap();
    let consent = domain::consent::ConsentInput {
        channel: Some("email".into()),
        purpose: Some("Newsletter".into()),
        given_on: Some(today.to_string()),
        source: Some("form".into()),
    };
    let consent = app::privacy::give(app, &scope, "team", contact.id, &consent).await.unwrap();
    app::segment::tag(app, &scope, organisation, "Exporter").await.unwrap();
    let tag = app::segment::tags_of(app, &scope, organisation).await.unwrap()[0].0;
    let segment = app::segment::save(app, &scope, "Exporters", &Default::default(), "team").await.unwrap();
    let offer = app::value_chain::add_offer_or_need(app, &scope, organisation, "offer", "Test bench", None, None)
        .await
        .unwrap();
    let draft = app::invoice::DraftInput {
        organisation_id: Some(organisation),
        lines: vec![app::invoice::LineInput {
            description: Some("A service".into()),
            quantity: None,
            unit_price: Some("100".into()),
        }],
        ..Default::default()
    };
    let invoice = app::invoice::draft(app, &scope, &draft, "team").await.unwrap();
    let full = build::full_member_type(app, &scope).await;
    let membership = build::member(app, &scope, organisation, full, today).await;
    let payment = build::unmatched_transfer(app, &scope, "A transfer", "12.00").await;
    let event =
        build::event_with_seats(app, &scope, "Networking morning", today + chrono::Duration::days(30), 50).await;
    let visitor = app::auth::visitor_scope(app, slug).await.unwrap();
    let lia = app::registration::RegistrationInput {
        first_name: Some("Lia".into()),
        last_name: Some("Rossi".into()),
        email: Some(person_email),
        organisation: Some(contact.organisation_name.clone()),
        wants_news: None,
        language: None,
    };
    let registered = build::registration(app, &visitor, event, &lia).await.unwrap();
    let held = app::registration::request(app, &visitor, event, &lia, "x").await.unwrap().request_id;
    let feed = app::event::feed_path(app, &scope).await.unwrap();
    let group = build::working_group(app, &scope, "Port digital twins", &[contact.id], today).await;
    let spell = app::engagement::group(app, &scope, group).await.unwrap().members[0].id;
    let session = [("Session 1", today + chrono::Duration::days(40))];
    let series = build::series(app, &scope, "Training programme", &session).await;
    let strategy = domain::strategy::StrategyInput {
        title: Some("Blue economy 2030".into()),
        first_year: Some("2025".into()),
        last_year: Some("2028".into()),
    };
    let strategy = app::strategy::create(app, &scope, &strategy).await.unwrap();
    let challenge = domain::strategy::ChallengeInput { title: Some("Skills".into()), ..Default::default() };
    let challenge = app::strategy::add_challenge(app, &scope, strategy, &challenge, &[]).await.unwrap();
    let line = domain::strategy::ActionLineInput {
        objective: Some("Train".into()),
        owner: Some("Lia".into()),
        starts_on: Some(today.to_string()),
        ends_on: Some(today.to_string()),
        ..Default::default()
    };
    let line =
        app::strategy::add_line(app, &scope, chrono::Datelike::year(&today), &line, Some(challenge)).await.unwrap();
    let idea = domain::project::IdeaInput {
        title: Some("Bench".into()),
        source: Some("workshop".into()),
        ..Default::default()
    };
    let idea = app::project::add_idea(app, &scope, &idea, Default::default(), "team").await.unwrap();
    let project = domain::project::ProjectInput {
        title: Some("Corridor".into()),
        area: Some("innovation".into()),
        ..Default::default()
    };
    let project =
        app::project::create(app, &scope, &project, domain::project::ProjectStage::Idea, &[challenge], "team")
            .await
            .unwrap();
    let part = app::project::add_milestone(app, &scope, project, "Kick-off", &today.to_string()).await.unwrap();
    let service = domain::service::ServiceInput {
        name: Some("Clinic".into()),
        kind: Some("consulting".into()),
        member_price: Some("1".into()),
        non_member_price: Some("2".into()),
        ..Default::default()
    };
    let service = app::service::create(app, &scope, &service).await.unwrap();
    let delivered = domain::service::DeliveryInput { delivered_on: Some(today.to_string()), ..Default::default() };
    let delivery = app::service::deliver(app, &scope, service, organisation, &delivered, "team").await.unwrap();
    let entry = domain::economics::EntryInput {
        year: Some("2026".into()),
        stream: Some("public_support".into()),
        amount: Some("1000".into()),
        ..Default::default()
    };
    let entry = app::economics::add_entry(app, &scope, &entry, None, "team").await.unwrap();
    let person = domain::economics::StaffInput {
        name: Some("Lia".into()),
        role: Some("cluster_manager".into()),
        yearly_cost: Some("50000".into()),
        starts_on: Some(today.to_string()),
        ..Default::default()
    };
    let staff = app::economics::add_staff(app, &scope, &person, None).await.unwrap();
    let scenario = app::economics::save_scenario(app, &scope, "Cuts", &Default::default(), "team").await.unwrap();
    let questionnaire = app::survey::from_template(app, &scope, "member_satisfaction", "team").await.unwrap();
    let sent = store::survey::NewCampaign {
        questionnaire_id: questionnaire,
        version: 1,
        title: "Autumn pulse".into(),
        segment_id: Some(segment.id),
        audience: "Exporters".into(),
        anonymous: false,
        closes_on: today + chrono::Duration::days(20),
        figures_year: None,
    };
    let mut tx = app.db().begin().await.unwrap();
    let (campaign, _) = store::survey::insert_campaign(&mut tx, &scope, &sent, &[], "team").await.unwrap();
    let proposed = domain::figures::CompanyFigures { employees: Some(12), ..Default::default() };
    let review = store::figures::insert_review(&mut tx, &scope, organisation, 2025, &proposed, campaign).await.unwrap();
    tx.commit().await.unwrap();
    let mentions = app::monitoring::IndicatorInput {
        group: Some("1.1".into()),
        name: Some(format!("Press mentions {slug}")),
        ..Default::default()
    };
    let indicator = app::monitoring::create(app, &scope, &mentions, "team").await.unwrap();
    let indicator_key = domain::survey::key_from(&format!("Press mentions {slug}"));
    let minutes = app::monitoring::EvidenceInput { title: Some("Board minutes".into()), ..Default::default() };
    let evidence =
        app::monitoring::add_evidence(app, &scope, &minutes, Some(("minutes.pdf", b"%PDF-1.4 minutes")), "team")
            .await
            .unwrap();
    let regime = app::indicator_set::SetDocument {
        name: Some(format!("Programme of {slug}")),
        description: None,
        lines: Some(vec![domain::indicator_set::SetLineInput {
            code: Some("P1".into()),
            name: Some("Committed members this year".into()),
            indicator: Some("members".into()),
            ..Default::default()
        }]),
    };
    let set = app::indicator_set::create(app, &scope, &regime, "team").await.unwrap();
    let set_line = app::indicator_set::reading(app, &scope, &set.to_string(), domain::monitoring::Period::year(2025))
        .await
        .unwrap()
        .lines[0]
        .line_id
        .unwrap();
    Everything {
        person: teammate,
        set,
        set_line,
        evidence,
        indicator,
        indicator_key,
        review,
        questionnaire,
        campaign,
        scenario,
        entry,
        staff,
        strategy,
        challenge,
        line,
        idea,
        project,
        part,
        service,
        delivery,
        organisation: app::organisation::get(app, &scope, organisation).await.unwrap(),
        contact: contact.id,
        upload,
        import: plan.import_id.unwrap(),
        interaction: interaction.id,
        task: task.id,
        consent: consent.id,
        tag,
        segment: segment.id,
        offer: offer.id,
        invoice,
        membership: app::membership::get(app, &scope, membership).await.unwrap(),
        payment: payment.id,
        event,
        registration: registered.registration_id,
        request: held,
        token: registered.token.unwrap(),
        calendar: feed.rsplit('/').next().unwrap().trim_end_matches(".ics").to_string(),
        group,
        spell,
        series,
        scope,
    }
}

fn fill(template: &str, cluster: &str, theirs: &Everything) -> String {
    template
        .replace("{cluster}", cluster)
        .replace("{organisation}", &theirs.organisation.id.to_string())
        .replace("{contact}", &theirs.contact.to_string())
        .replace("{upload}", &theirs.upload.to_string())
        .replace("{import}", &theirs.import.to_string())
        .replace("{interaction}", &theirs.interaction.to_string())
        .replace("{task}", &theirs.task.to_string())
        .replace("{consent}", &theirs.consent.to_string())
        .replace("{tag}", &theirs.tag.to_string())
        .replace("{segment}", &theirs.segment.to_string())
        .replace("{offer}", &theirs.offer.to_string())
        .replace("{invoice}", &theirs.invoice.to_string())
        .replace("{membership}", &theirs.membership.id.to_string())
        .replace("{type}", &theirs.membership.type_id.to_string())
        .replace("{payment}", &theirs.payment.to_string())
        .replace("{event}", &theirs.event.to_string())
        .replace("{registration}", &theirs.registration.to_string())
        .replace("{request}", &theirs.request.to_string())
        .replace("{token}", &theirs.token)
        .replace("{calendar}", &theirs.calendar)
        .replace("{group}", &theirs.group.to_string())
        .replace("{spell}", &theirs.spell.to_string())
        .replace("{series}", &theirs.series.to_string())
        .replace("{strategy}", &theirs.strategy.to_string())
        .replace("{challenge}", &theirs.challenge.to_string())
        .replace("{line}", &theirs.line.to_string())
        .replace("{idea}", &theirs.idea.to_string())
        .replace("{project}", &theirs.project.to_string())
        .replace("{part}", &theirs.part.to_string())
        .replace("{service}", &theirs.service.to_string())
        .replace("{delivery}", &theirs.delivery.to_string())
        .replace("{entry}", &theirs.entry.to_string())
        .replace("{staff}", &theirs.staff.to_string())
        .replace("{scenario}", &theirs.scenario.to_string())
        .replace("{questionnaire}", &theirs.questionnaire.to_string())
        .replace("{campaign}", &theirs.campaign.to_string())
        .replace("{review}", &theirs.review.to_string())
        .replace("{indicator}", &theirs.indicator.to_string())
        .replace("{evidence}", &theirs.evidence.to_string())
        .replace("{indicator_key}", &theirs.indicator_key)
        .replace("{set_line}", &theirs.set_line.to_string())
        .replace("{set}", &theirs.set.to_string())
        .replace("{person}", &theirs.person.to_string())
}

fn names_a_record(template: &str) -> bool {
    [
        "{organisation}",
        "{contact}",
        "{upload}",
        "{import}",
        "{interaction}",
        "{task}",
        "{consent}",
        "{tag}",
        "{segment}",
        "{invoice}",
        "{membership}",
        "{type}",
        "{payment}",
        "{event}",
        "{registration}",
        "{request}",
        "{token}",
        "{calendar}",
        "{group}",
        "{spell}",
        "{series}",
        "{strategy}",
        "{challenge}",
        "{line}",
        "{idea}",
        "{project}",
        "{part}",
        "{service}",
        "{delivery}",
        "{entry}",
        "{staff}",
        "{scenario}",
        "{questionnaire}",
        "{campaign}",
        "{review}",
        "{indicator}",
        "{indicator_key}",
        "{evidence}",
        "{set}",
        "{set_line}",
        "{person}",
    ]
    .iter()
    .any(|p| template.contains(p))
}

/// The API routes, read from the OpenAPI document so that a new route cannot be forgotten here.
fn api_routes() -> Vec<(String, String)> {
    let doc = serde_json::to_value(web::openapi()).unwrap();
    let mut routes = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        if !path.contains("{cluster}") {
            continue;
        }
        for method in item.as_object().unwrap().keys() {
            let resource = if path.contains("/registration-requests/") {
                "{request}"
            } else if path.contains("/events/") {
                "{event}"
            } else if path.contains("/registrations/") {
                "{registration}"
            } else if path.contains("/invoices/") {
                "{invoice}"
            } else if path.contains("/membership-types/") {
                "{type}"
            } else if path.contains("/memberships/") && !path.contains("/organisations/") {
                "{membership}"
            } else if path.contains("/payments/") {
                "{payment}"
            } else if path.contains("/offers-needs/") && !path.contains("/organisations/") {
                "{offer}"
            } else if path.contains("/segments/") {
                "{segment}"
            } else if path.contains("/consents/") {
                "{consent}"
            } else if path.contains("/contacts/") {
                "{contact}"
            } else if path.contains("/imports/") {
                "{import}"
            } else if path.contains("/interactions/") {
                "{interaction}"
            } else if path.contains("/tasks/") {
                "{task}"
            } else if path.contains("/strategies/") {
                "{strategy}"
            } else if path.contains("/challenges/") {
                "{challenge}"
            } else if path.contains("/action-plan/") {
                "{line}"
            } else if path.contains("/ideas/") {
                "{idea}"
            } else if path.contains("/projects/") {
                "{project}"
            } else if path.contains("/services/") {
                "{service}"
            } else if path.contains("/deliveries/") {
                "{delivery}"
            } else if path.contains("/ledger-entries/") {
                "{entry}"
            } else if path.contains("/staff/") {
                "{staff}"
            } else if path.contains("/questionnaires/") {
                "{questionnaire}"
            } else if path.contains("/campaigns/") {
                "{campaign}"
            } else if path.contains("/figure-reviews/") {
                "{review}"
            } else if path.contains("/scenarios/") {
                "{scenario}"
            } else if path.contains("/monitoring/indicators/") {
                "{indicator}"
            } else if path.contains("/monitoring/evidence/") {
                "{evidence}"
            } else {
                "{organisation}"
            };
            routes.push((method.to_uppercase(), path.replace("{id}", resource).replace("{key}", "{indicator_key}")));
        }
    }
    routes
}

async fn every_cluster_route_hides_other_clusters_in_pages_and_api(site: Site) {
    build::cluster_in(&site.app, "smart-piemonte", "IT").await;
    let theirs = one_of_everything(&site.app, "smart-piemonte").await;
    // Ours holds one of everything too: a route that answers with a record of the cluster in its
    // address, whatever the record asked for, would be caught.
    one_of_everything(&site.app, "mobility-basque").await;
    let italy = &theirs.scope;
    let unmatched_before = app::invoice::unmatched(&site.app, italy).await.unwrap();

    let b = site.login("manager@clusterdesk.example").await;
    let token = site.token("manager@clusterdesk.example").await;
    let api = api_routes();
    assert!(api.len() >= 47, "the API's cluster routes: {api:?}");
    let mut checked = 0;
    for (cluster, expect_all) in [("smart-piemonte", true), ("mobility-basque", false)] {
        let pages = page_routes();
        assert!(pages.len() >= 90, "the page routes were read from the router: {pages:?}");
        for (method, template) in &pages {
            if !expect_all && !names_a_record(template) {
                continue;
            }
            // Visitors' pages are open to anyone in their own cluster; another cluster's slug
            // with their records is what must find nothing.
            let public = template.starts_with("/events/") || template.starts_with("/calendar/");
            if public && expect_all {
                continue;
            }
            let path = fill(template, cluster, &theirs);
            let r = if *method == "GET" {
                site.get(&path, Some(&b.cookie)).await
            } else {
                site.post_form(
                    &path,
                    &b.cookie,
                    &[("_csrf", &b.csrf), ("name", "Taken"), ("first_name", "X"), ("last_name", "Y")],
                )
                .await
            };
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{method} {path}");
            checked += 1;
        }
        for (method, template) in &api {
            if !expect_all && !names_a_record(template) {
                continue;
            }
            let path = fill(template, cluster, &theirs);
            let body = (method != "GET").then(|| {
                if template.ends_with("/merge") {
                    serde_json::json!({"merged_id": theirs.organisation.id})
                } else if template.ends_with("/void")
                    || template.ends_with("/credit-notes")
                    || template.ends_with("/reverse")
                {
                    serde_json::json!({"reason": "x"})
                } else if template.ends_with("/payments") {
                    serde_json::json!({"amount": "1"})
                } else if template.ends_with("/assign") {
                    serde_json::json!({"number": "x"})
                } else if template.ends_with("/refund") {
                    serde_json::json!({"note": "x"})
                } else if template.ends_with("/attendance") {
                    serde_json::json!({"attendance": "attended"})
                } else if template.ends_with("/changes") {
                    serde_json::json!({"change": "reinstate"})
                } else if template.ends_with("/memberships") {
                    serde_json::json!({"type_id": theirs.membership.type_id})
                } else if template.ends_with("/stage") {
                    serde_json::json!({"stage": "running"})
                } else if template.ends_with("/promote") {
                    serde_json::json!({"area": "innovation"})
                } else if template.ends_with("/scores") {
                    serde_json::json!({"alignment": "3"})
                } else if template.ends_with("/reviews") {
                    serde_json::json!({"note": "x"})
                } else if template.ends_with("/satisfaction") {
                    serde_json::json!({"satisfaction": "3"})
                } else if template.ends_with("/participants") {
                    serde_json::json!({"outside_name": "X", "outside_country": "NL"})
                } else if template.ends_with("/budget-lines") {
                    serde_json::json!({"category": "staff", "amount": "1"})
                } else if template.ends_with("/funding") {
                    serde_json::json!({"programme": "X", "amount": "1"})
                } else if template.ends_with("/milestones") {
                    serde_json::json!({"title": "X", "due_on": "2026-01-01"})
                } else if template.ends_with("/outcomes") {
                    serde_json::json!({"description": "X"})
                } else if template.ends_with("/deliveries") {
                    serde_json::json!({"organisation_id": theirs.organisation.id, "delivered_on": "2026-01-01"})
                } else if template.ends_with("/challenges") {
                    serde_json::json!({"title": "X"})
                } else if template.contains("/strategies/") {
                    serde_json::json!({"title": "X", "first_year": "2025", "last_year": "2026"})
                } else if template.contains("/challenges/") {
                    serde_json::json!({"title": "X"})
                } else if template.contains("/action-plan/") {
                    serde_json::json!({"objective": "X"})
                } else if template.contains("/ideas/") {
                    serde_json::json!({"title": "X", "source": "workshop"})
                } else if template.contains("/projects/") {
                    serde_json::json!({"title": "X", "area": "innovation"})
                } else if template.contains("/services/") {
                    serde_json::json!({"name": "X", "kind": "training", "member_price": "1", "non_member_price": "1"})
                } else if template.contains("/staff/") {
                    serde_json::json!({"name": "X", "role": "cluster_manager", "yearly_cost": "1", "starts_on": "2026-01-01"})
                } else if template.ends_with("/simulation") {
                    serde_json::json!({"rule": "flat", "fee": "1"})
                } else if template.ends_with("/value-chain") {
                    serde_json::json!({"term_ids": []})
                } else if template.ends_with("/offers-needs") {
                    serde_json::json!({"direction": "offer", "title": "x"})
                } else if template.ends_with("/tags") || template.ends_with("/segments") {
                    serde_json::json!({"name": "Taken"})
                } else if template.ends_with("/consents") {
                    serde_json::json!({"channel": "email", "purpose": "x", "given_on": "2026-01-01", "source": "x"})
                } else if template.contains("/contacts") {
                    serde_json::json!({"organisation_id": theirs.organisation.id, "first_name": "X", "last_name": "Y"})
                } else {
                    serde_json::json!({"name": "Taken"})
                }
            });
            let r = site.api(method, &path, &token, body).await;
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{method} {path}");
            assert_eq!(r.headers()[header::CONTENT_TYPE], "application/problem+json");
            checked += 1;
        }
    }
    assert!(checked > 40);
    // Forms of our cluster that name their records in the body find nothing either.
    let ours = "/clusters/mobility-basque";
    let named_in_the_body = [
        ("action-plan/status", vec![("line_id", theirs.line.to_string()), ("status", "done".into())]),
        ("services/satisfaction", vec![("delivery_id", theirs.delivery.to_string()), ("rating", "1".into())]),
        ("services/invoice", vec![("delivery_ids", theirs.delivery.to_string())]),
        ("ideas/scores", vec![("idea_id", theirs.idea.to_string()), ("alignment", "0".into())]),
    ];
    for (path, fields) in named_in_the_body {
        let mut form: Vec<(&str, &str)> = vec![("_csrf", b.csrf.as_str())];
        form.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
        let r = site.post_form(&format!("{ours}/{path}"), &b.cookie, &form).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let their_delivery = app::service::deliveries(&site.app, italy, &Default::default()).await.unwrap();
    assert!(their_delivery.iter().all(|d| d.fields.satisfaction != Some(1) && !d.is_invoiced()), "{their_delivery:?}");
    let still = app::invoice::detail(&site.app, italy, theirs.invoice).await.unwrap();
    assert_eq!((still.state, still.payments.len()), (domain::invoice::InvoiceState::Draft, 0), "their draft untouched");
    assert_eq!(app::invoice::unmatched(&site.app, italy).await.unwrap(), unmatched_before, "their payment unassigned");
    let their_event_now = app::event::get(&site.app, italy, theirs.event).await.unwrap();
    assert_eq!((their_event_now.registered, their_event_now.cancelled_at), (1, None), "their event untouched");
    let their_registrations = app::event::registrations(&site.app, italy, theirs.event).await.unwrap();
    assert_eq!(
        (their_registrations[0].status, their_registrations[0].attendance),
        (domain::event::RegistrationStatus::Registered, None)
    );
    let their_group_now = app::engagement::group(&site.app, italy, theirs.group).await.unwrap();
    assert!(their_group_now.members.iter().all(|m| m.id != theirs.spell || m.left_on.is_none()), "their member stays");
    let member_now = app::membership::get(&site.app, italy, theirs.membership.id).await.unwrap();
    assert_eq!(member_now, theirs.membership, "their membership unchanged");
    let organisation = theirs.organisation.id;
    assert_eq!(app::organisation::get(&site.app, italy, organisation).await.unwrap(), theirs.organisation);
    let consents = app::privacy::consents(&site.app, italy, theirs.contact).await.unwrap();
    assert!(consents[0].withdrawn_at.is_none(), "their consent was not withdrawn");
    assert_eq!(app::segment::tags_of(&site.app, italy, organisation).await.unwrap().len(), 1, "their tag stays");
    assert!(
        app::segment::list(&site.app, italy).await.unwrap().iter().any(|s| s.id == theirs.segment),
        "their segment stays"
    );
    assert_eq!(
        app::value_chain::offers_and_needs(&site.app, italy, organisation).await.unwrap().len(),
        1,
        "their offer stays"
    );
    let their_person = app::contact::get(&site.app, italy, theirs.contact).await.unwrap();
    assert_ne!(their_person.fields.first_name, "Erased", "their person was not erased");
}

#[tokio::test]
async fn the_openapi_document_matches_its_snapshot() {
    let document = serde_json::to_string_pretty(&web::openapi()).unwrap() + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &document).unwrap();
    }
    let snapshot = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(document.contains("\"openapi\": \"3.1.0\""));
    assert!(
        snapshot == document,
        "docs/openapi.json is not the document the handlers make; review the change and run \
         UPDATE_SNAPSHOTS=1 cargo test -p web --test http the_openapi_document_matches_its_snapshot"
    );
    let site = empty_site().await;
    let served = body_text(site.get("/api/v1/openapi.json", None).await).await;
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&served).unwrap(),
        serde_json::from_str::<serde_json::Value>(&document).unwrap()
    );
}

async fn bodies_over_the_limit_are_refused(site: Site) {
    let token = site.token("staff@clusterdesk.example").await;
    let huge = serde_json::json!({"name": "x".repeat(web::BODY_LIMIT + 10)});
    let r = site.api("POST", "/api/v1/clusters/mobility-basque/organisations", &token, Some(huge)).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

async fn health_readiness_request_ids_and_unknown_addresses(site: Site) {
    let r = site.get("/healthz", None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers().contains_key("x-request-id"));
    assert_eq!(site.get("/readyz", None).await.status(), StatusCode::OK);
    let r = site.get("/api/v1/nothing-here", None).await;
    assert_eq!(
        (r.status(), r.headers()[header::CONTENT_TYPE].to_str().unwrap()),
        (StatusCode::NOT_FOUND, "application/problem+json")
    );
    let r = site.get("/nothing-here", None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(body_text(r).await.contains("<h1>Not found</h1>"));
    let r = site.get("/assets/htmx.min.js", None).await;
    assert!(body_text(r).await.starts_with("var htmx="));
}

async fn the_duplicates_page_merges_within_the_cluster_only(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let token = site.token("staff@clusterdesk.example").await;
    let base = "/api/v1/clusters/mobility-basque/organisations";
    let mut ids = Vec::new();
    for name in ["Doble Garraio, S.L.", "DOBLE GARRAIO SL"] {
        let r = site.api("POST", base, &token, Some(serde_json::json!({"name": name, "country": "ES"}))).await;
        ids.push(json(r).await["id"].as_str().unwrap().to_string());
    }
    let html = body_text(site.get("/clusters/mobility-basque/duplicates", Some(&b.cookie)).await).await;
    assert!(html.contains("Doble Garraio, S.L.") && html.contains("same name, ignoring case, accents and legal form"));

    // The same company in a neighbouring cluster: never merged with ours.
    let italy = build::cluster_in(&site.app, "smart-piemonte", "IT").await;
    let theirs = build::organisation(&site.app, &italy, "Doble Garraio S.r.l.").await.id.to_string();
    let merge = "/clusters/mobility-basque/duplicates/merge";
    let form = |survivor: &str, merged: &str| {
        vec![
            ("_csrf", b.csrf.clone()),
            ("target", "organisations".to_string()),
            ("survivor", survivor.to_string()),
            ("merged", merged.to_string()),
        ]
    };
    for (survivor, merged) in [(ids[0].as_str(), theirs.as_str()), (theirs.as_str(), ids[0].as_str())] {
        let f = form(survivor, merged);
        let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(site.post_form(merge, &b.cookie, &f).await.status(), StatusCode::NOT_FOUND);
    }
    // Both are members: the page asks which membership stays before it merges.
    let scope = basque(&site).await;
    let full = build::full_member_type(&site.app, &scope).await;
    let mut memberships = Vec::new();
    for id in &ids {
        memberships
            .push(build::member(&site.app, &scope, id.parse().unwrap(), full, day(this_year(&site), 1, 1)).await);
    }
    let f = form(&ids[0], &ids[1]);
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = site.post_form(merge, &b.cookie, &f).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let html = body_text(r).await;
    assert!(html.contains("Which membership stays?") && html.contains(&memberships[1].to_string()), "{html}");
    let keep = memberships[1].to_string();
    let mut f = f.clone();
    f.push(("keep_membership", keep.as_str()));
    let r = site.post_form(merge, &b.cookie, &f).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Merged into Doble Garraio, S.L.") && !html.contains("DOBLE GARRAIO SL"));
    let r = site
        .api("POST", &format!("{base}/{}/merge", ids[0]), &token, Some(serde_json::json!({"merged_id": ids[1]})))
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "a merged record cannot be merged again");
}

async fn an_interview_is_logged_from_the_organisation_page_and_its_follow_up_lands_in_my_tasks(site: Site) {
    build::organisation(&site.app, &basque(&site).await, "Zubi Logística S.L.").await;
    let b = site.login("staff@clusterdesk.example").await;
    let slug = "/clusters/mobility-basque";
    let r = site
        .post_form(
            &format!("{slug}/interview-templates"),
            &b.cookie,
            &[("_csrf", &b.csrf), ("name", "Needs"), ("questions", "Main challenge?\nPartners sought?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let token = site.token("staff@clusterdesk.example").await;
    let templates = json(site.api("GET", &format!("/api/v1{slug}/interview-templates"), &token, None).await).await;
    let template = templates.as_array().unwrap().iter().find(|t| t["name"] == "Needs").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let org =
        json(site.api("GET", &format!("/api/v1{slug}/organisations?per_page=1"), &token, None).await).await["items"][0]
            ["id"]
            .as_str()
            .unwrap()
            .to_string();

    let form = body_text(
        site.get(&format!("{slug}/interactions/new?organisation={org}&template={template}"), Some(&b.cookie)).await,
    )
    .await;
    assert!(form.contains("Main challenge?") && form.contains("name=\"answer_2\""));
    let action = format!("{slug}/interactions?organisation={org}&template={template}");
    let empty = [("_csrf", b.csrf.as_str()), ("kind", "interview"), ("occurred_on", "2026-11-20"), ("subject", "")];
    let r = site.post_form(&action, &b.cookie, &empty).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("id=\"subject-error\">is required<") && html.contains("answer at least one question"));
    let filled = [
        ("_csrf", b.csrf.as_str()),
        ("kind", "interview"),
        ("occurred_on", "2026-11-20"),
        ("subject", "Needs interview 2026"),
        ("answer_1", "Hiring engineers"),
        ("answer_2", "Battery makers"),
    ];
    let r = site.post_form(&action, &b.cookie, &filled).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let interaction = r.headers()[header::LOCATION].to_str().unwrap().to_string();
    let html = body_text(site.get(&interaction, Some(&b.cookie)).await).await;
    assert!(html.contains("<dt>Partners sought?</dt>") && html.contains("Battery makers"));

    let id = interaction.rsplit('/').next().unwrap();
    let new_task =
        body_text(site.get(&format!("{slug}/tasks/new?organisation={org}&interaction={id}"), Some(&b.cookie)).await)
            .await;
    let assignee = new_task.split("name=\"assignee\"").nth(1).unwrap();
    let me = assignee.split("\" selected>").next().unwrap().rsplit('"').next().unwrap().to_string();
    assert!(assignee.contains("selected>staff<"), "the form proposes the user themself");
    let task_form = [
        ("_csrf", b.csrf.as_str()),
        ("title", "Introduce two battery makers"),
        ("due_on", "2020-01-10"),
        ("assignee", me.as_str()),
    ];
    let r = site.post_form(&format!("{slug}/tasks?organisation={org}&interaction={id}"), &b.cookie, &task_form).await;
    assert_eq!(r.headers()[header::LOCATION].to_str().unwrap(), interaction, "back to the interaction");
    let mine = body_text(site.get(&format!("{slug}/tasks"), Some(&b.cookie)).await).await;
    assert!(mine.contains("Introduce two battery makers") && mine.contains("overdue · 10 Jan 2020"), "{mine}");
    assert!(
        mine.contains("overdue\">") && mine.contains("<span class=\"badge problem\""),
        "the navigation counts my open tasks"
    );
    let record = body_text(site.get(&format!("{slug}/organisations/{org}"), Some(&b.cookie)).await).await;
    assert!(record.contains("Needs interview 2026") && record.contains("Task, overdue"), "the timeline shows both");

    let tasks = json(site.api("GET", &format!("/api/v1{slug}/tasks?assignee=me"), &token, None).await).await;
    assert_eq!(tasks[0]["overdue"], true);
    let done = site
        .post_form(&format!("{slug}/tasks/{}/done", tasks[0]["id"].as_str().unwrap()), &b.cookie, &[("_csrf", &b.csrf)])
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let mine = body_text(site.get(&format!("{slug}/tasks"), Some(&b.cookie)).await).await;
    assert!(!mine.contains("Introduce two battery makers"), "a done task leaves my open tasks");
}

async fn tags_make_segments_whose_contacts_export_as_vcards(site: Site) {
    // Four small companies and a medium-sized one with a person at each, who all have an "a" in
    // their email; and one more person without an "a" in their name or email.
    let scope = basque(&site).await;
    let companies = build::companies(&site.app, &scope, 5).await;
    build::contact(&site.app, &scope, companies[4].id, "Jon", "Lete", None).await;
    let b = site.login("staff@clusterdesk.example").await;
    let token = site.token("staff@clusterdesk.example").await;
    let slug = "/clusters/mobility-basque";
    let orgs =
        json(site.api("GET", &format!("/api/v1{slug}/organisations?per_page=2&size_class=small"), &token, None).await)
            .await;
    let (a, b_id) =
        (orgs["items"][0]["id"].as_str().unwrap().to_string(), orgs["items"][1]["id"].as_str().unwrap().to_string());
    let tag_form = [("_csrf", b.csrf.as_str()), ("name", "Battery maker")];
    let r = site.post_form(&format!("{slug}/organisations/{a}/tags"), &b.cookie, &tag_form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let body = Some(serde_json::json!({"name": "BATTERY MAKER"}));
    let r = site.api("POST", &format!("/api/v1{slug}/organisations/{b_id}/tags"), &token, body).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let tags = json(site.api("GET", &format!("/api/v1{slug}/tags"), &token, None).await).await;
    let battery: Vec<&serde_json::Value> =
        tags.as_array().unwrap().iter().filter(|t| t["name"] == "Battery maker").collect();
    assert_eq!((battery.len(), battery[0]["organisations"].as_i64()), (1, Some(2)), "one tag, whatever the capitals");

    let filtered = format!("{slug}/organisations?tag=Battery%20maker&size_class=small");
    let list = body_text(site.get(&filtered, Some(&b.cookie)).await).await;
    assert!(list.contains("2 organisations") && list.contains("Save as segment"));
    let save = [("_csrf", b.csrf.as_str()), ("name", "Small battery makers")];
    let r = site.post_form(&format!("{slug}/segments?tag=Battery%20maker&size_class=small"), &b.cookie, &save).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let again = [("_csrf", b.csrf.as_str()), ("name", "SMALL battery makers")];
    let r = site.post_form(&format!("{slug}/segments?tag=Battery%20maker&size_class=small"), &b.cookie, &again).await;
    let form = body_text(r).await;
    assert!(form.contains("a segment is named “SMALL battery makers” already"), "the name is refused beside its field");
    let segments = json(site.api("GET", &format!("/api/v1{slug}/segments"), &token, None).await).await;
    assert_eq!(segments.as_array().unwrap().len(), 1, "{segments}");
    let saved = segments.as_array().unwrap().iter().find(|s| s["name"] == "Small battery makers").unwrap();
    assert_eq!(saved["query"], "size_class=small&tag=Battery%20maker");
    let id = saved["id"].as_str().unwrap();
    let people = json(site.api("GET", &format!("/api/v1{slug}/segments/{id}/contacts"), &token, None).await).await;
    assert_eq!(people.as_array().unwrap().len(), 2, "the person at each of the two tagged companies");
    let page = body_text(site.get(&format!("{slug}/segments"), Some(&b.cookie)).await).await;
    assert!(
        page.contains("Small battery makers") && page.contains(&format!(">{}</td>", people.as_array().unwrap().len()))
    );
    let r = site.get(&format!("{slug}/segments/{id}/contacts.vcf"), Some(&b.cookie)).await;
    assert_eq!(r.headers()[header::CONTENT_TYPE], "text/vcard; charset=utf-8");
    let cards = body_text(r).await;
    assert_eq!(cards.matches("BEGIN:VCARD\r\nVERSION:4.0\r\n").count(), people.as_array().unwrap().len());

    let r = site.api("GET", &format!("/api/v1{slug}/contacts/export?q=a&format=xlsx"), &token, None).await;
    assert_eq!(&to_bytes(r.into_body(), usize::MAX).await.unwrap()[..2], b"PK");
    let csv = body_text(site.get(&format!("{slug}/contacts/export?q=a"), Some(&b.cookie)).await).await;
    let total =
        json(site.api("GET", &format!("/api/v1{slug}/contacts?q=a&per_page=1"), &token, None).await).await["total"]
            .as_u64()
            .unwrap();
    assert_eq!(total, 5, "everyone but the person without an a");
    assert_eq!(csv.lines().count() as u64, total + 1, "exactly the filtered contacts");
    let cards = body_text(site.get(&format!("{slug}/contacts/export?q=a&format=vcf"), Some(&b.cookie)).await).await;
    assert_eq!(cards.matches("BEGIN:VCARD\r\n").count() as u64, total, "a card for each filtered contact");
    assert!(csv.starts_with("\u{feff}first_name,last_name,organisation,email,phone,position,cluster_roles"), "{csv}");
}

async fn the_organisation_page_shows_the_membership_status_with_its_reason_and_the_invoices(site: Site) {
    // A member since last year, invoiced this year's fee by the renewal and a service besides.
    let scope = basque(&site).await;
    let year = this_year(&site);
    let member = build::companies(&site.app, &scope, 1).await.remove(0).id;
    let full = build::full_member_type(&site.app, &scope).await;
    build::member(&site.app, &scope, member, full, day(year - 1, 3, 1)).await;
    app::membership::renew(&site.app, &scope, year, "manager", false).await.unwrap();
    build::issued_invoice(&site.app, &scope, member, "950", day(year, 6, 1)).await;

    let b = site.login("board@clusterdesk.example").await;
    let views = app::membership::of_organisation(&site.app, &scope, member).await.unwrap();
    let invoices = store::invoice::invoices_of(site.app.db(), &scope, member).await.unwrap();
    assert_eq!(invoices.len(), 2, "the fee and the service");

    let page = site.get(&format!("/clusters/mobility-basque/organisations/{member}"), Some(&b.cookie)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains("<h2>Membership</h2>") || html.contains(">Membership<"), "a membership section");
    assert!(html.contains(views[0].standing.status.label()), "{}", views[0].standing.status.label());
    assert!(
        html.contains(&views[0].standing.reason(domain::written::DateStyle::default())),
        "the reason: {:?}",
        views[0].standing
    );
    assert!(html.contains(&format!("Invoices ({})", invoices.len())));
    assert!(html.contains(&invoices[0].number));
}

/// The year the application's clock stands in.
fn this_year(site: &Site) -> i32 {
    chrono::Datelike::year(&site.app.now().date_naive())
}

fn day(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn location(r: &Response<Body>) -> String {
    r.headers()[header::LOCATION].to_str().unwrap().to_string()
}

/// A member company whose person came to two events this year, which makes it an active member
/// by the cluster's rule unless the cluster changes it: the person and their registrations.
async fn an_active_member(
    site: &Site,
    scope: &app::ClusterScope,
) -> (store::contact::Contact, Vec<app::registration::RegistrationOutcome>) {
    let year = this_year(site);
    let company = build::organisation(&site.app, scope, "Zubi Logística S.L.").await.id;
    let person = build::contact(&site.app, scope, company, "Ane", "Lasa", Some("ane@zubi.example")).await;
    let full = build::full_member_type(&site.app, scope).await;
    build::member(&site.app, scope, company, full, day(year, 2, 1)).await;
    let mut came = Vec::new();
    for (title, on) in
        [("Working group: digitalisation", day(year, 3, 10)), ("Autumn networking afternoon", day(year, 10, 6))]
    {
        let event = build::event(&site.app, scope, title, on).await;
        came.push(build::attended(&site.app, scope, event, &person).await);
    }
    (person, came)
}

/// The manager's scope in the Basque cluster, for building what a test needs and checking what
/// the pages did.
async fn basque(site: &Site) -> app::ClusterScope {
    build::signed_in(&site.app, "manager@clusterdesk.example", "mobility-basque", Permission::Manage).await.1
}

/// The chain a cluster manager runs, from the pages: a strategy and its challenge, an idea scored
/// and taken forward, the project moved and financed, a service delivered and invoiced.
async fn strategy_ideas_projects_and_services_from_the_pages(site: Site) {
    let scope = basque(&site).await;
    let company = build::organisation(&site.app, &scope, "Errota Movilidad S.L.").await;
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let post = |path: String, fields: Vec<(&'static str, String)>| {
        let site = &site;
        let b = &b;
        async move {
            let mut form: Vec<(&str, &str)> = vec![("_csrf", b.csrf.as_str())];
            form.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
            let r = site.post_form(&path, &b.cookie, &form).await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
            let to = location(&r);
            (to.clone(), body_text(site.get(&to, Some(&b.cookie)).await).await)
        }
    };
    let html = body_text(site.get(&format!("{base}/strategy"), Some(&b.cookie)).await).await;
    assert!(html.contains("No strategy yet"), "{html}");
    let (to, _) = post(
        format!("{base}/strategy"),
        vec![("title", "Smart logistics".into()), ("first_year", "2025".into()), ("last_year", "2028".into())],
    )
    .await;
    let strategy = to.rsplit('=').next().unwrap().to_string();
    let (_, html) =
        post(format!("{base}/strategy/{strategy}/challenges"), vec![("title", "Green corridors".into())]).await;
    assert!(html.contains("Green corridors") && html.contains("none: a blind spot"), "{html}");
    let (_, html) = post(format!("{base}/strategy/{strategy}/reviews"), vec![("note", "Adopted".into())]).await;
    assert!(html.contains("Adopted (added: Green corridors)"), "{html}");
    let challenge = app::strategy::challenges(&site.app, &scope).await.unwrap()[0].id;

    let (_, html) = post(
        format!("{base}/ideas"),
        vec![
            ("title", "Shared cargo bikes".into()),
            ("source", "".into()),
            ("organisation_id", company.id.to_string()),
            ("challenge_id", challenge.to_string()),
        ],
    )
    .await;
    assert!(html.contains("Shared cargo bikes") && html.contains("Take forward"), "{html}");
    let idea = app::project::ideas(&site.app, &scope).await.unwrap().0[0].id;
    let scores = ["alignment", "interest", "feasibility", "funding_fit"].map(|k| (k, "4".to_string()));
    let mut fields = vec![("idea_id", idea.to_string())];
    fields.extend(scores);
    let (_, html) = post(format!("{base}/ideas/scores"), fields).await;
    assert!(html.contains(">80<"), "the weighted score shows: {html}");
    let (to, html) = post(format!("{base}/ideas/{idea}/promote"), vec![]).await;
    assert!(to.contains("/projects/") && html.contains("Shared cargo bikes") && html.contains("Definition"), "{html}");
    let project = to.rsplit('/').next().unwrap().to_string();
    let (_, html) = post(
        format!("{base}/projects/{project}/budget-lines"),
        vec![("category", "staff".into()), ("amount", "10000".into())],
    )
    .await;
    assert!(html.contains("000.00\u{a0}EUR") && !html.contains("No budget lines yet"), "{html}");
    let line = app::project::get(&site.app, &scope, project.parse().unwrap()).await.unwrap().budget_lines[0].id;
    let (_, html) = post(
        format!("{base}/projects/{project}/budget-lines"),
        vec![("category", "travel".into()), ("amount", "500".into())],
    )
    .await;
    assert!(html.contains("Travel"), "{html}");
    let travel = app::project::get(&site.app, &scope, project.parse().unwrap())
        .await
        .unwrap()
        .budget_lines
        .into_iter()
        .find(|b| b.id != line)
        .unwrap()
        .id;
    post(format!("{base}/projects/{project}/parts/{travel}/remove?kind=budget_line"), vec![]).await;
    let left = app::project::get(&site.app, &scope, project.parse().unwrap()).await.unwrap().budget_lines;
    assert_eq!(left.iter().map(|b| b.id).collect::<Vec<_>>(), vec![line], "the travel line is gone");
    let (_, html) = post(format!("{base}/projects/{project}/stage"), vec![("stage", "running".into())]).await;
    assert!(html.contains("Definition → Running"), "{html}");
    let board = body_text(site.get(&format!("{base}/projects"), Some(&b.cookie)).await).await;
    assert!(board.contains("Running (1)") && board.contains("Green corridors"), "{board}");
    let sheet = body_text(site.get(&format!("{base}/projects/{project}/sheet"), Some(&b.cookie)).await).await;
    assert!(sheet.contains("<h1>Shared cargo bikes</h1>") && sheet.contains("Green corridors"), "{sheet}");
    let csv = body_text(site.get(&format!("{base}/projects/export"), Some(&b.cookie)).await).await;
    assert!(csv.contains("Shared cargo bikes,running"), "{csv}");

    let (_, html) = post(
        format!("{base}/services"),
        vec![
            ("name", "Export clinic".into()),
            ("kind", "Internationalisation".into()),
            ("member_price", "100".into()),
            ("non_member_price", "150".into()),
            ("unit", "session".into()),
        ],
    )
    .await;
    assert!(html.contains("Export clinic") && html.contains("Internationalisation"), "{html}");
    let service = app::service::catalogue(&site.app, &scope).await.unwrap()[0].id;
    let today = site.app.today(&scope).to_string();
    let (_, html) = post(
        format!("{base}/services/deliveries"),
        vec![
            ("service_id", service.to_string()),
            ("organisation_id", company.id.to_string()),
            ("delivered_on", today),
            ("quantity", "2".into()),
        ],
    )
    .await;
    assert!(html.contains("not invoiced") && html.contains("300.00"), "a non-member pays 150 a session: {html}");
    let delivery = app::service::deliveries(&site.app, &scope, &Default::default()).await.unwrap()[0].id;
    let (to, html) = post(format!("{base}/services/invoice"), vec![("delivery_ids", delivery.to_string())]).await;
    // The invoice's line is written in its customer's language: the cluster's, Spanish.
    assert!(to.contains("/invoices/") && html.contains("Export clinic el "), "{html}");
    assert!(html.contains("Servicios prestados (1 prestación)"), "{html}");
    let portfolio = body_text(site.get(&format!("{base}/portfolio"), Some(&b.cookie)).await).await;
    assert!(portfolio.contains("Every challenge is served by a project."), "{portfolio}");
    let organisation =
        body_text(site.get(&format!("{base}/organisations/{}", company.id), Some(&b.cookie)).await).await;
    assert!(
        organisation.contains("Projects and services")
            && organisation.contains("Shared cargo bikes")
            && organisation.contains("Running, partner")
            && organisation.contains("Export clinic"),
        "{organisation}"
    );
    let engagement = body_text(site.get(&format!("{base}/engagement"), Some(&b.cookie)).await).await;
    assert!(engagement.contains("Services received"), "{engagement}");
}

/// Every record of the strategy, the ideas, the projects and the services is edited from a page of
/// its own; a refused save comes back with the input and the error, and changes nothing.
async fn strategy_project_and_service_records_are_edited_from_their_pages(site: Site) {
    use chrono::Datelike;
    use domain::project::ProjectStage;
    use domain::service::{DeliveryInput, ServiceInput};
    use domain::strategy::{ChallengeInput, StrategyInput};
    let scope = basque(&site).await;
    let company = build::organisation(&site.app, &scope, "Errota Movilidad S.L.").await;
    let other = build::organisation(&site.app, &scope, "Burdin Ekipoak S.A.").await;
    build::network_admin(&site.app, "admin@network.example").await;
    let (admin, _) = build::signed_in(&site.app, "admin@network.example", "mobility-basque", Permission::Read).await;
    for name in ["Vehicle components", "Logistics services"] {
        app::value_chain::add_term(&site.app, &scope, &admin, "segment", name).await.unwrap();
    }
    let segments = app::strategy::segments(&site.app, &scope).await.unwrap();
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let strategy = app::strategy::create(
        &site.app,
        &scope,
        &StrategyInput {
            title: Some("Smart logistics".into()),
            first_year: Some("2025".into()),
            last_year: Some("2028".into()),
        },
    )
    .await
    .unwrap();
    let html = site.html(&b, &format!("{base}/strategy/{strategy}/edit")).await;
    assert!(html.contains("value=\"Smart logistics\"") && html.contains("value=\"2028\""), "{html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/strategy/{strategy}/edit"),
            &[("title", "Smart logistics".into()), ("first_year", "2029".into()), ("last_year", "2028".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("value=\"2029\"") && html.contains("aria-invalid"), "the input comes back: {html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/strategy/{strategy}/edit"),
            &[
                ("title", "Smart and green logistics".into()),
                ("first_year", "2025".into()),
                ("last_year", "2029".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let saved = app::strategy::get(&site.app, &scope, strategy).await.unwrap().strategy.fields;
    assert_eq!((saved.title.as_str(), saved.last_year), ("Smart and green logistics", 2029));

    let challenge = app::strategy::add_challenge(
        &site.app,
        &scope,
        strategy,
        &ChallengeInput { title: Some("Green corridors".into()), ..Default::default() },
        &[],
    )
    .await
    .unwrap();
    let second = app::strategy::add_challenge(
        &site.app,
        &scope,
        strategy,
        &ChallengeInput { title: Some("Skilled people".into()), ..Default::default() },
        &[],
    )
    .await
    .unwrap();
    let html = site.html(&b, &format!("{base}/strategy")).await;
    assert!(html.contains(&format!("{base}/challenges/{challenge}/edit")), "a challenge links to its form: {html}");
    let html = site.html(&b, &format!("{base}/challenges/{challenge}/edit")).await;
    assert!(html.contains("type=\"checkbox\"") && html.contains("Vehicle components"), "{html}");
    // Both segments ticked: the field comes twice in the form.
    let r = site
        .submit(
            &b,
            &format!("{base}/challenges/{challenge}/edit"),
            &[
                ("title", "Green freight corridors".into()),
                ("owner", "Ane".into()),
                ("segment_ids", segments[0].0.to_string()),
                ("segment_ids", segments[1].0.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let c = app::strategy::challenge(&site.app, &scope, challenge).await.unwrap();
    assert_eq!((c.fields.title.as_str(), c.fields.segment_ids.len()), ("Green freight corridors", 2));
    let r = site.submit(&b, &format!("{base}/challenges/{challenge}/edit"), &[("title", "".into())]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let c = app::strategy::challenge(&site.app, &scope, challenge).await.unwrap();
    assert_eq!((c.fields.title.as_str(), c.fields.segment_ids.len()), ("Green freight corridors", 2), "unchanged");

    let year = site.app.today(&scope).year();
    let r = site
        .submit(
            &b,
            &format!("{base}/action-plan?period={year}"),
            &[
                ("objective", "Map the corridors".into()),
                ("owner", "Ane".into()),
                ("starts_on", format!("{year}-01-01")),
                ("ends_on", format!("{year}-12-31")),
                ("challenge_id", challenge.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let line = app::strategy::plan(&site.app, &scope, year).await.unwrap().lines[0].line.id;
    let html = site.html(&b, &format!("{base}/action-plan/{line}/edit")).await;
    assert!(
        html.contains("value=\"Map the corridors\"") && html.contains("selected>Green freight corridors"),
        "{html}"
    );
    let r = site
        .submit(
            &b,
            &format!("{base}/action-plan/{line}/edit"),
            &[
                ("objective", "Map the corridors".into()),
                ("owner", "Ane".into()),
                ("starts_on", format!("{year}-01-01")),
                ("ends_on", format!("{year}-12-31")),
                ("challenge_id", second.to_string()),
                ("status", "at_risk".into()),
                ("indicator", "Corridors mapped".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let l = app::strategy::line(&site.app, &scope, line).await.unwrap().fields;
    assert_eq!(
        (l.challenge_id, l.status.code(), l.indicator.as_deref()),
        (Some(second), "at_risk", Some("Corridors mapped"))
    );

    // An idea from an interview: the interview's page leads to a form that names it.
    let (actor, _) =
        build::signed_in(&site.app, "manager@clusterdesk.example", "mobility-basque", Permission::Edit).await;
    let talk = app::interaction::NewInteraction {
        organisation_id: Some(company.id),
        input: domain::interaction::InteractionInput {
            kind: Some("interview".into()),
            occurred_on: Some(site.app.today(&scope).to_string()),
            subject: Some("Yearly interview".into()),
            notes: None,
        },
        ..Default::default()
    };
    let interview = app::interaction::create(&site.app, &scope, &actor, &talk).await.unwrap().id;
    let html = site.html(&b, &format!("{base}/interactions/{interview}")).await;
    let new_idea =
        format!("{base}/ideas/new?interaction_id={interview}&#38;organisation_id={}&#38;source=interview", company.id);
    assert!(html.contains(&new_idea), "{html}");
    let html = site.html(&b, &new_idea.replace("&#38;", "&")).await;
    assert!(html.contains(&format!("value=\"{interview}\"")) && html.contains("selected>An interview"), "{html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/ideas"),
            &[
                ("title", "Shared cargo bikes".into()),
                ("source", "interview".into()),
                ("interaction_id", interview.to_string()),
                ("organisation_id", company.id.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let idea = app::project::ideas(&site.app, &scope).await.unwrap().0[0].clone();
    assert_eq!(idea.fields.links.interaction_id, Some(interview));
    let r = site
        .submit(
            &b,
            &format!("{base}/ideas/{}/edit", idea.id),
            &[
                ("title", "Shared electric cargo bikes".into()),
                ("source", "interview".into()),
                ("interaction_id", interview.to_string()),
                ("organisation_id", company.id.to_string()),
                ("challenge_id", challenge.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let edited = app::project::idea(&site.app, &scope, idea.id).await.unwrap();
    assert_eq!(
        (edited.fields.title.as_str(), edited.fields.links.challenge_id),
        ("Shared electric cargo bikes", Some(challenge))
    );
    let r = site
        .submit(
            &b,
            &format!("{base}/ideas/{}/edit", idea.id),
            &[("title", "Orphan".into()), ("source", "working_group".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("an idea from a working group names it"));
    app::strategy::retire_challenge(&site.app, &scope, challenge, true).await.unwrap();
    let html = site.html(&b, &format!("{base}/ideas/{}/edit", idea.id)).await;
    assert!(html.contains("selected>Green freight corridors"), "a retired challenge stays chosen: {html}");
    app::strategy::retire_challenge(&site.app, &scope, challenge, false).await.unwrap();

    // A project serves two challenges, then none: the board flags it and offers the next stage.
    let r = site
        .submit(
            &b,
            &format!("{base}/projects"),
            &[
                ("title", "Corridor pilot".into()),
                ("area", "innovation".into()),
                ("challenge_ids", challenge.to_string()),
                ("challenge_ids", second.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let project = location(&r).rsplit('/').next().unwrap().parse::<Uuid>().unwrap();
    assert_eq!(app::project::get(&site.app, &scope, project).await.unwrap().project.challenge_ids.len(), 2);
    let html = site.html(&b, &format!("{base}/projects/{project}/edit")).await;
    assert_eq!(html.matches(" checked>").count(), 2, "both challenges are ticked: {html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/projects/{project}/edit"),
            &[("title", "Corridor pilot 2".into()), ("area", "operations".into()), ("summary", "Two towns".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let p = app::project::get(&site.app, &scope, project).await.unwrap().project;
    assert!(p.serves_no_challenge() && p.fields.title == "Corridor pilot 2" && p.fields.summary == "Two towns");
    let r = site
        .submit(&b, &format!("{base}/projects/{project}/edit"), &[("title", "".into()), ("area", "operations".into())])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let board = site.html(&b, &format!("{base}/projects")).await;
    assert!(
        board.contains("class=\"board\"")
            && board.contains("Serves no challenge")
            && board.contains("Move to definition"),
        "{board}"
    );
    let r = site.submit(&b, &format!("{base}/projects/{project}/stage"), &[("stage", "definition".into())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(app::project::get(&site.app, &scope, project).await.unwrap().project.stage, ProjectStage::Definition);

    // A service's price changes; three deliveries, two chosen for one invoice, one rated, one removed.
    let service = app::service::create(
        &site.app,
        &scope,
        &ServiceInput {
            name: Some("Export clinic".into()),
            kind: Some("training".into()),
            member_price: Some("100".into()),
            non_member_price: Some("150".into()),
            unit: Some("session".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let html = site.html(&b, &format!("{base}/services/{service}/edit")).await;
    assert!(html.contains("value=\"150.00\"") || html.contains("value=\"150\""), "{html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/services/{service}/edit"),
            &[
                ("name", "Export clinic".into()),
                ("kind", "training".into()),
                ("member_price", "120".into()),
                ("non_member_price", "".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = site
        .submit(
            &b,
            &format!("{base}/services/{service}/edit"),
            &[
                ("name", "Export clinic".into()),
                ("kind", "training".into()),
                ("member_price", "120".into()),
                ("non_member_price", "180".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(app::service::get(&site.app, &scope, service).await.unwrap().fields.non_member_price_minor, 18_000);
    let catalogue = site.html(&b, &format!("{base}/services/catalogue/export")).await;
    assert!(catalogue.contains("Export clinic,Training,120.00,180.00,unit,0 %,,no,EUR"), "{catalogue}");
    let today = site.app.today(&scope).to_string();
    for organisation in [company.id, company.id, other.id] {
        let input = DeliveryInput { delivered_on: Some(today.clone()), ..Default::default() };
        app::service::deliver(&site.app, &scope, service, organisation, &input, "manager@clusterdesk.example")
            .await
            .unwrap();
    }
    let all = app::service::deliveries(&site.app, &scope, &Default::default()).await.unwrap();
    let theirs: Vec<Uuid> = all.iter().filter(|d| d.organisation_id == company.id).map(|d| d.id).collect();
    let lone = all.iter().find(|d| d.organisation_id == other.id).unwrap().id;
    let r = site.submit(&b, &format!("{base}/services/invoice"), &[("delivery_ids", theirs[0].to_string())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let invoiced = app::service::deliveries(&site.app, &scope, &Default::default()).await.unwrap();
    assert_eq!(
        invoiced.iter().filter(|d| d.is_invoiced()).map(|d| d.id).collect::<Vec<_>>(),
        vec![theirs[0]],
        "only the one chosen"
    );
    let r = site
        .submit(
            &b,
            &format!("{base}/services/invoice"),
            &[("delivery_ids", theirs[1].to_string()), ("delivery_ids", lone.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).ends_with("/services"), "two organisations never share an invoice");
    let r = site.submit(&b, &format!("{base}/services/invoice"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app::service::deliveries(&site.app, &scope, &Default::default())
            .await
            .unwrap()
            .iter()
            .filter(|d| d.is_invoiced())
            .count(),
        1
    );
    let r = site
        .submit(
            &b,
            &format!("{base}/services/satisfaction"),
            &[("delivery_id", lone.to_string()), ("rating", "4".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let rated = app::service::deliveries(&site.app, &scope, &Default::default()).await.unwrap();
    assert_eq!(rated.iter().find(|d| d.id == lone).unwrap().fields.satisfaction, Some(4));
    site.submit(&b, &format!("{base}/deliveries/{lone}/remove"), &[]).await;
    site.submit(&b, &format!("{base}/deliveries/{}/remove", theirs[0]), &[]).await;
    let left: Vec<Uuid> =
        app::service::deliveries(&site.app, &scope, &Default::default()).await.unwrap().iter().map(|d| d.id).collect();
    assert!(!left.contains(&lone) && left.contains(&theirs[0]), "an invoiced delivery stays: {left:?}");
}

/// The economics page enters lines and reserves, shows the ratios with their figures and warns
/// above the public aid cap; the team page adds, edits and removes people; the API and the
/// exports say the same.
async fn the_economics_and_team_pages_and_api(site: Site) {
    let scope = basque(&site).await;
    let b = site.login("manager@clusterdesk.example").await;
    let token = site.token("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    // Last year, which is over: its actual is whole (a year under way counts the days gone by).
    let year = chrono::Datelike::year(&site.app.today(&scope)) - 1;
    for fields in [
        vec![("year", year.to_string()), ("stream", "public_support".to_string()), ("amount", "60000".into())],
        vec![("year", year.to_string()), ("cost_kind", "office".to_string()), ("amount", "20000".into())],
        vec![
            ("year", year.to_string()),
            ("stream", "in_kind".to_string()),
            ("hours", "100".into()),
            ("hourly_rate", "40".into()),
        ],
    ] {
        let r = site.submit(&b, &format!("{base}/economics?period={year}"), &fields).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    // A project grant typed as actual income is refused: the projects' funding holds it.
    let r = site
        .submit(
            &b,
            &format!("{base}/economics?period={year}"),
            &[("year", year.to_string()), ("stream", "project_grants".into()), ("amount", "5".into())],
        )
        .await;
    assert!(location(&r).contains("/economics"), "refused with a message");
    let lines = app::economics::years(&site.app, &scope, year, year).await.unwrap().remove(0).entries;
    assert_eq!(lines.len(), 3, "nothing written");
    let r = site
        .submit(&b, &format!("{base}/economics/reserves"), &[("year", year.to_string()), ("reserves", "30000".into())])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = site
        .submit(
            &b,
            &format!("{base}/team"),
            &[
                ("name", "Ane Etxeberria".into()),
                ("role", "cluster_manager".into()),
                ("yearly_cost", "40000".into()),
                ("starts_on", format!("{}-01-01", year - 3)),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = site.submit(&b, &format!("{base}/team"), &[("name", "Nobody".into()), ("role", "boss".into())]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("value=\"Nobody\""), "the input comes back");

    // Structure costs 20 000 + 40 000 = 60 000; public support 60 000: 100 %, above the cap;
    // fixed-cost coverage 1.00; runway 30 000 × 12 / 60 000 = 6 months.
    let html = site.html(&b, &format!("{base}/economics?period={year}")).await;
    assert!(html.contains("Actual: public money covers 100 % of the structure"), "{html}");
    assert!(html.contains(">1.00<") && html.contains("6.0 months") && html.contains("100 h ×"), "{html}");
    assert_eq!(html.matches("<svg").count(), 3, "income mix, cost mix and ratios drawn");
    assert!(html.contains("<title>Income mix, actual</title>") && html.contains("Public structural support"), "{html}");
    let team = site.html(&b, &format!("{base}/team")).await;
    assert!(team.contains("1 · Minimal") && team.contains("Ane Etxeberria") && team.contains("Stability"), "{team}");
    let r = site.api("GET", "/api/v1/clusters/mobility-basque/team", &token, None).await;
    assert_eq!(json(r).await["model"], "minimal");
    let person = app::economics::staff(&site.app, &scope).await.unwrap()[0].id;
    let r = site
        .submit(
            &b,
            &format!("{base}/staff/{person}/edit"),
            &[
                ("name", "Ane Etxeberria".into()),
                ("role", "cluster_manager".into()),
                ("fte", "0.8".into()),
                ("yearly_cost", "40000".into()),
                ("starts_on", format!("{}-01-01", year - 3)),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(app::economics::staff_member(&site.app, &scope, person).await.unwrap().fields.fte_hundredths, 80);

    let csv = site.html(&b, &format!("{base}/economics/export?kind=ledger")).await;
    assert!(csv.contains(&format!("{year},actual,income,public_support,yes,yes,entered,60000.00,EUR")), "{csv}");
    assert!(csv.contains(&format!("{year},actual,cost,staff,,,staff,40000.00,EUR")), "{csv}");
    let ratios = site.html(&b, &format!("{base}/economics/export?kind=ratios")).await;
    assert!(ratios.contains(&format!("{year},actual,runway,6.0 months,30000.00,60000.00")), "{ratios}");

    // A fifth less public support: 48 000 over 60 000 is 0.80, and 12 000 is missing.
    let html = site.html(&b, &format!("{base}/economics/scenarios?public_support_change=-20")).await;
    assert!(html.contains(">0.80<") && html.contains("you need 12,000.00\u{a0}EUR more fixed income"), "{html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/economics/scenarios"),
            &[("name", "Support cut".into()), ("public_support_change", "-20".into())],
        )
        .await;
    assert!(location(&r).contains("public_support_change=-20"), "back to the same scenario");
    let html = site.html(&b, &format!("{base}/economics/scenarios")).await;
    assert!(html.contains("Support cut") && html.contains(">0.80<"), "{html}");
    let html = site.html(&b, &format!("{base}/economics/scenarios?new_members=3")).await;
    assert!(html.contains("new members add nothing until there is an average fee"), "{html}");
    let html = site.html(&b, &format!("{base}/economics/scenarios?public_support_change=-500")).await;
    assert!(html.contains("The scenario shows no change until this is fixed"), "{html}");

    let api = "/api/v1/clusters/mobility-basque";
    let preview = serde_json::json!({"new_service_revenue_minor": 1_200_000});
    let r = site.api("POST", &format!("{api}/economics/scenarios/preview"), &token, Some(preview)).await;
    let view = json(r).await;
    let ratios = view["years"][0]["ratios"].as_array().unwrap();
    assert!(ratios.iter().any(|r| r["code"] == "fixed_cost_coverage" && r["value"] == 12_000), "{view}");
    let r = site
        .api(
            "POST",
            &format!("{api}/ledger-entries"),
            &token,
            Some(serde_json::json!({"year": year.to_string(), "stream": "sponsorship", "amount": "5000"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = json(r).await["id"].as_str().unwrap().to_string();
    let r = site.api("GET", &format!("{api}/economics?from={year}&until={year}"), &token, None).await;
    let years = json(r).await;
    let ratios = years[0]["actual_ratios"].as_array().unwrap();
    assert!(ratios.iter().any(|r| r["code"] == "runway" && r["value"] == 60_000), "{years}");
    assert_eq!(years[0]["actual_aid_cap"]["over"], true);
    let r = site.api("DELETE", &format!("{api}/ledger-entries/{id}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = site.api("DELETE", &format!("{api}/staff/{person}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert!(app::economics::staff(&site.app, &scope).await.unwrap().is_empty());

    // The accounting program's lines come in through the importer: checked line by line, the
    // program's own account names read as categories by the mapping.
    let file = format!("Year;Account;Amount\n{year};Sponsorship;2.500,00\n{year};Rent;-1.200,00\n");
    let fields = [("_csrf", b.csrf.as_str()), ("target", "ledger")];
    let r = site.send(multipart(&b.cookie, &format!("{base}/import"), &fields, &file)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = site.get(&location(&r), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("&#39;Rent&#39; is not a category") || html.contains("'Rent' is not a category"), "{html}");
    let ledger_file = |token: &str| {
        Request::post(format!("{api}/ledger-entries/import?mapping=category%3A%20Rent%20%3D%20office"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "text/csv")
            .body(Body::from(file.clone()))
            .unwrap()
    };
    let staff = site.token("staff@clusterdesk.example").await;
    assert_eq!(site.send(ledger_file(&staff)).await.status(), StatusCode::FORBIDDEN);
    let r = site.send(ledger_file(&token)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let plan = json(r).await;
    assert_eq!((plan["created"].as_u64(), plan["import_id"].is_null()), (Some(2), false), "{plan}");
    let office: i64 = app::economics::years(&site.app, &scope, year, year).await.unwrap()[0]
        .entries
        .iter()
        .filter(|e| e.import_id.is_some())
        .map(|e| e.fields.amount_minor)
        .sum();
    assert_eq!(office, 250_000 + 120_000);
}

async fn membership_pages_set_up_a_type_simulate_a_rule_run_the_renewal_and_show_the_figures(site: Site) {
    // Two companies of 10 and 23 people, full members since February, paying 800 each.
    let scope = basque(&site).await;
    let full = build::full_member_type(&site.app, &scope).await;
    for company in build::companies(&site.app, &scope, 2).await {
        build::member(&site.app, &scope, company.id, full, day(this_year(&site), 2, 1)).await;
    }
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let overview = body_text(site.get(base, Some(&b.cookie)).await).await;
    assert!(overview.contains("members</div>") && overview.contains("overdue invoices,"), "{overview}");
    let html = body_text(site.get(&format!("{base}/members"), Some(&b.cookie)).await).await;
    assert!(html.contains("Members") && html.contains("Active"), "{html}");
    let html = body_text(site.get(&format!("{base}/membership-types"), Some(&b.cookie)).await).await;
    assert!(html.contains("Full member") && html.contains("by employees, 4 bands"), "{html}");

    let bad = [("_csrf", b.csrf.as_str()), ("name", ""), ("rule", "by_employees"), ("bands", "9: 300")];
    let r = site.post_form(&format!("{base}/membership-types"), &b.cookie, &bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("Nothing was saved") && html.contains("the last band must have no upper limit"), "{html}");
    let good = [
        ("_csrf", b.csrf.as_str()),
        ("name", "<b>Gold</b> sponsor"),
        ("period", "rolling"),
        ("months", "12"),
        ("rule", "flat"),
        ("fee", "2.500,00"),
        ("tax_rate", "21"),
    ];
    let r = site.post_form(&format!("{base}/membership-types"), &b.cookie, &good).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.get(&format!("{base}/membership-types"), Some(&b.cookie)).await).await;
    assert!(html.contains("&#60;b&#62;Gold&#60;/b&#62; sponsor") && !html.contains("<b>Gold</b>"), "escaped");

    let types = app::membership::types(&site.app, &scope).await.unwrap();
    let full = types.iter().find(|t| t.fields.name == "Full member").unwrap();
    let html = body_text(site.get(&format!("{base}/membership-types/{}", full.id), Some(&b.cookie)).await).await;
    assert!(html.contains("Simulate another fee rule") && html.contains("rest: 4500.00"), "{html}");
    let tried = format!("{base}/membership-types/{}/simulate?rule=flat&fee=1000", full.id);
    let html = body_text(site.get(&tried, Some(&b.cookie)).await).await;
    assert!(html.contains("Would pay more") && html.contains("Fee income a period, by type"), "{html}");
    assert_eq!(
        app::membership::get_type(&site.app, &scope, full.id).await.unwrap().fields,
        full.fields,
        "nothing saved"
    );

    let next = chrono::Datelike::year(&site.app.now().date_naive()) + 1;
    let html = body_text(site.get(&format!("{base}/renewal?period={next}"), Some(&b.cookie)).await).await;
    assert!(html.contains(&format!("Renewal {next}")) && html.contains("Issue the invoices"), "{html}");
    let staff = site.login("staff@clusterdesk.example").await;
    let period = next.to_string();
    let r =
        site.post_form(&format!("{base}/renewal"), &staff.cookie, &[("_csrf", &staff.csrf), ("period", &period)]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "issuing needs the manager");
    let r = site.post_form(&format!("{base}/renewal"), &b.cookie, &[("_csrf", &b.csrf), ("period", &period)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("invoices issued") && !html.contains("Issue the invoices"), "{html}");
    assert!(html.contains("already invoiced for this period"), "{html}");

    let html = body_text(site.get(&format!("{base}/membership-figures"), Some(&b.cookie)).await).await;
    assert!(html.contains("Fees billed") && html.contains("Retention") && html.contains("By size class"), "{html}");
    let r = site.get(&format!("{base}/membership-figures?period=nineteen"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

async fn an_invoice_is_drafted_issued_paid_credited_and_printed_from_the_pages(site: Site) {
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let scope = basque(&site).await;
    build::billing_details(&site.app, &scope).await;
    let org = build::organisation(&site.app, &scope, "Zubi Logística S.L.").await.id;

    let r = site.get(&format!("{base}/invoices/new?organisation={org}"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let org_text = org.to_string();
    let empty = [("_csrf", b.csrf.as_str()), ("organisation", org_text.as_str())];
    let r = site.post_form(&format!("{base}/invoices"), &b.cookie, &empty).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("an invoice needs at least one line"));
    let form = [
        ("_csrf", b.csrf.as_str()),
        ("organisation", org_text.as_str()),
        ("kind", "event"),
        ("tax_rate", "21"),
        ("line1_description", "Congress <registration>"),
        ("line1_quantity", "2"),
        ("line1_unit_price", "100"),
    ];
    let r = site.post_form(&format!("{base}/invoices"), &b.cookie, &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = location(&r);
    let html = body_text(site.get(&page, Some(&b.cookie)).await).await;
    assert!(html.contains("Event Draft") && html.contains("Congress &#60;registration&#62;"), "{html}");
    assert!(html.contains("242.00"), "2 × 100 with 21 % tax: {html}");
    assert!(
        html.contains(&format!("hx-post=\"{page}/issue\" hx-confirm=\"Issue the invoice? It takes the next number")),
        "a question before the number is taken: {html}"
    );

    let r = site.post_form(&format!("{page}/issue"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Issued as") && html.contains("Record a payment"), "{html}");
    let pay = [("_csrf", b.csrf.as_str()), ("amount", "-3")];
    let html = body_text(
        site.follow(&site.post_form(&format!("{page}/payments"), &b.cookie, &pay).await, Some(&b.cookie)).await,
    )
    .await;
    assert!(html.contains("Nothing changed") && html.contains("a payment is above zero"), "{html}");
    let pay = [("_csrf", b.csrf.as_str()), ("amount", "42"), ("reference", "Transfer")];
    site.post_form(&format!("{page}/payments"), &b.cookie, &pay).await;
    let credit = [("_csrf", b.csrf.as_str()), ("credit_amount", "100"), ("credit_reason", "One seat cancelled")];
    let html = body_text(
        site.follow(&site.post_form(&format!("{page}/credit"), &b.cookie, &credit).await, Some(&b.cookie)).await,
    )
    .await;
    assert!(html.contains("Credit note") && html.contains("issued") && html.contains("Partially paid"), "{html}");
    let void = [("_csrf", b.csrf.as_str()), ("void_reason", "wrong")];
    let html =
        body_text(site.follow(&site.post_form(&format!("{page}/void"), &b.cookie, &void).await, Some(&b.cookie)).await)
            .await;
    assert!(html.contains("payments have been recorded"), "{html}");
    let r = site.post_form(&format!("{page}/discard"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("cannot be deleted"), "{html}");

    // The customer's postal address, typed on its page, is printed with the lines' tax.
    let address = [
        ("_csrf", b.csrf.as_str()),
        ("name", "Zubi Logística S.L."),
        ("street", "Calle Gran Vía 12, 3º"),
        ("postcode", "48001"),
        ("city", "Bilbao"),
        ("region", "Bizkaia"),
        ("country", "ES"),
        ("email", "info@zubi.example"),
        ("phone", "+34 944 000 111"),
    ];
    let r = site.post_form(&format!("{base}/organisations/{org}"), &b.cookie, &address).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(
        html.contains("Calle Gran Vía 12, 3º, 48001 Bilbao, Bizkaia, ES") && html.contains("info@zubi.example"),
        "{html}"
    );
    // Printed in the customer's language: the cluster's (Spanish) until one is chosen for it.
    let print = body_text(site.get(&format!("{page}/print"), Some(&b.cookie)).await).await;
    assert!(
        print.contains("<html lang=\"es\">") && print.contains("Facturar a") && print.contains("IVA 21 %"),
        "{print}"
    );
    let language = site.html(&b, &format!("{base}/organisations/{org}/language")).await;
    assert!(language.contains("Español (the cluster&#39;s)"), "{language}");
    let r = site.submit(&b, &format!("{base}/organisations/{org}/language"), &[("language", "en".into())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let notice = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(notice.contains("Invoices and reminders are now written in English."), "{notice}");
    let r = site.submit(&b, &format!("{base}/organisations/{org}/language"), &[("language", "pt".into())]).await;
    let refused = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(refused.contains("Nothing changed: language:") && refused.contains(">English</a>"), "{refused}");
    let print = body_text(site.get(&format!("{page}/print"), Some(&b.cookie)).await).await;
    assert!(print.contains("Bill to") && print.contains("IBAN") && print.contains("Tax 21 %"), "{print}");
    assert!(print.contains("Congress &#60;registration&#62;"));
    assert!(print.contains("<div>Calle Gran Vía 12, 3º</div>") && print.contains("<div>48001 Bilbao</div>"), "{print}");
    assert!(
        print.contains("Parque Tecnológico 204") && print.contains("<dt>Due</dt>"),
        "the issuer's address: {print}"
    );
    assert!(
        print.contains("<td class=\"num\">21 %</td><td class=\"num\">42.00\u{a0}EUR</td>"),
        "tax of the line: {print}"
    );

    let html = body_text(site.get(&format!("{base}/invoices?state=overdue"), Some(&b.cookie)).await).await;
    assert!(html.contains("Overdue") && html.contains("Invoices XLSX"), "{html}");
    let r = site.get(&format!("{base}/invoices/export?format=xlsx"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(to_bytes(r.into_body(), usize::MAX).await.unwrap().starts_with(b"PK"));
    let csv = body_text(site.get(&format!("{base}/payments/export?format=csv"), Some(&b.cookie)).await).await;
    assert!(csv.starts_with("\u{feff}date,amount,currency,invoice,customer,vat_id,reference,source"), "{csv}");
}

async fn a_new_members_fee_and_an_overpayment_are_handled_from_the_pages(site: Site) {
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let scope = basque(&site).await;
    let org = build::companies(&site.app, &scope, 1).await[0].id;
    let full = build::full_member_type(&site.app, &scope).await;
    let membership = build::member(&site.app, &scope, org, full, day(this_year(&site), 1, 1)).await;

    // The new-invoice form's membership fee leads to the membership, which issues it.
    let org_text = org.to_string();
    let fee = [("_csrf", b.csrf.as_str()), ("organisation", org_text.as_str()), ("kind", "fee")];
    let r = site.post_form(&format!("{base}/invoices"), &b.cookie, &fee).await;
    assert_eq!((r.status(), location(&r)), (StatusCode::SEE_OTHER, format!("{base}/memberships/{membership}")));
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Issue the fee invoice from the membership") && html.contains("Fee invoice for"), "{html}");
    let r =
        site.post_form(&format!("{base}/memberships/{membership}/fee-invoice"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = location(&r);
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Fee invoice") && html.contains("issued for") && html.contains("Membership fee"), "{html}");
    let r =
        site.post_form(&format!("{base}/memberships/{membership}/fee-invoice"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("already invoiced for this period"), "{html}");

    // 800.00 for 10 to 49 people; 900 is refused until the overpayment is confirmed.
    let pay = [("_csrf", b.csrf.as_str()), ("amount", "900"), ("reference", "Transfer")];
    let html = body_text(
        site.follow(&site.post_form(&format!("{page}/payments"), &b.cookie, &pay).await, Some(&b.cookie)).await,
    )
    .await;
    assert!(html.contains("Nothing changed") && html.contains("confirm the overpayment"), "{html}");
    let pay = [("_csrf", b.csrf.as_str()), ("amount", "900"), ("reference", "Transfer"), ("overpayment", "yes")];
    let html = body_text(
        site.follow(&site.post_form(&format!("{page}/payments"), &b.cookie, &pay).await, Some(&b.cookie)).await,
    )
    .await;
    assert!(html.contains("100.00\u{a0}EUR kept as credit") && html.contains("Reverse the payment"), "{html}");
    let credit = body_text(site.get(&format!("{base}/organisations/{org}/credit"), Some(&b.cookie)).await).await;
    assert!(credit.contains("100.00\u{a0}EUR left") && credit.contains("Overpayment kept"), "{credit}");
    let organisation = body_text(site.get(&format!("{base}/organisations/{org}"), Some(&b.cookie)).await).await;
    assert!(organisation.contains("Credit: 100.00\u{a0}EUR"), "{organisation}");

    let payment = app::invoice::detail(&site.app, &scope, location_id(&page)).await.unwrap().payments[0].id;
    let reverse = [("_csrf", b.csrf.as_str()), ("reversal_reason", "Transfer returned")];
    let r = site.post_form(&format!("{base}/payments/{payment}/reverse"), &b.cookie, &reverse).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Reversed on") && html.contains("Transfer returned") && html.contains("Issued"), "{html}");
    let credit = body_text(site.get(&format!("{base}/organisations/{org}/credit"), Some(&b.cookie)).await).await;
    assert!(credit.contains("0.00\u{a0}EUR left") && credit.contains("Payment reversed"), "{credit}");
}

fn location_id(page: &str) -> Uuid {
    page.rsplit('/').next().and_then(|id| Uuid::parse_str(id).ok()).unwrap()
}

async fn a_bank_statement_is_checked_then_recorded_and_the_rest_assigned_from_the_pages(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let scope = basque(&site).await;
    let today = site.app.now().date_naive();
    // Two customers whose invoices fell due a month ago, and a transfer that names no invoice.
    for (company, price) in build::companies(&site.app, &scope, 2).await.iter().zip(["1800", "950"]) {
        build::issued_invoice(&site.app, &scope, company.id, price, today - chrono::Duration::days(60)).await;
    }
    build::unmatched_transfer(&site.app, &scope, "TRANSFER FROM UNKNOWN SENDER / MEMBERSHIP", "450").await;
    let open = app::invoice::list(
        &site.app,
        &scope,
        &app::invoice::InvoiceFilter { state: Some(domain::invoice::InvoiceState::Overdue), ..Default::default() },
    )
    .await
    .unwrap();
    let (first, second) = (&open[0].invoice, &open[1].invoice);
    let euros = |minor: i64| domain::money::Money::new(minor, domain::money::Currency::EUR).to_decimal();
    let file = format!(
        "Fecha;Concepto;Importe\n{};Pago {};{}\n{};Sin referencia;{}\n",
        today.format("%d/%m/%Y"),
        first.number,
        euros(first.outstanding_minor()),
        today.format("%d/%m/%Y"),
        euros(second.outstanding_minor()),
    );
    let r = site.send(multipart(&b.cookie, &format!("{base}/payments/bank"), &[("_csrf", &b.csrf)], &file)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let check = location(&r);
    let html = body_text(site.get(&check, Some(&b.cookie)).await).await;
    assert!(
        html.contains("Matched to an invoice") && html.contains(&first.number) && html.contains("Record the payments"),
        "{html}"
    );
    assert_eq!(app::invoice::detail(&site.app, &scope, first.id).await.unwrap().invoice.paid_minor, first.paid_minor);
    let r = site.post_form(&check, &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("1 payments recorded on invoices; 1 kept as unmatched"), "{html}");
    assert_eq!(
        site.get(&check, Some(&b.cookie)).await.status(),
        StatusCode::NOT_FOUND,
        "the file is gone once recorded"
    );
    assert_eq!(
        app::invoice::detail(&site.app, &scope, first.id).await.unwrap().state,
        domain::invoice::InvoiceState::Paid
    );

    let html = body_text(site.get(&format!("{base}/payments/unmatched"), Some(&b.cookie)).await).await;
    assert!(html.contains("Sin referencia") && html.contains("UNKNOWN SENDER"), "{html}");
    let payment = app::invoice::unmatched(&site.app, &scope)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.reference.contains("Sin referencia"))
        .unwrap();
    let assign = format!("{base}/payments/{}/assign", payment.id);
    let r = site.post_form(&assign, &b.cookie, &[("_csrf", &b.csrf), ("number", "1999-0001")]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("there is no invoice 1999-0001"), "{html}");
    let r = site.post_form(&assign, &b.cookie, &[("_csrf", &b.csrf), ("number", &second.number)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains(&format!("The payment now pays {}", second.number)), "{html}");
    assert_eq!(
        app::invoice::detail(&site.app, &scope, second.id).await.unwrap().state,
        domain::invoice::InvoiceState::Paid
    );
}

async fn a_survey_is_built_sent_answered_by_link_and_read_from_the_pages(db: store::Db) {
    let (site, listener) = mailing_site(db).await;
    let scope = basque(&site).await;
    let today = site.app.today(&scope);
    let company = build::organisation(&site.app, &scope, "Errota Movilidad S.L.").await.id;
    let ane = build::contact(&site.app, &scope, company, "Ane", "Errota", Some("ane@errota.example")).await;
    let consent = domain::consent::ConsentInput {
        channel: Some("email".into()),
        purpose: Some("Member surveys".into()),
        given_on: Some(today.to_string()),
        source: Some("membership form".into()),
    };
    app::privacy::give(&site.app, &scope, "m", ane.id, &consent).await.unwrap();
    let segment = app::segment::save(&site.app, &scope, "Everyone", &Default::default(), "m").await.unwrap();
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";

    // A template's questionnaire is written in the cluster's language: Spanish, until the
    // cluster chooses English for its documents.
    let r = site.submit(&b, &format!("{base}/surveys"), &[("template", "member_satisfaction".into())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = site.html(&b, &location(&r)).await;
    assert!(html.contains("¿cuál es su grado de satisfacción con el clúster?"), "{html}");
    let billing = site.html(&b, &format!("{base}/billing")).await;
    assert!(billing.contains(&format!("href=\"{base}/language\"")), "{billing}");
    let r = site.submit(&b, &format!("{base}/language"), &[("language", "xx".into())]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a language clusterdesk is not written in");
    let html = body_text(r).await;
    assert!(html.contains("id=\"language-error\"") && html.contains("&#39;xx&#39;"), "{html}");
    let r = site.submit(&b, &format!("{base}/language"), &[("language", "en".into())]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("The cluster&#39;s documents are now written in English."), "{html}");
    let r = site.submit(&b, &format!("{base}/surveys"), &[("template", "member_satisfaction".into())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let questionnaire_page = location(&r);
    let id = questionnaire_page.rsplit('/').next().unwrap().to_string();
    let html = site.html(&b, &questionnaire_page).await;
    assert!(html.contains("Overall, how satisfied are you with the cluster?"), "{html}");
    let one_option = [
        ("section", "1".to_string()),
        ("text", "Which event did you like best?".into()),
        ("kind", "single_choice".into()),
        ("options", "Annual meeting".into()),
    ];
    let r = site.submit(&b, &format!("{questionnaire_page}/questions"), &one_option).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("a choice needs at least two options") && html.contains("Which event did you like best?"));
    let mut two = one_option.to_vec();
    two[3].1 = "Annual meeting\nDigital day".into();
    let r = site.submit(&b, &format!("{questionnaire_page}/questions"), &two).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let key = "which_event_did_you_like_best";
    let r = site.submit(&b, &format!("{questionnaire_page}/questions/{key}/up"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = site.html(&b, &format!("{questionnaire_page}/questions/{key}/edit")).await;
    assert!(html.contains("Annual meeting\nDigital day"), "{html}");

    let campaign = [
        ("questionnaire_id", id.clone()),
        ("segment_id", segment.id.to_string()),
        ("closes_on", (today + chrono::Duration::days(10)).to_string()),
    ];
    let r = site.submit(&b, &format!("{base}/campaigns"), &campaign).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let campaign_page = location(&r);
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Sent: 1 personal links"), "{html}");
    app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let mail = listener.received().iter().find(|m| m.to == vec!["ane@errota.example".to_string()]).unwrap().text();
    let link = mail.split("https://desk.example").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    assert!(link.starts_with("/surveys/mobility-basque/"), "{link}");

    // The respondent's page, without an account: errors beside the questions, nothing sent.
    let html = body_text(site.get(&link, None).await).await;
    assert!(html.contains("Overall, how satisfied") && html.contains("Send my answers"), "{html}");
    let post = |pairs: Vec<(&str, &str)>| {
        Request::post(link.clone())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(serde_urlencoded::to_string(pairs).unwrap()))
            .unwrap()
    };
    let r = site.send(post(vec![("overall_satisfaction", "5"), ("step", "send")])).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("please answer this question") && html.contains("id=\"recommend-error\""), "{html}");
    assert!(html.contains("value=\"5\" checked"), "what was chosen comes back");
    let r = site.send(post(vec![("overall_satisfaction", "5"), ("step", "save")])).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let answers = vec![
        ("overall_satisfaction", "5"),
        ("recommend", "10"),
        ("renew", "Yes"),
        ("services_used", "Training"),
        ("services_used", "Access to funding"),
        ("which_event_did_you_like_best", "Digital day"),
        ("improve", "More <b>events</b> in Bizkaia"),
        ("step", "send"),
    ];
    let r = site.send(post(answers.clone())).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.follow(&r, None).await).await;
    assert!(html.contains("Your answers were sent") && !html.contains("Send my answers"), "{html}");
    let r = site.send(post(answers)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "sent once: the second time says so");

    let html = site.html(&b, &campaign_page).await;
    assert!(html.contains("100 %") && html.contains("<svg") && html.contains("Digital day"), "{html}");
    assert!(html.contains("mean point of each statement") && html.contains("not rated"), "a matrix's means: {html}");
    assert!(html.contains("More &#60;b&#62;events&#60;/b&#62; in Bizkaia"), "texts are escaped: {html}");
    let csv = site.html(&b, &format!("{campaign_page}/export")).await;
    assert!(csv.contains("Ane Errota") && csv.contains("Access to funding; Training"), "{csv}");

    // Answers given in another tool are imported into the campaign from its page: checked row by
    // row, the valid rows written at the user's choice.
    let html = site.html(&b, &format!("{campaign_page}/import")).await;
    assert!(html.contains("Import answers into") && !html.contains("name=\"target\""), "{html}");
    let answers_file = "Timestamp;Overall, how satisfied are you with the cluster?;\
How likely are you to recommend membership to a partner?;Will your organisation renew its membership?
20/11/2026 10:00;4;8;Probably
21/11/2026 11:00;9;8;Yes
";
    let upload = format!("{campaign_page}/import");
    let r = site.send(multipart(&b.cookie, &upload, &[("_csrf", &b.csrf)], answers_file)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let check = location(&r);
    let r = site.get(&check, Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("1 row cannot be imported") && html.contains("choose a point from 1 to 5"), "{html}");
    assert!(html.contains("<option value=\"overall_satisfaction\" selected>"), "{html}");
    let r = site.post_form(&check, &b.cookie, &[("_csrf", &b.csrf), ("step", "commit_valid")]).await;
    let html = body_text(r).await;
    assert!(html.contains("Imported: 1 created"), "{html}");
    let html = site.html(&b, &campaign_page).await;
    assert!(html.contains("Imported from another tool"), "{html}");
    let campaign_id = campaign_page.rsplit('/').next().unwrap();
    let token = site.token("staff@clusterdesk.example").await;
    let api_import = |path: String| {
        Request::post(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "text/csv")
            .body(Body::from(answers_file))
            .unwrap()
    };
    let api = format!("/api/v1{base}/campaigns/{campaign_id}/answers/import");
    let r = site.send(api_import(format!("{api}?dry_run=true"))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let plan = json(r).await;
    assert_eq!(
        (plan["target"].as_str(), plan["unchanged"].as_u64(), plan["rejected"].as_u64()),
        (Some("survey_answers"), Some(1), Some(1)),
        "{plan}"
    );
    let unknown = format!("/api/v1{base}/campaigns/{}/answers/import", uuid::Uuid::nil());
    assert_eq!(site.send(api_import(unknown)).await.status(), StatusCode::NOT_FOUND);
    let staff = site.login("board@clusterdesk.example").await;
    let r = site.submit(&staff, &format!("{base}/surveys"), &[("template", "member_satisfaction".into())]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "the board reads, and changes nothing");

    // A year's figures typed by the team show on the organisation's page.
    let year = |extra: (&'static str, &str)| {
        vec![("organisation", company.to_string()), ("year", "2025".to_string()), (extra.0, extra.1.to_string())]
    };
    let r = site.submit(&b, &format!("{base}/company-figures"), &year(("turnover", "1.500.000"))).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = site.html(&b, &format!("{base}/organisations/{company}")).await;
    assert!(html.contains("Company figures") && html.contains("1,500,000.00"), "{html}");
    let r = site.submit(&b, &format!("{base}/company-figures"), &year(("digital_maturity", "9"))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("is from 1 (paper and e-mail) to 5"));
}

/// The Basque team's site at `https://desk.example`, its mail sent to a real SMTP listener.
async fn mailing_site(db: store::Db) -> (Site, app::mail::testing::SmtpListener) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app::App::for_tests(db)
        .with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "desk@cluster.example".into() });
    basque_team(&app).await;
    let config = web::WebConfig { public_url: "https://desk.example".into(), ..Default::default() };
    (Site::of(app, config), listener)
}

/// The notice the page shows after the action that answered `r`.
async fn notice_after(site: &Site, b: &Browser, r: Response<Body>) -> String {
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    let (_, rest) = html.split_once("role=\"status\">").unwrap_or(("", &html));
    rest.split_once("</div>").map_or(rest, |(n, _)| n).to_string()
}

/// The team registers someone who phoned in, gives a waiting person a seat beyond the capacity,
/// exports the attendees, prints badges and mails the registered; each registration shows its
/// invoice and the invoice's state.
async fn the_team_manages_an_events_registrations_from_its_page(db: store::Db) {
    let (site, listener) = mailing_site(db).await;
    let scope = basque(&site).await;
    let today = site.app.today(&scope);
    build::billing_details(&site.app, &scope).await;
    let company = build::organisation(&site.app, &scope, "Errota <Movilidad>").await;
    build::contact(&site.app, &scope, company.id, "Ane", "Zubia", Some("ane@errota.example")).await;
    build::contact(&site.app, &scope, company.id, "Jon", "Arrieta", Some("jon@errota.example")).await;
    let event = build::paid_event(&site.app, &scope, "Lean forum", today + chrono::Duration::days(9), 1, 5000).await;
    let page = format!("/clusters/mobility-basque/events/{event}");
    let staff = site.login("staff@clusterdesk.example").await;

    let registrations = format!("{page}/registrations");
    let register = |email: &str| [("email", email.to_string())];
    let said =
        notice_after(&site, &staff, site.submit(&staff, &registrations, &register(" ANE@errota.example ")).await).await;
    assert!(
        said.starts_with("ANE@errota.example is registered; invoice ")
            && said.ends_with("the confirmation is on its way."),
        "{said}"
    );
    let said =
        notice_after(&site, &staff, site.submit(&staff, &registrations, &register("jon@errota.example")).await).await;
    assert_eq!(
        said,
        "The event is full: jon@errota.example is on the waiting list, and the confirmation is on its way."
    );
    let said =
        notice_after(&site, &staff, site.submit(&staff, &registrations, &register("ane@errota.example")).await).await;
    assert_eq!(said, "ane@errota.example was registered already: nothing changed.");
    let r = site.submit(&staff, &registrations, &register("nobody@errota.example")).await;
    let html = body_text(site.follow(&r, Some(&staff.cookie)).await).await;
    assert!(html.contains("Nothing changed: email: no current contact of the cluster has this email"), "{html}");

    let html = site.html(&staff, &page).await;
    let ane_invoice = app::invoice::list(&site.app, &scope, &Default::default()).await.unwrap();
    assert_eq!(ane_invoice.len(), 1, "one invoice, for the seat");
    assert!(html.contains(&format!("{} · Issued", ane_invoice[0].invoice.number)), "{html}");
    assert!(html.contains("The event is full. Give Jon Arrieta a seat all the same, beyond its capacity?"), "{html}");
    let jon = app::event::registrations(&site.app, &scope, event)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.first_name == "Jon")
        .unwrap();
    let r = site.submit(&staff, &format!("/clusters/mobility-basque/registrations/{}/seat", jon.id), &[]).await;
    assert_eq!(notice_after(&site, &staff, r).await, "Jon Arrieta has a seat now, and is told by mail.");
    let seated = app::event::registrations(&site.app, &scope, event).await.unwrap();
    assert!(seated.iter().all(|r| r.holds_seat() && r.invoice_id.is_some()), "{seated:?}");
    let again = site.submit(&staff, &format!("/clusters/mobility-basque/registrations/{}/seat", jon.id), &[]).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "a seat is given once");

    let csv = body_text(site.get(&format!("{page}/attendees"), Some(&staff.cookie)).await).await;
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "Last name,First name,Organisation,Email,Registration,Attendance,Invoice,Invoice state");
    assert!(lines[1].starts_with("Arrieta,Jon,Errota <Movilidad>,jon@errota.example,Registered,,"), "{csv}");
    assert!(lines[2].starts_with("Zubia,Ane,"), "{csv}");
    let xlsx = site.get(&format!("{page}/attendees?format=xlsx"), Some(&staff.cookie)).await;
    assert!(to_bytes(xlsx.into_body(), usize::MAX).await.unwrap().starts_with(b"PK"));
    let badges = body_text(site.get(&format!("{page}/badges"), Some(&staff.cookie)).await).await;
    assert!(badges.contains("2 badges") && badges.contains("Errota &#60;Movilidad&#62;"), "{badges}");
    assert!(badges.find("Jon Arrieta").unwrap() < badges.find("Ane Zubia").unwrap(), "by last name");

    let sent_before = listener.received().len();
    let r = site
        .submit(
            &staff,
            &format!("{page}/mail"),
            &[("subject", "Parking\r\nBcc: x@evil.example".into()), ("text", "Hi".into())],
        )
        .await;
    let html = body_text(site.follow(&r, Some(&staff.cookie)).await).await;
    assert!(html.contains("Nothing changed: subject: must be one line"), "{html}");
    let r = site
        .submit(&staff, &format!("{page}/mail"), &[("subject", "Parking".into()), ("text", "Park at the back.".into())])
        .await;
    assert_eq!(notice_after(&site, &staff, r).await, "The message is on its way to 2 people, each on their own.");
    app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let sent: Vec<_> =
        listener.received().into_iter().skip(sent_before).filter(|m| m.data.contains("Subject: Parking")).collect();
    assert_eq!(sent.len(), 2);
    assert!(
        sent.iter().all(|m| m.to.len() == 1 && m.data.contains("Reply-To: staff@clusterdesk.example")),
        "{:?}",
        sent[0].data
    );

    let board = site.login("board@clusterdesk.example").await;
    let html = site.html(&board, &page).await;
    assert!(
        !html.contains("Register someone") && !html.contains("Email the registered") && !html.contains("/seat\""),
        "{html}"
    );
    assert!(html.contains("Attendees (CSV)"), "the board reads the list");
    let r = site.submit(&board, &format!("{page}/registrations"), &[("email", "ane@errota.example".into())]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

/// A form of a page without a session (a password reset), posted with the cookie and token its
/// page gave.
async fn post_public_form(site: &Site, path: &str, fields: &[(&str, &str)]) -> Response<Body> {
    let page = site.get(path, None).await;
    let cookie = cookie_of(&page, "clusterdesk_login").unwrap();
    let csrf = hidden_csrf(&body_text(page).await);
    let mut form = vec![("_csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    site.post_form(path, &cookie, &form).await
}

/// The path of the last one-time link in a message, such as `/password/3f…`.
fn password_link(text: &str) -> String {
    let (_, after) = text.rsplit_once("/password/").expect("a link");
    format!("/password/{}", after.chars().take_while(char::is_ascii_alphanumeric).collect::<String>())
}

async fn people_are_invited_and_managed_and_passwords_reset_from_the_pages_through_smtp(db: store::Db) {
    let (site, listener) = mailing_site(db).await;
    let people = "/clusters/mobility-basque/people";
    let manager = site.login("manager@clusterdesk.example").await;
    let staff = site.login("staff@clusterdesk.example").await;
    let board = site.login("board@clusterdesk.example").await;

    // Only managers see and reach the people.
    let html = site.html(&manager, people).await;
    assert!(html.contains("staff@clusterdesk.example") && html.contains("board@clusterdesk.example"), "{html}");
    assert!(site.html(&manager, "/clusters/mobility-basque").await.contains(&format!("href=\"{people}\"")));
    for b in [&staff, &board] {
        assert_eq!(site.get(people, Some(&b.cookie)).await.status(), StatusCode::FORBIDDEN);
        assert!(!site.html(b, "/clusters/mobility-basque").await.contains(&format!("href=\"{people}\"")));
        let r = site.submit(b, people, &[("email", "x@y.example".into()), ("role", "staff".into())]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }

    // A bad invitation comes back with the fields to fix; a good one mails a link.
    let r = site.submit(&manager, people, &[("email", "nora at errota".into()), ("role", "owner".into())]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("value=\"nora at errota\"") && html.contains("id=\"role-error\""), "{html}");
    let invite =
        [("email", "nora@errota.example".to_string()), ("name", "Nora <b>Errota</b>".into()), ("role", "staff".into())];
    let r = site.submit(&manager, people, &invite).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("nora@errota.example is invited") && html.contains("Nora &#60;b&#62;Errota"), "{html}");
    assert!(html.contains("invited, no password yet"), "{html}");
    app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let mail = listener.received().pop().unwrap();
    assert_eq!(mail.to, ["nora@errota.example"]);
    let link = password_link(&mail.text());
    assert!(mail.text().contains(&format!("https://desk.example{link}")), "{}", mail.text());

    let html = body_text(site.get(&link, None).await).await;
    assert!(html.contains("Welcome to clusterdesk") && html.contains("nora@errota.example"), "{html}");
    let r = post_public_form(&site, &link, &[("new_password", "short"), ("repeat_password", "short")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("id=\"new_password-error\""));
    let phrase = "harbour crane lantern";
    let forged = site
        .post_form(
            &link,
            "clusterdesk_login=abc",
            &[("_csrf", "abd"), ("new_password", phrase), ("repeat_password", phrase)],
        )
        .await;
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    let r = post_public_form(&site, &link, &[("new_password", phrase), ("repeat_password", phrase)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/login?password_set=1");
    assert!(body_text(site.get("/login?password_set=1", None).await).await.contains("Your password is set"));
    let again = site.get(&link, None).await;
    assert_eq!(again.status(), StatusCode::GONE, "a link works once");
    assert!(body_text(again).await.contains("used already or has expired"));
    let nora = app::auth::login(&site.app, "nora@errota.example", phrase, "x").await.unwrap();

    // Her page changes her role, takes her out, deactivates her account; the manager's own page
    // offers none of that.
    let nora_page = format!("{people}/{}", nora.actor.user_id());
    let html = site.html(&manager, &nora_page).await;
    for action in ["/role", "/remove", "/deactivate"] {
        assert!(html.contains(&format!("action=\"{nora_page}{action}\"")), "{action}: {html}");
    }
    let own = format!(
        "{people}/{}",
        app::auth::operator_actor(&site.app, "manager@clusterdesk.example").await.unwrap().user_id()
    );
    let html = site.html(&manager, &own).await;
    assert!(!html.contains("/role\"") && !html.contains("/deactivate\""), "{html}");
    let r = site.submit(&manager, &format!("{own}/role"), &[("role", "board".into())]).await;
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("Nothing changed: you cannot change the role of yourself"), "{html}");
    let r = site.submit(&manager, &format!("{nora_page}/role"), &[("role", "board".into())]).await;
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("is now board"), "{html}");
    assert!(matches!(
        app::auth::scope(&site.app, &nora.actor, "mobility-basque", Permission::Edit).await,
        Err(app::Error::Forbidden(_))
    ));
    let r = site.submit(&manager, &format!("{nora_page}/deactivate"), &[]).await;
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("nora@errota.example is deactivated") && html.contains("Reactivate the account"), "{html}");
    assert!(app::auth::session(&site.app, &nora.secret).await.unwrap().is_none());

    // A forgotten password: the same answer for an account and for no account; only the account
    // gets a link, which ends every session it had.
    let before = listener.received().len();
    let known = post_public_form(&site, "/password/forgot", &[("email", "staff@clusterdesk.example")]).await;
    let unknown = post_public_form(&site, "/password/forgot", &[("email", "nobody@clusterdesk.example")]).await;
    assert_eq!((known.status(), unknown.status()), (StatusCode::OK, StatusCode::OK));
    let (known, unknown) = (body_text(known).await, body_text(unknown).await);
    assert!(known.contains("If an account has the email staff@clusterdesk.example, a link"), "{known}");
    assert_eq!(known.replace("staff@", "nobody@"), unknown);
    app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let sent = listener.received();
    assert_eq!(sent.len(), before + 1);
    assert_eq!(sent[before].to, ["staff@clusterdesk.example"]);
    let link = password_link(&sent[before].text());
    let r = post_public_form(&site, &link, &[("new_password", phrase), ("repeat_password", phrase)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(site.get("/clusters/mobility-basque", Some(&staff.cookie)).await.status(), StatusCode::SEE_OTHER);
    let r = post_public_form(&site, "/password/forgot", &[("email", "nobody")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // One's own account: where one is signed in, each session ended on its own, the password.
    let second = site.login("manager@clusterdesk.example").await;
    let html = site.html(&manager, "/account").await;
    assert!(html.contains("Where you are signed in (2)") && html.contains("this browser"), "{html}");
    let (_, rest) = html.split_once("action=\"/account/sessions/").expect("an End button");
    let other = rest.split_once('/').unwrap().0;
    let r = site.submit(&manager, &format!("/account/sessions/{other}/end"), &[]).await;
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("that browser is signed out") && html.contains("Where you are signed in (1)"), "{html}");
    assert_eq!(site.get("/account", Some(&second.cookie)).await.status(), StatusCode::SEE_OTHER);
    let wrong = [
        ("current_password", "guess".to_string()),
        ("new_password", phrase.into()),
        ("repeat_password", phrase.into()),
    ];
    let r = site.submit(&manager, "/account/password", &wrong).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("is not your current password"));
    let right = [
        ("current_password", build::PASSWORD.to_string()),
        ("new_password", phrase.into()),
        ("repeat_password", phrase.into()),
    ];
    let r = site.submit(&manager, "/account/password", &right).await;
    let html = body_text(site.follow(&r, Some(&manager.cookie)).await).await;
    assert!(html.contains("Your password is changed"), "{html}");
    app::auth::login(&site.app, "manager@clusterdesk.example", phrase, "x").await.unwrap();
}

async fn reminders_are_previewed_and_sent_from_the_page_through_smtp(db: store::Db) {
    let (site, listener) = mailing_site(db).await;
    // Two customers, each with a person, whose invoices fell due a month ago; and a coming event
    // with free seats.
    let scope = basque(&site).await;
    let today = site.app.now().date_naive();
    build::billing_details(&site.app, &scope).await;
    for company in build::companies(&site.app, &scope, 2).await {
        build::issued_invoice(&site.app, &scope, company.id, "950", today - chrono::Duration::days(60)).await;
    }
    let event =
        build::event_with_seats(&site.app, &scope, "Lean management", today + chrono::Duration::days(12), 20).await;
    let b = site.login("manager@clusterdesk.example").await;

    // Links in mail start from the configured address, whatever Host a request names.
    let form = "first_name=Ana&last_name=Host&email=ana%40host.example&organisation=Host+S.L.";
    let request = Request::post(format!("/events/mobility-basque/{event}"))
        .header(header::HOST, "evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    assert_eq!(site.send(request).await.status(), StatusCode::OK);
    app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let asking = listener.received().pop().unwrap().text();
    assert!(asking.contains("https://desk.example/events/mobility-basque/requests/"), "{asking}");
    assert!(!asking.contains("evil.example"));
    // The link confirms from its page's button (a mail scanner's GET changes nothing).
    let link = asking.split_whitespace().find(|w| w.contains("/requests/")).unwrap();
    let path = link.trim_start_matches("https://desk.example").to_string();
    let html = body_text(site.get(&path, None).await).await;
    assert!(html.contains("Confirm my registration") && html.contains("Ana Host, Host S.L."), "{html}");
    assert!(app::event::registrations(&site.app, &scope, event).await.unwrap().is_empty());
    let confirm = Request::post(&path).header(header::HOST, "evil.example").body(Body::empty()).unwrap();
    let r = site.send(confirm).await;
    let html = body_text(site.follow(&r, None).await).await;
    assert!(html.contains("Your registration is confirmed"), "{html}");
    app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let confirmation = listener.received().pop().unwrap().text();
    assert!(confirmation.contains("https://desk.example/events/mobility-basque/registrations/"), "{confirmation}");
    assert!(!confirmation.contains("evil.example"));
    let before_reminders = listener.received().len();
    let page = "/clusters/mobility-basque/reminders";
    let html = body_text(site.get(page, Some(&b.cookie)).await).await;
    assert!(html.contains("Will be reminded") && html.contains("Send reminders"), "{html}");
    assert_eq!(listener.received().len(), before_reminders);
    let r = site.post_form(page, &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    let delivered = app::mail::deliver_pending(&site.app, "worker").await.unwrap();
    let sent = listener.received().len() - before_reminders;
    assert_eq!(delivered.sent, sent);
    assert_eq!(sent, 2, "one reminder for each overdue invoice");
    assert!(html.contains(&format!("{sent} reminders are on their way")), "{html}");
    assert!(listener.received()[before_reminders].data.contains("Reply-To: billing@mobility-basque.example"));
    let log = body_text(site.get("/clusters/mobility-basque/mail", Some(&b.cookie)).await).await;
    assert!(
        // The visitor asked for no language: their confirmation is in the cluster's Spanish too.
        log.contains("Sent mail")
            && log.contains("Recordatorio: la factura")
            && log.contains("Inscripción confirmada:"),
        "{log}"
    );
    let token = site.token("manager@clusterdesk.example").await;
    let r = site.api("GET", "/api/v1/clusters/mobility-basque/mail", &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let logged: serde_json::Value = serde_json::from_str(&body_text(r).await).unwrap();
    let logged = logged.as_array().unwrap();
    assert_eq!(logged.len(), sent + 2, "the request's link, the confirmation and the reminders");
    assert!(logged.iter().all(|m| m["state"] == "sent" && m["sent_at"].is_string()), "{logged:?}");
    assert!(!body_text(site.get(page, Some(&b.cookie)).await).await.contains("Send reminders"), "nothing left to send");

    let plain = site_on(store::testing::sqlite().await).await;
    let m = plain.login("manager@clusterdesk.example").await;
    let html = body_text(plain.get(page, Some(&m.cookie)).await).await;
    assert!(html.contains("Mail is not set up") && !html.contains("Send reminders"), "{html}");
}

async fn the_api_runs_renewals_invoices_payments_statements_and_figures(site: Site) {
    // A full member since two years ago who was never invoiced this year's fee (lapsed), and one
    // who joined this year.
    let scope = basque(&site).await;
    let full = build::full_member_type(&site.app, &scope).await;
    let companies = build::companies(&site.app, &scope, 2).await;
    let year = this_year(&site);
    build::member(&site.app, &scope, companies[0].id, full, day(year - 2, 3, 1)).await;
    build::member(&site.app, &scope, companies[1].id, full, day(year, 2, 1)).await;
    let token = site.token("manager@clusterdesk.example").await;
    let base = "/api/v1/clusters/mobility-basque";
    let next = year + 1;
    let r = site.api("POST", &format!("{base}/renewals"), &token, Some(serde_json::json!({"period": next}))).await;
    assert_eq!(r.status(), StatusCode::OK);
    let preview = json(r).await;
    assert_eq!(preview["issued"], 0, "a preview by default");
    assert!(preview["lines"].as_array().unwrap().iter().any(|l| l["action"] == "invoice"));

    let r = site.api("GET", &format!("{base}/membership-figures?period=2000"), &token, None).await;
    assert_eq!(json(r).await["members"], 0);
    let r = site.api("GET", &format!("{base}/memberships?status=lapsed"), &token, None).await;
    let lapsed = json(r).await;
    assert_eq!(lapsed.as_array().unwrap().len(), 1, "{lapsed}");
    assert!(lapsed.as_array().unwrap().iter().all(|m| m["status"] == "lapsed"));
    let r = site.api("GET", &format!("{base}/memberships?status=dormant"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let r = site
        .api("POST", &format!("{base}/membership-types"), &token, Some(serde_json::json!({"name": "", "rule": "flat"})))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = serde_json::json!({"name": "Startup", "period": "rolling", "months": "6", "rule": "flat", "fee": "150"});
    let r = site.api("POST", &format!("{base}/membership-types"), &token, Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created = json(r).await;
    assert_eq!(created["fee_rule"], serde_json::json!({"rule": "flat", "fee": 15000}));
    let simulation = serde_json::json!({"rule": "by_employees", "bands": "9: 100\nrest: 300"});
    let r = site
        .api(
            "POST",
            &format!("{base}/membership-types/{}/simulation", created["id"].as_str().unwrap()),
            &token,
            Some(simulation),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    let org = companies[0].id;
    let draft = serde_json::json!({"organisation_id": org, "lines": [{"description": "Workshop", "unit_price": "500"}], "tax_rate": "21"});
    let r = site.api("POST", &format!("{base}/invoices"), &token, Some(draft)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let invoice = json(r).await;
    assert_eq!(
        (invoice["state"].as_str(), invoice["gross_minor"].as_i64(), invoice["number"].is_null()),
        (Some("draft"), Some(60_500), true)
    );
    let id = invoice["id"].as_str().unwrap();
    let r = site.api("POST", &format!("{base}/invoices/{id}/issue"), &token, None).await;
    let issued = json(r).await;
    let number = issued["number"].as_str().unwrap().to_string();
    let r = site
        .api("POST", &format!("{base}/invoices/{id}/payments"), &token, Some(serde_json::json!({"amount": "105"})))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json(r).await["state"], "partially_paid");
    let r = site.api("DELETE", &format!("{base}/invoices/{id}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "issued invoices are never deleted");

    let statement = format!("date,text,amount\n{},Payment {number},500.00\n", site.app.now().date_naive());
    let request = Request::post(format!("{base}/bank-statements?dry_run=false"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(statement))
        .unwrap();
    let report = json(site.send(request).await).await;
    assert_eq!((report["matched"].as_u64(), report["recorded"].as_bool()), (Some(1), Some(true)), "{report}");
    let r = site.api("GET", &format!("{base}/invoices/{id}"), &token, None).await;
    let paid = json(r).await;
    assert_eq!((paid["state"].as_str(), paid["payments"].as_array().unwrap().len()), (Some("paid"), 2));
    let r = site.api("GET", &format!("{base}/invoices?state=paid&q={number}"), &token, None).await;
    assert_eq!(json(r).await.as_array().unwrap().len(), 1);
    let r = site.api("GET", &format!("{base}/invoices/export?format=csv"), &token, None).await;
    assert!(r.headers().get(header::CONTENT_LENGTH).is_none(), "the CSV leaves as its rows are read");
    let csv = body_text(r).await;
    assert!(csv.starts_with("\u{feff}number,date,due_date,kind,customer,"), "{csv}");
    assert!(csv.contains(&number));
    let r = site.api("POST", &format!("{base}/reminders"), &token, Some(serde_json::json!({"dry_run": false}))).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "mail is not set up here");

    // Paid in full: ten more are refused, unless kept as credit; then refunded.
    let ten = serde_json::json!({"amount": "10"});
    let r = site.api("POST", &format!("{base}/invoices/{id}/payments"), &token, Some(ten)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let ten = serde_json::json!({"amount": "10", "overpayment": true});
    let r = site.api("POST", &format!("{base}/invoices/{id}/payments"), &token, Some(ten)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = site.api("GET", &format!("{base}/organisations/{org}/credit"), &token, None).await;
    let credit = json(r).await;
    assert_eq!(
        (credit["balance_minor"].as_i64(), credit["entries"][0]["kind"].as_str()),
        (Some(1_000), Some("overpayment"))
    );
    let refund = serde_json::json!({"note": "Transferred back"});
    let r = site.api("POST", &format!("{base}/organisations/{org}/credit/refund"), &token, Some(refund)).await;
    assert_eq!(json(r).await["balance_minor"], 0);

    // A payment is reversed, never deleted: the invoice is owed again.
    let first = paid["payments"][0]["id"].as_str().unwrap().to_string();
    let reason = serde_json::json!({"reason": "Entered twice"});
    let r = site.api("POST", &format!("{base}/payments/{first}/reverse"), &token, Some(reason.clone())).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = site.api("GET", &format!("{base}/invoices/{id}"), &token, None).await;
    let reversed = json(r).await;
    assert_eq!(
        (reversed["state"].as_str(), reversed["outstanding_minor"].as_i64()),
        (Some("partially_paid"), Some(10_500))
    );
    assert_eq!(reversed["payments"][0]["reversal_reason"], "Entered twice");
    let r = site.api("POST", &format!("{base}/payments/{first}/reverse"), &token, Some(reason)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "once");

    // A new member's fee invoice, from its membership.
    let joined = app::membership::of_organisation(&site.app, &scope, companies[1].id).await.unwrap()[0].membership.id;
    let fee = format!("{base}/memberships/{joined}/fee-invoice");
    let r = site.api("POST", &fee, &token, Some(serde_json::json!({"dry_run": true}))).await;
    let quote = json(r).await;
    assert_eq!((quote["action"].as_str(), quote["number"].is_null()), (Some("invoice"), true), "{quote}");
    let r = site.api("POST", &fee, &token, None).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert!(json(r).await["number"].is_string());
    let r = site.api("POST", &fee, &token, None).await;
    assert_eq!((r.status(), json(r).await["action"].as_str().map(String::from)), (StatusCode::OK, Some("skip".into())));
}

async fn an_event_is_set_up_registered_for_without_an_account_cancelled_and_checked_in(site: Site) {
    // Last year's training programme, six sessions, all over.
    let scope = basque(&site).await;
    let last = this_year(&site) - 1;
    let sessions = [
        ("Opening: partnership and clusters' roundtable", day(last, 11, 27)),
        ("Module 1, part 1: cluster strategy and vision", day(last, 12, 1)),
        ("Module 1, part 2: from strategy to action", day(last, 12, 4)),
        ("Knowledge exchange", day(last, 12, 10)),
        ("Module 2, part 1: cluster governance and change management", day(last, 12, 14)),
        ("Module 2, part 2: services and new sources of funding", day(last, 12, 18)),
    ];
    build::series(&site.app, &scope, "Online training programme for cluster organisations", &sessions).await;
    let b = site.login("staff@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let html = body_text(site.get(&format!("{base}/events?past=1"), Some(&b.cookie)).await).await;
    assert!(html.contains("Opening: partnership and clusters"), "the training programme: {html}");
    let list = body_text(site.get(&format!("{base}/events"), Some(&b.cookie)).await).await;
    let series =
        list.split("href=\"/clusters/mobility-basque/series/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let html = body_text(site.get(&format!("{base}/series/{series}"), Some(&b.cookie)).await).await;
    assert!(
        html.contains("Online training programme")
            && html.contains("Sessions (6)")
            && html.contains("Module 2, part 2"),
        "{html}"
    );

    let day = (site.app.now().date_naive() + chrono::Duration::days(20)).to_string();
    let bad = [
        ("_csrf", b.csrf.as_str()),
        ("title", "Port night"),
        ("kind", "party"),
        ("format", "in_person"),
        ("date", day.as_str()),
        ("starts", "18:00"),
        ("ends", "17:00"),
    ];
    let r = site.post_form(&format!("{base}/events"), &b.cookie, &bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(
        html.contains("is not an event kind")
            && html.contains("must be after the start")
            && html.contains("say where it takes place"),
        "{html}"
    );
    let good = [
        ("_csrf", b.csrf.as_str()),
        ("title", "Port <night>"),
        ("kind", "networking"),
        ("format", "in_person"),
        ("place", "Bizkaia Aretoa"),
        ("capacity", "1"),
        ("date", day.as_str()),
        ("starts", "18:00"),
        ("ends", "21:00"),
        ("agenda", "18:00-18:30 Welcome | Ane\n18:30-19:00 Coffee"),
    ];
    let r = site.post_form(&format!("{base}/events"), &b.cookie, &good).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = location(&r);
    let id = page.rsplit('/').next().unwrap().to_string();
    let html = body_text(site.get(&page, Some(&b.cookie)).await).await;
    assert!(
        html.contains("Port &#60;night&#62;")
            && html.contains("0 of 1 taken")
            && html.contains("Nobody has registered yet"),
        "{html}"
    );

    // A visitor, without an account: the form says what is kept and why, its box for news is
    // not ticked, and the cluster without mail checks registrations itself.
    let public = format!("/events/mobility-basque/{id}");
    let html = body_text(site.get(&public, None).await).await;
    assert!(html.contains("Register") && html.contains("Welcome") && !html.contains("Log out"), "{html}");
    assert!(html.contains("GDPR Art. 6(1)(b)") && html.contains("privacy notice is not published yet"), "{html}");
    // The manager publishes the cluster's privacy notice (and keeps the team's check): the form
    // links it.
    let m = site.login("manager@clusterdesk.example").await;
    let settings = [
        ("_csrf", m.csrf.as_str()),
        ("registration_check", "review"),
        ("privacy_notice_url", "https://cluster.example/privacy"),
    ];
    let r = site.post_form("/clusters/mobility-basque/public-registration", &m.cookie, &settings).await;
    let html = body_text(site.follow(&r, Some(&m.cookie)).await).await;
    assert!(html.contains("Visitors&#39; registrations: the team accepts or declines each one."), "{html}");
    let bad = [("_csrf", m.csrf.as_str()), ("registration_check", "review"), ("privacy_notice_url", "javascript:x")];
    let r = site.post_form("/clusters/mobility-basque/public-registration", &m.cookie, &bad).await;
    assert!(body_text(site.follow(&r, Some(&m.cookie)).await).await.contains("Nothing changed"));
    let html = body_text(site.get(&public, None).await).await;
    assert!(html.contains("href=\"https://cluster.example/privacy\"") && html.contains("Privacy notice"), "{html}");
    assert!(html.contains("type=\"checkbox\" value=\"yes\" aria-describedby") && !html.contains(" checked"), "{html}");
    let r = site.post_form(&public, "", &[("first_name", "Mikel"), ("email", "nope")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(r).await.contains("is not an email address"));
    let form = [
        ("first_name", "Mikel"),
        ("last_name", "Ortiz"),
        ("email", "mikel@new.example"),
        ("organisation", "Ortiz Naval S.L."),
        ("wants_news", "yes"),
    ];
    let html = body_text(site.post_form(&public, "", &form).await).await;
    assert!(html.contains("The team checks each registration") && html.contains("Where it stands"), "{html}");
    let request = html.split("href=\"/events/mobility-basque/requests/").nth(1).unwrap().split('"').next().unwrap();
    let html = body_text(site.get(&format!("/events/mobility-basque/requests/{request}"), None).await).await;
    assert!(html.contains("Mikel Ortiz, Ortiz Naval S.L.") && html.contains("Waiting for the team"), "{html}");
    assert!(!html.contains("Confirm my registration"), "the team decides, not the link: {html}");
    let second = [
        ("first_name", "Jone"),
        ("last_name", "Ibar"),
        ("email", "jone@new.example"),
        ("organisation", "Ibar S.Coop."),
    ];
    body_text(site.post_form(&public, "", &second).await).await;
    let html = body_text(site.get(&page, Some(&b.cookie)).await).await;
    assert!(html.contains("Registrations to check (2)") && html.contains("Nobody has registered yet"), "{html}");
    let requests = app::registration::requests(&site.app, &scope, id.parse().unwrap()).await.unwrap();
    let mikel = app::registration::accept(&site.app, &scope, requests[0].id, "x", "manager").await.unwrap();
    let personal = mikel.token.unwrap();
    let accept = format!("{base}/registration-requests/{}/accept", requests[1].id);
    let r = site.post_form(&accept, &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("the event is full, so they wait for a seat"), "{html}");
    let html = body_text(site.get(&page, Some(&b.cookie)).await).await;
    assert!(html.contains("Jone Ibar") && !html.contains("Registrations to check"), "{html}");

    let personal = format!("/events/mobility-basque/registrations/{personal}");
    let html = body_text(site.get(&personal, None).await).await;
    assert!(html.contains("Mikel Ortiz, Ortiz Naval S.L.") && html.contains("Cancel my registration"), "{html}");
    let r = site.post_form(&personal, "", &[]).await;
    let html = body_text(site.follow(&r, None).await).await;
    assert!(html.contains("Your registration is cancelled") && !html.contains("Cancel my registration"), "{html}");

    let html = body_text(site.get(&page, Some(&b.cookie)).await).await;
    assert!(
        html.contains("1 of 1 taken, 0 waiting") && html.contains("Jone Ibar") && html.contains("new: review"),
        "{html}"
    );
    let html = body_text(site.get(&format!("{page}/check-in"), Some(&b.cookie)).await).await;
    assert!(
        html.contains("0 came of 1 registered") && html.contains("Jone Ibar") && !html.contains("Mikel Ortiz"),
        "{html}"
    );
    let jone = app::event::registrations(&site.app, &scope, id.parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.first_name == "Jone")
        .unwrap();
    assert!(html.contains("Check-in opens on the event") && html.contains(" disabled"), "not before its day: {html}");
    assert!(
        html.contains(&format!("hx-target=\"#reg-{0}\" hx-select=\"#reg-{0}\"", jone.id)),
        "a mark changes its row in place: {html}"
    );
    let found = site.html(&b, &format!("{page}/check-in?q=%C3%8Dbar")).await;
    assert!(found.contains("Jone Ibar"), "found as typed, accents and case aside: {found}");
    let none = site.html(&b, &format!("{page}/check-in?q=zzz")).await;
    assert!(none.contains("Nobody matches") && !none.contains("Jone Ibar"), "{none}");
    let came = format!("{base}/registrations/{}/attendance?set=attended", jone.id);
    let r = site.post_form(&came, &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("attendance is recorded from that day on"), "no attendance weeks before: {html}");
    let starts_at = app::event::get(&site.app, &scope, id.parse().unwrap()).await.unwrap().fields.starts_at;
    let the_night_before = starts_at.date().pred_opt().unwrap().and_hms_opt(23, 59, 0).unwrap();
    let too_early = Site::of(site.app.at_local(&scope, the_night_before), web::WebConfig::default());
    let r = too_early.post_form(&came, &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(too_early.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("attendance is recorded from that day on"), "not the night before: {html}");
    // The door opens before the start: the event's day, early in the morning.
    let the_morning = starts_at.date().and_hms_opt(0, 5, 0).unwrap();
    assert!(the_morning < starts_at);
    let at_the_door = Site::of(site.app.at_local(&scope, the_morning), web::WebConfig::default());
    let r = at_the_door.post_form(&came, &b.cookie, &[("_csrf", &b.csrf)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = body_text(at_the_door.get(&format!("{page}/check-in"), Some(&b.cookie)).await).await;
    assert!(html.contains("1 came of 1 registered"), "{html}");

    // The calendar's links start from the configured address, whatever Host the request names.
    let forged_host = Request::get(format!("{page}/event.ics"))
        .header(header::COOKIE, &b.cookie)
        .header(header::HOST, "evil.example")
        .body(Body::empty())
        .unwrap();
    let r = site.send(forged_host).await;
    assert_eq!(r.headers()[header::CONTENT_TYPE], "text/calendar; charset=utf-8");
    let ics = body_text(r).await;
    assert!(ics.contains(&format!("UID:{id}@clusterdesk")) && ics.contains("TZID:Europe/Madrid"), "{ics}");
    assert!(!ics.contains("evil.example") && ics.contains(&web::WebConfig::default().public_url), "{ics}");
    let list = body_text(site.get(&format!("{base}/events"), Some(&b.cookie)).await).await;
    let feed = list.split("href=\"/calendar/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = site.get(&format!("/calendar/{feed}"), None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body_text(r).await.contains("Port <night>"));
    assert_eq!(site.get("/calendar/mobility-basque/guess.ics", None).await.status(), StatusCode::NOT_FOUND);

    let r = site.post_form(&format!("{page}/cancel"), &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("The event is cancelled"), "{html}");
    let html = body_text(site.get(&public, None).await).await;
    assert!(html.contains("This event is cancelled") && !html.contains(">Register</button>"), "{html}");
}

/// A paid event's visitor sees the price with its tax and the invoice; the team cancels a
/// registration from the event's page: the invoice is credited and the one who waited moves up.
async fn a_paid_registration_shows_its_price_and_the_teams_cancellation_credits_it(site: Site) {
    let scope = basque(&site).await;
    let day = day(this_year(&site) + 1, 3, 12);
    let id = build::paid_event(&site.app, &scope, "Hydrogen day", day, 1, 10_000).await;
    let visitor = app::auth::visitor_scope(&site.app, "mobility-basque").await.unwrap();
    let person = |first: &str| app::registration::RegistrationInput {
        first_name: Some(first.into()),
        last_name: Some("Test".into()),
        email: Some(format!("{}@visitors.example", first.to_lowercase())),
        organisation: Some(format!("{first} S.L.")),
        wants_news: None,
        language: None,
    };
    let seated = build::registration(&site.app, &visitor, id, &person("Ane")).await.unwrap();
    let waiting = build::registration(&site.app, &visitor, id, &person("Iker")).await.unwrap();
    let personal = |o: &app::registration::RegistrationOutcome| {
        format!("/events/mobility-basque/registrations/{}", o.token.as_deref().unwrap())
    };
    let html = body_text(site.get(&personal(&seated), None).await).await;
    assert!(html.contains("121.00\u{a0}EUR, tax included: invoice"), "{html}");
    let html = body_text(site.get(&personal(&waiting), None).await).await;
    assert!(html.contains("Nothing is invoiced while you wait"), "{html}");

    let b = site.login("manager@clusterdesk.example").await;
    let cancel = format!("/clusters/mobility-basque/registrations/{}/cancel", seated.registration_id);
    let html = body_text(site.get(&format!("/clusters/mobility-basque/events/{id}"), Some(&b.cookie)).await).await;
    assert!(html.contains(&format!("action=\"{cancel}\"")) && html.contains("Tax on the prices"), "{html}");
    let r = site.post_form(&cancel, &b.cookie, &[("_csrf", &b.csrf)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("its invoice is credited; 1 moved up from the waiting list"), "{html}");
    let html = body_text(site.get(&personal(&seated), None).await).await;
    assert!(html.contains("121.00\u{a0}EUR credited") && !html.contains("Cancel my registration"), "{html}");
    let html = body_text(site.get(&personal(&waiting), None).await).await;
    assert!(
        html.contains("121.00\u{a0}EUR, tax included: invoice") && html.contains("Cancel my registration"),
        "{html}"
    );
}

async fn working_groups_engagement_and_feedback_pages_show_who_takes_part(site: Site) {
    // A member whose person came to two events this year and rated the first, and two working
    // groups.
    let scope = basque(&site).await;
    let (person, came) = an_active_member(&site, &scope).await;
    let visitor = app::auth::visitor_scope(&site.app, "mobility-basque").await.unwrap();
    let first_link = came[0].token.as_deref().unwrap();
    app::engagement::give_feedback(&site.app, &visitor, first_link, Some("5"), None).await.unwrap();
    build::working_group(&site.app, &scope, "Digitalisation", &[person.id], day(this_year(&site), 1, 15)).await;
    build::working_group(&site.app, &scope, "Skills and talent", &[], day(this_year(&site), 1, 15)).await;
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let html = body_text(site.get(&format!("{base}/working-groups"), Some(&b.cookie)).await).await;
    assert!(html.contains("Digitalisation") && html.contains("Skills and talent"), "{html}");
    let r =
        site.post_form(&format!("{base}/working-groups"), &b.cookie, &[("_csrf", &b.csrf), ("name", "Hydrogen")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let group = location(&r);
    let email = person.fields.email.clone().unwrap();
    let r = site
        .post_form(&format!("{group}/members"), &b.cookie, &[("_csrf", &b.csrf), ("email", "nobody@nowhere.example")])
        .await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("no contact of the cluster has that email"), "{html}");
    let r = site.post_form(&format!("{group}/members"), &b.cookie, &[("_csrf", &b.csrf), ("email", &email)]).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("joined the group") && html.contains("Members (1)") && html.contains("Leaves"), "{html}");

    let html = body_text(site.get(&format!("{base}/engagement"), Some(&b.cookie)).await).await;
    assert!(
        html.contains("Active member") && html.contains("At risk") && html.contains("Rule for an active member"),
        "{html}"
    );
    let r = site
        .post_form(
            &format!("{base}/engagement/rule"),
            &b.cookie,
            &[("_csrf", &b.csrf), ("activities", "0"), ("projects", "1")],
        )
        .await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Nothing changed") && html.contains("from 1 to 100"), "{html}");
    let html = body_text(site.get(&format!("{base}/engagement?at_risk=1"), Some(&b.cookie)).await).await;
    assert!(html.contains("Members at risk"), "{html}");
    let year = chrono::Datelike::year(&site.app.now().date_naive());
    let html = body_text(site.get(&format!("{base}/feedback?period={year}"), Some(&b.cookie)).await).await;
    assert!(html.contains("By kind") && html.contains("Average"), "{html}");

    // The attendee rates the second event through their personal link.
    let personal = format!("/events/mobility-basque/registrations/{}", came[1].token.as_deref().unwrap());
    let html = body_text(site.get(&personal, None).await).await;
    assert!(html.contains("How was it?") && html.contains("5: excellent"), "{html}");
    let r = site.post_form(&format!("{personal}/feedback"), "", &[("rating", "7")]).await;
    let html = body_text(site.follow(&r, None).await).await;
    assert!(html.contains("choose from 1 (poor) to 5 (excellent)"), "{html}");
    let r = site.post_form(&format!("{personal}/feedback"), "", &[("rating", "4"), ("comment", "Good <talks>")]).await;
    let html = body_text(site.follow(&r, None).await).await;
    assert!(html.contains("your feedback is recorded"), "{html}");
    let html = body_text(site.get(&format!("{base}/feedback?period={year}"), Some(&b.cookie)).await).await;
    assert!(html.contains("Good &#60;talks&#62;"), "{html}");

    let org =
        body_text(site.get(&format!("{base}/organisations/{}", person.organisation_id), Some(&b.cookie)).await).await;
    assert!(org.contains("Engagement ") && org.contains("Events attended"), "{org}");
}

async fn the_api_creates_events_reads_registrations_records_attendance_and_engagement(site: Site) {
    an_active_member(&site, &basque(&site).await).await;
    let token = site.token("staff@clusterdesk.example").await;
    let base = "/api/v1/clusters/mobility-basque";
    let day = (site.app.now().date_naive() + chrono::Duration::days(9)).to_string();
    let bad = serde_json::json!({"title": "Port night", "kind": "party", "format": "online", "date": day, "starts": "18:00", "ends": "20:00"});
    let r = site.api("POST", &format!("{base}/events"), &token, Some(bad)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let good = serde_json::json!({"title": "Port night", "kind": "networking", "format": "online", "link": "https://meet.example/p",
        "date": day, "starts": "18:00", "ends": "20:00", "capacity": "10", "agenda": "18:00-18:30 Welcome | Ane"});
    let r = site.api("POST", &format!("{base}/events"), &token, Some(good)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created = json(r).await;
    assert_eq!((created["capacity"].as_i64(), created["agenda"][0]["speaker"].as_str()), (Some(10), Some("Ane")));
    let id = created["id"].as_str().unwrap().to_string();

    let visitor = app::auth::visitor_scope(&site.app, "mobility-basque").await.unwrap();
    let input = app::registration::RegistrationInput {
        first_name: Some("Mikel".into()),
        last_name: Some("Ortiz".into()),
        email: Some("mikel@api.example".into()),
        organisation: Some("Ortiz Naval".into()),
        wants_news: None,
        language: None,
    };
    let registered = build::registration(&site.app, &visitor, id.parse().unwrap(), &input).await.unwrap();
    let r = site.api("GET", &format!("{base}/events/{id}"), &token, None).await;
    let detail = json(r).await;
    assert_eq!(detail["registrations"][0]["name"], "Mikel Ortiz");
    assert_eq!(detail["registrations"][0]["needs_review"], true);
    let attendance = format!("{base}/registrations/{}/attendance", registered.registration_id);
    let came = Some(serde_json::json!({"attendance": "attended"}));
    let r = site.api("POST", &attendance, &token, came.clone()).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "not before the event begins");
    let scope = basque(&site).await;
    let starts_at = app::event::get(&site.app, &scope, id.parse().unwrap()).await.unwrap().fields.starts_at;
    let at_the_door = Site::of(site.app.at_local(&scope, starts_at), web::WebConfig::default());
    let r = at_the_door.api("POST", &attendance, &token, came).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = site.api("GET", &format!("{base}/events?from=2000-01-01"), &token, None).await;
    assert_eq!(json(r).await.as_array().unwrap().len(), 3, "the two events of the year and this one");
    let r = site.api("GET", &format!("{base}/events?from=yesterday"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = site.api("POST", &format!("{base}/events/{id}/cancel"), &token, None).await;
    assert_eq!(json(r).await["cancelled"], true);
    let r = site.api("GET", &format!("{base}/engagement"), &token, None).await;
    let all = json(r).await;
    assert!(all.as_array().unwrap().iter().any(|e| e["member"] == true && e["active"] == true), "{all}");
}

/// Two identical writes sent at the same moment: each answers as if it were alone (never 500),
/// and what they write stands once.
async fn the_same_write_sent_twice_at_once_is_taken_once(site: Site) {
    let token = site.token("manager@clusterdesk.example").await;
    let scope = basque(&site).await;
    let org = build::organisation(&site.app, &scope, "Zubi Logística S.L.").await.id;
    // Two segments of the network's taxonomy, which its administrators keep.
    build::network_admin(&site.app, "admin@network.example").await;
    let (admin, _) = build::signed_in(&site.app, "admin@network.example", "mobility-basque", Permission::Read).await;
    for name in ["Vehicle components", "Logistics services"] {
        app::value_chain::add_term(&site.app, &scope, &admin, "segment", name).await.unwrap();
    }
    let tags = format!("/api/v1/clusters/mobility-basque/organisations/{org}/tags");
    let tag = serde_json::json!({"name": "Raced at once"});
    let (a, b) = tokio::join!(
        site.api("POST", &tags, &token, Some(tag.clone())),
        site.api("POST", &tags, &token, Some(tag.clone()))
    );
    assert_eq!((a.status(), b.status()), (StatusCode::NO_CONTENT, StatusCode::NO_CONTENT));
    let on = app::segment::tags_of(&site.app, &scope, org).await.unwrap();
    assert_eq!(on.iter().filter(|(_, name)| name == "Raced at once").count(), 1, "{on:?}");

    let terms: Vec<String> =
        app::value_chain::terms(&site.app, &scope).await.unwrap().iter().take(2).map(|t| t.id.to_string()).collect();
    let chain = format!("/api/v1/clusters/mobility-basque/organisations/{org}/value-chain");
    let body = serde_json::json!({"term_ids": terms});
    let (a, b) = tokio::join!(
        site.api("PUT", &chain, &token, Some(body.clone())),
        site.api("PUT", &chain, &token, Some(body.clone()))
    );
    assert_eq!((a.status(), b.status()), (StatusCode::OK, StatusCode::OK));
    let mine = app::value_chain::of_organisation(&site.app, &scope, org).await.unwrap();
    assert_eq!(mine.len(), 2, "{mine:?}");

    // A unique value raced: one segment takes the name, the other request is told which field
    // to change (409 with the field), never a server fault; case and accents make no new name.
    let segments = "/api/v1/clusters/mobility-basque/segments";
    let (a, b) = tokio::join!(
        site.api("POST", segments, &token, Some(serde_json::json!({"name": "Logística partners"}))),
        site.api("POST", segments, &token, Some(serde_json::json!({"name": "LOGISTICA  Partners"})))
    );
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let refused = if a.status() == StatusCode::CONFLICT { a } else { b };
    assert_eq!(refused.headers()[header::CONTENT_TYPE], "application/problem+json");
    let problem = json(refused).await;
    assert_eq!(problem["errors"][0]["field"], "name", "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("choose another name"), "{problem}");
    let saved = json(site.api("GET", segments, &token, None).await).await;
    assert_eq!(saved.as_array().unwrap().len(), 1, "{saved}");
}

/// The public forms answer 429 with Retry-After beyond the configured number per client address
/// and per event, before anything is recorded; another address still gets through until the
/// event's own limit. The team's API lists, accepts and declines what visitors sent.
async fn public_forms_are_limited_per_address_and_per_event(db: store::Db) {
    let app = app::App::for_tests(db);
    basque_team(&app).await;
    let config = web::WebConfig {
        client_address_header: Some(header::HeaderName::from_static("x-forwarded-for")),
        public_form_limits: web::door::PublicFormLimits { per_address_per_hour: 3, per_event_per_hour: 5 },
        ..Default::default()
    };
    let site = Site::of(app, config);
    let scope = basque(&site).await;
    let day = site.app.today(&scope) + chrono::Duration::days(10);
    let event = build::event(&site.app, &scope, "Port night", day).await;
    let public = format!("/events/mobility-basque/{event}");
    let send = |from: &'static str, n: usize| {
        let form = format!("first_name=P{n}&last_name=Q&email=p{n}%40x.example&organisation=O{n}");
        Request::post(public.clone())
            .header("x-forwarded-for", from)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form))
            .unwrap()
    };
    for n in 0..3 {
        assert_eq!(site.send(send("203.0.113.7", n)).await.status(), StatusCode::OK);
    }
    let refused = site.send(send("203.0.113.7", 3)).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = refused.headers()[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&wait), "{wait}");
    assert!(body_text(refused).await.contains("Too many requests from your address or for this event"));
    for n in 4..6 {
        assert_eq!(site.send(send("198.51.100.9", n)).await.status(), StatusCode::OK, "another address");
    }
    let full = site.send(send("192.0.2.1", 6)).await;
    assert_eq!(full.status(), StatusCode::TOO_MANY_REQUESTS, "the event's own limit");
    let requests = app::registration::requests(&site.app, &scope, event).await.unwrap();
    assert_eq!(requests.len(), 5, "nothing recorded beyond the limits");

    let token = site.token("staff@clusterdesk.example").await;
    let base = "/api/v1/clusters/mobility-basque";
    let listed =
        json(site.api("GET", &format!("{base}/events/{event}/registration-requests"), &token, None).await).await;
    assert_eq!(listed.as_array().unwrap().len(), 5);
    assert!(listed.as_array().unwrap().iter().all(|q| q["state"] == "held"), "{listed}");
    let first = listed[0]["id"].as_str().unwrap();
    let r = site.api("POST", &format!("{base}/registration-requests/{first}/accept"), &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let accepted = json(r).await;
    assert_eq!((accepted["status"].as_str(), accepted["token"].is_null()), (Some("registered"), true));
    let r = site.api("POST", &format!("{base}/registration-requests/{first}/accept"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "decided already");
    let second = listed[1]["id"].as_str().unwrap();
    let r = site.api("POST", &format!("{base}/registration-requests/{second}/decline"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let board = site.token("board@clusterdesk.example").await;
    let third = listed[2]["id"].as_str().unwrap();
    let r = site.api("POST", &format!("{base}/registration-requests/{third}/accept"), &board, None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "the board reads, never decides");
    assert_eq!(app::event::registrations(&site.app, &scope, event).await.unwrap().len(), 1);
}

on_each_backend!(raw: public_forms_are_limited_per_address_and_per_event);

#[tokio::test]
async fn responses_are_compressed_when_the_client_asks() {
    let site = empty_site().await;
    let ask = |gzip: bool| {
        let r = Request::get("/api/v1/openapi.json");
        let r = if gzip { r.header(header::ACCEPT_ENCODING, "gzip") } else { r };
        r.body(Body::empty()).unwrap()
    };
    let plain = site.send(ask(false)).await;
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
    let plain = to_bytes(plain.into_body(), usize::MAX).await.unwrap();
    let zipped = site.send(ask(true)).await;
    assert_eq!(zipped.headers()[header::CONTENT_ENCODING], "gzip");
    let zipped = to_bytes(zipped.into_body(), usize::MAX).await.unwrap();
    assert_eq!(&zipped[..2], &[0x1f, 0x8b], "a gzip stream");
    assert!(zipped.len() * 4 < plain.len(), "{} bytes gzipped of {}", zipped.len(), plain.len());
}

/// The monitoring pages: the dashboard by group, an indicator's page with what stands behind its
/// value, a target set and its status, an indicator of the cluster's own added (a circle refused
/// beside the formula), a value entered by hand; the board reads and changes nothing; the API.
/// The network's page: its administrators compare the clusters and keep the rate table; a
/// cluster's manager is refused both, in the pages and the API.
async fn the_network_page_compares_the_clusters_for_its_administrators_only(site: Site) {
    basque(&site).await;
    build::network_admin(&site.app, "admin@network.example").await;
    let admin = site.login("admin@network.example").await;
    let html =
        site.html(&admin, "/network/monitoring?indicators=members&indicators=events_held&named=mobility-basque").await;
    assert!(html.contains("1.1.10 Members") && html.contains("Benchmark: the others without their names"), "{html}");
    let r = site.submit(&admin, "/network/rates", &[("currency", "pln".into()), ("per_euro", "4,265".into())]).await;
    let html = body_text(site.follow(&r, Some(&admin.cookie)).await).await;
    assert!(html.contains("The rate of PLN is set") && html.contains("4.265"), "{html}");
    let r = site.submit(&admin, "/network/rates", &[("currency", "EUR".into()), ("per_euro", "1".into())]).await;
    let html = body_text(site.follow(&r, Some(&admin.cookie)).await).await;
    assert!(html.contains("Nothing changed") && html.contains("the euro is the network"), "{html}");
    let r = site.get("/network/monitoring?indicators=no_such_thing", Some(&admin.cookie)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let manager = site.login("manager@clusterdesk.example").await;
    let r = site.get("/network/monitoring", Some(&manager.cookie)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = site.submit(&manager, "/network/rates", &[("currency", "RON".into()), ("per_euro", "5".into())]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let token = site.token("manager@clusterdesk.example").await;
    let r = site.api("GET", "/api/v1/network/monitoring", &token, None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = site.api("PUT", "/api/v1/network/rates/RON", &token, Some(serde_json::json!({"per_euro": "5"}))).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let token = site.token("admin@network.example").await;
    let view =
        json(site.api("GET", "/api/v1/network/monitoring?indicators=members,staff_fte", &token, None).await).await;
    assert_eq!(view["indicators"].as_array().unwrap().len(), 2, "{view}");
    let r = site.api("PUT", "/api/v1/network/rates/RON", &token, Some(serde_json::json!({"per_euro": "4.97"}))).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let rates = json(site.api("GET", "/api/v1/network/rates", &token, None).await).await;
    assert_eq!(rates.as_array().unwrap().len(), 2, "{rates}");
}

/// The text of a PDF as `pdftotext` extracts it, when poppler-utils is installed (`.ci/run`
/// installs it); none, said so, when it is not.
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("clusterdesk-pdf-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = match std::process::Command::new("pdftotext").arg(&file).arg("-").output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped reading the PDF back: pdftotext cannot run ({e}); install poppler-utils");
            return None;
        }
    };
    let fonts = std::process::Command::new("pdffonts").arg(&file).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    assert!(fonts.lines().skip(2).all(|l| l.contains(" yes ")), "every font is embedded: {fonts}");
    Some(String::from_utf8(out.stdout).unwrap())
}

/// The annual monitoring report from the pages and the API: HTML for print, a PDF whose text
/// reads back, an XLSX workbook; a bad year or format is refused; the board reads it too.
async fn the_annual_report_is_printed_set_as_pdf_and_written_as_a_workbook(site: Site) {
    let scope = basque(&site).await;
    let b = site.login("manager@clusterdesk.example").await;
    let year = chrono::Datelike::year(&site.app.today(&scope));
    let press = app::monitoring::IndicatorInput {
        group: Some("2.3".into()),
        name: Some("Press <mentions> #1".into()),
        unit: Some("count".into()),
        ..Default::default()
    };
    app::monitoring::create(&site.app, &scope, &press, "m").await.unwrap();
    let note = app::monitoring::ValueInput {
        period: Some(year.to_string()),
        value: Some("7".into()),
        note: Some("Counted from *the* press folder [1] = #panic()".into()),
        evidence_id: None,
    };
    app::monitoring::enter_value(&site.app, &scope, "press_mentions_1", &note, "m").await.unwrap();
    let page = format!("/clusters/mobility-basque/monitoring/report?year={year}");
    let html = site.html(&b, &page).await;
    assert!(html.contains(&format!("Annual monitoring report {year}")) && html.contains("What slipped"), "{html}");
    assert!(html.contains("Press &#60;mentions&#62; #1") && html.contains("<svg"), "{html}");
    assert!(html.contains("listing floor") && html.contains("Annex"), "{html}");

    let r = site.get(&format!("{page}&format=pdf"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/pdf");
    let pdf = axum::body::to_bytes(r.into_body(), usize::MAX).await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    if let Some(text) = pdf_text(&pdf) {
        for expected in [
            scope.cluster().name.clone(),
            format!("Annual monitoring report {year}"),
            "What slipped against its target".into(),
            "What improved on the year before".into(),
            "Participation rate".into(),
            "Press <mentions> #1".into(),
            "Counted from *the* press folder [1] = #panic()".into(),
            "listing floor".into(),
            "Annex: the values of five years".into(),
        ] {
            assert!(text.contains(&expected), "{expected} in the PDF's text: {text}");
        }
    }

    let r = site.get(&format!("{page}&format=xlsx"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().contains(&format!("monitoring-report-{year}.xlsx"))
    );
    let xlsx = axum::body::to_bytes(r.into_body(), usize::MAX).await.unwrap();
    assert!(xlsx.starts_with(b"PK"), "a workbook is a zip");
    let r = site.get(&format!("{page}&format=doc"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = site.get("/clusters/mobility-basque/monitoring/report?year=twenty", Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let board = site.login("board@clusterdesk.example").await;
    assert!(site.html(&board, &page).await.contains("Annual monitoring report"));

    let token = site.token("manager@clusterdesk.example").await;
    let api = format!("/api/v1/clusters/mobility-basque/monitoring/report?year={year}");
    let report = json(site.api("GET", &api, &token, None).await).await;
    assert_eq!(report["year"].as_i64(), Some(i64::from(year)), "{report}");
    assert_eq!(report["groups"].as_array().unwrap().len(), 6);
    assert_eq!(report["regimes"].as_array().unwrap().len(), 3);
    let r = site.api("GET", &format!("{api}&format=pdf"), &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/pdf");
    let r = site.api("GET", &format!("{api}&format=odt"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

/// Reporting regimes from the pages and the API: every set read for a year, a shipped set's lines
/// with their verdicts, a set of the cluster's own made, lined, exported and removed; the board
/// reads and is offered nothing to change.
async fn reporting_regimes_are_read_made_and_exported_from_the_pages_and_the_api(site: Site) {
    let scope = basque(&site).await;
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque/monitoring/sets";
    let year = chrono::Datelike::year(&site.app.today(&scope));
    let html = site.html(&b, &format!("{base}?period={year}")).await;
    for name in ["The monitoring system", "listing floor", "label readiness", "policy indicators"] {
        assert!(html.contains(name), "{name}: {html}");
    }
    let html = site.html(&b, &format!("{base}/eccp_listing?period={year}")).await;
    assert!(html.contains("At least 15 committed members") && html.contains("at least 15"), "{html}");
    assert!(html.contains("Copy into a set of the cluster"), "{html}");
    let r = site.get(&format!("{base}/no_such_regime"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // A set of the cluster's own: made, given a line with a threshold and evidence kinds; a line
    // naming no indicator is refused and said so.
    let r = site
        .submit(&b, base, &[("name", "Provincial programme".into()), ("description", "Bizkaia's call".into())])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let own = location(&r);
    assert!(own.contains("/monitoring/sets/"), "{own}");
    let line = |code: &str, indicator: &str| {
        vec![
            ("code", code.to_string()),
            ("name", "Team".to_string()),
            ("indicator", indicator.to_string()),
            ("comparison", "at_least".to_string()),
            ("threshold", "0,5".to_string()),
            ("evidence_kinds", "board_minutes".to_string()),
            ("evidence_kinds", "strategy_paper".to_string()),
        ]
    };
    let r = site.submit(&b, &format!("{own}/lines"), &line("T1", "staff_fte")).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("The line is added") && html.contains("at least 0.50"), "{html}");
    assert!(html.contains("none yet (board minutes, strategy paper)"), "{html}");
    let r = site.submit(&b, &format!("{own}/lines"), &line("T2", "team_size")).await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Nothing changed") && html.contains("&#39;team_size&#39; is no indicator"), "{html}");
    let r = site.get(&format!("{own}/export?period={year}&format=csv"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let csv = body_text(r).await;
    assert!(csv.contains("Code,Name,Indicator,Key,Value,Threshold,Target,Verdict,Evidence"), "{csv}");
    assert!(csv.contains("T1,Team,Staff FTE,staff_fte,"), "{csv}");
    let r = site.get(&format!("{own}/export?period={year}&format=xlsx"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().contains("provincial-programme"));

    // The board reads the set and is offered nothing to change; its posts are refused.
    let board = site.login("board@clusterdesk.example").await;
    let html = site.html(&board, &own).await;
    assert!(html.contains("T1") && !html.contains("Add a line") && !html.contains("Remove"), "{html}");
    let r = site.submit(&board, &format!("{own}/lines"), &line("T3", "members")).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // The API: the sets of a year, one made whole, its lines replaced, a copy, removal.
    let token = site.token("manager@clusterdesk.example").await;
    let api = "/api/v1/clusters/mobility-basque/monitoring/sets";
    let r = site.api("GET", &format!("{api}?period={year}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let all = json(r).await;
    assert_eq!(all.as_array().unwrap().len(), 5, "{all}");
    let document = serde_json::json!({
        "name": "Board figures",
        "lines": [
            {"code": "B1", "name": "Members", "indicator": "members", "comparison": "at_least", "threshold": "10"},
            {"code": "B2", "name": "Fees", "indicator": "fees_collected", "comparison": "at_most", "threshold": "lots"}
        ]
    });
    let r = site.api("POST", api, &token, Some(document)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem = json(r).await;
    assert!(problem.to_string().contains("lines[1].threshold"), "{problem}");
    let document = serde_json::json!({
        "name": "Board figures",
        "lines": [{"code": "B1", "name": "Members", "indicator": "members", "comparison": "at_least", "threshold": "10"}]
    });
    let r = site.api("POST", api, &token, Some(document)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = json(r).await["id"].as_str().unwrap().to_string();
    let r = site.api("GET", &format!("{api}/{id}?period={year}"), &token, None).await;
    let read = json(r).await;
    assert_eq!(read["lines"][0]["threshold"]["value"].as_i64(), Some(10), "{read}");
    assert_eq!(read["lines"][0]["verdict"], "not_met", "{read}");
    let replaced = serde_json::json!({"lines": [{"code": "B9", "name": "FTE", "indicator": "staff_fte"}]});
    let r = site.api("PUT", &format!("{api}/{id}"), &token, Some(replaced)).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let read = json(site.api("GET", &format!("{api}/{id}"), &token, None).await).await;
    assert_eq!((read["name"].as_str(), read["lines"][0]["code"].as_str()), (Some("Board figures"), Some("B9")));
    let r = site.api("PUT", &format!("{api}/label_readiness"), &token, Some(serde_json::json!({"name": "Mine"}))).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "a shipped set does not change");
    let r = site.api("POST", &format!("{api}/label_readiness/copy"), &token, None).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = site.api("DELETE", &format!("{api}/{id}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = site.api("GET", &format!("{api}/{id}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

async fn the_monitoring_dashboard_indicators_targets_and_own_indicators(site: Site) {
    let scope = basque(&site).await;
    let b = site.login("manager@clusterdesk.example").await;
    let base = "/clusters/mobility-basque";
    let year = chrono::Datelike::year(&site.app.today(&scope));
    let member = build::organisation(&site.app, &scope, "Monitored Movilidad S.L.").await.id;
    let full = build::full_member_type(&site.app, &scope).await;
    let january = chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    build::member(&site.app.on(january), &scope, member, full, january).await;
    let html = site.html(&b, &format!("{base}/monitoring?period={year}")).await;
    assert!(
        html.contains("1.1 Processes and activities") && html.contains("2.3 Strategic attitude indicators"),
        "{html}"
    );
    assert!(html.contains("Participation rate") && html.contains("Add an indicator of the cluster"), "{html}");
    let html = site.html(&b, &format!("{base}/monitoring?period=someday")).await;
    assert!(html.contains("is not a period"), "{html}");

    // An indicator's page: what stands behind the participation rate, members counted and not.
    let page = format!("{base}/monitoring/values/participation_rate?period={year}");
    let html = site.html(&b, &page).await;
    assert!(
        html.contains("What stands behind the value") && html.contains(&format!("/organisations/{member}")),
        "{html}"
    );
    let r = site
        .submit(
            &b,
            &format!("{base}/monitoring/targets/participation_rate"),
            &[("period", year.to_string()), ("target", "most".into())],
        )
        .await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("Nothing changed") && html.contains("is not a number"), "{html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/monitoring/targets/participation_rate"),
            &[("period", year.to_string()), ("target", "0".into())],
        )
        .await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("The target is set") && html.contains("on track"), "{html}");

    // The cluster's own: a circle is refused beside the formula; a value is entered by hand.
    let add = |name: &str, source: &str, formula: &str| {
        vec![
            ("group", "1.3".to_string()),
            ("name", name.to_string()),
            ("source", source.to_string()),
            ("unit", "count".to_string()),
            ("formula", formula.to_string()),
        ]
    };
    let r = site.submit(&b, &format!("{base}/monitoring/indicators"), &add("Working groups active", "", "")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).ends_with("/monitoring/values/working_groups_active"), "{}", location(&r));
    let r = site.submit(&b, &format!("{base}/monitoring/indicators"), &add("Loop", "formula", "loop + 1")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(r).await;
    assert!(html.contains("formulas read each other in a circle: loop → loop"), "{html}");
    let r = site
        .submit(
            &b,
            &format!("{base}/monitoring/values/working_groups_active"),
            &[("period", year.to_string()), ("value", "4".into()), ("note", "Minutes <b>of</b> each group".into())],
        )
        .await;
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("is saved") && html.contains("Minutes &#60;b&#62;of&#60;/b&#62; each group"), "{html}");

    // Evidence: a file uploaded for the indicator's period is listed on its page and served as an
    // attachment; a page of another kind is refused.
    let evidence = format!("{base}/monitoring/evidence");
    let fields = [
        ("_csrf", b.csrf.as_str()),
        ("kind", "board_minutes"),
        ("indicator_key", "working_groups_active"),
        ("period", &year.to_string()),
    ];
    let r = site.send(multipart(&b.cookie, &evidence, &fields, "Minutes of the working groups")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the test's file is members.csv, a CSV the store keeps");
    let html = body_text(site.follow(&r, Some(&b.cookie)).await).await;
    assert!(html.contains("The evidence is added") && html.contains("Evidence of"), "{html}");
    let file = html.split("/monitoring/evidence/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = site.get(&format!("{evidence}/{file}"), Some(&b.cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment; filename=\"members.csv\"")
    );
    assert_eq!(body_text(r).await, "Minutes of the working groups");
    // The board reads; its page offers no form, and a post is refused.
    let board = site.login("board@clusterdesk.example").await;
    let html = site.html(&board, &page).await;
    assert!(!html.contains("Set the target") && !html.contains("Enter the value"), "{html}");
    let r = site
        .submit(
            &board,
            &format!("{base}/monitoring/targets/participation_rate"),
            &[("period", year.to_string()), ("target", "50".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // The API: the dashboard, an indicator's value, a target.
    let token = site.token("manager@clusterdesk.example").await;
    let api = format!("/api/v1{base}/monitoring");
    let r = site.api("GET", &format!("{api}/dashboard?period={year}"), &token, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let dashboard = json(r).await;
    assert_eq!(dashboard["groups"].as_array().unwrap().len(), 6);
    let r = site.api("GET", &format!("{api}/values/working_groups_active?period={year}"), &token, None).await;
    let value = json(r).await;
    assert_eq!(value["value"]["value"].as_i64(), Some(4), "{value}");
    let r = site
        .api(
            "PUT",
            &format!("{api}/targets/working_groups_active"),
            &token,
            Some(serde_json::json!({"period": year.to_string(), "target": "5"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = site.api("GET", &format!("{api}/dashboard?period=2025-Q9"), &token, None).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = site
        .api(
            "POST",
            &format!("{api}/values/events_held"),
            &token,
            Some(serde_json::json!({"period": year.to_string(), "value": "3"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "computed values are not typed");
}

/// The cluster's overview says what needs attention, or that all is done; a user of several
/// clusters sees each cluster's list on the start page, none of another cluster's records in it.
async fn the_overview_and_the_start_page_say_what_needs_attention(site: Site) {
    let manager = site.login("manager@clusterdesk.example").await;
    let html = site.html(&manager, "/clusters/mobility-basque").await;
    assert!(html.contains("Needs attention today") && html.contains("All done: nothing needs your attention today."));

    let (actor, scope) =
        build::signed_in(&site.app, "manager@clusterdesk.example", "mobility-basque", Permission::Edit).await;
    let overdue =
        domain::task::TaskInput { title: Some("Call Zubi & sons back".into()), due_on: Some("2020-01-02".into()) };
    let links = domain::task::TaskLinks { assignee_id: Some(actor.user_id()), ..Default::default() };
    app::task::create(&site.app, &scope, &actor, &overdue, links).await.unwrap();
    let html = site.html(&manager, "/clusters/mobility-basque").await;
    assert!(!html.contains("All done"), "{html}");
    assert!(
        html.contains("Tasks due") && html.contains("Call Zubi &#38; sons back"),
        "escaped, under its kind: {html}"
    );
    assert!(html.contains("overdue since 2 Jan 2020") && html.contains(">yours<"));
    assert!(html.contains("href=\"/clusters/mobility-basque/tasks?view=open\""));

    // A second cluster of the same manager, with an invoice of its own long overdue.
    let other = build::cluster_in(&site.app, "smart-piemonte", "IT").await;
    app::auth::add_user(
        &site.app,
        "manager@clusterdesk.example",
        app::auth::UserRole::Cluster(Role::ClusterManager),
        Some("smart-piemonte"),
        None,
    )
    .await
    .unwrap();
    build::billing_details(&site.app, &other).await;
    let customer = build::organisation(&site.app, &other, "Torino Meccanica S.p.A.").await;
    let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 2).unwrap();
    let (_, number) = build::issued_invoice(&site.app, &other, customer.id, "250.00", day).await;
    let home = site.html(&manager, "/").await;
    let sections: Vec<&str> = home.split("<section class=\"cluster-attention\">").skip(1).collect();
    assert_eq!(sections.len(), 2, "{home}");
    let of = |slug: &str| *sections.iter().find(|s| s.contains(&format!("href=\"/clusters/{slug}\""))).unwrap();
    let (basque, piemonte) = (of("mobility-basque"), of("smart-piemonte"));
    assert!(basque.contains("Call Zubi") && !basque.contains(&number), "{home}");
    assert!(
        piemonte.contains(&format!("{number} · Torino Meccanica S.p.A.")) && !piemonte.contains("Call Zubi"),
        "{home}"
    );
    assert!(home.contains("href=\"/clusters/smart-piemonte/invoices/"), "each entry links to its record");
    let overview = site.html(&manager, "/clusters/mobility-basque").await;
    assert!(!overview.contains(&number), "another cluster's invoice stays in its own cluster");

    // A network administrator's start page is the network: each cluster with its figures.
    build::network_admin(&site.app, "admin@clusterdesk.example").await;
    let admin = site.login("admin@clusterdesk.example").await;
    let home = site.html(&admin, "/").await;
    assert!(home.contains("<h1>The network</h1>") && !home.contains("cluster-attention"), "{home}");
    assert!(home.contains("href=\"/clusters/smart-piemonte/invoices?state=overdue\">1</a>"), "{home}");
    assert!(home.contains("href=\"/clusters/mobility-basque/invoices?state=overdue\">0</a>"), "{home}");
}

/// The check-in at the door lists everyone with a seat by last name, accents and case aside.
async fn the_check_in_lists_people_by_last_name(site: Site) {
    let b = site.login("staff@clusterdesk.example").await;
    let scope = app::auth::operator_scope(&site.app, "mobility-basque").await.unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let event = build::event(&site.app, &scope, "Port night", day).await;
    let organisation = build::organisation(&site.app, &scope, "Zubi Logística S.L.").await;
    for (first, last, email) in [
        ("Zoe", "Arrieta", "zoe@zubi.example"),
        ("ane", "zubia", "ane@zubi.example"),
        ("Íker", "Ábalos", "iker@zubi.example"),
        ("Leire", "Ñeco", "leire@zubi.example"),
        ("Mikel", "Nieto", "mikel@zubi.example"),
    ] {
        let person = build::contact(&site.app, &scope, organisation.id, first, last, Some(email)).await;
        build::registration(&site.app, &scope, event, &build::typed(&person)).await.unwrap();
    }
    let check_in = format!("/clusters/mobility-basque/events/{event}/check-in");
    let html = site.html(&b, &check_in).await;
    let at = |html: &str, name: &str| html.find(name).unwrap_or_else(|| panic!("{name} missing: {html}"));
    assert!(at(&html, "Íker Ábalos") < at(&html, "Zoe Arrieta") && at(&html, "Zoe Arrieta") < at(&html, "ane zubia"));
    assert!(html.contains("<body class=\"compact\">"), "the compact frame for a phone at the door");
    // Names are in the order the reader's language sorts them: Ñ is a letter of its own after N
    // in Spanish, an N with a tilde in English.
    assert!(at(&html, "Leire Ñeco") < at(&html, "Mikel Nieto"), "{html}");
    let request = Request::get(&check_in)
        .header(header::COOKIE, &b.cookie)
        .header(header::ACCEPT_LANGUAGE, "es-ES")
        .body(Body::empty())
        .unwrap();
    let spanish = body_text(site.send(request).await).await;
    assert!(at(&spanish, "Mikel Nieto") < at(&spanish, "Leire Ñeco"), "{spanish}");
    assert!(at(&spanish, "Íker Ábalos") < at(&spanish, "Zoe Arrieta"), "{spanish}");
}

on_each_backend!(site_on: problems_are_written_in_the_language_the_client_asks_for, a_refused_value_is_explained_in_the_readers_language, amounts_and_dates_are_read_as_the_readers_language_writes_them, the_engagement_page_sorts_filters_and_offers_next_steps, no_page_offers_an_action_its_reader_may_not_take, a_contacts_page_tells_their_history, each_reader_sees_dates_written_their_own_way, each_reader_reads_the_pages_in_their_language, the_search_page_groups_what_it_finds_as_links, the_check_in_lists_people_by_last_name, the_overview_and_the_start_page_say_what_needs_attention, the_network_page_compares_the_clusters_for_its_administrators_only, the_annual_report_is_printed_set_as_pdf_and_written_as_a_workbook, reporting_regimes_are_read_made_and_exported_from_the_pages_and_the_api, the_monitoring_dashboard_indicators_targets_and_own_indicators, strategy_ideas_projects_and_services_from_the_pages, strategy_project_and_service_records_are_edited_from_their_pages, the_economics_and_team_pages_and_api, users_make_list_and_revoke_their_own_api_tokens, pages_send_visitors_to_the_login_and_back, actions_go_back_within_the_site_whatever_the_referer_says, messages_come_from_the_action_never_from_the_address, a_nul_character_anywhere_is_refused_and_changes_nothing, login_checks_the_form_token_and_the_password_and_logout_ends_the_session, forms_without_the_session_token_change_nothing, a_bad_form_comes_back_with_the_input_and_errors_beside_the_fields, what_users_type_is_escaped, the_api_needs_a_valid_token, organisations_and_contacts_through_the_api, imports_and_exports_through_the_api, the_import_pages_map_check_import_and_undo, the_board_reads_but_may_not_change_anything, bodies_over_the_limit_are_refused, the_duplicates_page_merges_within_the_cluster_only, an_interview_is_logged_from_the_organisation_page_and_its_follow_up_lands_in_my_tasks, tags_make_segments_whose_contacts_export_as_vcards, the_same_write_sent_twice_at_once_is_taken_once, the_organisation_page_shows_the_membership_status_with_its_reason_and_the_invoices, membership_pages_set_up_a_type_simulate_a_rule_run_the_renewal_and_show_the_figures, an_invoice_is_drafted_issued_paid_credited_and_printed_from_the_pages, a_new_members_fee_and_an_overpayment_are_handled_from_the_pages, a_bank_statement_is_checked_then_recorded_and_the_rest_assigned_from_the_pages, the_api_runs_renewals_invoices_payments_statements_and_figures, an_event_is_set_up_registered_for_without_an_account_cancelled_and_checked_in, a_paid_registration_shows_its_price_and_the_teams_cancellation_credits_it, working_groups_engagement_and_feedback_pages_show_who_takes_part, the_api_creates_events_reads_registrations_records_attendance_and_engagement, every_cluster_route_hides_other_clusters_in_pages_and_api);

on_each_backend!(empty_on: health_readiness_request_ids_and_unknown_addresses);

on_each_backend!(raw: the_team_manages_an_events_registrations_from_its_page, people_are_invited_and_managed_and_passwords_reset_from_the_pages_through_smtp, a_survey_is_built_sent_answered_by_link_and_read_from_the_pages, reminders_are_previewed_and_sent_from_the_page_through_smtp, the_client_address_comes_from_the_trusted_proxy_only);

/// A handler that panics is answered 500 as problem+json, without what the panic said, and with
/// the request's id; the server goes on answering.
#[tokio::test]
async fn a_panicking_handler_is_answered_and_the_server_goes_on() {
    async fn boom() -> &'static str {
        panic!("the secret ledger is at /etc/ledger")
    }
    let routes = axum::Router::new()
        .route("/api/v1/boom", axum::routing::get(boom))
        .route("/api/v1/fine", axum::routing::get(|| async { "fine" }));
    let router = web::with_layers(routes);
    let r = router.clone().oneshot(Request::get("/api/v1/boom").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/problem+json");
    assert!(r.headers().contains_key("x-request-id"));
    let text = body_text(r).await;
    assert!(!text.contains("ledger") && text.contains("went wrong"), "{text}");
    let r = router.oneshot(Request::get("/api/v1/fine").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

/// A body over the limits is refused with the limits named, as problem+json for the API and as a
/// page elsewhere.
#[tokio::test]
async fn a_body_over_the_limits_is_refused_with_the_limits_named() {
    let site = empty_site().await;
    let size = web::IMPORT_LIMIT + 128 * 1024;
    let huge = Body::from(vec![b'a'; size]);
    let r = site
        .send(
            Request::post("/api/v1/clusters/mobility-basque/organisations/import")
                .header(header::CONTENT_TYPE, "text/csv")
                .header(header::CONTENT_LENGTH, size)
                .body(huge)
                .unwrap(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/problem+json");
    let problem = json(r).await;
    assert!(problem["detail"].as_str().unwrap().contains("at most 32 MiB"), "{problem}");
}

/// The messages of a language that are plain text (no arguments, on one line), by key, read from
/// its Fluent files.
fn plain_messages(code: &str) -> std::collections::HashMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/locales").join(code);
    let mut messages = std::collections::HashMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let continued = lines.get(i + 1).is_some_and(|next| next.starts_with(' '));
            if let Some((key, value)) = line.split_once(" = ")
                && !key.starts_with(['#', ' '])
                && !value.contains('{')
                && !continued
            {
                messages.insert(key.trim().to_string(), value.trim().to_string());
            }
        }
    }
    messages
}

/// What a reader sees of a page: each run of text between its tags, and the `title`,
/// `placeholder`, `aria-label` and `alt` of its tags, trimmed and unescaped; scripts and styles
/// left out.
fn visible_texts(html: &str) -> Vec<String> {
    let unescape = |s: &str| {
        s.replace("&#39;", "'")
            .replace("&#34;", "\"")
            .replace("&quot;", "\"")
            .replace("&#60;", "<")
            .replace("&lt;", "<")
            .replace("&#62;", ">")
            .replace("&gt;", ">")
            .replace("&nbsp;", "\u{a0}")
            .replace("&#38;", "&")
            .replace("&amp;", "&")
    };
    let mut texts = Vec::new();
    let mut rest = html;
    while let Some((text, after)) = rest.split_once('<') {
        if !text.trim().is_empty() {
            texts.push(unescape(text.trim()));
        }
        let Some((tag, after_tag)) = after.split_once('>') else { break };
        for name in ["title", "placeholder", "aria-label", "alt"] {
            texts.extend(attribute_values(&format!("<{tag}"), name).iter().map(|v| unescape(v)));
        }
        rest = after_tag;
        for hidden in ["script", "style"] {
            if tag.starts_with(hidden) {
                rest = rest.split_once(&format!("</{hidden}>")).map_or("", |(_, after_end)| after_end);
            }
        }
    }
    let last = rest.trim();
    if !last.is_empty() {
        texts.push(unescape(last));
    }
    texts
}

/// One word in lower case (`staff`, `country`): a name or a code as typed, not a label of the
/// interface, whose words begin with a capital.
fn is_data_like(text: &str) -> bool {
    !text.contains(' ') && text.chars().all(|c| c.is_lowercase() || c == '_' || c == '-')
}

/// Every page of a cluster with one record of everything, in each of the nine languages: each
/// says its language, shows no message's name in place of its text, and none of the interface's
/// English texts that the language translates.
#[tokio::test]
async fn every_page_is_written_in_each_language() {
    let site = site_on(store::testing::sqlite().await).await;
    let ours = one_of_everything(&site.app, "mobility-basque").await;
    let b = site.login("manager@clusterdesk.example").await;
    let english = plain_messages("en");
    let keys: std::collections::HashSet<&String> = english.keys().collect();
    let pages: Vec<String> = page_routes()
        .into_iter()
        .filter(|(method, template)| *method == "GET" && !template.ends_with(".ics"))
        .map(|(_, template)| fill(&template, "mobility-basque", &ours))
        .collect();
    assert!(pages.len() >= 90, "{pages:?}");
    // English texts each language words otherwise, and never uses as they are; nor does the
    // cluster's Spanish, in which its content (a questionnaire from a template) is written.
    let spanish = plain_messages("es");
    let content: std::collections::HashSet<&String> = spanish.values().collect();
    let untranslated_in = |code: &str| -> std::collections::HashSet<String> {
        let own = plain_messages(code);
        let own_texts: std::collections::HashSet<&String> = own.values().collect();
        english
            .iter()
            .filter(|(key, value)| own.get(*key).is_some_and(|t| t != *value) && !own_texts.contains(value))
            .filter(|(_, value)| !content.contains(value))
            .map(|(_, value)| value.clone())
            .collect()
    };
    // A printed invoice is written in its customer's language, here the cluster's Spanish.
    let document = "es";
    let untranslated_in_documents = untranslated_in(document);
    let mut wrong = Vec::new();
    let mut answered_ok = 0;
    for language in domain::language::Language::ALL {
        let code = language.code();
        let untranslated_on_pages = untranslated_in(code);
        for path in &pages {
            let (code, untranslated) = if path.ends_with("/print") {
                (document, &untranslated_in_documents)
            } else {
                (code, &untranslated_on_pages)
            };
            let request = Request::get(path)
                .header(header::COOKIE, &b.cookie)
                .header(header::ACCEPT_LANGUAGE, language.code())
                .body(Body::empty())
                .unwrap();
            let r = site.send(request).await;
            let html_page =
                r.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
            let status = r.status();
            let html = body_text(r).await;
            if !html_page {
                continue;
            }
            // A page whose address the fixture cannot fill with a record of the right kind (a
            // token of another link) answers 4xx: its error page is held to the language too.
            if status.is_server_error() {
                wrong.push(format!("{code} {path}: answered {status}"));
            }
            answered_ok += usize::from(status == StatusCode::OK);
            if !html.contains(&format!("<html lang=\"{code}\"")) {
                wrong.push(format!("{code} {path} ({status}): not marked as {code}"));
            }
            for text in visible_texts(&html) {
                let named = text
                    .split(|c: char| c.is_whitespace() || ",.:;()".contains(c))
                    .any(|word| word.contains('-') && keys.contains(&word.to_string()));
                if named {
                    wrong.push(format!("{code} {path}: a message's name: {text}"));
                } else if code != "en" && untranslated.contains(&text) && !is_data_like(&text) {
                    wrong.push(format!("{code} {path}: in English: {text}"));
                }
            }
        }
    }
    wrong.dedup();
    assert!(wrong.is_empty(), "{} texts:\n{}", wrong.len(), wrong.join("\n"));
    assert!(answered_ok >= 9 * 90, "{answered_ok} pages answered 200 in the nine languages");
}
