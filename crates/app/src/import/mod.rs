//! Imports of organisations and contacts as users have their data: any of the files `sheet`
//! reads, columns mapped to fields (suggested from the fields' names in nine languages), numbers
//! and dates as Europeans write them, and upserts by natural keys. A plan says, row by row, what
//! will be created, updated, left unchanged or rejected and why; it is written in one transaction,
//! only when no row is rejected (or, when the user chooses, its valid rows, the rejected ones
//! handed back with their reasons), and recorded so that it can be reverted as a whole.

pub mod answers;
mod invoices;
pub mod languages;
mod ledger;
mod memberships;

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::consent::ConsentFields;
use domain::contact::{ContactFields, ContactInput};
use domain::id::Uuid;
use domain::organisation::{OrganisationFields, OrganisationInput, name_key};
use domain::written::{NumberStyle, parse_number};
use store::import::{ContactBefore, ImportBatch, ImportRecord, ImportTarget, Revert};

use crate::auth::{Allows, Edit, Read};
use crate::sheet::Sheet;
use crate::{App, ClusterScope, Error, RowError};

pub use store::import::ImportTarget as Target;

/// The fields a target takes, in the order of forms.
pub fn fields(target: ImportTarget) -> &'static [&'static str] {
    match target {
        ImportTarget::Organisations => &domain::organisation::ORGANISATION_FIELDS,
        ImportTarget::Contacts => &CONTACT_FIELDS,
        ImportTarget::Memberships => &memberships::FIELDS,
        ImportTarget::Invoices => &invoices::FIELDS,
        ImportTarget::Ledger => &ledger::FIELDS,
        ImportTarget::SurveyAnswers => &answers::FIELDS,
    }
}

pub const CONTACT_FIELDS: [&str; 11] = [
    "organisation",
    "first_name",
    "last_name",
    "email",
    "phone",
    "position",
    "cluster_roles",
    "billing_contact",
    "consent_channel",
    "consent_purpose",
    "consent_given_on",
];

/// The fields of a contacts file that record a consent; the rest are the contact's own.
const CONSENT_FIELDS: [&str; 3] = ["consent_channel", "consent_purpose", "consent_given_on"];

/// Header words that name each field, in English, French, German, Spanish, Italian (and some
/// Polish and Romanian), as they are compared: folded, punctuation as spaces.
fn synonyms(target: ImportTarget, field: &str) -> &'static [&'static str] {
    match (target, field) {
        (ImportTarget::Organisations, "name") => &[
            "name",
            "organisation",
            "organization",
            "organisation name",
            "organization name",
            "company",
            "company name",
            "legal name",
            "member",
            "nom",
            "raison sociale",
            "societe",
            "entreprise",
            "nom de l entreprise",
            "firma",
            "firmenname",
            "unternehmen",
            "name der firma",
            "nombre",
            "razon social",
            "empresa",
            "denominacion",
            "nombre de la empresa",
            "nome",
            "ragione sociale",
            "azienda",
            "denominazione",
            "nazwa",
            "nazwa firmy",
            "denumire",
            "companie",
        ],
        (ImportTarget::Organisations, "kind") => &[
            "kind",
            "type",
            "organisation type",
            "organization type",
            "category",
            "type d organisation",
            "categorie",
            "typ",
            "art",
            "organisationstyp",
            "tipo",
            "categoria",
            "tipo de organizacion",
            "tipologia",
            "rodzaj",
        ],
        (ImportTarget::Organisations, "nace_code") => &[
            "nace",
            "nace code",
            "nace rev 2",
            "activity code",
            "sector code",
            "code nace",
            "code naf",
            "naf",
            "ape",
            "wz",
            "wz code",
            "wirtschaftszweig",
            "cnae",
            "codigo cnae",
            "ateco",
            "codice ateco",
            "pkd",
            "caen",
            "cod caen",
        ],
        (ImportTarget::Organisations, "employees") => &[
            "employees",
            "staff",
            "headcount",
            "number of employees",
            "no of employees",
            "employees number",
            "effectif",
            "effectifs",
            "salaries",
            "employes",
            "nombre de salaries",
            "mitarbeiter",
            "beschaftigte",
            "anzahl mitarbeiter",
            "empleados",
            "plantilla",
            "trabajadores",
            "numero de empleados",
            "dipendenti",
            "addetti",
            "numero dipendenti",
            "pracownicy",
            "zatrudnienie",
            "liczba pracownikow",
            "angajati",
            "numar angajati",
        ],
        (ImportTarget::Organisations, "turnover") => &[
            "turnover",
            "revenue",
            "revenues",
            "annual turnover",
            "sales",
            "chiffre d affaires",
            "ca",
            "umsatz",
            "jahresumsatz",
            "facturacion",
            "volumen de negocio",
            "ventas",
            "cifra de negocio",
            "fatturato",
            "ricavi",
            "przychody",
            "obrot",
            "cifra de afaceri",
        ],
        (ImportTarget::Organisations, "balance_sheet_total") => &[
            "balance sheet total",
            "balance sheet",
            "total assets",
            "total du bilan",
            "bilan",
            "bilanzsumme",
            "activo total",
            "total activo",
            "balance",
            "totale attivo",
            "totale di bilancio",
            "suma bilansowa",
            "total active",
            "total bilant",
        ],
        (ImportTarget::Organisations, "country") => &[
            "country",
            "country code",
            "pays",
            "code pays",
            "land",
            "landercode",
            "pais",
            "codigo de pais",
            "paese",
            "nazione",
            "kraj",
            "tara",
        ],
        (ImportTarget::Organisations, "region") => &[
            "region",
            "nuts",
            "nuts 2",
            "bundesland",
            "comunidad autonoma",
            "provincia",
            "regione",
            "wojewodztwo",
            "judet",
            "province",
            "state",
        ],
        (ImportTarget::Organisations, "vat_id") => &[
            "vat",
            "vat id",
            "vat number",
            "vat no",
            "vat nr",
            "tax id",
            "tax number",
            "tva",
            "numero de tva",
            "n tva",
            "no tva",
            "ust idnr",
            "ust id",
            "umsatzsteuer id",
            "ustid",
            "steuernummer",
            "nif",
            "cif",
            "nif cif",
            "partita iva",
            "p iva",
            "piva",
            "nip",
            "cui",
            "cod fiscal",
            "cod de inregistrare fiscala",
        ],
        (ImportTarget::Organisations, "street") => &[
            "street",
            "address",
            "street address",
            "address line 1",
            "adresse",
            "rue",
            "strasse",
            "anschrift",
            "direccion",
            "calle",
            "domicilio",
            "indirizzo",
            "via",
            "adres",
            "ulica",
            "adresa",
            "strada",
        ],
        (ImportTarget::Organisations, "postcode") => &[
            "postcode",
            "post code",
            "postal code",
            "zip",
            "zip code",
            "code postal",
            "cp",
            "plz",
            "postleitzahl",
            "codigo postal",
            "cap",
            "codice postale",
            "kod pocztowy",
            "cod postal",
        ],
        (ImportTarget::Organisations, "city") => &[
            "city",
            "town",
            "locality",
            "ville",
            "localite",
            "stadt",
            "ort",
            "ciudad",
            "localidad",
            "municipio",
            "poblacion",
            "citta",
            "comune",
            "localita",
            "miasto",
            "miejscowosc",
            "oras",
            "localitate",
        ],
        (ImportTarget::Organisations, "email") => &[
            "email",
            "e mail",
            "general email",
            "company email",
            "courriel",
            "mail",
            "correo",
            "correo electronico",
            "posta elettronica",
            "adres e mail",
        ],
        (ImportTarget::Organisations, "phone") => &[
            "phone",
            "telephone",
            "tel",
            "telefon",
            "telefono",
            "telefonnummer",
            "numero de telephone",
            "numero di telefono",
        ],
        (ImportTarget::Organisations, "website") => &[
            "website",
            "web",
            "url",
            "site",
            "web site",
            "site web",
            "site internet",
            "webseite",
            "homepage",
            "internetseite",
            "sitio web",
            "pagina web",
            "sito",
            "sito web",
            "sito internet",
            "strona",
            "strona www",
            "strona internetowa",
        ],
        (ImportTarget::Contacts, "organisation") => &[
            "organisation",
            "organization",
            "company",
            "employer",
            "organisation name",
            "company name",
            "societe",
            "entreprise",
            "firma",
            "unternehmen",
            "arbeitgeber",
            "empresa",
            "organizacion",
            "azienda",
            "societa",
            "ente",
            "nazwa firmy",
            "companie",
        ],
        (ImportTarget::Contacts, "first_name") => &[
            "first name",
            "firstname",
            "given name",
            "forename",
            "prenom",
            "vorname",
            "nombre",
            "nome",
            "imie",
            "prenume",
        ],
        (ImportTarget::Contacts, "last_name") => &[
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom",
            "nom de famille",
            "nachname",
            "familienname",
            "apellido",
            "apellidos",
            "cognome",
            "nazwisko",
            "nume",
        ],
        (ImportTarget::Contacts, "email") => &[
            "email",
            "e mail",
            "mail",
            "email address",
            "e mail address",
            "courriel",
            "adresse e mail",
            "adresse mail",
            "e mail adresse",
            "correo",
            "correo electronico",
            "posta elettronica",
            "indirizzo email",
            "adres e mail",
        ],
        (ImportTarget::Contacts, "phone") => &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "phone number",
            "telefon",
            "telefonnummer",
            "handy",
            "telefono",
            "movil",
            "cellulare",
            "numer telefonu",
        ],
        (ImportTarget::Contacts, "billing_contact") => &[
            "billing contact",
            "billing",
            "invoices to",
            "contact facturation",
            "facturation",
            "rechnungskontakt",
            "rechnungsempfanger",
            "contacto de facturacion",
            "facturacion",
            "contatto fatturazione",
            "fatturazione",
            "kontakt do faktur",
            "faktury",
            "contact facturare",
        ],
        (ImportTarget::Contacts, "position") => &[
            "position",
            "job title",
            "title",
            "role",
            "function",
            "job",
            "fonction",
            "poste",
            "funktion",
            "stellung",
            "berufsbezeichnung",
            "cargo",
            "puesto",
            "ruolo",
            "qualifica",
            "mansione",
            "stanowisko",
            "functie",
        ],
        (ImportTarget::Contacts, "consent_channel") => &["consent channel", "channel", "canal", "kanal", "canale"],
        (ImportTarget::Contacts, "consent_purpose") => &[
            "consent",
            "consent purpose",
            "purpose",
            "opt in",
            "consentement",
            "finalite",
            "einwilligung",
            "zweck",
            "consentimiento",
            "finalidad",
            "consenso",
            "finalita",
            "zgoda",
            "consimtamant",
        ],
        (ImportTarget::Contacts, "consent_given_on") => &[
            "consent date",
            "consent given on",
            "consent given",
            "opt in date",
            "date du consentement",
            "date consentement",
            "einwilligungsdatum",
            "datum der einwilligung",
            "fecha del consentimiento",
            "fecha consentimiento",
            "data del consenso",
            "data consenso",
            "data zgody",
            "data consimtamantului",
        ],
        (ImportTarget::Contacts, "cluster_roles") => &[
            "cluster roles",
            "roles in the cluster",
            "cluster role",
            "working groups",
            "working group",
            "groupes de travail",
            "arbeitsgruppen",
            "grupos de trabajo",
            "gruppi di lavoro",
        ],
        (ImportTarget::Memberships, field) => memberships::synonyms(field),
        (ImportTarget::Invoices, field) => invoices::synonyms(field),
        (ImportTarget::Ledger, field) => ledger::synonyms(field),
        (ImportTarget::SurveyAnswers, field) => answers::synonyms(field),
        _ => &[],
    }
}

fn header_words(header: &str) -> String {
    domain::text::fold(header)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// For each column, the field its header names, if any; each field at most once (first column wins).
pub fn suggest_mapping(target: ImportTarget, headers: &[String]) -> Vec<Option<&'static str>> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let words = header_words(h);
            let field = fields(target).iter().copied().find(|f| {
                !taken.contains(f)
                    && (header_words(f) == words
                        || synonyms(target, f).contains(&words.as_str())
                        || languages::names_field(&words, f))
            });
            taken.extend(field);
            field
        })
        .collect()
}

/// Applies the user's choices over the suggestion: `(header, field)` pairs (`#N` for the Nth
/// column, counting from 0, where headers repeat), an empty field or `-` leaving the column out.
pub fn mapping_with(
    target: ImportTarget,
    headers: &[String],
    choices: &[(String, String)],
) -> Result<Vec<Option<&'static str>>, String> {
    choose_columns(fields(target), suggest_mapping(target, headers), headers, choices)
}

/// The `suggested` field of each column (one of `known`), with the user's `(header, field)`
/// choices over it (see [`mapping_with`]).
fn choose_columns<'f>(
    known: &[&'f str],
    mut mapping: Vec<Option<&'f str>>,
    headers: &[String],
    choices: &[(String, String)],
) -> Result<Vec<Option<&'f str>>, String> {
    for (header, field) in choices {
        if value_choice(known, headers, header, field).is_some() {
            continue;
        }
        // `#N` names the Nth column (from 0), for a file whose headers repeat.
        let by_place = header
            .strip_prefix('#')
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n < headers.len() && !headers.iter().any(|h| h.trim() == header.trim()));
        let index =
            by_place.or_else(|| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(header.trim()))).ok_or_else(
                || i18n::said_with("invalid-import-mapping-unknown-column", &[("header", header.to_string())]),
            )?;
        let field = field.trim();
        if field.is_empty() || field == "-" {
            mapping[index] = None;
            continue;
        }
        let known = known.iter().copied().find(|f| *f == field).ok_or_else(|| {
            i18n::said_with(
                "invalid-import-mapping-not-a-field",
                &[("header", header.to_string()), ("field", field.to_string()), ("fields", known.join(", "))],
            )
        })?;
        for (i, m) in mapping.iter_mut().enumerate() {
            if *m == Some(known) && i != index {
                *m = None;
            }
        }
        mapping[index] = Some(known);
    }
    Ok(mapping)
}

/// A choice of the form `field: the file's value = our value` (`kind: Socio industrial =
/// company`): a value of the file read as one of ours. `None` for a column's choice (a header of
/// the file wins over a field of the same name).
fn value_choice<'f>(
    known: &[&'f str],
    headers: &[String],
    left: &str,
    right: &str,
) -> Option<(&'f str, String, String)> {
    if headers.iter().any(|h| h.trim().eq_ignore_ascii_case(left.trim())) {
        return None;
    }
    let (field, value) = left.split_once(':')?;
    let field = known.iter().copied().find(|f| *f == field.trim())?;
    Some((field, domain::text::fold(value), right.trim().to_string()))
}

/// The file's own values read as ours, per the `field: value = ours` choices: a cell of a column
/// mapped to `field` that is `value` (ignoring case and accents) becomes `ours`, before the rows
/// are checked; then a cell that names a value of its field in one of the nine languages (`named`,
/// see [`languages::named_values`]) becomes that value. The sheet's notes say how many cells were
/// read so.
fn apply_value_choices(
    known: &[&str],
    sheet: &mut Sheet,
    mapping: &[Option<&str>],
    choices: &[(String, String)],
    named: &[(&str, String, String)],
) {
    let chosen: Vec<(&str, String, String)> =
        choices.iter().filter_map(|(l, r)| value_choice(known, &sheet.headers, l, r)).collect();
    // Only the columns of fields that have values to read are looked at.
    let columns: Vec<(usize, &str)> = mapping
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (i, f)))
        .filter(|(_, f)| chosen.iter().chain(named).any(|(field, _, _)| field == f))
        .collect();
    if columns.is_empty() {
        return;
    }
    let (mut changed, mut translated) = (0, 0);
    for row in &mut sheet.rows {
        // What each cell becomes, if anything: the row is written anew only when one changes.
        let mut replaced: Vec<(usize, String)> = Vec::new();
        for &(column, field) in &columns {
            let Some(cell) = row.cells.get(column) else { continue };
            let folded = domain::text::fold(cell);
            let find = |values: &[(&str, String, String)]| {
                values.iter().find(|(f, v, _)| *f == field && *v == folded).map(|(_, _, ours)| ours.clone())
            };
            if let Some(ours) = find(&chosen) {
                replaced.push((column, ours));
                changed += 1;
            } else if let Some(ours) = find(named).filter(|ours| domain::text::fold(ours) != folded) {
                replaced.push((column, ours));
                translated += 1;
            }
        }
        if !replaced.is_empty() {
            let mut cells: Vec<String> = row.cells.iter().map(str::to_string).collect();
            for (column, ours) in replaced {
                cells[column] = ours;
            }
            row.cells = csv::StringRecord::from(cells);
        }
    }
    if changed > 0 {
        sheet.notes.push(i18n::said_with("invalid-import-values-read-by-mapping", &[("values", changed.to_string())]));
    }
    if translated > 0 {
        sheet.notes.push(i18n::said_with("invalid-import-values-read-by-name", &[("values", translated.to_string())]));
    }
}

/// Reads a mapping file: one `Column header = field` a line, or `field: the file's value = our
/// value` to read a value of the file as one of ours; `#` starts a comment.
pub fn parse_mapping_file(text: &str) -> Result<Vec<(String, String)>, String> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split('#').next().unwrap_or("").trim()))
        .filter(|(_, l)| !l.is_empty())
        .map(|(n, l)| {
            l.split_once('=')
                .map(|(h, f)| (h.trim().to_string(), f.trim().to_string()))
                .ok_or_else(|| i18n::said_with("invalid-import-mapping-line", &[("line", n.to_string())]))
        })
        .collect()
}

/// What will happen to one row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum RowAction {
    Create,
    Update { id: Uuid, fields: Vec<&'static str> },
    Unchanged { id: Uuid },
    Reject { reasons: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlannedRow {
    pub line: u64,
    /// The record's name, for people to recognise it.
    pub label: String,
    #[serde(flatten)]
    pub action: RowAction,
}

/// What an import will do (or did), row by row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportPlan {
    pub target: ImportTarget,
    pub file_name: String,
    pub headers: Vec<String>,
    /// The field each column goes to; `None` for a column left out.
    pub mapping: Vec<Option<String>>,
    /// The fields a column may go to, each with what a person reads of it.
    pub fields: Vec<(String, String)>,
    pub notes: Vec<String>,
    /// Problems with the whole file (a required column missing); each stops the import.
    pub file_errors: Vec<String>,
    pub rows: Vec<PlannedRow>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
    /// The recorded import, once written.
    pub import_id: Option<Uuid>,
}

impl ImportPlan {
    /// The plan of a file before any row is planned.
    fn new(
        target: ImportTarget,
        file_name: &str,
        sheet: &Sheet,
        mapping: Vec<Option<String>>,
        fields: Vec<(String, String)>,
    ) -> Self {
        ImportPlan {
            target,
            file_name: file_name.to_string(),
            headers: sheet.headers.clone(),
            mapping,
            fields,
            notes: sheet.notes.clone(),
            file_errors: Vec::new(),
            rows: Vec::new(),
            created: 0,
            updated: 0,
            unchanged: 0,
            rejected: 0,
            import_id: None,
        }
    }

    /// Counts the planned rows by what happens to them.
    fn count(&mut self) {
        self.created = self.rows.iter().filter(|r| r.action == RowAction::Create).count();
        self.updated = self.rows.iter().filter(|r| matches!(r.action, RowAction::Update { .. })).count();
        self.unchanged = self.rows.iter().filter(|r| matches!(r.action, RowAction::Unchanged { .. })).count();
        self.rejected = self.rows.iter().filter(|r| matches!(r.action, RowAction::Reject { .. })).count();
    }

    pub fn can_commit(&self) -> bool {
        self.file_errors.is_empty() && self.rejected == 0
    }

    /// The field each column goes to, borrowed.
    pub fn mapped(&self) -> Vec<Option<&str>> {
        self.mapping.iter().map(Option::as_deref).collect()
    }

    /// Every problem, by line, as the first import reported them.
    pub fn errors(&self) -> Vec<RowError> {
        let mut out: Vec<RowError> =
            self.file_errors.iter().map(|m| RowError { line: 1, field: None, message: m.clone() }).collect();
        for row in &self.rows {
            if let RowAction::Reject { reasons } = &row.action {
                out.extend(reasons.iter().map(|r| {
                    let (field, message) = match r.split_once(": ") {
                        Some((f, m)) if self.fields.iter().any(|(known, _)| known == f) => {
                            (Some(f.to_string()), m.to_string())
                        }
                        _ => (None, r.clone()),
                    };
                    RowError { line: row.line, field, message }
                }));
            }
        }
        out
    }
}

/// The mapped columns, `(column, field)`, in the target's field order.
fn mapped_columns(target: ImportTarget, mapping: &[Option<&'static str>]) -> Vec<(usize, &'static str)> {
    let mut columns: Vec<(usize, &'static str)> =
        mapping.iter().enumerate().filter_map(|(i, field)| field.map(|f| (i, f))).collect();
    columns.sort_by_key(|(_, f)| fields(target).iter().position(|x| x == f));
    columns
}

/// The cells of one row by field, in the order of `columns` (see [`mapped_columns`]); empty
/// cells are absent.
fn row_values<'a>(columns: &[(usize, &'static str)], cells: &'a csv::StringRecord) -> Vec<(&'static str, &'a str)> {
    columns
        .iter()
        .filter_map(|(i, field)| cells.get(*i).map(|cell| (*field, cell.trim())))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

fn value<'a>(values: &[(&'static str, &'a str)], field: &str) -> Option<&'a str> {
    values.iter().find(|(f, _)| *f == field).map(|(_, v)| *v)
}

/// The number style of each of the `money` columns, from all of its values.
fn column_styles(
    sheet: &Sheet,
    mapping: &[Option<&'static str>],
    money: &[&str],
) -> HashMap<&'static str, Option<NumberStyle>> {
    mapping
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (i, f)))
        .filter(|(_, f)| money.contains(f))
        .map(|(i, f)| (f, NumberStyle::of_column(sheet.rows.iter().filter_map(|r| r.cells.get(i)))))
        .collect()
}

/// The order of the dates of the column mapped to `field`, as its values settle it (see
/// `DateOrder::of_column`).
fn date_order(sheet: &Sheet, mapping: &[Option<&'static str>], field: &str) -> Option<domain::written::DateOrder> {
    mapping
        .iter()
        .position(|f| *f == Some(field))
        .and_then(|i| domain::written::DateOrder::of_column(sheet.rows.iter().filter_map(|r| r.cells.get(i))))
}

/// The reason to reject a row whose number of cells is not the header's, if it is not.
fn field_count(row: &crate::sheet::SheetRow, sheet: &Sheet) -> Vec<String> {
    if row.cells.len() == sheet.headers.len() {
        return Vec::new();
    }
    vec![i18n::said_with(
        "invalid-import-field-count",
        &[("cells", row.cells.len().to_string()), ("headers", sheet.headers.len().to_string())],
    )]
}

/// Plans an import: nothing is written.
pub async fn plan(
    app: &App,
    scope: &impl Allows<Edit>,
    target: ImportTarget,
    file_name: &str,
    sheet: &Sheet,
    mapping: Vec<Option<&'static str>>,
) -> Result<(ImportPlan, ImportBatch), Error> {
    let scope = scope.checked()?;
    if target == ImportTarget::SurveyAnswers {
        return Err(answers_into_a_campaign());
    }
    if target == ImportTarget::Ledger {
        // The ledger is the management's: the role that enters its lines imports them.
        crate::auth::require(scope, domain::access::Permission::Manage)?;
    }
    // Taken before anything is read, so that any write after it shows.
    let basis = store::import::basis(&app.db, scope).await?;
    let mut plan = ImportPlan::new(
        target,
        file_name,
        sheet,
        mapping.iter().map(|m| m.map(String::from)).collect(),
        fields(target).iter().map(|f| (f.to_string(), f.to_string())).collect(),
    );
    let mut batch = empty_batch(target, file_name, basis);
    let required: &[&str] = match target {
        ImportTarget::Organisations => &["name"],
        ImportTarget::Contacts => &["organisation", "first_name", "last_name"],
        ImportTarget::Memberships => &["organisation", "membership_type"],
        ImportTarget::Invoices => &["number", "date", "gross"],
        ImportTarget::Ledger => &["year", "category"],
        ImportTarget::SurveyAnswers => return Err(answers_into_a_campaign()),
    };
    for field in required {
        if !mapping.contains(&Some(field)) {
            plan.file_errors.push(i18n::said_with("invalid-import-required-column", &[("field", field.to_string())]));
        }
    }
    if !plan.file_errors.is_empty() {
        return Ok((plan, batch));
    }
    if target == ImportTarget::Invoices && !mapping.contains(&Some("customer")) && !mapping.contains(&Some("vat_id")) {
        plan.file_errors.push(i18n::said("invalid-import-invoices-customer-column"));
        return Ok((plan, batch));
    }
    if target == ImportTarget::Ledger && !mapping.contains(&Some("amount")) && !mapping.contains(&Some("hours")) {
        plan.file_errors.push(i18n::said("invalid-import-ledger-amount-column"));
        return Ok((plan, batch));
    }
    let organisations = match target {
        ImportTarget::Ledger => Vec::new(),
        _ => store::organisation::all_for_matching(&app.db, scope).await?,
    };
    let (rows, same_record) = match target {
        ImportTarget::Memberships => {
            let types = store::membership::types(&app.db, scope).await?;
            let all = store::membership::all_memberships(&app.db, scope, ever()).await?;
            let known = memberships::Known {
                finder: OrganisationFinder::new(&organisations),
                types: &types,
                memberships: &all,
                file_name,
                today: app.today(scope),
            };
            (memberships::plan(sheet, &mapping, &known), same_membership as SameRecord)
        }
        ImportTarget::Invoices => {
            let types = store::membership::types(&app.db, scope).await?;
            let all = store::membership::all_memberships(&app.db, scope, ever()).await?;
            let numbers = numbers_of(sheet, &mapping);
            let numbers = store::invoice::by_numbers(&app.db, scope, &numbers)
                .await?
                .into_iter()
                .map(|i| (i.number.clone(), (i.id, i.organisation_id, i.gross_minor)))
                .collect();
            let fees = store::invoice::fee_invoices(&app.db, scope, ever())
                .await?
                .into_iter()
                .filter_map(|i| Some(((i.membership_id?, i.period_start?), i.number)))
                .collect();
            let known = invoices::Known {
                finder: OrganisationFinder::new(&organisations),
                currency: scope.cluster().base_currency,
                numbers,
                memberships: &all,
                types: &types,
                fees,
                file_name,
                payment_term_days: crate::membership::PAYMENT_TERM_DAYS,
                today: app.today(scope),
            };
            (invoices::plan(sheet, &mapping, &known), same_invoice as SameRecord)
        }
        ImportTarget::Ledger => {
            let projects = store::project::projects(&app.db, scope).await?;
            let (first, last) = (1900, 2199);
            let recorded = crate::economics::Recorded::read(app, scope, first, last).await?;
            let entries = store::economics::entries(&app.db, scope, first, last).await?;
            let known = ledger::Known {
                currency: scope.cluster().base_currency,
                projects: &projects,
                recorded: &recorded,
                entries: &entries,
            };
            (ledger::plan(sheet, &mapping, &known), no_same_record as SameRecord)
        }
        ImportTarget::SurveyAnswers => return Err(answers_into_a_campaign()),
        ImportTarget::Organisations => {
            (plan_organisations(scope, sheet, &mapping, &organisations), same_organisation as SameRecord)
        }
        ImportTarget::Contacts => {
            let contacts = store::contact::all_for_matching(&app.db, scope).await?;
            let consents = store::privacy::standing_consents(&app.db, scope).await?;
            // A consent's source holds 300 characters; a very long file name is cut short.
            let source: String = format!("import of {file_name}").chars().take(300).collect();
            (
                plan_contacts(sheet, &mapping, &organisations, &contacts, &consents, &source, app.today(scope)),
                same_person as SameRecord,
            )
        }
    };
    // A record twice in one file: the first line counts, the others are rejected.
    let mut seen: HashMap<String, u64> = HashMap::with_capacity(sheet.rows.len());
    // The memberships of the file so far, by organisation, with their lines.
    let mut held: HashMap<Uuid, Vec<(memberships::Span, u64)>> = HashMap::new();
    plan.rows.reserve(sheet.rows.len());
    for row in rows {
        let first =
            row.key.as_deref().and_then(|key| key.split(KEY_SEPARATOR).find_map(|part| seen.get(part).copied()));
        match row.key {
            Some(key) if first.is_none() && key.contains(KEY_SEPARATOR) => {
                seen.extend(key.split(KEY_SEPARATOR).map(|part| (part.to_string(), row.line)));
            }
            Some(key) if first.is_none() => {
                seen.insert(key, row.line);
            }
            _ => {}
        }
        if let Some(first) = first {
            let reason = same_record(first);
            plan.rows.push(PlannedRow { line: row.line, label: row.label, action: reject(vec![reason]) });
            continue;
        }
        if let Some(Write::NewMembership(m)) = row.write.as_deref() {
            let span = memberships::Span::of_new(m);
            let spans = held.entry(m.organisation_id).or_default();
            if let Some((_, line)) = spans.iter().find(|(s, _)| s.overlaps(&span)) {
                let reason = i18n::said_with("invalid-import-membership-overlaps-line", &[("line", line.to_string())]);
                plan.rows.push(PlannedRow { line: row.line, label: row.label, action: reject(vec![reason]) });
                continue;
            }
            spans.push((span, row.line));
        }
        match row.write.map(|w| *w) {
            Some(Write::NewOrganisation(f)) => batch.new_organisations.push(f),
            Some(Write::ChangedOrganisation(change)) => batch.changed_organisations.push(*change),
            Some(Write::NewContact(organisation, f, consent)) => {
                batch.new_contacts.push((organisation, f));
                let holder = store::import::ConsentHolder::NewContact(batch.new_contacts.len() - 1);
                batch.new_consents.extend(consent.map(|c| (holder, c)));
            }
            Some(Write::ExistingContact { id, change, consent }) => {
                batch.changed_contacts.extend(change);
                batch.new_consents.extend(consent.map(|c| (store::import::ConsentHolder::Contact(id), c)));
            }
            Some(Write::NewMembership(m)) => batch.new_memberships.push(m),
            Some(Write::NewInvoice(i)) => batch.new_invoices.push(*i),
            Some(Write::NewLedgerEntry(f)) => batch.new_ledger_entries.push(f),
            None => {}
        }
        plan.rows.push(PlannedRow { line: row.line, label: row.label, action: row.action });
    }
    plan.count();
    batch.created = plan.created as i64;
    batch.updated = plan.updated as i64;
    batch.unchanged = plan.unchanged as i64;
    Ok((plan, batch))
}

/// A batch that writes nothing yet, planned against `basis`.
fn empty_batch(target: ImportTarget, file_name: &str, basis: store::import::Basis) -> ImportBatch {
    ImportBatch {
        target,
        file_name: file_name.to_string(),
        imported_by: String::new(),
        new_organisations: Vec::new(),
        changed_organisations: Vec::new(),
        new_contacts: Vec::new(),
        changed_contacts: Vec::new(),
        new_consents: Vec::new(),
        new_memberships: Vec::new(),
        new_invoices: Vec::new(),
        new_ledger_entries: Vec::new(),
        new_survey_responses: Vec::new(),
        created: 0,
        updated: 0,
        unchanged: 0,
        basis,
    }
}

/// Why survey answers are not imported as the other targets are.
fn answers_into_a_campaign() -> Error {
    Error::BadRequest(i18n::said("invalid-import-answers-into-campaign"))
}

/// Why a row is the same record as the line `first` of the file before it.
type SameRecord = fn(u64) -> String;

fn same_membership(first: u64) -> String {
    i18n::said_with("invalid-import-same-membership", &[("first", first.to_string())])
}

fn same_invoice(first: u64) -> String {
    i18n::said_with("invalid-import-same-invoice", &[("first", first.to_string())])
}

fn same_organisation(first: u64) -> String {
    i18n::said_with("invalid-import-same-organisation", &[("first", first.to_string())])
}

fn same_person(first: u64) -> String {
    i18n::said_with("invalid-import-same-person", &[("first", first.to_string())])
}

/// Ledger lines have no key: no line is the same as another.
fn no_same_record(_first: u64) -> String {
    String::new()
}

/// A day before every record: "since ever" to the queries that read from a day on (both
/// databases hold it, unlike `NaiveDate::MIN`).
fn ever() -> NaiveDate {
    NaiveDate::from_ymd_opt(1, 1, 1).expect("a valid day")
}

/// The invoice numbers a file holds, to find those the cluster has already.
fn numbers_of(sheet: &Sheet, mapping: &[Option<&'static str>]) -> Vec<String> {
    let Some(column) = mapping.iter().position(|f| *f == Some("number")) else { return Vec::new() };
    let mut numbers: Vec<String> = sheet
        .rows
        .iter()
        .filter_map(|r| r.cells.get(column))
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

fn reject(reasons: Vec<String>) -> RowAction {
    RowAction::Reject { reasons }
}

/// What a row adds to the batch, if it is written.
enum Write {
    NewOrganisation(OrganisationFields),
    ChangedOrganisation(Box<store::import::OrganisationChange>),
    /// Organisation, fields, and the consent the row records.
    NewContact(Uuid, ContactFields, Option<ConsentFields>),
    ExistingContact {
        id: Uuid,
        /// Id, organisation id, new fields, state before.
        change: Option<(Uuid, Uuid, ContactFields, ContactBefore)>,
        consent: Option<ConsentFields>,
    },
    NewMembership(store::import::ImportedMembership),
    NewInvoice(Box<store::import::ImportedInvoice>),
    NewLedgerEntry(domain::economics::EntryFields),
}

/// One row planned on its own, before the rows are compared with each other.
struct RowPlan {
    line: u64,
    label: String,
    /// What makes two rows of the file the same record; none for a rejected row. A record with
    /// two such keys has them joined by [`KEY_SEPARATOR`] (one string a row keeps the plan of a
    /// large file small).
    key: Option<String>,
    action: RowAction,
    /// Boxed: a row plan is moved a few times, and most of its size is here.
    write: Option<Box<Write>>,
}

impl RowPlan {
    fn rejected(line: u64, label: String, reasons: Vec<String>) -> Self {
        RowPlan { line, label, key: None, action: reject(reasons), write: None }
    }
}

/// Joins the keys of a record that has two (see `RowPlan::key`).
const KEY_SEPARATOR: char = '\u{1e}';

/// The key of a record known by either of two keys.
fn either_key(first: String, second: String) -> String {
    format!("{first}{KEY_SEPARATOR}{second}")
}

/// The plans of a file's non-empty rows, in file order.
type RowPlans = std::iter::Flatten<std::vec::IntoIter<Option<RowPlan>>>;

/// Plans each non-empty row with `plan_row`, on every core: rows are planned on their own, and
/// a file of 100,000 rows takes a second on one core.
fn plan_rows(sheet: &Sheet, plan_row: impl Fn(&crate::sheet::SheetRow) -> RowPlan + Sync) -> RowPlans {
    crate::parallel::map(&sheet.rows, |row| (!row.cells.iter().all(|c| c.trim().is_empty())).then(|| plan_row(row)))
        .into_iter()
        .flatten()
}

fn plan_organisations(
    scope: &ClusterScope,
    sheet: &Sheet,
    mapping: &[Option<&'static str>],
    existing: &[store::organisation::Organisation],
) -> RowPlans {
    let currency = scope.cluster().base_currency;
    let styles = column_styles(sheet, mapping, &["turnover", "balance_sheet_total"]);
    let by_vat: HashMap<&str, &store::organisation::Organisation> =
        existing.iter().filter_map(|o| o.fields.vat_id.as_deref().map(|v| (v, o))).collect();
    let name_keys = crate::parallel::map(existing, |o| name_key(&o.fields.name));
    let by_name: HashMap<(&str, Option<&str>), &store::organisation::Organisation> = existing
        .iter()
        .zip(&name_keys)
        .map(|(o, key)| ((key.as_str(), o.fields.country.as_ref().map(|c| c.as_str())), o))
        .collect();
    let columns = mapped_columns(ImportTarget::Organisations, mapping);
    plan_rows(sheet, |row| {
        let values = row_values(&columns, &row.cells);
        let label = value(&values, "name").map_or_else(String::new, str::to_string);
        let mut reasons = field_count(row, sheet);
        let mut input = OrganisationInput::default();
        for (field, value) in &values {
            let value = match *field {
                "employees" => parse_number(value, None, true),
                "turnover" | "balance_sheet_total" => parse_number(value, styles.get(field).copied().flatten(), false),
                _ => Ok(value.to_string()),
            };
            match value {
                Ok(v) => {
                    input.set_field(field, v);
                }
                Err(message) => reasons.push(format!("{field}: {message}")),
            }
        }
        let fields = match input.parse(currency) {
            Ok(f) if reasons.is_empty() => f,
            Ok(_) => return RowPlan::rejected(row.line, label, reasons),
            Err(invalid) => {
                let skip: Vec<String> =
                    reasons.iter().filter_map(|r| r.split_once(": ").map(|(f, _)| f.to_string())).collect();
                reasons.extend(
                    invalid
                        .0
                        .into_iter()
                        .filter(|e| !skip.contains(&e.field))
                        .map(|e| format!("{}: {}", e.field, e.message)),
                );
                return RowPlan::rejected(row.line, label, reasons);
            }
        };
        // By VAT id first; by name and country when the VAT id is new or missing.
        let country = fields.country.as_ref().map(|c| c.as_str());
        let by_vat_id = fields.vat_id.as_deref().and_then(|v| by_vat.get(v)).copied();
        let (key, matched) = match (&fields.vat_id, by_vat_id) {
            (Some(vat), Some(current)) => (format!("vat {vat}"), Some(current)),
            (vat, _) => {
                let key_name = name_key(&fields.name);
                let key = match vat {
                    Some(vat) => format!("vat {vat}"),
                    None => format!("name {key_name}\u{1f}{}", country.unwrap_or("")),
                };
                (key, by_name.get(&(key_name.as_str(), country)).copied())
            }
        };
        let Some(current) = matched else {
            return RowPlan {
                line: row.line,
                label,
                key: Some(key),
                action: RowAction::Create,
                write: Some(Box::new(Write::NewOrganisation(fields))),
            };
        };
        // An upsert fills in and corrects; an empty cell never erases what is stored.
        let mut merged = current.fields.clone();
        for (field, _) in &values {
            merged.take_field(&fields, field);
        }
        if merged == current.fields {
            return RowPlan {
                line: row.line,
                label,
                key: Some(key),
                action: RowAction::Unchanged { id: current.id },
                write: None,
            };
        }
        let changed: Vec<&'static str> = domain::organisation::ORGANISATION_FIELDS
            .iter()
            .copied()
            .filter(|f| !merged.same_field(&current.fields, f))
            .collect();
        RowPlan {
            line: row.line,
            label,
            key: Some(key),
            action: RowAction::Update { id: current.id, fields: changed.clone() },
            write: Some(Box::new(Write::ChangedOrganisation(Box::new(store::import::OrganisationChange {
                id: current.id,
                fields: merged,
                before: current.fields.to_input(),
                changed,
            })))),
        }
    })
}

/// Finds the organisation a cell names: by VAT id, by its full name, then by its name without
/// the legal form (see [`name_key`]) when only one organisation has it.
struct OrganisationFinder<'a> {
    by_vat: HashMap<&'a str, &'a store::organisation::Organisation>,
    by_name: HashMap<String, Vec<&'a store::organisation::Organisation>>,
    by_full_name: HashMap<String, Vec<&'a store::organisation::Organisation>>,
}

impl<'a> OrganisationFinder<'a> {
    fn new(organisations: &'a [store::organisation::Organisation]) -> Self {
        let by_vat = organisations.iter().filter_map(|o| o.fields.vat_id.as_deref().map(|v| (v, o))).collect();
        let mut by_name: HashMap<String, Vec<_>> = HashMap::new();
        let mut by_full_name: HashMap<String, Vec<_>> = HashMap::new();
        for o in organisations {
            by_name.entry(name_key(&o.fields.name)).or_default().push(o);
            by_full_name.entry(domain::text::fold(&o.fields.name)).or_default().push(o);
        }
        OrganisationFinder { by_vat, by_name, by_full_name }
    }

    /// The organisation `cell` names, or the reason, as `field: message`, why none is found.
    fn find(&self, field: &str, cell: &str) -> Result<&'a store::organisation::Organisation, String> {
        let vat = domain::organisation::parse_vat_id(cell).ok();
        let exact = self.by_full_name.get(&domain::text::fold(cell)).and_then(|found| match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        });
        if let Some(found) = vat.as_deref().and_then(|v| self.by_vat.get(v).copied()).or(exact) {
            return Ok(found);
        }
        match self.by_name.get(&name_key(cell)).map(Vec::as_slice) {
            Some([one]) => Ok(*one),
            Some(_) => Err(format!(
                "{field}: {}",
                i18n::said_with("invalid-import-organisation-ambiguous", &[("name", cell.to_string())])
            )),
            None => Err(format!(
                "{field}: {}",
                i18n::said_with("invalid-import-organisation-unknown", &[("name", cell.to_string())])
            )),
        }
    }
}

fn plan_contacts(
    sheet: &Sheet,
    mapping: &[Option<&'static str>],
    organisations: &[store::organisation::Organisation],
    existing: &[store::contact::Contact],
    consents: &[(Uuid, String, String)],
    source: &str,
    today: chrono::NaiveDate,
) -> RowPlans {
    let standing: std::collections::HashSet<(Uuid, &str, String)> = consents
        .iter()
        .map(|(contact, channel, purpose)| (*contact, channel.as_str(), domain::text::fold(purpose)))
        .collect();
    let date_order = date_order(sheet, mapping, "consent_given_on");
    let finder = OrganisationFinder::new(organisations);
    let by_email: HashMap<String, &store::contact::Contact> =
        existing.iter().filter_map(|c| c.fields.email_key().map(|e| (e, c))).collect();
    let person_key = |organisation: Uuid, f: &ContactFields| {
        format!("{organisation} {}", domain::text::fold(&format!("{} {}", f.first_name, f.last_name)))
    };
    let by_person: HashMap<String, &store::contact::Contact> =
        existing.iter().map(|c| (person_key(c.organisation_id, &c.fields), c)).collect();
    let columns = mapped_columns(ImportTarget::Contacts, mapping);
    plan_rows(sheet, |row| {
        let values = row_values(&columns, &row.cells);
        let label =
            format!("{} {}", value(&values, "first_name").unwrap_or(""), value(&values, "last_name").unwrap_or(""))
                .trim()
                .to_string();
        let mut reasons = field_count(row, sheet);
        let organisation = match value(&values, "organisation") {
            None => {
                reasons.push(format!("organisation: {}", i18n::said("invalid-validation-required")));
                None
            }
            Some(o) => finder.find("organisation", o).map_err(|r| reasons.push(r)).ok().map(|o| o.id),
        };
        let mut input = ContactInput::default();
        for (field, value) in &values {
            let slot = match *field {
                "first_name" => &mut input.first_name,
                "last_name" => &mut input.last_name,
                "email" => &mut input.email,
                "phone" => &mut input.phone,
                "position" => &mut input.position,
                "cluster_roles" => &mut input.cluster_roles,
                "billing_contact" => &mut input.billing_contact,
                _ => continue,
            };
            *slot = Some(value.to_string());
        }
        let fields = match input.parse() {
            Ok(f) => Some(f),
            Err(invalid) => {
                reasons.extend(invalid.0.into_iter().map(|e| format!("{}: {}", e.field, e.message)));
                None
            }
        };
        let consent = consent_of(&values, date_order, today, source).unwrap_or_else(|errors| {
            reasons.extend(errors);
            None
        });
        let (Some(organisation_id), Some(fields), true) = (organisation, fields, reasons.is_empty()) else {
            return RowPlan::rejected(row.line, label, reasons);
        };
        let key = fields.email_key().unwrap_or_else(|| person_key(organisation_id, &fields));
        let matched = fields
            .email_key()
            .and_then(|e| by_email.get(&e))
            .or_else(|| by_person.get(&person_key(organisation_id, &fields)))
            .copied();
        let Some(current) = matched else {
            return RowPlan {
                line: row.line,
                label,
                key: Some(key),
                action: RowAction::Create,
                write: Some(Box::new(Write::NewContact(organisation_id, fields, consent))),
            };
        };
        let before = current.fields.to_input();
        let mut merged = before.clone();
        let typed = fields.to_input();
        let mut changed: Vec<&'static str> = Vec::new();
        for (field, _) in &values {
            let (slot, new) = match *field {
                "first_name" => (&mut merged.first_name, &typed.first_name),
                "last_name" => (&mut merged.last_name, &typed.last_name),
                "email" => (&mut merged.email, &typed.email),
                "phone" => (&mut merged.phone, &typed.phone),
                "position" => (&mut merged.position, &typed.position),
                "cluster_roles" => (&mut merged.cluster_roles, &typed.cluster_roles),
                "billing_contact" => (&mut merged.billing_contact, &typed.billing_contact),
                _ => continue,
            };
            let same = match (slot.as_deref(), new.as_deref()) {
                // An email typed in other capitals is the same address.
                (Some(a), Some(b)) if *field == "email" => a.eq_ignore_ascii_case(b),
                (a, b) => a == b,
            };
            if !same {
                *slot = new.clone();
                changed.push(field);
            }
        }
        if organisation_id != current.organisation_id {
            changed.push("organisation");
        }
        let consent =
            consent.filter(|c| !standing.contains(&(current.id, c.channel.code(), domain::text::fold(&c.purpose))));
        if changed.is_empty() && consent.is_none() {
            return RowPlan {
                line: row.line,
                label,
                key: Some(key),
                action: RowAction::Unchanged { id: current.id },
                write: None,
            };
        }
        changed.sort_by_key(|f| CONTACT_FIELDS.iter().position(|c| c == f));
        let change = (!changed.is_empty()).then(|| {
            let merged_fields = merged.parse().expect("both parts were valid");
            let before = ContactBefore { organisation_id: current.organisation_id, fields: before };
            (current.id, organisation_id, merged_fields, before)
        });
        if consent.is_some() {
            changed.push("consent");
        }
        RowPlan {
            line: row.line,
            label,
            key: Some(key),
            action: RowAction::Update { id: current.id, fields: changed },
            write: Some(Box::new(Write::ExistingContact { id: current.id, change, consent })),
        }
    })
}

/// The consent a row of a contacts file records, if its consent columns say one: a purpose and
/// the day it was given (in the order the column's dates settle, see `DateOrder::of_column`), by
/// email unless the row names another channel.
fn consent_of(
    values: &[(&'static str, &str)],
    date_order: Option<domain::written::DateOrder>,
    today: chrono::NaiveDate,
    source: &str,
) -> Result<Option<ConsentFields>, Vec<String>> {
    if !values.iter().any(|(f, _)| CONSENT_FIELDS.contains(f)) {
        return Ok(None);
    }
    let given_on = match value(values, "consent_given_on").map(|d| domain::written::parse_date(d, date_order)) {
        Some(Err(message)) => return Err(vec![format!("consent_given_on: {message}")]),
        Some(Ok(day)) => Some(day.to_string()),
        None => None,
    };
    let input = domain::consent::ConsentInput {
        channel: Some(value(values, "consent_channel").unwrap_or("email").to_lowercase()),
        purpose: value(values, "consent_purpose").map(str::to_string),
        given_on,
        source: Some(source.to_string()),
    };
    input
        .parse(today)
        .map(Some)
        .map_err(|invalid| invalid.0.into_iter().map(|e| format!("consent_{}: {}", e.field, e.message)).collect())
}

/// What an import does with its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Only plans: writes nothing.
    DryRun,
    /// Writes every row, or none while one is rejected.
    AllOrNothing,
    /// Writes the valid rows and leaves the rejected ones out (see [`rejected_rows`] to hand them
    /// back to be fixed and imported again).
    ValidRows,
}

impl Mode {
    /// The mode of a dry-run flag and a write-the-valid-rows flag (a dry run wins).
    pub fn of_flags(dry_run: bool, write_valid_rows: bool) -> Mode {
        match (dry_run, write_valid_rows) {
            (true, _) => Mode::DryRun,
            (false, true) => Mode::ValidRows,
            (false, false) => Mode::AllOrNothing,
        }
    }
}

/// Plans an import and, unless it is a dry run or a row is rejected, writes it in one
/// transaction and records it. `imported_by` says who, for the record.
#[allow(clippy::too_many_arguments)]
pub async fn run(
    app: &App,
    scope: &impl Allows<Edit>,
    target: ImportTarget,
    file_name: &str,
    bytes: &[u8],
    choices: &[(String, String)],
    imported_by: &str,
    dry_run: bool,
) -> Result<ImportPlan, Error> {
    let mode = Mode::of_flags(dry_run, false);
    run_with(app, scope, target, file_name, bytes, choices, imported_by, mode).await
}

/// [`run`] with the choice of what to do with rejected rows: with [`Mode::ValidRows`] the rows
/// that can be imported are written (in one transaction, recorded, undone as a whole) and the
/// rejected ones are left out, listed in the plan.
#[allow(clippy::too_many_arguments)]
pub async fn run_with(
    app: &App,
    scope: &impl Allows<Edit>,
    target: ImportTarget,
    file_name: &str,
    bytes: &[u8],
    choices: &[(String, String)],
    imported_by: &str,
    mode: Mode,
) -> Result<ImportPlan, Error> {
    let scope = scope.checked()?;
    let mut sheet = crate::sheet::read(bytes).map_err(Error::BadRequest)?;
    let mapping = mapping_with(target, &sheet.headers, choices).map_err(Error::BadRequest)?;
    apply_value_choices(fields(target), &mut sheet, &mapping, choices, &languages::named_values(target));
    let (sheet, mapping) = (&sheet, &mapping);
    write_planned(app, scope, mode, imported_by, target, move || {
        plan(app, scope, target, file_name, sheet, mapping.clone())
    })
    .await
}

/// Makes a plan with `make_plan` and, as `mode` says, writes it in one transaction; plans again
/// when the cluster's records change between the plan and its writing.
async fn write_planned<Planned>(
    app: &App,
    scope: &ClusterScope,
    mode: Mode,
    imported_by: &str,
    target: ImportTarget,
    mut make_plan: impl FnMut() -> Planned,
) -> Result<ImportPlan, Error>
where
    Planned: std::future::Future<Output = Result<(ImportPlan, ImportBatch), Error>>,
{
    for _ in 0..PLAN_ATTEMPTS {
        let (mut plan, mut batch) = make_plan().await?;
        let writable = match mode {
            Mode::DryRun => false,
            Mode::AllOrNothing => plan.can_commit(),
            Mode::ValidRows => plan.file_errors.is_empty(),
        };
        if !writable || plan.created + plan.updated == 0 {
            return Ok(plan);
        }
        batch.imported_by = imported_by.to_string();
        // Someone changed the cluster's records between the plan and its writing: plan again.
        if let Some(id) = store::import::apply(&app.db, scope, &batch).await? {
            plan.import_id = Some(id);
            return Ok(plan);
        }
    }
    Err(Error::conflict(
        "file",
        i18n::said_with(
            "invalid-import-records-changed",
            &[("target", target_words(target)), ("attempts", PLAN_ATTEMPTS.to_string())],
        ),
    ))
}

/// What a person reads of a target in a sentence: "open invoices".
fn target_words(target: ImportTarget) -> String {
    match target {
        ImportTarget::Organisations => i18n::said("imports-target-organisations"),
        ImportTarget::Contacts => i18n::said("imports-target-contacts"),
        ImportTarget::Memberships => i18n::said("imports-target-memberships"),
        ImportTarget::Invoices => i18n::said("imports-target-invoices"),
        ImportTarget::Ledger => i18n::said("imports-target-ledger"),
        ImportTarget::SurveyAnswers => i18n::said("imports-target-survey-answers"),
    }
}

/// The rejected rows of a planned import as the file had them, with a last column `reason`: to
/// fix and import again. The plan must be of these `bytes`.
pub fn rejected_rows(bytes: &[u8], plan: &ImportPlan) -> Result<crate::table::Table, Error> {
    use crate::table::{Table, Value};
    let sheet = crate::sheet::read(bytes).map_err(Error::BadRequest)?;
    let reasons: HashMap<u64, String> = plan
        .rows
        .iter()
        .filter_map(|r| match &r.action {
            RowAction::Reject { reasons } => Some((r.line, reasons.join("; "))),
            _ => None,
        })
        .collect();
    let mut columns = sheet.headers.clone();
    columns.push("reason".into());
    let rows = sheet
        .rows
        .iter()
        .filter_map(|row| {
            let reason = reasons.get(&row.line)?;
            let mut cells: Vec<Value> = (0..sheet.headers.len())
                .map(|c| Value::Text(row.cells.get(c).unwrap_or_default().to_string()))
                .collect();
            cells.push(Value::Text(reason.clone()));
            Some(cells)
        })
        .collect();
    Ok(Table::of_rows("Rejected rows", columns, rows))
}

/// How many times an import is planned again when the cluster's records change under it.
const PLAN_ATTEMPTS: usize = 3;

/// The cluster's latest imports.
pub async fn history(app: &App, scope: &impl Allows<Read>) -> Result<Vec<ImportRecord>, Error> {
    let scope = scope.checked()?;
    Ok(store::import::list(&app.db, scope, 50).await?)
}

/// Reverts an import as a whole.
///
/// Undoing an import of memberships or invoices takes those records away (issued invoices with
/// their numbers, payments): it needs the role that may void an invoice (`Manage`), as does
/// undoing one of ledger lines, which that role alone enters.
pub async fn revert(app: &App, scope: &impl Allows<Edit>, import_id: Uuid, by: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let record = store::import::get(&app.db, scope, import_id).await?.ok_or(Error::NotFound("import"))?;
    if matches!(record.target, ImportTarget::Memberships | ImportTarget::Invoices | ImportTarget::Ledger) {
        crate::auth::require(scope, domain::access::Permission::Manage)?;
    }
    match store::import::revert(&app.db, scope, import_id, by).await? {
        Revert::Done => Ok(()),
        Revert::NotFound => Err(Error::NotFound("import")),
        Revert::AlreadyReverted => Err(Error::BadRequest(i18n::said("invalid-import-reverted-already"))),
        Revert::Blocked { blocker, count } => {
            use store::import::Blocker::*;
            let key = match blocker {
                ContactsAdded => "invalid-import-blocked-contacts-added",
                FeeInvoicesIssued => "invalid-import-blocked-fee-invoices-issued",
                MembershipsChanged => "invalid-import-blocked-memberships-changed",
                PaymentsRecorded => "invalid-import-blocked-payments-recorded",
                CreditNotesIssued => "invalid-import-blocked-credit-notes-issued",
                RemindersSent => "invalid-import-blocked-reminders-sent",
                InvoicesVoided => "invalid-import-blocked-invoices-voided",
                PaymentsReversed => "invalid-import-blocked-payments-reversed",
                RecordsReferToIt => "invalid-import-blocked-records-refer-to-it",
            };
            let why = i18n::said_with(key, &[("count", count.to_string())]);
            Err(Error::BadRequest(i18n::said_with("invalid-import-cannot-revert", &[("why", why)])))
        }
    }
}

/// Keeps an upload for the next steps of an import in the pages (mapping, checking, importing),
/// until it is imported or [`store::import::UPLOAD_HOURS_KEPT`] have passed.
///
/// # Errors
/// [`Error::BadRequest`] for a file that is not a readable sheet, or one that would take the
/// cluster's waiting uploads past [`UPLOAD_QUOTA_BYTES`].
pub async fn save_upload(
    app: &App,
    scope: &impl Allows<Edit>,
    file_name: &str,
    bytes: &[u8],
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    crate::sheet::read(bytes).map_err(Error::BadRequest)?;
    match store::import::save_upload(&app.db, scope, file_name, bytes, by, UPLOAD_QUOTA_BYTES).await? {
        store::import::UploadSaved::Saved(id) => Ok(id),
        store::import::UploadSaved::OverQuota { kept_bytes } => Err(Error::BadRequest(i18n::said_with(
            "invalid-import-upload-quota",
            &[
                ("kept", mebibytes(kept_bytes)),
                ("limit", (UPLOAD_QUOTA_BYTES >> 20).to_string()),
                ("hours", store::import::UPLOAD_HOURS_KEPT.to_string()),
            ],
        ))),
    }
}

/// How many bytes of files sent for import a cluster keeps waiting at most (twice the largest
/// file, [`crate::sheet::LIMITS`]).
pub const UPLOAD_QUOTA_BYTES: u64 = 64 << 20;

fn mebibytes(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1u64 << 20) as f64)
}

/// Forgets an upload once its import is written.
pub async fn forget_upload(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    Ok(store::import::delete_upload(&app.db, scope, id).await?)
}

pub async fn load_upload(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(String, Vec<u8>), Error> {
    let scope = scope.checked()?;
    store::import::load_upload(&app.db, scope, id).await?.ok_or(Error::NotFound("upload"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_header_is_named_by_its_place() {
        let headers: Vec<String> = ["Name", "Comment", "Country", "Comment"].map(String::from).to_vec();
        let choices = vec![("#3".to_string(), "website".to_string()), ("Comment".to_string(), "-".to_string())];
        let mapping = mapping_with(ImportTarget::Organisations, &headers, &choices).unwrap();
        assert_eq!(mapping, vec![Some("name"), None, Some("country"), Some("website")]);
        // `#N` past the last column, or a header of that very text, is a header like any other.
        assert!(mapping_with(ImportTarget::Organisations, &headers, &[("#9".into(), "website".into())]).is_err());
        let literal: Vec<String> = ["#1", "Name"].map(String::from).to_vec();
        let mapping = mapping_with(ImportTarget::Organisations, &literal, &[("#1".into(), "website".into())]).unwrap();
        assert_eq!(mapping, vec![Some("website"), Some("name")]);
    }
}
