//! Imports as users have their data: formats, mapping, European numbers, upserts, all or
//! nothing, records and revert; on every backend.

use crate::common;

use app::import::{RowAction, Target, run};
use app::{App, Paging};
use common::build;
use domain::access::{Permission, Role};
use store::organisation::OrganisationFilter;

/// A new cluster with a staff member, who imports: their scope there.
async fn staff_scope(app: &App) -> app::ClusterScope {
    common::own_cluster(app, "ours").await;
    build::user(app, "staff@ours.example", Role::Staff, "ours").await;
    build::signed_in(app, "staff@ours.example", "ours", Permission::Edit).await.1
}

async fn total(app: &App, scope: &app::ClusterScope) -> (i64, i64) {
    app::organisation::counts(app, scope).await.unwrap()
}

async fn import(
    app: &App,
    scope: &app::ClusterScope,
    target: Target,
    file: &[u8],
    dry_run: bool,
) -> app::import::ImportPlan {
    run(app, scope, target, "members.csv", file, &[], "staff@ours.example", dry_run).await.unwrap()
}

async fn find(app: &App, scope: &app::ClusterScope, name: &str) -> Vec<store::organisation::Organisation> {
    let filter = OrganisationFilter { search: Some(name.into()), ..Default::default() };
    app::organisation::list(app, scope, &filter, Paging::new(None, None)).await.unwrap().items
}

const GOOD: &str = "name,kind,nace_code,employees,turnover,country,vat_id,website\n\
Errota Movilidad S.L.,company,29.32,42,5400000.50,ES,ESB11111111,errota.example\n\
\"Garraio, Bidea eta Logistika S.A.\",company,52.29,260,,ES,,\n\
\n\
Centro Ikerketa Zentroa,research_centre,72.19,80,7000000,ES,,https://ikerketa.example\n";

async fn a_file_is_imported_once_and_a_second_import_changes_nothing(app: App) {
    let scope = staff_scope(&app).await;
    let before = total(&app, &scope).await;
    let dry = import(&app, &scope, Target::Organisations, GOOD.as_bytes(), true).await;
    assert!(dry.can_commit(), "{:?}", dry.errors());
    assert_eq!((dry.created, dry.updated, dry.import_id), (3, 0, None));
    assert_eq!(total(&app, &scope).await, before, "a dry run writes nothing");

    let done = import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    assert_eq!(done.created, 3);
    assert!(done.import_id.is_some());
    assert_eq!(total(&app, &scope).await.0, before.0 + 3);
    let garraio = &find(&app, &scope, "garraio").await[0];
    assert_eq!(garraio.fields.name, "Garraio, Bidea eta Logistika S.A.");

    let again = import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    assert_eq!((again.created, again.updated, again.unchanged, again.import_id), (0, 0, 3, None));
    assert_eq!(total(&app, &scope).await.0, before.0 + 3);

    let history = app::import::history(&app, &scope).await.unwrap();
    assert_eq!(history.len(), 1, "only the import that wrote is recorded");
    assert_eq!((history[0].file_name.as_str(), history[0].created_count), ("members.csv", 3));
    assert_eq!(history[0].imported_by, "staff@ours.example");
}

async fn upserts_by_vat_id_else_by_name_and_country_and_empty_cells_erase_nothing(app: App) {
    let scope = staff_scope(&app).await;
    import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    let update = "name,vat_id,employees,country,website\n\
Errota Mobility S.L.,ESB11111111,45,ES,\n\
GARRAIO BIDEA ETA LOGISTIKA SA,,300,ES,\n\
Garraio Bidea eta Logistika,,12,PT,\n";
    let plan = import(&app, &scope, Target::Organisations, update.as_bytes(), false).await;
    let actions: Vec<&RowAction> = plan.rows.iter().map(|r| &r.action).collect();
    assert!(
        matches!(actions[0], RowAction::Update { fields, .. } if fields == &vec!["name", "employees"]),
        "{actions:?}"
    );
    assert!(
        matches!(actions[1], RowAction::Update { fields, .. } if fields == &vec!["name", "employees"]),
        "{actions:?}"
    );
    assert_eq!(actions[2], &RowAction::Create, "same name in another country is another organisation");
    let errota = &find(&app, &scope, "errota").await[0];
    assert_eq!(errota.fields.name, "Errota Mobility S.L.");
    assert_eq!(errota.fields.website.as_deref(), Some("https://errota.example"), "an empty cell keeps the value");

    // The update is undone as a whole: names and headcounts come back, the new one goes.
    app::import::revert(&app, &scope, plan.import_id.unwrap(), "manager").await.unwrap();
    let errota = &find(&app, &scope, "errota").await[0];
    assert_eq!((errota.fields.name.as_str(), errota.fields.employees), ("Errota Movilidad S.L.", Some(42)));
    assert_eq!(find(&app, &scope, "garraio").await.len(), 1);
    let again = app::import::revert(&app, &scope, plan.import_id.unwrap(), "manager").await;
    assert!(matches!(again, Err(app::Error::BadRequest(m)) if m.contains("already")));
}

async fn one_bad_row_stops_the_file_and_every_bad_row_is_reported(app: App) {
    let file = "name,employees,country,turnover\n\
Buena Empresa S.L.,12,ES,100000\n\
,5,ES,\n\
Mala Cifra S.L.,doce,XX,1.234,56\n\
Otra Buena S.L.,3,ES,\n\
Buena Empresa S.L.,4,ES,\n";
    let scope = staff_scope(&app).await;
    let before = total(&app, &scope).await;
    let plan = import(&app, &scope, Target::Organisations, file.as_bytes(), false).await;
    assert_eq!((plan.created, plan.rejected, plan.import_id), (2, 3, None));
    let errors = plan.errors();
    let lines: Vec<(u64, Option<&str>)> = errors.iter().map(|e| (e.line, e.field.as_deref())).collect();
    let expected =
        [(3, Some("name")), (4, None), (4, Some("employees")), (4, Some("turnover")), (4, Some("country")), (6, None)];
    assert_eq!(lines, expected, "{errors:?}");
    assert!(errors[1].message.contains("5 fields where the header has 4"));
    assert!(errors[5].message.contains("same organisation as line 2"));
    assert_eq!(total(&app, &scope).await, before, "nothing was written");
}

async fn headers_in_other_languages_and_european_numbers(app: App) {
    let file = "Razón social;País;NIF;Plantilla;Facturación;Web\n\
Ola Puertos S.L.;ES;ESB22222222;1.250;1.234.567,89;ola.example\n\
Harri Sistemas S.L.;ES;ESB33333333;8;950.000,00;\n";
    let scope = staff_scope(&app).await;
    let plan = import(&app, &scope, Target::Organisations, file.as_bytes(), false).await;
    assert_eq!(
        plan.mapped(),
        [Some("name"), Some("country"), Some("vat_id"), Some("employees"), Some("turnover"), Some("website")]
    );
    assert!(plan.can_commit(), "{:?}", plan.errors());
    let ola = &find(&app, &scope, "ola puertos").await[0];
    assert_eq!(ola.fields.employees, Some(1250));
    assert_eq!(ola.fields.turnover.unwrap().minor, 123_456_789);

    let ambiguous = "name,turnover\nDudosa S.L.,1.234\n";
    let plan = import(&app, &scope, Target::Organisations, ambiguous.as_bytes(), false).await;
    assert!(plan.errors()[0].message.contains("two ways"), "{:?}", plan.errors());
    let settled = "name,turnover\nDudosa S.L.,1.234\nOtra S.L.,\"2.500,50\"\n";
    let plan = import(&app, &scope, Target::Organisations, settled.as_bytes(), true).await;
    assert!(plan.can_commit(), "the column's other value settles the style: {:?}", plan.errors());
}

/// A file written in any of the nine languages: organisations under the headers that language
/// names their fields by, each kind as it names it; contacts with their consent's channel and
/// whether they receive the invoices said so.
async fn a_file_in_any_of_the_nine_languages_is_read_by_its_headers_and_values(app: App) {
    use domain::Coded;
    use domain::language::Language;
    use domain::organisation::OrganisationKind;
    let scope = staff_scope(&app).await;
    let field = |language: Language, field: &str| i18n::text(language, &app::import::languages::field_message(field));
    for (n, language) in Language::ALL.into_iter().enumerate() {
        let headers = ["name", "kind", "employees", "country"].map(|f| field(language, f));
        let kinds = [OrganisationKind::University, OrganisationKind::PublicAdministration];
        let rows: Vec<String> = kinds
            .iter()
            .enumerate()
            .map(|(i, kind)| {
                let label = i18n::text(language, &kind.message_key());
                format!("\"Organisation {n}-{i}\",\"{}\",{},ES", label.to_uppercase(), 10 + i)
            })
            .collect();
        let file = format!("{}\n{}\n", headers.map(|h| format!("\"{h}\"")).join(","), rows.join("\n"));
        let plan = import(&app, &scope, Target::Organisations, file.as_bytes(), false).await;
        assert_eq!(plan.mapped(), [Some("name"), Some("kind"), Some("employees"), Some("country")], "{language:?}");
        assert!(plan.can_commit(), "{language:?}: {:?}", plan.errors());
        for (i, kind) in kinds.iter().enumerate() {
            let name = format!("Organisation {n}-{i}");
            let found = find(&app, &scope, &name).await;
            assert_eq!(found.iter().find(|o| o.fields.name == name).unwrap().fields.kind, *kind, "{language:?}");
        }

        let headers =
            ["organisation", "first_name", "last_name", "email", "billing_contact"].map(|f| field(language, f));
        let yes = i18n::text(language, "economics-yes");
        let no = i18n::text(language, "economics-no");
        let file = format!(
            "{}\nOrganisation {n}-0,Ana,Uno,ana{n}@example.org,{yes}\nOrganisation {n}-1,Eva,Dos,eva{n}@example.org,{no}\n",
            headers.join(",")
        );
        let plan = import(&app, &scope, Target::Contacts, file.as_bytes(), false).await;
        assert_eq!(plan.mapped()[4], Some("billing_contact"), "{language:?}");
        assert_eq!((plan.created, plan.rejected), (2, 0), "{language:?}: {:?}", plan.errors());
        let contacts =
            app::contact::list(&app, &scope, &Default::default(), Paging::new(None, None)).await.unwrap().items;
        let billing = |email: &str| {
            contacts.iter().find(|c| c.fields.email.as_deref() == Some(email)).unwrap().fields.billing_contact
        };
        assert!(billing(&format!("ana{n}@example.org")) && !billing(&format!("eva{n}@example.org")), "{language:?}");
    }
}

/// Every field's name in each language is read as that field and no other, and no name of an
/// enumerated value reads as two values.
#[test]
fn each_languages_names_read_as_one_field_and_one_value() {
    use domain::language::Language;
    for target in Target::ALL {
        let fields = app::import::fields(target);
        for language in Language::ALL {
            let headers: Vec<String> =
                fields.iter().map(|f| i18n::text(language, &app::import::languages::field_message(f))).collect();
            let suggested = app::import::suggest_mapping(target, &headers);
            let expected: Vec<Option<&str>> = fields.iter().map(|f| Some(*f)).collect();
            assert_eq!(suggested, expected, "{target:?} in {language:?}: {headers:?}");
        }
    }
    assert_eq!(app::import::languages::names_of_two_values(), Vec::new());
}

/// Postal addresses and the organisation's own email and phone, under headers in the files'
/// languages, checked as a form checks them.
async fn addresses_come_under_the_headers_people_write(app: App) {
    let scope = staff_scope(&app).await;
    let file = "Ragione sociale;Indirizzo;CAP;Città;Telefono;E-mail\n\
Torino Sensori S.r.l.;Via Roma 10;10121;Torino;+39 011 000 111;info@torinosensori.example\n";
    let plan = import(&app, &scope, Target::Organisations, file.as_bytes(), false).await;
    assert_eq!(
        plan.mapped(),
        [Some("name"), Some("street"), Some("postcode"), Some("city"), Some("phone"), Some("email")]
    );
    let torino = &find(&app, &scope, "torino sensori").await[0].fields;
    assert_eq!(torino.postal_address(), vec!["Via Roma 10".to_string(), "10121 Torino".to_string()]);
    assert_eq!(
        (torino.email.as_deref(), torino.phone.as_deref()),
        (Some("info@torinosensori.example"), Some("+39 011 000 111"))
    );
    let wrong = "Nom;Adresse;Courriel\nBureau Sans Mail;1 rue de la Paix;pas un courriel\n";
    let plan = import(&app, &scope, Target::Organisations, wrong.as_bytes(), true).await;
    assert!(plan.errors()[0].message.contains("is not an email address"), "{:?}", plan.errors());
}

/// One bad row need not stop a file: at the user's choice the valid rows are written (and undone
/// as one import) and the rejected ones handed back as they were, with a reason column, to fix
/// and import again.
async fn the_valid_rows_are_written_and_the_rejected_handed_back(app: App) {
    let scope = staff_scope(&app).await;
    import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    let people = "first name,last name,organisation,email\n\
Maialen,Arregi,Errota Movilidad,maialen@errota.example\n\
Koldo,Ugarte,Errota Movilidad,koldo@errota.example\n\
Maialen,Arregi Bis,Errota Movilidad,MAIALEN@errota.example\n\
Nadie,Nunca,Empresa Inexistente,nadie@x.example\n\
Ane,Lasa,Errota Movilidad,ane@errota.example\n";
    let all_or_nothing = import(&app, &scope, Target::Contacts, people.as_bytes(), false).await;
    assert_eq!((all_or_nothing.rejected, all_or_nothing.import_id), (2, None), "nothing without the choice");
    let written = app::import::run_with(
        &app,
        &scope,
        Target::Contacts,
        "people.csv",
        people.as_bytes(),
        &[],
        "staff@ours.example",
        app::import::Mode::ValidRows,
    )
    .await
    .unwrap();
    assert_eq!((written.created, written.rejected), (3, 2));
    assert!(written.import_id.is_some());
    let rejected = app::import::rejected_rows(people.as_bytes(), &written).unwrap().to_csv().await.unwrap();
    let text = String::from_utf8(rejected).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "first name,last name,organisation,email,reason");
    assert!(lines[1].starts_with("Maialen,Arregi Bis,") && lines[1].contains("the same person as line 2"), "{text}");
    assert!(lines[2].contains("no organisation 'Empresa Inexistente'"), "{text}");
    assert_eq!(lines.len(), 3);
    // Fixed, the rejected file imports again: its reason column is left out.
    let fixed = text
        .replace(
            "Arregi Bis,Errota Movilidad,MAIALEN@errota.example",
            "Arregi Bis,Errota Movilidad,maialen.bis@errota.example",
        )
        .replace("Empresa Inexistente", "Errota Movilidad");
    let again = import(&app, &scope, Target::Contacts, fixed.as_bytes(), false).await;
    assert_eq!((again.created, again.rejected), (2, 0), "{:?}", again.rows);
    assert!(!again.mapped().contains(&Some("reason")) && again.mapped().last() == Some(&None));
    // The partial import is undone as one.
    app::import::revert(&app, &scope, written.import_id.unwrap(), "staff").await.unwrap();
    assert_eq!(total(&app, &scope).await.1, 2);
}

/// The mapping reads a file's own values as ours: `kind: Socio industrial = company`.
async fn the_mapping_reads_the_files_own_values(app: App) {
    let scope = staff_scope(&app).await;
    let file = "name,kind,country\nFundición Ibarra S.A.,Socio industrial,ES\nTekniker,Socio tecnológico,ES\n";
    let plain = import(&app, &scope, Target::Organisations, file.as_bytes(), true).await;
    assert_eq!(plain.rejected, 2, "{:?}", plain.rows);
    let choices = app::import::parse_mapping_file(
        "# our words for theirs\nkind: socio industrial = company\nkind: Socio tecnologico = research_centre\n",
    )
    .unwrap();
    let plan =
        run(&app, &scope, Target::Organisations, "socios.csv", file.as_bytes(), &choices, "staff@ours.example", false)
            .await
            .unwrap();
    assert_eq!((plan.created, plan.rejected), (2, 0), "{:?}", plan.rows);
    assert!(plan.notes.iter().any(|n| n == "2 values read as the mapping says"), "{:?}", plan.notes);
    let tekniker = &find(&app, &scope, "tekniker").await[0];
    assert_eq!(tekniker.fields.kind, domain::organisation::OrganisationKind::ResearchCentre);
    let unknown = app::import::parse_mapping_file("colour: red = blue\n").unwrap();
    let refused = run(&app, &scope, Target::Organisations, "x.csv", file.as_bytes(), &unknown, "s", true).await;
    assert!(refused.unwrap_err().to_string().contains("does not have"), "a field that is not one is refused");
}

async fn windows_1252_and_xlsx_files(app: App) {
    let scope = staff_scope(&app).await;
    let latin = b"Nom;Pays;Effectif\nIng\xe9nierie Dupr\xe9 SARL;FR;12\n";
    let plan = import(&app, &scope, Target::Organisations, latin, false).await;
    assert!(plan.notes.iter().any(|n| n.contains("Windows-1252")));
    assert_eq!(find(&app, &scope, "ingenierie dupre").await[0].fields.name, "Ingénierie Dupré SARL");

    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, h) in ["Ragione sociale", "Paese", "Dipendenti"].iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Stella Reti S.r.l.").unwrap();
    sheet.write_string(1, 1, "IT").unwrap();
    sheet.write_number(1, 2, 33.0).unwrap();
    let plan = import(&app, &scope, Target::Organisations, &workbook.save_to_buffer().unwrap(), false).await;
    assert_eq!(plan.created, 1, "{:?}", plan.errors());
    assert_eq!(find(&app, &scope, "stella reti").await[0].fields.employees, Some(33));
}

async fn a_mapping_overrides_the_suggestion(app: App) {
    let scope = staff_scope(&app).await;
    let file = "Firma,Notes,Staff count\nMendi Logistika S.L.,call back,7\n";
    let choices = app::import::parse_mapping_file("Staff count = employees\nNotes = -  # not imported\n").unwrap();
    let plan = run(&app, &scope, Target::Organisations, "m.csv", file.as_bytes(), &choices, "x", false).await.unwrap();
    assert_eq!(plan.mapped(), [Some("name"), None, Some("employees")]);
    assert_eq!(find(&app, &scope, "mendi logistika").await[0].fields.employees, Some(7));
    let wrong = [("Staff count".to_string(), "staff".to_string())];
    let refused = run(&app, &scope, Target::Organisations, "m.csv", file.as_bytes(), &wrong, "x", false).await;
    assert!(matches!(refused, Err(app::Error::BadRequest(m)) if m.contains("not a field")));
    assert!(app::import::parse_mapping_file("no equals sign").is_err());
}

async fn contacts_are_upserted_by_email_at_their_organisations(app: App) {
    let scope = staff_scope(&app).await;
    import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    let people = "Prénom,Nom,Société,Courriel,Fonction\n\
Maialen,Arregi,ESB11111111,maialen@errota.example,CEO\n\
Koldo,Ugarte,Garraio Bidea eta Logistika,koldo@garraio.example,\n\
Nadie,Nunca,Empresa Inexistente S.L.,nadie@x.example,\n";
    let plan = import(&app, &scope, Target::Contacts, people.as_bytes(), false).await;
    assert_eq!((plan.created, plan.rejected), (2, 1));
    assert!(plan.errors()[0].message.contains("no organisation 'Empresa Inexistente S.L.'"));
    let people = people.rsplit_once("Nadie").unwrap().0;
    let plan = import(&app, &scope, Target::Contacts, people.as_bytes(), false).await;
    assert_eq!(plan.created, 2);
    let again = "first name,last name,organisation,email,position\nMaialen,Arregi,Errota Movilidad,MAIALEN@errota.example,Managing director\n";
    let plan = import(&app, &scope, Target::Contacts, again.as_bytes(), false).await;
    assert!(
        matches!(&plan.rows[0].action, RowAction::Update { fields, .. } if fields == &vec!["position"]),
        "{:?}",
        plan.rows
    );

    // The billing contact, in the file's language: the column and its yes and no.
    let billing = "Nombre,Apellidos,Empresa,Correo,Cargo,Contacto de facturación\n\
Maialen,Arregi,Errota Movilidad,maialen@errota.example,Managing director,no\n\
Koldo,Ugarte,Garraio Bidea eta Logistika,koldo@garraio.example,Responsable de Finanzas,sí\n";
    let plan = import(&app, &scope, Target::Contacts, billing.as_bytes(), false).await;
    assert_eq!((plan.updated, plan.rejected), (1, 0), "{:?}", plan.rows);
    let koldo = app::contact::list(&app, &scope, &Default::default(), Paging::new(None, None)).await.unwrap().items;
    let billing_of =
        |email: &str| koldo.iter().find(|c| c.fields.email.as_deref() == Some(email)).unwrap().fields.billing_contact;
    assert!(billing_of("koldo@garraio.example") && !billing_of("maialen@errota.example"));
    let wrong = "email,first name,last name,organisation,billing contact\nkoldo@garraio.example,Koldo,Ugarte,Garraio Bidea eta Logistika,maybe\n";
    let plan = import(&app, &scope, Target::Contacts, wrong.as_bytes(), true).await;
    assert!(plan.errors()[0].message.contains("'maybe' is not yes or no"), "{:?}", plan.errors());

    // An organisations import whose organisations have contacts now cannot be undone blindly.
    let first = app::import::history(&app, &scope)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.target == app::import::Target::Organisations)
        .unwrap();
    let refused = app::import::revert(&app, &scope, first.id, "manager").await;
    assert!(matches!(refused, Err(app::Error::BadRequest(m)) if m.contains("contacts were added")));
}

async fn an_export_imports_again_unchanged(app: App) {
    let scope = staff_scope(&app).await;
    let mut organisations = build::varied_organisations(&app, &scope).await;
    // Names a spreadsheet would run as formulas leave with an apostrophe and come back without.
    for name in ["=HYPERLINK(\"https://evil.example\",\"Zubi\")", "+Plus Ingeniería", "'=Quoted S.L.", "@Sum Ltd"] {
        organisations.push(build::organisation(&app, &scope, name).await);
    }
    let all = OrganisationFilter::default();
    let csv = String::from_utf8(app::organisation::export_csv(&app, &scope, &all).await.unwrap()).unwrap();
    for written in ["\"'=HYPERLINK(", "'+Plus Ingeniería", "''=Quoted S.L.", "'@Sum Ltd"] {
        assert!(csv.lines().any(|line| line.starts_with(written)), "{written} in {csv}");
    }
    assert!(csv.lines().skip(1).all(|line| !line.starts_with(domain::text::FORMULA_TRIGGERS)), "{csv}");
    for exported in [
        app::organisation::export_csv(&app, &scope, &all).await.unwrap(),
        app::organisation::export_xlsx(&app, &scope, &all).await.unwrap(),
    ] {
        let plan = import(&app, &scope, Target::Organisations, &exported, false).await;
        assert!(plan.can_commit(), "{:?}", plan.errors());
        assert_eq!((plan.created, plan.updated, plan.unchanged), (0, 0, organisations.len()));
    }
}

async fn a_contacts_export_imports_again_unchanged(app: App) {
    let scope = staff_scope(&app).await;
    let organisations = build::varied_organisations(&app, &scope).await;
    let people = build::varied_contacts(&app, &scope, &organisations).await;
    let exported = app::contact::export_csv(&app, &scope, &Default::default()).await.unwrap();
    let plan = import(&app, &scope, Target::Contacts, &exported, false).await;
    assert!(plan.can_commit(), "{:?}", plan.errors());
    let (_, contacts) = total(&app, &scope).await;
    assert_eq!(contacts, people.len() as i64);
    assert_eq!((plan.created, plan.updated, plan.unchanged as i64), (0, 0, contacts));
}

async fn a_file_without_the_required_columns_is_refused_whole(app: App) {
    let scope = staff_scope(&app).await;
    let plan = import(&app, &scope, Target::Organisations, b"colour,size\nred,big\n", false).await;
    assert_eq!(plan.file_errors, ["no column is mapped to 'name', which is required"]);
    let refused = run(&app, &scope, Target::Organisations, "e.csv", b"", &[], "x", false).await;
    assert!(matches!(refused, Err(app::Error::BadRequest(m)) if m.contains("empty")));
}

mod malformed {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// One database for all cases, with records a file could match: nothing may be written.
    fn shared() -> &'static (tokio::runtime::Runtime, App, app::ClusterScope) {
        static SHARED: OnceLock<(tokio::runtime::Runtime, App, app::ClusterScope)> = OnceLock::new();
        SHARED.get_or_init(|| {
            let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
            let (app, scope) = runtime.block_on(async {
                let app = App::for_tests(store::testing::sqlite().await);
                let scope = staff_scope(&app).await;
                let organisations = build::varied_organisations(&app, &scope).await;
                build::varied_contacts(&app, &scope, &organisations).await;
                (app, scope)
            });
            (runtime, app, scope)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// Whatever the bytes, the importer answers without panicking, and a file with an
        /// invalid row writes nothing.
        #[test]
        fn never_panics_and_never_writes_a_malformed_file(
            garbage in proptest::collection::vec(any::<u8>(), 0..400),
            rows in proptest::collection::vec("[A-Za-z0-9 ,;\"\\.\n-]{0,40}", 0..8),
        ) {
            let (runtime, app, scope) = shared();
            runtime.block_on(async {
                let before = total(app, scope).await;
                let _ = run(app, scope, Target::Organisations, "g.bin", &garbage, &[], "x", true).await;
                let mut file = String::from("name,employees\n");
                for r in &rows {
                    file.push_str(r);
                    file.push('\n');
                }
                file.push_str("Invalid Row S.L.,not a number\n");
                for target in [Target::Organisations, Target::Contacts] {
                    if let Ok(plan) = run(app, scope, target, "m.csv", file.as_bytes(), &[], "x", false).await {
                        assert!(!plan.can_commit());
                        assert!(plan.import_id.is_none());
                    }
                }
                assert_eq!(total(app, scope).await, before);
            });
        }
    }
}

async fn an_upsert_rewrites_what_changed_and_every_read_path_sees_the_same_record(app: App) {
    let scope = staff_scope(&app).await;
    import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    let garraio = find(&app, &scope, "garraio").await.remove(0);
    assert_eq!(garraio.size_class, Some(domain::organisation::SizeClass::Large));
    let update = "name,employees,country\n\"Garraio, Bidea eta Logistika S.A.\",30,ES\n";
    let plan = import(&app, &scope, Target::Organisations, update.as_bytes(), false).await;
    assert!(matches!(&plan.rows[0].action, RowAction::Update { fields, .. } if fields == &vec!["employees"]));

    let after = store::organisation::get(app.db(), &scope, garraio.id).await.unwrap().unwrap();
    assert_eq!(after.fields.employees, Some(30));
    assert_eq!(after.size_class, Some(domain::organisation::SizeClass::Small), "the size class follows");
    assert_eq!(after.fields.name, garraio.fields.name);
    assert_eq!(after.created_at, garraio.created_at);
    assert!(after.updated_at > garraio.updated_at);
    // What imports match against (read in bulk) is what a page reads, to the microsecond.
    let matched = store::organisation::all_for_matching(app.db(), &scope).await.unwrap();
    assert_eq!(matched.iter().find(|o| o.id == garraio.id), Some(&after));
    assert_eq!(find(&app, &scope, "bidea eta").await, vec![after]);
}

/// The contacts of the cluster with their consents, by email.
async fn consents_by_email(app: &App, scope: &app::ClusterScope) -> Vec<(String, Vec<store::privacy::Consent>)> {
    let mut out = Vec::new();
    for c in store::contact::all_for_matching(app.db(), scope).await.unwrap() {
        let consents = store::privacy::consents_of(app.db(), scope, c.id).await.unwrap();
        out.push((c.fields.email.clone().unwrap_or_default(), consents));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

async fn consents_come_with_contacts_in_the_dates_people_write_and_leave_with_a_revert(app: App) {
    let scope = staff_scope(&app).await;
    // Someone already on file with a consent, whom none of the imports concerns.
    let home = build::organisation(&app, &scope, "Zubi Logística S.L.").await;
    let known = build::contact(&app, &scope, home.id, "Ane", "Etxeberria", Some("ane@zubi.example")).await;
    let consent = domain::consent::ConsentInput {
        channel: Some("email".into()),
        purpose: Some("Newsletter".into()),
        given_on: Some("2025-01-10".into()),
        source: Some("Membership application form".into()),
    };
    app::privacy::give(&app, &scope, "staff", known.id, &consent).await.unwrap();
    import(&app, &scope, Target::Organisations, GOOD.as_bytes(), false).await;
    let before = consents_by_email(&app, &scope).await;
    let count = |all: &[(String, Vec<store::privacy::Consent>)]| all.iter().map(|(_, c)| c.len()).sum::<usize>();
    // 25/03/2025 settles the column as day first: 04/03/2025 is the 4th of March.
    let people = "first name,last name,organisation,email,consent,consent date\n\
Maialen,Arregi,ESB11111111,maialen@errota.example,Newsletter,04/03/2025\n\
Koldo,Ugarte,Garraio Bidea eta Logistika,koldo@garraio.example,Newsletter,25/03/2025\n\
Ane,Etxebarria,ESB11111111,ane@errota.example,,\n";
    let plan = import(&app, &scope, Target::Contacts, people.as_bytes(), false).await;
    assert_eq!(&plan.mapped()[4..], [Some("consent_purpose"), Some("consent_given_on")]);
    assert_eq!(plan.created, 3, "{:?}", plan.errors());
    let first_import = plan.import_id.unwrap();
    let after = consents_by_email(&app, &scope).await;
    let of = |email: &str| after.iter().find(|(e, _)| e == email).map(|(_, c)| c.clone()).unwrap();
    let maialen = of("maialen@errota.example");
    assert_eq!(maialen.len(), 1);
    assert_eq!(maialen[0].given_at.date_naive(), chrono::NaiveDate::from_ymd_opt(2025, 3, 4).unwrap());
    assert_eq!((maialen[0].channel.code(), maialen[0].purpose.as_str()), ("email", "Newsletter"));
    assert_eq!(maialen[0].source, "import of members.csv");
    assert!(of("ane@errota.example").is_empty(), "a row without consent columns records none");

    let again = import(&app, &scope, Target::Contacts, people.as_bytes(), false).await;
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3), "a consent is recorded once");

    let more = "email,first name,last name,organisation,consent purpose,consent given on\n\
maialen@errota.example,Maialen,Arregi,ESB11111111,Event invitations,2025-05-02\n";
    let plan = import(&app, &scope, Target::Contacts, more.as_bytes(), false).await;
    assert!(matches!(&plan.rows[0].action, RowAction::Update { fields, .. } if fields == &vec!["consent"]));
    assert_eq!(count(&consents_by_email(&app, &scope).await), count(&before) + 3);

    // A column whose dates could all be read either way is reported, not guessed.
    let unclear = "email,first name,last name,organisation,consent,consent date\n\
ane@errota.example,Ane,Etxebarria,ESB11111111,Newsletter,03/04/2025\n\
koldo@garraio.example,Koldo,Ugarte,Garraio Bidea eta Logistika,Surveys,05/06/2025\n\
maialen@errota.example,Maialen,Arregi,ESB11111111,Surveys,\n";
    let plan = import(&app, &scope, Target::Contacts, unclear.as_bytes(), false).await;
    let errors = plan.errors();
    assert_eq!(plan.rejected, 3, "{errors:?}");
    assert_eq!(errors[0].field.as_deref(), Some("consent_given_on"));
    assert!(errors[0].message.contains("could be 3 April or 4 March"), "{}", errors[0].message);
    assert!(errors.iter().any(|e| e.line == 4 && e.field.as_deref() == Some("consent_given_on")));

    // Undone in turn, the imports take their consents and contacts with them.
    app::import::revert(&app, &scope, plan_id(&app, &scope, 0).await, "manager").await.unwrap();
    assert_eq!(count(&consents_by_email(&app, &scope).await), count(&before) + 2);
    app::import::revert(&app, &scope, first_import, "manager").await.unwrap();
    assert_eq!(consents_by_email(&app, &scope).await, before);
}

/// The id of the cluster's latest imports, newest first: the `n`th.
async fn plan_id(app: &App, scope: &app::ClusterScope, n: usize) -> domain::id::Uuid {
    app::import::history(app, scope).await.unwrap()[n].id
}

on_each_backend!(empty: a_file_is_imported_once_and_a_second_import_changes_nothing, upserts_by_vat_id_else_by_name_and_country_and_empty_cells_erase_nothing, windows_1252_and_xlsx_files, a_mapping_overrides_the_suggestion, contacts_are_upserted_by_email_at_their_organisations, an_export_imports_again_unchanged, a_contacts_export_imports_again_unchanged, a_file_without_the_required_columns_is_refused_whole, an_upsert_rewrites_what_changed_and_every_read_path_sees_the_same_record, consents_come_with_contacts_in_the_dates_people_write_and_leave_with_a_revert);

/// A plan holds only while the records it read are as they were: one made before another write
/// is not written, and the same file imported twice at once creates its organisations once.
async fn an_import_is_planned_again_when_the_cluster_changes_under_it(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let sheet = app::sheet::read(GOOD.as_bytes()).unwrap();
    let mapping = app::import::mapping_with(Target::Organisations, &sheet.headers, &[]).unwrap();
    let (_, batch) =
        app::import::plan(&app, &scope, Target::Organisations, "members.csv", &sheet, mapping).await.unwrap();
    let input = domain::organisation::OrganisationInput { name: Some("Errota Movilidad".into()), ..Default::default() };
    app::organisation::create(&app, &scope, &input).await.unwrap();
    assert_eq!(store::import::apply(app.db(), &scope, &batch).await.unwrap(), None, "a stale plan writes nothing");
    assert_eq!(total(&app, &scope).await.0, 1);

    let fresh = common::own_cluster(&app, "fresh").await;
    let (a, b) = tokio::join!(
        import(&app, &fresh, Target::Organisations, GOOD.as_bytes(), false),
        import(&app, &fresh, Target::Organisations, GOOD.as_bytes(), false)
    );
    let mut created = [a.created, b.created];
    created.sort();
    assert_eq!(created, [0, 3], "one import creates them, the other finds them made");
    assert_eq!(total(&app, &fresh).await.0, 3);
}

on_each_backend!(empty: an_import_is_planned_again_when_the_cluster_changes_under_it);

on_each_backend!(empty: one_bad_row_stops_the_file_and_every_bad_row_is_reported, headers_in_other_languages_and_european_numbers, a_file_in_any_of_the_nine_languages_is_read_by_its_headers_and_values, addresses_come_under_the_headers_people_write, the_valid_rows_are_written_and_the_rejected_handed_back, the_mapping_reads_the_files_own_values);
