//! Recorded imports: what each import created and changed, so that it can be reverted whole,
//! and uploads kept between the steps of an import in the pages.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::consent::ConsentFields;
use domain::contact::{ContactFields, ContactInput};
use domain::id::{Uuid, new_id};
use domain::organisation::{OrganisationFields, OrganisationInput};

use crate::db::{Tx, dispatch, models, read_model, within};
use crate::organisation::OrganisationWrites;
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::import::ImportTarget;

/// A contact as it was before an import changed it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ContactBefore {
    pub organisation_id: Uuid,
    pub fields: ContactInput,
}

/// An organisation that an import changes.
#[derive(Debug, Clone)]
pub struct OrganisationChange {
    pub id: Uuid,
    pub fields: OrganisationFields,
    pub before: OrganisationInput,
    /// The fields that change, by their names in `ORGANISATION_FIELDS`.
    pub changed: Vec<&'static str>,
}

/// Whose consent an import records: a contact that exists, or the one at this index of
/// `new_contacts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentHolder {
    Contact(Uuid),
    NewContact(usize),
}

/// Everything one import writes, applied in one transaction.
#[derive(Debug, Clone)]
pub struct ImportBatch {
    pub target: ImportTarget,
    pub file_name: String,
    pub imported_by: String,
    pub new_organisations: Vec<OrganisationFields>,
    pub changed_organisations: Vec<OrganisationChange>,
    /// Organisation id and fields.
    pub new_contacts: Vec<(Uuid, ContactFields)>,
    /// Id, organisation id, new fields, state before.
    pub changed_contacts: Vec<(Uuid, Uuid, ContactFields, ContactBefore)>,
    pub new_consents: Vec<(ConsentHolder, ConsentFields)>,
    pub new_memberships: Vec<ImportedMembership>,
    pub new_invoices: Vec<ImportedInvoice>,
    pub new_ledger_entries: Vec<domain::economics::EntryFields>,
    /// Answers to one campaign given in another tool, each with the key of its row.
    pub new_survey_responses: Vec<(crate::survey::NewResponse, String)>,
    /// The counts of the plan: a record whose only change is a new consent counts as updated.
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    /// The cluster's records as the plan found them; [`apply`] writes only while they still are.
    pub basis: Basis,
}

/// A membership brought over from another system, with the line its history starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedMembership {
    pub organisation_id: Uuid,
    pub type_id: Uuid,
    pub applied_on: NaiveDate,
    pub starts_on: Option<NaiveDate>,
    pub suspended_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
    /// Such as `imported from members.xlsx: applied on 2019-03-01; accepted, starting on 2019-04-01`.
    pub history: String,
}

/// An open invoice of another system, under its own number, with what was paid on it there.
/// Amounts in minor units of the cluster's base currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedInvoice {
    pub number: String,
    pub kind: domain::invoice::InvoiceKind,
    pub organisation_id: Uuid,
    /// For a fee: the membership and the first day of the period it pays for.
    pub membership_id: Option<Uuid>,
    pub period_start: Option<NaiveDate>,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub net_minor: i64,
    pub tax_minor: i64,
    /// The rate the tax amounts to, for the printed invoice (0 when there is none).
    pub tax_rate_basis_points: i64,
    /// Its one line.
    pub description: String,
    pub explanation: String,
    /// Paid before the move: recorded as one payment on `issued_on`, 0 for none.
    pub paid_minor: i64,
    pub payment_reference: String,
}

/// What an import's plan was made against: how many organisations and contacts the cluster
/// had, and when the latest of each was written. A record created, changed or removed since
/// changes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Basis {
    organisations: i64,
    organisations_written: Option<DateTime<Utc>>,
    contacts: i64,
    contacts_written: Option<DateTime<Utc>>,
    /// Consents recorded, and those that stand: an import skips consents a contact has already.
    consents: i64,
    consents_standing: i64,
    memberships: i64,
    memberships_written: Option<DateTime<Utc>>,
    invoices: i64,
    payments: i64,
    /// Invoices voided and payments reversed: a changed invoice or payment.
    voided: i64,
    reversed: i64,
    /// Drafts take a number when issued.
    drafts: i64,
    membership_types: i64,
    membership_types_written: Option<DateTime<Utc>>,
    /// Ledger lines are written and removed, never changed.
    ledger_entries: i64,
    ledger_entries_written: Option<DateTime<Utc>>,
    staff: i64,
    staff_written: Option<DateTime<Utc>>,
    projects: i64,
    projects_written: Option<DateTime<Utc>>,
    /// Responses are written and removed, never changed.
    survey_responses: i64,
}

impl Basis {
    /// Whether an import of `target` planned against `self` still holds against `now`: only the
    /// records its plan read count, so a payment recorded meanwhile does not make an import of
    /// contacts plan again.
    fn holds_for(&self, now: &Basis, target: ImportTarget) -> bool {
        let people = (self.organisations, self.organisations_written, self.contacts, self.contacts_written)
            == (now.organisations, now.organisations_written, now.contacts, now.contacts_written)
            && (self.consents, self.consents_standing) == (now.consents, now.consents_standing);
        let organisations =
            (self.organisations, self.organisations_written) == (now.organisations, now.organisations_written);
        let memberships =
            (self.memberships, self.memberships_written, self.membership_types, self.membership_types_written)
                == (now.memberships, now.memberships_written, now.membership_types, now.membership_types_written);
        let invoices = (self.invoices, self.payments, self.voided, self.reversed, self.drafts)
            == (now.invoices, now.payments, now.voided, now.reversed, now.drafts);
        let ledger = (self.ledger_entries, self.ledger_entries_written, self.staff, self.staff_written, self.projects)
            == (now.ledger_entries, now.ledger_entries_written, now.staff, now.staff_written, now.projects)
            && self.projects_written == now.projects_written;
        match target {
            ImportTarget::Organisations | ImportTarget::Contacts => people,
            ImportTarget::Memberships => organisations && memberships,
            ImportTarget::Invoices => organisations && memberships && invoices,
            ImportTarget::Ledger => ledger && invoices,
            ImportTarget::SurveyAnswers => people && self.survey_responses == now.survey_responses,
        }
    }
}

const BASIS: &str = "SELECT \
     (SELECT COUNT(*) FROM organisations WHERE cluster_id = $1) AS organisations, \
     (SELECT MAX(updated_at) FROM organisations WHERE cluster_id = $1) AS organisations_written, \
     (SELECT COUNT(*) FROM contacts WHERE cluster_id = $1) AS contacts, \
     (SELECT MAX(updated_at) FROM contacts WHERE cluster_id = $1) AS contacts_written, \
     (SELECT COUNT(*) FROM consents WHERE cluster_id = $1) AS consents, \
     (SELECT COUNT(*) FROM consents WHERE cluster_id = $1 AND withdrawn_at IS NULL) AS consents_standing, \
     (SELECT COUNT(*) FROM memberships WHERE cluster_id = $1) AS memberships, \
     (SELECT MAX(updated_at) FROM memberships WHERE cluster_id = $1) AS memberships_written, \
     (SELECT COUNT(*) FROM invoices WHERE cluster_id = $1) AS invoices, \
     (SELECT COUNT(*) FROM payments WHERE cluster_id = $1) AS payments, \
     (SELECT COUNT(*) FROM invoices WHERE cluster_id = $1 AND voided_at IS NOT NULL) AS voided, \
     (SELECT COUNT(*) FROM payments WHERE cluster_id = $1 AND reversed_at IS NOT NULL) AS reversed, \
     (SELECT COUNT(*) FROM invoices WHERE cluster_id = $1 AND draft) AS drafts, \
     (SELECT COUNT(*) FROM membership_types WHERE cluster_id = $1) AS membership_types, \
     (SELECT MAX(updated_at) FROM membership_types WHERE cluster_id = $1) AS membership_types_written, \
     (SELECT COUNT(*) FROM ledger_entries WHERE cluster_id = $1) AS ledger_entries, \
     (SELECT MAX(created_at) FROM ledger_entries WHERE cluster_id = $1) AS ledger_entries_written, \
     (SELECT COUNT(*) FROM staff_members WHERE cluster_id = $1) AS staff, \
     (SELECT MAX(updated_at) FROM staff_members WHERE cluster_id = $1) AS staff_written, \
     (SELECT COUNT(*) FROM projects WHERE cluster_id = $1) AS projects, \
     (SELECT MAX(updated_at) FROM projects WHERE cluster_id = $1) AS projects_written, \
     (SELECT COUNT(*) FROM survey_responses WHERE cluster_id = $1) AS survey_responses";

/// The cluster's records as they stand, for a plan to be made against.
pub async fn basis(db: &Db, scope: &ClusterScope) -> Result<Basis, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(BASIS).bind(scope.cluster_id()).fetch_one(pool).await)?)
}

pub use domain::import::ImportRecord;

read_model!(ImportRecordRow => ImportRecord {
    id: Uuid,
    target: String as ImportTarget::parse,
    file_name: String,
    imported_by: String,
    created_count: i64,
    updated_count: i64,
    unchanged_count: i64,
    created_at: DateTime<Utc>,
    reverted_at: Option<DateTime<Utc>>,
    reverted_by: Option<String>,
});

/// A record an import touched: its id, what happened to it, and its state before as JSON.
type Change = (Uuid, &'static str, Option<String>);

/// Writes the record of what an import touched (on SQLite row after row through one prepared
/// statement, see `bulk`).
trait ChangeWrites {
    async fn insert_changes(
        &mut self,
        scope: &ClusterScope,
        import_id: Uuid,
        changes: &[Change],
    ) -> Result<(), StoreError>;
}

impl ChangeWrites for sqlx::SqliteConnection {
    async fn insert_changes(
        &mut self,
        scope: &ClusterScope,
        import_id: Uuid,
        changes: &[Change],
    ) -> Result<(), StoreError> {
        let (cluster, import) = (scope.cluster_id(), import_id);
        crate::bulk::on_raw_handle(self, |connection| {
            let mut insert = connection.prepare(
                "INSERT INTO import_changes (cluster_id, import_id, record_id, action, before_json) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (id, action, before) in changes {
                insert.execute(rusqlite::params![
                    &cluster.as_bytes()[..],
                    &import.as_bytes()[..],
                    &id.as_bytes()[..],
                    action,
                    before
                ])?;
            }
            Ok(())
        })
        .await
    }
}

impl ChangeWrites for sqlx::PgConnection {
    async fn insert_changes(
        &mut self,
        scope: &ClusterScope,
        import_id: Uuid,
        changes: &[Change],
    ) -> Result<(), StoreError> {
        for chunk in changes.chunks(5000) {
            let mut qb = sqlx::QueryBuilder::<sqlx::Postgres>::new(
                "INSERT INTO import_changes (cluster_id, import_id, record_id, action, before_json) ",
            );
            qb.push_values(chunk, |mut b, (id, action, before)| {
                b.push_bind(scope.cluster_id())
                    .push_bind(import_id)
                    .push_bind(*id)
                    .push_bind(*action)
                    .push_bind(before.clone());
            });
            qb.build().execute(&mut *self).await?;
        }
        Ok(())
    }
}

/// Writes the batch and its record in one transaction and returns the import's id; `None`, writing
/// nothing, when the cluster's records are no longer those the plan was made against ([`Basis`]).
pub async fn apply(db: &Db, scope: &ClusterScope, batch: &ImportBatch) -> Result<Option<Uuid>, StoreError> {
    let import_id = new_id();
    let at = now();
    let new_organisations: Vec<(Uuid, &OrganisationFields)> =
        batch.new_organisations.iter().map(|f| (new_id(), f)).collect();
    let changed_organisations: Vec<(Uuid, &OrganisationFields, &[&'static str])> =
        batch.changed_organisations.iter().map(|c| (c.id, &c.fields, c.changed.as_slice())).collect();
    let new_contacts: Vec<(Uuid, Uuid, &ContactFields)> =
        batch.new_contacts.iter().map(|(o, f)| (new_id(), *o, f)).collect();
    // What an import creates carries its id; only changes need a record of the state before.
    let mut changes: Vec<Change> = Vec::new();
    for c in &batch.changed_organisations {
        changes.push((c.id, "updated", Some(serde_json::to_string(&c.before).expect("serialisable input"))));
    }
    for (id, _, _, before) in &batch.changed_contacts {
        changes.push((*id, "updated", Some(serde_json::to_string(before).expect("serialisable input"))));
    }
    let new_consents: Vec<(Uuid, &ConsentFields)> = batch
        .new_consents
        .iter()
        .map(|(holder, f)| match holder {
            ConsentHolder::Contact(id) => (*id, f),
            ConsentHolder::NewContact(i) => (new_contacts[*i].0, f),
        })
        .collect();
    let mut tx = db.begin().await?;
    // The plan holds only if nothing it read has changed: checked inside the unit, which SQLite
    // begins holding the write lock and PostgreSQL serialises with other imports by the cluster's
    // row.
    crate::cluster::take_turn(&mut tx, scope).await?;
    // Invoices issued meanwhile take numbers and fee periods: the years of the imported invoices
    // are held first (in order, as every unit takes them), then the organisations that gain a
    // membership (as adding one by hand locks its organisation).
    let mut years: Vec<i32> = batch.new_invoices.iter().map(|i| i.issued_on.year()).collect();
    let mut sequences: Vec<(i32, i64)> = Vec::new();
    for (year, sequence) in batch.new_invoices.iter().filter_map(|i| numbered_as_ours(&i.number)) {
        years.push(year);
        match sequences.iter_mut().find(|(y, _)| *y == year) {
            Some((_, highest)) => *highest = (*highest).max(sequence),
            None => sequences.push((year, sequence)),
        }
    }
    years.sort_unstable();
    years.dedup();
    for year in years {
        crate::invoice::lock_sequence(&mut tx, scope, year).await?;
    }
    let mut members: Vec<Uuid> = batch.new_memberships.iter().map(|m| m.organisation_id).collect();
    members.sort_unstable();
    members.dedup();
    for organisation in members {
        crate::organisation::lock(&mut tx, scope, organisation).await?;
    }
    let now_basis: Basis =
        within!(&mut tx, c => sqlx::query_as(BASIS).bind(scope.cluster_id()).fetch_one(&mut *c).await)?;
    if !batch.basis.holds_for(&now_basis, batch.target) {
        return Ok(None);
    }
    within!(&mut tx, c => {
        c.insert_organisations(scope, &new_organisations, at, Some(import_id)).await?;
        c.update_organisations(scope, &changed_organisations, at).await?;
    });
    crate::contact::insert_rows(&mut tx, scope, &new_contacts, at, Some(import_id)).await?;
    for (id, organisation_id, fields, _) in &batch.changed_contacts {
        crate::contact::write_fields(&mut tx, scope, *id, *organisation_id, fields, at).await?;
    }
    within!(&mut tx, c => {
        sqlx::query(
            "INSERT INTO imports (cluster_id, id, target, file_name, imported_by, created_count, updated_count, \
             unchanged_count, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(scope.cluster_id())
        .bind(import_id)
        .bind(batch.target.code())
        .bind(&batch.file_name)
        .bind(&batch.imported_by)
        .bind(batch.created)
        .bind(batch.updated)
        .bind(batch.unchanged)
        .bind(at)
        .execute(&mut *c)
        .await?;
        c.insert_changes(scope, import_id, &changes).await?;
        for chunk in new_consents.chunks(3000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO consents (cluster_id, id, contact_id, channel, purpose, given_at, source, recorded_by, \
                 import_id) ",
            );
            qb.push_values(chunk, |mut b, (contact, f)| {
                b.push_bind(scope.cluster_id())
                    .push_bind(new_id())
                    .push_bind(*contact)
                    .push_bind(f.channel.code())
                    .push_bind(f.purpose.clone())
                    .push_bind(crate::privacy::day_start(f.given_on))
                    .push_bind(f.source.clone())
                    .push_bind(batch.imported_by.clone())
                    .push_bind(import_id);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    write_memberships(&mut tx, scope, import_id, &batch.new_memberships, &batch.imported_by, at).await?;
    write_invoices(&mut tx, scope, import_id, &batch.new_invoices, &batch.imported_by, at).await?;
    crate::economics::insert_entries(&mut tx, scope, &batch.new_ledger_entries, Some(import_id), &batch.imported_by)
        .await?;
    crate::survey::insert_imported(&mut tx, scope, import_id, &batch.new_survey_responses).await?;
    for (year, highest) in sequences {
        crate::invoice::raise_sequence(&mut tx, scope, year, highest).await?;
    }
    tx.commit().await?;
    // A large import changes what PostgreSQL knows of the tables' contents: until its autovacuum
    // comes round, the planner would take a cluster of 150,000 organisations for one of a few
    // hundred and walk it all to search a name. SQLite plans without such statistics.
    // The import is committed by now: statistics that cannot be refreshed only slow searches
    // until autovacuum refreshes them, so a failure here is logged, not reported as the import's.
    if let Db::Postgres(pool) = db
        && let Err(e) = sqlx::query("ANALYZE organisations, contacts").execute(pool).await
    {
        tracing::warn!(error = %e, "the import is committed; refreshing the planner's statistics failed");
    }
    Ok(Some(import_id))
}

/// The year and place in it of a number written as clusterdesk numbers invoices (`2026-0042`,
/// see [`crate::invoice::invoice_number`]): an imported invoice of that number takes it, and the
/// cluster's own numbering of that year goes on after it.
pub fn numbered_as_ours(number: &str) -> Option<(i32, i64)> {
    let (year, sequence) = number.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // Longer sequences are not ours (a million invoices a year), and would take the numbering far.
    if year.len() != 4 || !digits(year) || !digits(sequence) || sequence.len() > 6 {
        return None;
    }
    Some((year.parse().ok()?, sequence.parse().ok()?))
}

/// Rows go into one multi-row INSERT up to this many.
const BATCH_ROWS: usize = 1500;

async fn write_memberships(
    tx: &mut Tx,
    scope: &ClusterScope,
    import_id: Uuid,
    memberships: &[ImportedMembership],
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let rows: Vec<(Uuid, &ImportedMembership)> = memberships.iter().map(|m| (new_id(), m)).collect();
    within!(tx, c => {
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO memberships (cluster_id, id, organisation_id, type_id, applied_on, starts_on, suspended_on, \
                 terminated_on, created_at, updated_at, import_id) ",
            );
            qb.push_values(chunk, |mut b, (id, m)| {
                b.push_bind(scope.cluster_id()).push_bind(*id).push_bind(m.organisation_id).push_bind(m.type_id)
                    .push_bind(m.applied_on).push_bind(m.starts_on).push_bind(m.suspended_on).push_bind(m.terminated_on)
                    .push_bind(at).push_bind(at).push_bind(import_id);
            });
            qb.build().execute(&mut *c).await?;
        }
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO membership_events (cluster_id, id, membership_id, change, changed_by, changed_at) ",
            );
            qb.push_values(chunk, |mut b, (id, m)| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(*id).push_bind(m.history.clone())
                    .push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

async fn write_invoices(
    tx: &mut Tx,
    scope: &ClusterScope,
    import_id: Uuid,
    invoices: &[ImportedInvoice],
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let currency = scope.cluster().base_currency.code();
    let rows: Vec<(Uuid, &ImportedInvoice)> = invoices.iter().map(|i| (new_id(), i)).collect();
    let paid: Vec<&(Uuid, &ImportedInvoice)> = rows.iter().filter(|(_, i)| i.paid_minor > 0).collect();
    within!(tx, c => {
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoices (cluster_id, id, kind, number, organisation_id, membership_id, period_start, \
                 issued_on, due_on, currency, tax_rate_basis_points, net_minor, tax_minor, gross_minor, explanation, \
                 draft, created_by, created_at, import_id) ",
            );
            qb.push_values(chunk, |mut b, (id, i)| {
                b.push_bind(scope.cluster_id()).push_bind(*id).push_bind(i.kind.code()).push_bind(i.number.clone())
                    .push_bind(i.organisation_id).push_bind(i.membership_id).push_bind(i.period_start)
                    .push_bind(i.issued_on).push_bind(i.due_on).push_bind(currency).push_bind(i.tax_rate_basis_points)
                    .push_bind(i.net_minor).push_bind(i.tax_minor).push_bind(i.net_minor + i.tax_minor)
                    .push_bind(i.explanation.clone()).push_bind(false).push_bind(by.to_string()).push_bind(at)
                    .push_bind(import_id);
            });
            qb.build().execute(&mut *c).await?;
        }
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoice_lines (cluster_id, invoice_id, position, description, quantity, unit_price_minor, \
                 net_minor) ",
            );
            qb.push_values(chunk, |mut b, (id, i)| {
                b.push_bind(scope.cluster_id()).push_bind(*id).push_bind(1_i64).push_bind(i.description.clone())
                    .push_bind(1_i64).push_bind(i.net_minor).push_bind(i.net_minor);
            });
            qb.build().execute(&mut *c).await?;
        }
        for chunk in paid.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO payments (cluster_id, id, invoice_id, paid_on, amount_minor, reference, source, created_by, \
                 created_at, import_id) ",
            );
            qb.push_values(chunk, |mut b, (id, i)| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(*id).push_bind(i.issued_on)
                    .push_bind(i.paid_minor).push_bind(i.payment_reference.clone())
                    .push_bind(domain::invoice::PaymentSource::Manual.code()).push_bind(by.to_string()).push_bind(at)
                    .push_bind(import_id);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

const RECORD_COLUMNS: &str = "id, target, file_name, imported_by, created_count, updated_count, unchanged_count, \
                              created_at, reverted_at, reverted_by";

/// The cluster's latest imports, newest first.
pub async fn list(db: &Db, scope: &ClusterScope, limit: i64) -> Result<Vec<ImportRecord>, StoreError> {
    let sql = format!(
        "SELECT {RECORD_COLUMNS} FROM imports WHERE cluster_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
    );
    let rows: Vec<ImportRecordRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(limit).fetch_all(pool).await)?;
    models(rows)
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<ImportRecord>, StoreError> {
    let sql = format!("SELECT {RECORD_COLUMNS} FROM imports WHERE cluster_id = $1 AND id = $2");
    let row: Option<ImportRecordRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(ImportRecord::try_from).transpose()
}

/// What a revert did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revert {
    Done,
    NotFound,
    AlreadyReverted,
    /// Something made since depends on what the import created (`count` of them; 0 when the
    /// database alone found it); nothing was changed.
    Blocked {
        blocker: Blocker,
        count: i64,
    },
}

/// What, made since an import, keeps it from being reverted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocker {
    /// Contacts added at organisations it created: archive those instead.
    ContactsAdded,
    /// Fee invoices issued for memberships it created: terminate those instead.
    FeeInvoicesIssued,
    /// Memberships it created accepted, suspended or terminated since.
    MembershipsChanged,
    /// Payments recorded on invoices it brought over.
    PaymentsRecorded,
    /// Credit notes issued for invoices it brought over.
    CreditNotesIssued,
    /// Reminders sent for invoices it brought over.
    RemindersSent,
    /// Invoices it brought over voided since.
    InvoicesVoided,
    /// Payments it brought over reversed since.
    PaymentsReversed,
    /// Interactions, tasks, memberships, invoices, ideas, project participants or service
    /// deliveries recorded since about what it created.
    RecordsReferToIt,
}

/// Undoes an import as a whole, in one unit of work: deletes what it created and puts back what
/// it changed. The import's record is locked first, so that two reverts at once undo it once.
/// Refuses, changing nothing, when records made since depend on what it created.
pub async fn revert(db: &Db, scope: &ClusterScope, import_id: Uuid, by: &str) -> Result<Revert, StoreError> {
    let mut tx = db.begin().await?;
    let found: Option<(String, Option<DateTime<Utc>>)> = within!(&mut tx, c => sqlx::query_as(
        "UPDATE imports SET target = target WHERE cluster_id = $1 AND id = $2 RETURNING target, reverted_at")
        .bind(scope.cluster_id()).bind(import_id).fetch_optional(&mut *c).await)?;
    let Some((target, reverted_at)) = found else {
        return Ok(Revert::NotFound);
    };
    if reverted_at.is_some() {
        return Ok(Revert::AlreadyReverted);
    }
    let target = ImportTarget::parse(&target).ok_or_else(|| StoreError::Corrupt(target.clone()))?;
    // What the import created is held first: a credit note or a membership change made at the same
    // moment waits, and then finds it gone or the revert refused.
    for table in ["invoices", "memberships"] {
        let hold = format!("UPDATE {table} SET import_id = import_id WHERE cluster_id = $1 AND import_id = $2");
        within!(&mut tx, c => sqlx::query(&hold).bind(scope.cluster_id()).bind(import_id).execute(&mut *c).await
            .map(|_| ()))?;
    }
    let currency = scope.cluster().base_currency;
    // A before-image that was erased (a person's data) is not put back.
    let changed: Vec<(Uuid, String)> = within!(&mut tx, c => sqlx::query_as(
        "SELECT record_id, before_json FROM import_changes \
         WHERE cluster_id = $1 AND import_id = $2 AND action = 'updated' AND before_json IS NOT NULL")
        .bind(scope.cluster_id()).bind(import_id).fetch_all(&mut *c).await)?;
    let at = now();
    let blocked = match target {
        ImportTarget::Organisations => blocker(&mut tx, scope, import_id, ORGANISATION_DEPENDENTS).await?,
        ImportTarget::Contacts => None,
        ImportTarget::Memberships => blocker(&mut tx, scope, import_id, MEMBERSHIP_DEPENDENTS).await?,
        ImportTarget::Invoices => blocker(&mut tx, scope, import_id, INVOICE_DEPENDENTS).await?,
        // Nothing refers to a ledger line or a response.
        ImportTarget::Ledger | ImportTarget::SurveyAnswers => None,
    };
    if let Some((blocker, count)) = blocked {
        return Ok(Revert::Blocked { blocker, count });
    }
    let deleted: Result<(), sqlx::Error> = within!(&mut tx, c => async {
        for sql in deletions(target) {
            sqlx::query(&sql).bind(scope.cluster_id()).bind(import_id).execute(&mut *c).await?;
        }
        Ok(())
    }.await);
    match deleted {
        Ok(()) => {}
        // Records made since refer to what the import created; the unit rolls back as it drops.
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
            return Ok(Revert::Blocked { blocker: Blocker::RecordsReferToIt, count: 0 });
        }
        Err(e) => return Err(e.into()),
    }
    for (id, before) in &changed {
        match target {
            ImportTarget::Organisations => {
                let input: OrganisationInput =
                    serde_json::from_str(before).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let fields = input.parse(currency).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                crate::organisation::write_fields(&mut tx, scope, *id, &fields, at).await?;
            }
            ImportTarget::Memberships | ImportTarget::Invoices | ImportTarget::Ledger | ImportTarget::SurveyAnswers => {
                return Err(StoreError::Corrupt(format!("an import of {} records no changes", target.code())));
            }
            ImportTarget::Contacts => {
                let before: ContactBefore =
                    serde_json::from_str(before).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let fields = before.fields.parse().map_err(|e| StoreError::Corrupt(e.to_string()))?;
                crate::contact::write_fields(&mut tx, scope, *id, before.organisation_id, &fields, at).await?;
            }
        }
    }
    within!(&mut tx, c => sqlx::query(
        "UPDATE imports SET reverted_at = $3, reverted_by = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(import_id).bind(at).bind(by).execute(&mut *c).await.map(|_| ()))?;
    tx.commit().await?;
    Ok(Revert::Done)
}

/// Counts of records made since that depend on what an import created, each with what to tell
/// the person reverting it; `$1` the cluster, `$2` the import.
type Dependents = &'static [(&'static str, Blocker)];

const ORGANISATION_DEPENDENTS: Dependents = &[(
    "SELECT COUNT(*) FROM contacts WHERE cluster_id = $1 AND organisation_id IN \
     (SELECT id FROM organisations WHERE cluster_id = $1 AND import_id = $2)",
    Blocker::ContactsAdded,
)];

const MEMBERSHIPS_OF_IMPORT: &str = "(SELECT id FROM memberships WHERE cluster_id = $1 AND import_id = $2)";
const INVOICES_OF_IMPORT: &str = "(SELECT id FROM invoices WHERE cluster_id = $1 AND import_id = $2)";

const MEMBERSHIP_DEPENDENTS: Dependents = &[
    (
        "SELECT COUNT(*) FROM invoices WHERE cluster_id = $1 AND membership_id IN \
         (SELECT id FROM memberships WHERE cluster_id = $1 AND import_id = $2)",
        Blocker::FeeInvoicesIssued,
    ),
    (
        "SELECT (SELECT COUNT(*) FROM membership_events WHERE cluster_id = $1 AND membership_id IN \
         (SELECT id FROM memberships WHERE cluster_id = $1 AND import_id = $2)) \
         - (SELECT COUNT(*) FROM memberships WHERE cluster_id = $1 AND import_id = $2)",
        Blocker::MembershipsChanged,
    ),
];

const INVOICE_DEPENDENTS: Dependents = &[
    (
        "SELECT COUNT(*) FROM payments WHERE cluster_id = $1 AND import_id IS NULL AND invoice_id IN \
         (SELECT id FROM invoices WHERE cluster_id = $1 AND import_id = $2)",
        Blocker::PaymentsRecorded,
    ),
    (
        "SELECT COUNT(*) FROM invoices WHERE cluster_id = $1 AND credited_invoice_id IN \
         (SELECT id FROM invoices WHERE cluster_id = $1 AND import_id = $2)",
        Blocker::CreditNotesIssued,
    ),
    (
        "SELECT COUNT(*) FROM invoice_reminders WHERE cluster_id = $1 AND invoice_id IN \
         (SELECT id FROM invoices WHERE cluster_id = $1 AND import_id = $2)",
        Blocker::RemindersSent,
    ),
    (
        "SELECT COUNT(*) FROM invoices WHERE cluster_id = $1 AND import_id = $2 AND voided_at IS NOT NULL",
        Blocker::InvoicesVoided,
    ),
    (
        "SELECT COUNT(*) FROM payments WHERE cluster_id = $1 AND import_id = $2 AND reversed_at IS NOT NULL",
        Blocker::PaymentsReversed,
    ),
];

/// The first reason, if any, that records made since keep an import from being reverted.
async fn blocker(
    tx: &mut Tx,
    scope: &ClusterScope,
    import_id: Uuid,
    dependents: Dependents,
) -> Result<Option<(Blocker, i64)>, StoreError> {
    for (sql, blocker) in dependents {
        let (n,): (i64,) = within!(tx, c => sqlx::query_as(sql)
            .bind(scope.cluster_id()).bind(import_id).fetch_one(&mut *c).await)?;
        if n > 0 {
            return Ok(Some((*blocker, n)));
        }
    }
    Ok(None)
}

/// What a revert deletes, in order; `$1` the cluster, `$2` the import.
fn deletions(target: ImportTarget) -> Vec<String> {
    match target {
        // The consents an import recorded go with it, before the contacts it created.
        ImportTarget::Organisations | ImportTarget::Contacts => vec![
            "DELETE FROM consents WHERE cluster_id = $1 AND import_id = $2".into(),
            format!("DELETE FROM {} WHERE cluster_id = $1 AND import_id = $2", target.code()),
        ],
        ImportTarget::Memberships => vec![
            format!("DELETE FROM membership_events WHERE cluster_id = $1 AND membership_id IN {MEMBERSHIPS_OF_IMPORT}"),
            "DELETE FROM memberships WHERE cluster_id = $1 AND import_id = $2".into(),
        ],
        ImportTarget::Invoices => vec![
            "DELETE FROM payments WHERE cluster_id = $1 AND import_id = $2".into(),
            format!("DELETE FROM invoice_lines WHERE cluster_id = $1 AND invoice_id IN {INVOICES_OF_IMPORT}"),
            "DELETE FROM invoices WHERE cluster_id = $1 AND import_id = $2".into(),
        ],
        ImportTarget::Ledger => vec!["DELETE FROM ledger_entries WHERE cluster_id = $1 AND import_id = $2".into()],
        ImportTarget::SurveyAnswers => {
            vec!["DELETE FROM survey_responses WHERE cluster_id = $1 AND import_id = $2".into()]
        }
    }
}

/// Keeps an uploaded file between the steps of an import in the pages.
pub async fn save_upload(
    db: &Db,
    scope: &ClusterScope,
    file_name: &str,
    content: &[u8],
    by: &str,
    quota_bytes: u64,
) -> Result<UploadSaved, StoreError> {
    let id = new_id();
    let at = now();
    let mut unit = db.begin().await?;
    let sum_sql = match unit.backend() {
        crate::Backend::Sqlite => {
            "SELECT CAST(COALESCE(SUM(length(content)), 0) AS BIGINT) FROM import_uploads WHERE cluster_id = $1"
        }
        crate::Backend::Postgres => {
            "SELECT CAST(COALESCE(SUM(octet_length(content)), 0) AS BIGINT) FROM import_uploads WHERE cluster_id = $1"
        }
    };
    // Two uploads at once count each other: they take the cluster's turn.
    crate::cluster::take_turn(&mut unit, scope).await?;
    let saved = within!(&mut unit, tx => {
        // Uploads older than a day were abandoned.
        sqlx::query("DELETE FROM import_uploads WHERE cluster_id = $1 AND created_at < $2")
            .bind(scope.cluster_id()).bind(at - chrono::Duration::days(UPLOAD_HOURS_KEPT / 24)).execute(&mut *tx).await?;
        let (kept,): (i64,) = sqlx::query_as(sum_sql).bind(scope.cluster_id()).fetch_one(&mut *tx).await?;
        let kept = kept.max(0) as u64;
        if kept + content.len() as u64 > quota_bytes {
            UploadSaved::OverQuota { kept_bytes: kept }
        } else {
            sqlx::query("INSERT INTO import_uploads (cluster_id, id, file_name, content, uploaded_by, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(scope.cluster_id()).bind(id).bind(file_name).bind(content).bind(by).bind(at)
                .execute(&mut *tx).await?;
            UploadSaved::Saved(id)
        }
    });
    unit.commit().await?;
    Ok(saved)
}

/// Hours an upload waits for its import before it counts as abandoned.
pub const UPLOAD_HOURS_KEPT: i64 = 24;

/// What became of an upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadSaved {
    Saved(Uuid),
    /// The cluster's waiting uploads already hold `kept_bytes`: this one would pass the quota.
    OverQuota {
        kept_bytes: u64,
    },
}

/// Deletes an upload once its import is written: the import's record of changes, not the file,
/// is what undoing it needs.
pub async fn delete_upload(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query("DELETE FROM import_uploads WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// An upload's file name and content.
pub async fn load_upload(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<(String, Vec<u8>)>, StoreError> {
    // An upload kept past its time was abandoned: it goes, and is not found.
    let expired = now() - chrono::Duration::hours(UPLOAD_HOURS_KEPT);
    dispatch!(db, pool => sqlx::query("DELETE FROM import_uploads WHERE cluster_id = $1 AND created_at < $2")
        .bind(scope.cluster_id()).bind(expired).execute(pool).await.map(|r| r.rows_affected()))?;
    let row: Option<(String, Vec<u8>)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT file_name, content FROM import_uploads WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    Ok(row)
}
