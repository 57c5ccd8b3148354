//! Answers to a survey campaign given in another tool: the CSV or XLSX a web-form or survey
//! service exports, one row a respondent, one column a question (a matrix's items each a column,
//! as `Question [Item]`). Columns go to the campaign's questions by key or by the question's text,
//! and to when it was answered and who answered (the organisation, or a contact's email) by their
//! headers in the network's languages; the user's mapping overrides, and `key: the file's value =
//! ours` reads the file's own option labels as the questionnaire's.
//!
//! Each row is checked as the answering page checks an answer (options, scale points, bounds,
//! decimals, conditions), except that a required question may be left empty: the other tool asked
//! it its own way. In an anonymous campaign no column naming a respondent is read. A row an import
//! brought already (the same cells, see [`row_key`]) is left as it is, as many times as the
//! campaign holds it, so a file imported twice counts once. The answers are recorded as
//! the import's and undone with it; they join no invitation, so they count in the results but
//! not in the response rate, and not as anyone's engagement.

use std::collections::HashMap;

use domain::survey::{Answers, Question, QuestionKind, Questionnaire, RawAnswers};
use domain::written::{DateOrder, NumberStyle};
use store::import::ImportTarget;
use store::survey::{Campaign, NewResponse};
use uuid::Uuid;

use super::{ImportPlan, Mode, OrganisationFinder, PlannedRow, RowAction, header_words, reject};
use crate::auth::{Allows, Edit};
use crate::sheet::Sheet;
use crate::{App, ClusterScope, Error};

/// The fields of a file of answers besides the questions: when and who.
pub const FIELDS: [&str; 3] = ["submitted_on", "organisation", "email"];

/// Header words that name each field (see `super::synonyms`): what survey services call the
/// moment of an answer and the respondent's organisation and email, in the network's languages.
pub(super) fn synonyms(field: &str) -> &'static [&'static str] {
    match field {
        "submitted_on" => &[
            "timestamp",
            "submitted",
            "submitted at",
            "submitted on",
            "submission date",
            "date submitted",
            "completion time",
            "end date",
            "date",
            "horodateur",
            "horodatage",
            "date de soumission",
            "zeitstempel",
            "eingereicht am",
            "datum",
            "marca temporal",
            "fecha",
            "fecha de envio",
            "informazioni cronologiche",
            "data",
            "data di invio",
            "sygnatura czasowa",
            "data wyslania",
            "marcaj de timp",
            "data trimiterii",
        ],
        "organisation" => &[
            "organisation",
            "organization",
            "company",
            "company name",
            "organisation name",
            "organization name",
            "your organisation",
            "your organization",
            "your company",
            "entreprise",
            "societe",
            "organisme",
            "nom de l entreprise",
            "unternehmen",
            "firma",
            "empresa",
            "organizacion",
            "nombre de la empresa",
            "azienda",
            "organizzazione",
            "nazwa firmy",
            "organizacja",
            "companie",
            "organizatie",
        ],
        "email" => &[
            "email",
            "e mail",
            "email address",
            "e mail address",
            "your email",
            "adresse e mail",
            "courriel",
            "e mail adresse",
            "correo",
            "correo electronico",
            "direccion de correo electronico",
            "indirizzo email",
            "indirizzo e mail",
            "adres e mail",
            "adresa de e mail",
        ],
        _ => &[],
    }
}

/// Where a column may go: the fields, then every question (a matrix's items each), as
/// `(field, what a person reads)`.
fn destinations(questionnaire: &Questionnaire) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![
        ("submitted_on".into(), i18n::said("invalid-import-answers-submitted-on-label")),
        ("organisation".into(), i18n::said("invalid-import-answers-organisation-label")),
        ("email".into(), i18n::said("invalid-import-answers-email-label")),
    ];
    let short = |s: String| -> String {
        if s.chars().count() > 90 { format!("{}…", s.chars().take(89).collect::<String>()) } else { s }
    };
    for q in questionnaire.questions() {
        match &q.kind {
            QuestionKind::Matrix { items, .. } => out.extend(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (format!("{}.{i}", q.key), short(format!("{}.{i}: {}: {item}", q.key, q.text)))),
            ),
            _ => out.push((q.key.clone(), short(format!("{}: {}", q.key, q.text)))),
        }
    }
    out
}

/// For each column, where its header says it goes: a field by its name or a synonym, a question
/// by its key or its text, a matrix item by `key.N` or `Question [Item]`; each at most once.
fn suggest(questionnaire: &Questionnaire, headers: &[String], known: &[&str]) -> Vec<Option<usize>> {
    // The header words each destination answers to, in the order of `known`.
    let mut names: Vec<Vec<String>> = Vec::with_capacity(known.len());
    for field in FIELDS {
        let mut words = vec![header_words(field)];
        words.extend(synonyms(field).iter().map(|s| s.to_string()));
        names.push(words);
    }
    for q in questionnaire.questions() {
        match &q.kind {
            QuestionKind::Matrix { items, .. } => {
                for (i, item) in items.iter().enumerate() {
                    names.push(vec![
                        header_words(&format!("{}.{i}", q.key)),
                        header_words(&format!("{} {item}", q.text)),
                    ]);
                }
            }
            _ => names.push(vec![header_words(&q.key), header_words(&q.text)]),
        }
    }
    let mut taken = vec![false; known.len()];
    headers
        .iter()
        .map(|h| {
            let words = header_words(h);
            let found = names.iter().enumerate().position(|(i, n)| !taken[i] && n.contains(&words));
            if let Some(i) = found {
                taken[i] = true;
            }
            found
        })
        .collect()
}

/// What the plan reads besides the file.
struct Known<'a> {
    campaign: &'a Campaign,
    questionnaire: &'a Questionnaire,
    currency: domain::money::Currency,
    finder: OrganisationFinder<'a>,
    /// Contacts by folded email, with their organisation.
    by_email: HashMap<String, &'a store::organisation::Organisation>,
    /// The campaign's imported responses by the key of the row they came from (see [`row_key`]).
    held: HashMap<String, Vec<Uuid>>,
    today: chrono::NaiveDate,
}

/// What makes a row of a file the one an import brought already: the SHA-256 of the cells it was
/// read from, each with where it went (when it was answered, who answered unless the campaign is
/// anonymous, and every answer), so that the same file imported again is recognised whatever
/// the day, and two people who answered alike are two answers.
fn row_key(row: &crate::sheet::SheetRow, columns: &Columns, anonymous: bool) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    let mut take = |name: &str, column: Option<usize>| {
        let cell = column.and_then(|i| row.cells.get(i)).map(str::trim).unwrap_or_default();
        // Lengths first: no two different rows hash the same text.
        hash.update(format!("{}:{name}{}:{cell}", name.len(), cell.len()).as_bytes());
    };
    take("submitted_on", columns.submitted_on);
    if !anonymous {
        take("organisation", columns.organisation);
        take("email", columns.email);
    }
    for (column, destination) in &columns.answers {
        take(destination, Some(*column));
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Plans and, as `mode` says, writes the answers of a file into a campaign. See the module's
/// documentation for what is read and how.
///
/// # Errors
/// [`Error::NotFound`] for a campaign not of the cluster; [`Error::BadRequest`] for a file that is
/// not a readable sheet or a mapping that names a column the file lacks or a destination that is
/// not a field or question of the campaign's questionnaire.
#[allow(clippy::too_many_arguments)]
pub async fn run(
    app: &App,
    scope: &impl Allows<Edit>,
    campaign_id: Uuid,
    file_name: &str,
    bytes: &[u8],
    choices: &[(String, String)],
    imported_by: &str,
    mode: Mode,
) -> Result<ImportPlan, Error> {
    let scope = scope.checked()?;
    let campaign = store::survey::campaign(&app.db, scope, campaign_id).await?.ok_or(Error::NotFound("campaign"))?;
    let questionnaire = store::survey::version(&app.db, scope, campaign.questionnaire_id, campaign.version)
        .await?
        .ok_or(Error::NotFound("questionnaire"))?;
    let mut sheet = crate::sheet::read(bytes).map_err(Error::BadRequest)?;
    let fields = destinations(&questionnaire);
    let known: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
    let suggested = suggest(&questionnaire, &sheet.headers, &known).into_iter().map(|i| i.map(|i| known[i])).collect();
    let mapping = super::choose_columns(&known, suggested, &sheet.headers, choices).map_err(Error::BadRequest)?;
    super::apply_value_choices(&known, &mut sheet, &mapping, choices, &[]);
    let mapping: Vec<Option<String>> = mapping.iter().map(|m| m.map(String::from)).collect();
    let (campaign, questionnaire, sheet, mapping, fields) = (&campaign, &questionnaire, &sheet, &mapping, &fields);
    super::write_planned(app, scope, mode, imported_by, ImportTarget::SurveyAnswers, move || {
        plan(app, scope, campaign, questionnaire, file_name, sheet, mapping, fields)
    })
    .await
}

#[allow(clippy::too_many_arguments)]
async fn plan(
    app: &App,
    scope: &ClusterScope,
    campaign: &Campaign,
    questionnaire: &Questionnaire,
    file_name: &str,
    sheet: &Sheet,
    mapping: &[Option<String>],
    fields: &[(String, String)],
) -> Result<(ImportPlan, store::import::ImportBatch), Error> {
    let basis = store::import::basis(&app.db, scope).await?;
    let mut plan = ImportPlan::new(ImportTarget::SurveyAnswers, file_name, sheet, mapping.to_vec(), fields.to_vec());
    let mut batch = super::empty_batch(ImportTarget::SurveyAnswers, file_name, basis);
    let column = |field: &str| mapping.iter().position(|m| m.as_deref() == Some(field));
    let asked: Vec<&Question> =
        questionnaire.questions().filter(|q| mapping.iter().flatten().any(|m| answers_to(q, m))).collect();
    if asked.is_empty() {
        plan.file_errors.push(i18n::said("invalid-import-answers-no-question-column"));
        return Ok((plan, batch));
    }
    for q in questionnaire.questions().filter(|q| q.required && !asked.iter().any(|a| a.key == q.key)) {
        let key = [("key", q.key.clone())];
        plan.notes.push(i18n::said_with("invalid-import-answers-required-question-unmapped", &key));
    }
    let respondent_columns: Vec<&str> = ["organisation", "email"].into_iter().filter(|f| column(f).is_some()).collect();
    if campaign.anonymous && !respondent_columns.is_empty() {
        let columns = match respondent_columns.as_slice() {
            [first, second] => i18n::said_with(
                "invalid-import-answers-two-columns",
                &[("first", first.to_string()), ("second", second.to_string())],
            ),
            _ => respondent_columns.join(", "),
        };
        plan.notes.push(i18n::said_with("invalid-import-answers-anonymous", &[("columns", columns)]));
    }
    let today = app.today(scope);
    if column("submitted_on").is_none() {
        plan.notes.push(i18n::said_with("invalid-import-answers-dated-today", &[("today", today.to_string())]));
    }
    let organisations =
        if campaign.anonymous { Vec::new() } else { store::organisation::all_for_matching(&app.db, scope).await? };
    let contacts = if campaign.anonymous || column("email").is_none() {
        Vec::new()
    } else {
        store::contact::all_for_matching(&app.db, scope).await?
    };
    let by_id: HashMap<Uuid, &store::organisation::Organisation> = organisations.iter().map(|o| (o.id, o)).collect();
    let mut held: HashMap<String, Vec<Uuid>> = HashMap::new();
    for r in store::survey::responses(&app.db, scope, campaign.id).await?.into_iter().rev() {
        if let Some(key) = r.import_key {
            held.entry(key).or_default().push(r.id);
        }
    }
    let mut known = Known {
        campaign,
        questionnaire,
        currency: scope.cluster().base_currency,
        finder: OrganisationFinder::new(&organisations),
        by_email: contacts
            .iter()
            .filter_map(|c| Some((domain::text::fold(c.fields.email.as_deref()?), *by_id.get(&c.organisation_id)?)))
            .collect(),
        held,
        today,
    };
    let columns = Columns::of(sheet, mapping, questionnaire);
    for row in sheet.rows.iter().filter(|r| !r.cells.iter().all(|c| c.trim().is_empty())) {
        let (label, action, response) = plan_row(row, sheet, &columns, &mut known);
        plan.rows.push(PlannedRow { line: row.line, label, action });
        batch.new_survey_responses.extend(response);
    }
    plan.count();
    batch.created = plan.created as i64;
    batch.unchanged = plan.unchanged as i64;
    Ok((plan, batch))
}

/// Whether a column mapped to `destination` holds answers to `q`.
fn answers_to(q: &Question, destination: &str) -> bool {
    destination == q.key
        || destination.strip_prefix(q.key.as_str()).is_some_and(|rest| {
            rest.strip_prefix('.').is_some_and(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The mapped columns of a file and how their values are written.
struct Columns<'m> {
    /// `(column, destination)` of the columns mapped to questions.
    answers: Vec<(usize, &'m str)>,
    submitted_on: Option<usize>,
    organisation: Option<usize>,
    email: Option<usize>,
    /// The order of the dates of the moment of answering and of each date question's column.
    date_orders: HashMap<usize, Option<DateOrder>>,
    number_styles: HashMap<usize, Option<NumberStyle>>,
}

impl<'m> Columns<'m> {
    fn of(sheet: &Sheet, mapping: &'m [Option<String>], questionnaire: &Questionnaire) -> Self {
        let position = |field: &str| mapping.iter().position(|m| m.as_deref() == Some(field));
        let values = |i: usize| sheet.rows.iter().filter_map(move |r| r.cells.get(i));
        let mut columns = Columns {
            answers: Vec::new(),
            submitted_on: position("submitted_on"),
            organisation: position("organisation"),
            email: position("email"),
            date_orders: HashMap::new(),
            number_styles: HashMap::new(),
        };
        if let Some(i) = columns.submitted_on {
            columns.date_orders.insert(i, DateOrder::of_column(values(i).map(day_part)));
        }
        for (i, destination) in mapping.iter().enumerate() {
            let Some(destination) = destination.as_deref() else { continue };
            let Some(q) = questionnaire.questions().find(|q| answers_to(q, destination)) else { continue };
            columns.answers.push((i, destination));
            match q.kind {
                QuestionKind::Date => {
                    columns.date_orders.insert(i, DateOrder::of_column(values(i).map(day_part)));
                }
                QuestionKind::Number { .. } | QuestionKind::Money => {
                    columns.number_styles.insert(i, NumberStyle::of_column(values(i)));
                }
                _ => {}
            }
        }
        columns
    }
}

/// The day of a moment as survey services write it: `2025-03-14T10:22:01Z`, `14/03/2025
/// 10:22:01`, `2025/03/14 10:22:01 GMT+1`.
fn day_part(cell: &str) -> &str {
    cell.trim().split(|c: char| c.is_whitespace() || c == 'T').next().unwrap_or_default()
}

/// A day written `2025/03/14` as `2025-03-14`; other writings as they are.
fn year_first(day: &str) -> String {
    let parts: Vec<&str> = day.split('/').collect();
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4 && [y, m, d].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            format!("{y}-{m:0>2}-{d:0>2}")
        }
        _ => day.to_string(),
    }
}

fn read_day(cell: &str, order: Option<DateOrder>) -> Result<chrono::NaiveDate, String> {
    domain::written::parse_date(&year_first(day_part(cell)), order)
}

/// Plans one row: its label, what happens to it, and the response it writes.
fn plan_row(
    row: &crate::sheet::SheetRow,
    sheet: &Sheet,
    columns: &Columns,
    known: &mut Known,
) -> (String, RowAction, Option<(NewResponse, String)>) {
    let cell = |i: Option<usize>| i.and_then(|i| row.cells.get(i)).map(str::trim).filter(|c| !c.is_empty());
    let mut reasons = super::field_count(row, sheet);
    let submitted_on = match (columns.submitted_on, cell(columns.submitted_on)) {
        (None, _) => Some(known.today),
        (Some(_), None) => {
            reasons.push(format!("submitted_on: {}", i18n::said("invalid-import-answers-submitted-on-empty")));
            None
        }
        (Some(i), Some(c)) => match read_day(c, columns.date_orders.get(&i).copied().flatten()) {
            Ok(day) if day > known.today => {
                reasons.push(format!(
                    "submitted_on: {}",
                    i18n::said_with("invalid-app-invoice-after-today", &[("day", day.to_string())])
                ));
                None
            }
            Ok(day) => Some(day),
            Err(m) => {
                reasons.push(format!("submitted_on: {m}"));
                None
            }
        },
    };
    let mut organisation = None;
    if !known.campaign.anonymous {
        let named = cell(columns.organisation).map(|c| known.finder.find("organisation", c));
        let by_email = cell(columns.email).map(|c| {
            known.by_email.get(&domain::text::fold(c)).copied().ok_or_else(|| {
                format!(
                    "email: {}",
                    i18n::said_with("invalid-import-answers-unknown-email", &[("email", c.to_string())])
                )
            })
        });
        organisation = match (named, by_email) {
            (Some(Err(m)), _) | (_, Some(Err(m))) => {
                reasons.push(m);
                None
            }
            (Some(Ok(a)), Some(Ok(b))) if a.id != b.id => {
                reasons.push(format!(
                    "email: {}",
                    i18n::said_with(
                        "invalid-import-answers-contact-elsewhere",
                        &[("contact_of", b.fields.name.clone()), ("named", a.fields.name.clone())],
                    )
                ));
                None
            }
            (Some(Ok(o)), _) | (None, Some(Ok(o))) => Some(o),
            (None, None) => None,
        };
    }
    let label = organisation.map_or_else(
        || i18n::said_with("invalid-import-answers-row-label", &[("line", row.line.to_string())]),
        |o| o.fields.name.clone(),
    );
    let mut raw = RawAnswers::new();
    for (i, destination) in &columns.answers {
        let Some(value) = cell(Some(*i)) else { continue };
        let Some(q) = known.questionnaire.questions().find(|q| answers_to(q, destination)) else { continue };
        raw.insert(destination.to_string(), raw_value(q, value, columns, *i));
    }
    let answers: Option<Answers> = match domain::survey::read_answers(known.questionnaire, &raw, known.currency, false)
    {
        Ok(a) if a.is_empty() => {
            reasons.push(i18n::said("invalid-import-answers-no-answer"));
            None
        }
        Ok(a) => Some(a),
        Err(invalid) => {
            reasons.extend(invalid.0.into_iter().map(|e| format!("{}: {}", e.field, e.message)));
            None
        }
    };
    let (Some(answers), Some(submitted_on), true) = (answers, submitted_on, reasons.is_empty()) else {
        return (label, reject(reasons), None);
    };
    let response = NewResponse {
        campaign_id: known.campaign.id,
        invitation_id: None,
        organisation_kind: organisation.map(|o| o.fields.kind.code().to_string()),
        size_class: organisation.and_then(|o| o.fields.size_class()).map(|s| s.code().to_string()),
        answers,
        submitted_on,
    };
    let key = row_key(row, columns, known.campaign.anonymous);
    match known.held.get_mut(&key).and_then(Vec::pop) {
        Some(id) => (label, RowAction::Unchanged { id }, None),
        None => (label, RowAction::Create, Some((response, key))),
    }
}

/// A cell as the answering page would have sent it: an option as the questionnaire writes it
/// (whatever the case and accents), the options of a multiple choice however the other tool
/// joined them, a scale's point from `4`, `4 - Agree` or an end's label, numbers and days as the
/// column writes them. A value that is none of these goes as it is, for the check to name it.
fn raw_value(q: &Question, value: &str, columns: &Columns, column: usize) -> Vec<String> {
    let same = |a: &str, b: &str| domain::text::fold(a) == domain::text::fold(b);
    match &q.kind {
        QuestionKind::SingleChoice { options } => {
            vec![options.iter().find(|o| same(o, value)).map_or(value, |o| o.trim()).to_string()]
        }
        QuestionKind::MultipleChoice { options } => chosen(options, value),
        QuestionKind::Likert { points, low_label, high_label }
        | QuestionKind::Matrix { points, low_label, high_label, .. } => {
            let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
            let point = if same(value, low_label) {
                "1".to_string()
            } else if same(value, high_label) {
                points.to_string()
            } else if !digits.is_empty() {
                digits
            } else {
                value.to_string()
            };
            vec![point]
        }
        QuestionKind::Number { decimals, .. } => {
            let style = columns.number_styles.get(&column).copied().flatten();
            vec![domain::written::parse_number(value, style, *decimals == 0).unwrap_or_else(|_| value.to_string())]
        }
        QuestionKind::Money => {
            let style = columns.number_styles.get(&column).copied().flatten();
            vec![domain::written::parse_number(value, style, false).unwrap_or_else(|_| value.to_string())]
        }
        QuestionKind::Date => {
            let order = columns.date_orders.get(&column).copied().flatten();
            vec![read_day(value, order).map_or_else(|_| value.to_string(), |d| d.to_string())]
        }
        QuestionKind::Text { .. } => vec![value.to_string()],
    }
}

/// The options a multiple choice's cell ticks: split at `;`, `|` or new lines when it has one,
/// else at commas, joining pieces again where an option holds a comma itself. Pieces that are no
/// option are kept as they are written, for the check to name them.
fn chosen(options: &[String], value: &str) -> Vec<String> {
    let separators: &[char] = if value.contains([';', '|', '\n']) { &[';', '|', '\n'] } else { &[','] };
    let pieces: Vec<&str> = value.split(separators).map(str::trim).filter(|p| !p.is_empty()).collect();
    let folded: Vec<(String, &str)> = options.iter().map(|o| (domain::text::fold(o), o.trim())).collect();
    // The most pieces one option splits into: no run of pieces longer than that can be one.
    let widest = options.iter().map(|o| o.split(separators).count()).max().unwrap_or(1).max(1);
    let mut out = Vec::new();
    let mut start = 0;
    while start < pieces.len() {
        let last = (start + widest).min(pieces.len());
        let longest = (start + 1..=last).rev().find_map(|end| {
            let text = domain::text::fold(&pieces[start..end].join(", "));
            folded.iter().find(|(f, _)| *f == text).map(|(_, o)| (end, o.to_string()))
        });
        match longest {
            Some((end, option)) => {
                out.push(option);
                start = end;
            }
            None => {
                out.push(pieces[start].to_string());
                start += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_options_of_a_multiple_choice_are_read_however_they_are_joined() {
        let options: Vec<String> =
            ["Training", "Research, development and innovation", "Internationalisation"].map(String::from).to_vec();
        assert_eq!(chosen(&options, "training, Internationalisation"), ["Training", "Internationalisation"]);
        assert_eq!(
            chosen(&options, "Research, development and innovation, Training"),
            ["Research, development and innovation", "Training"]
        );
        assert_eq!(chosen(&options, "Training; Lobbying"), ["Training", "Lobbying"]);
        assert_eq!(chosen(&options, "Internationalisation|TRAINING"), ["Internationalisation", "Training"]);
        // A cell of many pieces is read in time proportional to its pieces.
        let many = "a,".repeat(20_000);
        assert_eq!(chosen(&options, &many).len(), 20_000);
    }

    #[test]
    fn the_day_of_a_moment_is_read_as_survey_services_write_it() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        assert_eq!(read_day("2025-03-14T10:22:01Z", None), Ok(day));
        assert_eq!(read_day("14/03/2025 10:22:01", None), Ok(day));
        assert_eq!(read_day("2025/3/14 10:22:01 GMT+1", None), Ok(day));
        assert_eq!(
            read_day("03/04/2025 10:22", Some(DateOrder::MonthFirst)),
            chrono::NaiveDate::from_ymd_opt(2025, 3, 4).ok_or_else(String::new)
        );
        assert!(read_day("yesterday", None).is_err());
    }
}
