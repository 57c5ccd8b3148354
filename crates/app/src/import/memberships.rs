//! Memberships brought over from another system: which organisation holds which type, from when
//! to when, in what status. The status is never stored (it is derived, see
//! `domain::membership::derive`): a file's status says which dates the membership has.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::Coded;
use domain::id::Uuid;
use store::import::ImportedMembership;
use store::membership::{Membership, MembershipType};

use super::{OrganisationFinder, RowAction, RowPlan, RowPlans, Write, date_order, mapped_columns, plan_rows, value};
use crate::sheet::Sheet;
use store::import::ImportTarget;

/// The fields of a memberships file, in the order of forms.
pub const FIELDS: [&str; 6] = ["organisation", "membership_type", "applied_on", "start", "end", "status"];

/// Header words that name each field (see `super::synonyms`).
pub(super) fn synonyms(field: &str) -> &'static [&'static str] {
    match field {
        "organisation" => &[
            "organisation",
            "organization",
            "member",
            "company",
            "organisation name",
            "membre",
            "adherent",
            "entreprise",
            "mitglied",
            "firma",
            "unternehmen",
            "socio",
            "miembro",
            "empresa",
            "azienda",
            "czlonek",
            "membru",
        ],
        "membership_type" => &[
            "membership type",
            "type",
            "membership",
            "category",
            "membership category",
            "type d adhesion",
            "adhesion",
            "categorie",
            "mitgliedschaft",
            "mitgliedsart",
            "tipo de socio",
            "tipo de membresia",
            "tipo di socio",
            "tipo associativo",
            "rodzaj czlonkostwa",
            "tip membru",
        ],
        "applied_on" => &[
            "applied on",
            "application date",
            "applied",
            "date de candidature",
            "date de demande",
            "antragsdatum",
            "fecha de solicitud",
            "data domanda",
            "data richiesta",
            "data wniosku",
            "data cererii",
        ],
        "start" => &[
            "start",
            "start date",
            "starts on",
            "member since",
            "since",
            "joined",
            "joined on",
            "date d adhesion",
            "debut",
            "date de debut",
            "membre depuis",
            "beginn",
            "eintritt",
            "eintrittsdatum",
            "mitglied seit",
            "fecha de alta",
            "alta",
            "inicio",
            "socio desde",
            "data di adesione",
            "inizio",
            "socio dal",
            "data przystapienia",
            "data rozpoczecia",
            "data aderarii",
        ],
        "end" => &[
            "end",
            "end date",
            "ends on",
            "left",
            "left on",
            "terminated on",
            "date de fin",
            "fin",
            "date de sortie",
            "resiliation",
            "ende",
            "austritt",
            "austrittsdatum",
            "fecha de baja",
            "baja",
            "fecha fin",
            "data di cessazione",
            "cessazione",
            "fine",
            "data zakonczenia",
            "data incetarii",
        ],
        "status" => &["status", "state", "statut", "etat", "estado", "stato", "stan"],
        _ => &[],
    }
}

/// The status a file gives a membership, as far as its dates go: `lapsed` and `active, fee
/// unpaid` are the active status with a fee not paid, which the fee invoices show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileStatus {
    Applied,
    Active,
    Suspended,
    Terminated,
}

/// The status a cell names, as the statuses' codes and the other words files use for them (the
/// statuses' names in the nine languages are read before, see `super::languages`).
fn status_of(cell: &str) -> Option<FileStatus> {
    let words = super::header_words(cell);
    let named = |list: &[&str]| list.contains(&words.as_str());
    if named(&[
        "applied",
        "application",
        "applicant",
        "pending",
        "candidate",
        "candidature",
        "candidat",
        "en attente",
        "antrag",
        "beantragt",
        "bewerber",
        "solicitud",
        "solicitado",
        "pendiente",
        "candidatura",
        "richiesta",
        "in attesa",
        "wniosek",
        "oczekujacy",
        "cerere",
        "in asteptare",
    ]) {
        return Some(FileStatus::Applied);
    }
    if named(&[
        "active",
        "active fee unpaid",
        "lapsed",
        "member",
        "current",
        "actif",
        "active",
        "membre",
        "en cours",
        "aktiv",
        "mitglied",
        "activo",
        "activa",
        "alta",
        "socio",
        "attivo",
        "attiva",
        "aktywny",
        "czlonek",
        "activ",
        "membru",
    ]) {
        return Some(FileStatus::Active);
    }
    if named(&[
        "suspended",
        "suspendu",
        "suspendue",
        "ausgesetzt",
        "ruhend",
        "suspendido",
        "suspendida",
        "sospeso",
        "sospesa",
        "zawieszony",
        "suspendat",
    ]) {
        return Some(FileStatus::Suspended);
    }
    if named(&[
        "terminated",
        "ended",
        "former",
        "former member",
        "cancelled",
        "canceled",
        "resigned",
        "left",
        "resilie",
        "resiliee",
        "ancien membre",
        "radie",
        "sorti",
        "beendet",
        "gekundigt",
        "ausgetreten",
        "ehemalig",
        "baja",
        "dado de baja",
        "terminado",
        "cessato",
        "ex socio",
        "dimesso",
        "zakonczony",
        "byly czlonek",
        "incetat",
        "fost membru",
    ]) {
        return Some(FileStatus::Terminated);
    }
    None
}

/// The days a membership holds: from its start (or its application) until the day it ends, that
/// day not included; without an end, for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

impl Span {
    pub fn of(m: &Membership) -> Span {
        Span { from: m.starts_on.unwrap_or(m.applied_on), until: m.terminated_on }
    }

    pub fn of_new(m: &ImportedMembership) -> Span {
        Span { from: m.starts_on.unwrap_or(m.applied_on), until: m.terminated_on }
    }

    /// Whether the two have a day in common.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.until.is_none_or(|u| other.from < u) && other.until.is_none_or(|u| self.from < u)
    }

    /// Whether it still holds after `day`.
    pub fn holds_after(&self, day: NaiveDate) -> bool {
        self.until.is_none_or(|u| u > day)
    }
}

/// What the plan of a memberships file reads the cluster's records with.
pub(super) struct Known<'a> {
    pub finder: OrganisationFinder<'a>,
    pub types: &'a [MembershipType],
    pub memberships: &'a [Membership],
    pub file_name: &'a str,
    pub today: NaiveDate,
}

/// A date cell of `field`, read in the order its column settles.
fn date_cell(
    values: &[(&'static str, &str)],
    field: &'static str,
    orders: &HashMap<&'static str, Option<domain::written::DateOrder>>,
    reasons: &mut Vec<String>,
) -> Option<NaiveDate> {
    let cell = value(values, field)?;
    domain::written::parse_date(cell, orders.get(field).copied().flatten())
        .map_err(|m| reasons.push(format!("{field}: {m}")))
        .ok()
}

pub(super) fn plan(sheet: &Sheet, mapping: &[Option<&'static str>], known: &Known) -> RowPlans {
    let orders: HashMap<&'static str, Option<domain::written::DateOrder>> =
        ["applied_on", "start", "end"].into_iter().map(|f| (f, date_order(sheet, mapping, f))).collect();
    let mut existing: HashMap<Uuid, Vec<&Membership>> = HashMap::new();
    for m in known.memberships {
        existing.entry(m.organisation_id).or_default().push(m);
    }
    let type_names: Vec<&str> = known.types.iter().map(|t| t.fields.name.as_str()).collect();
    let columns = mapped_columns(ImportTarget::Memberships, mapping);
    plan_rows(sheet, |row| {
        let values = super::row_values(&columns, &row.cells);
        let label = value(&values, "organisation").unwrap_or("").to_string();
        let mut reasons = super::field_count(row, sheet);
        let organisation = match value(&values, "organisation") {
            None => {
                reasons.push(format!("organisation: {}", i18n::said("invalid-validation-required")));
                None
            }
            Some(cell) => known.finder.find("organisation", cell).map_err(|r| reasons.push(r)).ok(),
        };
        let kind = match value(&values, "membership_type") {
            None => {
                reasons.push(format!("membership_type: {}", i18n::said("invalid-validation-required")));
                None
            }
            Some(cell) => {
                let named = |t: &&MembershipType| domain::text::fold(&t.fields.name) == domain::text::fold(cell);
                // A type of the same name that takes members wins over an archived one.
                let found = known
                    .types
                    .iter()
                    .filter(named)
                    .find(|t| t.archived_at.is_none())
                    .or_else(|| known.types.iter().find(named));
                if found.is_none() {
                    reasons.push(format!(
                        "membership_type: {}",
                        i18n::said_with(
                            "invalid-import-memberships-unknown-type",
                            &[("name", cell.to_string()), ("types", type_names.join(", "))],
                        )
                    ));
                }
                found
            }
        };
        let status = value(&values, "status").and_then(|cell| {
            let status = status_of(cell);
            if status.is_none() {
                reasons.push(format!(
                    "status: {}",
                    i18n::said_with("invalid-import-memberships-unknown-status", &[("value", cell.to_string())])
                ));
            }
            status
        });
        let applied_on = date_cell(&values, "applied_on", &orders, &mut reasons);
        let start = date_cell(&values, "start", &orders, &mut reasons);
        let end = date_cell(&values, "end", &orders, &mut reasons);
        let status = status.unwrap_or(match (start, end) {
            (None, _) => FileStatus::Applied,
            (Some(_), Some(e)) if e <= known.today => FileStatus::Terminated,
            (Some(_), _) => FileStatus::Active,
        });
        if status != FileStatus::Applied && start.is_none() && value(&values, "start").is_none() {
            reasons.push(format!("start: {}", i18n::said("invalid-import-memberships-start-required")));
        }
        if value(&values, "status").is_none() && value(&values, "start").is_none() {
            reasons.push(format!("start: {}", i18n::said("invalid-import-memberships-start-or-status-required")));
        }
        if status == FileStatus::Applied && end.is_some() {
            reasons.push(format!("end: {}", i18n::said("invalid-import-memberships-application-no-end")));
        }
        if status == FileStatus::Terminated && end.is_none() && value(&values, "end").is_none() {
            reasons.push(format!("end: {}", i18n::said("invalid-import-memberships-terminated-needs-end")));
        }
        if let (FileStatus::Active | FileStatus::Suspended, Some(end)) = (status, end.filter(|e| *e <= known.today)) {
            reasons.push(format!(
                "end: {}",
                i18n::said_with("invalid-import-memberships-ended-not-terminated", &[("end", end.to_string())])
            ));
        }
        if let (FileStatus::Terminated, Some(end)) = (status, end.filter(|e| *e > known.today)) {
            reasons.push(format!(
                "end: {}",
                i18n::said_with("invalid-import-memberships-terminated-after-today", &[("end", end.to_string())])
            ));
        }
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            reasons.push(format!(
                "end: {}",
                i18n::said_with(
                    "invalid-domain-ends-before-start",
                    &[("end", e.to_string()), ("start", s.to_string())],
                )
            ));
        }
        let starts_on = (status != FileStatus::Applied).then_some(start).flatten();
        let applied_on = applied_on.or(starts_on).or(start).unwrap_or(known.today);
        if let Some(s) = starts_on.filter(|s| *s < applied_on) {
            reasons.push(format!(
                "applied_on: {}",
                i18n::said_with(
                    "invalid-import-memberships-applied-after-start",
                    &[("applied", applied_on.to_string()), ("start", s.to_string())],
                )
            ));
        }
        let (Some(organisation), Some(kind), true) = (organisation, kind, reasons.is_empty()) else {
            return RowPlan::rejected(row.line, label, reasons);
        };
        let terminated_on = end;
        let span = Span { from: starts_on.unwrap_or(applied_on), until: terminated_on };
        let open = span.holds_after(known.today);
        if !kind.fields.admits(organisation.fields.kind) {
            // The kind in a sentence (`company`), and as a label for the languages that keep its
            // capital (`Unternehmen`).
            let kind_label = i18n::said(&organisation.fields.kind.message_key());
            reasons.push(format!(
                "membership_type: {}",
                i18n::said_with(
                    "invalid-app-membership-type-not-open",
                    &[("type", kind.fields.name.clone()), ("kind", kind_label.to_lowercase()), ("label", kind_label)],
                )
            ));
        }
        if open && kind.archived_at.is_some() {
            reasons.push(format!(
                "membership_type: {}",
                i18n::said_with("invalid-import-memberships-type-archived", &[("type", kind.fields.name.clone())])
            ));
        }
        let theirs = existing.get(&organisation.id).map(Vec::as_slice).unwrap_or(&[]);
        let same_start = |m: &&&Membership| {
            m.type_id == kind.id && m.starts_on == starts_on && (starts_on.is_some() || m.applied_on == applied_on)
        };
        let suspended_on = (status == FileStatus::Suspended).then_some(known.today);
        if let Some(same) = theirs.iter().find(same_start) {
            if same.terminated_on == terminated_on && same.suspended_on.is_some() == suspended_on.is_some() {
                return RowPlan {
                    line: row.line,
                    label,
                    key: None,
                    action: RowAction::Unchanged { id: same.id },
                    write: None,
                };
            }
            reasons.push(i18n::said_with(
                "invalid-import-memberships-recorded-already",
                &[("type", kind.fields.name.clone()), ("from", starts_on.unwrap_or(applied_on).to_string())],
            ));
        } else if let Some(other) = theirs.iter().find(|m| Span::of(m).overlaps(&span)) {
            reasons.push(i18n::said_with(
                "invalid-import-memberships-overlaps-recorded",
                &[("from", other.starts_on.unwrap_or(other.applied_on).to_string())],
            ));
        }
        if !reasons.is_empty() {
            return RowPlan::rejected(row.line, label, reasons);
        }
        let mut history = format!("imported from {}: applied on {applied_on}", known.file_name);
        if let Some(s) = starts_on {
            history.push_str(&format!("; accepted, starting on {s}"));
        }
        if suspended_on.is_some() {
            history.push_str("; suspended when imported");
        }
        if let Some(e) = terminated_on {
            history.push_str(&format!("; terminated on {e}"));
        }
        let key = format!("{} {} {}", organisation.id, kind.id, starts_on.unwrap_or(applied_on));
        RowPlan {
            line: row.line,
            label,
            key: Some(key),
            action: RowAction::Create,
            write: Some(Box::new(Write::NewMembership(ImportedMembership {
                organisation_id: organisation.id,
                type_id: kind.id,
                applied_on,
                starts_on,
                suspended_on,
                terminated_on,
                history,
            }))),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_read_in_the_languages_of_the_headers() {
        let cases = [
            ("active", Some(FileStatus::Active)),
            ("Actif", Some(FileStatus::Active)),
            ("Aktiv", Some(FileStatus::Active)),
            ("lapsed", Some(FileStatus::Active)),
            ("active_fee_unpaid", Some(FileStatus::Active)),
            ("Résilié", Some(FileStatus::Terminated)),
            ("Dado de baja", Some(FileStatus::Terminated)),
            ("Ex socio", Some(FileStatus::Terminated)),
            ("Sospeso", Some(FileStatus::Suspended)),
            ("Beantragt", Some(FileStatus::Applied)),
            ("maybe", None),
            ("", None),
        ];
        for (cell, expected) in cases {
            assert_eq!(status_of(cell), expected, "{cell}");
        }
    }
}
