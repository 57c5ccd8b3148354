//! The membership and fee invoices of an organisation, as sections of its page.

use domain::id::Uuid;
use domain::membership::MembershipStatus;
use domain::money::{Currency, Money};

use super::{Cell, Column, Section, Table};
use crate::AppState;

fn table(columns: &[(&'static str, &'static str)], rows: Vec<Vec<Cell>>) -> Table {
    Table {
        columns: columns.iter().map(|(label, class)| Column { label, href: None, sort_state: "", class }).collect(),
        rows,
    }
}

fn money(minor: i64, currency: &str) -> String {
    Currency::parse(currency).map_or_else(|_| format!("{minor} {currency}"), |c| Money::new(minor, c).to_string())
}

/// The organisation's memberships with their status and why, and its invoices.
pub async fn sections(
    state: &AppState,
    scope: &app::ClusterScope,
    organisation: Uuid,
) -> Result<(Section, Section), app::Error> {
    let today = chrono::Utc::now().date_naive();
    let memberships = app::membership::of_organisation(&state.app, scope, organisation, today).await?;
    let rows = memberships
        .iter()
        .map(|m| {
            let status = m.standing.status;
            let class = match status {
                MembershipStatus::Active => "status-ok",
                MembershipStatus::ActiveFeeUnpaid | MembershipStatus::Applied | MembershipStatus::Suspended => {
                    "status-warning"
                }
                MembershipStatus::Lapsed | MembershipStatus::Terminated => "status-problem",
            };
            vec![
                Cell::text(&m.type_name),
                Cell::text(status.label()).class(class),
                Cell::text(&m.standing.reason),
                Cell::text(m.membership.starts_on.map(|d| d.to_string()).unwrap_or_default()).class("optional"),
            ]
        })
        .collect();
    let invoices = app::invoice::of_organisation(&state.app, scope, organisation, today).await?;
    let invoice_rows = invoices
        .iter()
        .map(|(i, state)| {
            vec![
                Cell::text(&i.number),
                Cell::text(i.issued_on.to_string()).class("optional"),
                Cell::text(i.due_on.to_string()).class("optional"),
                Cell::text(money(i.gross_minor, &i.currency)).class("num"),
                Cell::text(money(i.paid_minor, &i.currency)).class("num optional"),
                Cell::text(state.label()),
            ]
        })
        .collect();
    Ok((
        Section {
            title: "Membership".into(),
            table: table(&[("Type", ""), ("Status", ""), ("Why", ""), ("Member since", "optional")], rows),
            empty: "Not a member.".into(),
            actions: Vec::new(),
        },
        Section {
            title: format!("Invoices ({})", invoices.len()),
            table: table(
                &[
                    ("Number", ""),
                    ("Issued", "optional"),
                    ("Due", "optional"),
                    ("Amount", "num"),
                    ("Paid", "num optional"),
                    ("State", ""),
                ],
                invoice_rows,
            ),
            empty: "No invoices.".into(),
            actions: Vec::new(),
        },
    ))
}
